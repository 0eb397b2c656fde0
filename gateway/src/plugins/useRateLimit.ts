import type { GatewayMetrics } from '../metrics';
import type { GatewayError } from '../operations/errors';
import { rateLimitError, type RateLimitDecision, type RateLimiter } from '../rate-limit/rate-limiter';
import type { Admission, GatewayPlugin } from './gateway-plugin';

/** Over an allowance (429), or the shared counters unreachable with RATE_LIMIT_REDIS_FAILURE=refuse (503). */
export const RATE_LIMIT_ERRORS: readonly GatewayError[] = [
  { code: 'RATE_LIMITED', audit: 'DENIED', refusal: 'RATE_LIMITED' },
  { code: 'RATE_LIMITER_UNAVAILABLE', audit: 'ERROR' },
];

/** Whether an error is a refusal of the rate limiter's. */
export function isRateLimitRefusal(error: unknown): boolean {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return RATE_LIMIT_ERRORS.some((declared) => declared.code === code);
}

export interface RateLimitOptions {
  rateLimiter: RateLimiter;
  /** Refusals counted by caller role, or "anonymous" for those counted per address. */
  metrics: GatewayMetrics;
  /**
   * Whether requests without a valid token are counted per client address (default true). With
   * security off every request is the development caller: nothing to count per address.
   */
  countAddresses?: boolean;
}

/**
 * Admission: requests per caller and minute, and requests without a valid token per client
 * address and minute (rate-limiter.ts). It runs around authentication, so it is composed before
 * it: a request with no bearer token spends its address's allowance before any token work; one
 * whose token fails verification spends it once it has failed; an authenticated caller spends
 * its own allowance before anything of its request is parsed, so a caller over its allowance
 * costs the gateway no more than a token check. Closes the limiter (its Redis connection) on stop.
 */
export function useRateLimit(options: RateLimitOptions): GatewayPlugin {
  const { rateLimiter, metrics } = options;
  const countAddresses = options.countAddresses ?? true;
  const enforce = (decision: RateLimitDecision, callerLabel: string) => {
    if (decision.allowed) return;
    metrics.rateLimitRefusals.inc({ caller: callerLabel });
    throw rateLimitError(decision);
  };
  const spendAddress = async (admission: Admission) => enforce(await rateLimiter.consumeAnonymous(admission.address), 'anonymous');
  return {
    name: 'rate-limit',
    errors: RATE_LIMIT_ERRORS,
    admit: async (admission, next) => {
      const bearer = /^Bearer\s/i.test(admission.headers.get('authorization') ?? '');
      if (countAddresses && !bearer) await spendAddress(admission);
      try {
        await next();
      } catch (error) {
        // A token that fails verification counts against the address as no token does.
        if (countAddresses && bearer && admission.caller === null) await spendAddress(admission);
        throw error;
      }
      if (admission.caller) enforce(await rateLimiter.consume(admission.caller), admission.caller.role);
    },
    close: () => rateLimiter.close(),
  };
}
