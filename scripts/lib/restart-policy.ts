/**
 * When `npm start` restarts a service that died, as pure functions: exponential backoff from
 * initialDelayMs, doubled per consecutive failure up to maxDelayMs; a service that stayed up
 * stableAfterMs counts as recovered, so its next failure starts from the first delay again; after
 * maxConsecutiveFailures failures in a row without such a stable run, the supervisor gives up.
 */
export interface RestartPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  factor: number;
  stableAfterMs: number;
  /** null: never give up. */
  maxConsecutiveFailures: number | null;
}

/** 0.5 s, 1 s, 2 s … 30 s; reset after a minute up; give up after 10 failures in a row (about 3 minutes of trying). */
export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  factor: 2,
  stableAfterMs: 60_000,
  maxConsecutiveFailures: 10,
};

/** Delay before the n-th consecutive restart (n from 1). */
export function backoffDelayMs(attempt: number, policy: RestartPolicy): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.factor ** Math.max(0, attempt - 1));
}

export type RestartDecision =
  | { action: 'restart'; attempt: number; delayMs: number }
  | { action: 'give-up'; failures: number };

/**
 * What to do when a service ends after `uptimeMs` (0 when it failed to start at all), having
 * failed `failuresSoFar` times in a row before: the decision, and the new count of failures in a row.
 */
export function decideRestart(failuresSoFar: number, uptimeMs: number, policy: RestartPolicy): { decision: RestartDecision; failures: number } {
  const failures = (uptimeMs >= policy.stableAfterMs ? 0 : failuresSoFar) + 1;
  if (policy.maxConsecutiveFailures !== null && failures > policy.maxConsecutiveFailures) {
    return { decision: { action: 'give-up', failures: failures - 1 }, failures };
  }
  return { decision: { action: 'restart', attempt: failures, delayMs: backoffDelayMs(failures, policy) }, failures };
}
