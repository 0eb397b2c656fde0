import { DEFAULT_RESTART_POLICY, backoffDelayMs, decideRestart, type RestartPolicy } from '../restart-policy';

const policy: RestartPolicy = { initialDelayMs: 500, maxDelayMs: 30_000, factor: 2, stableAfterMs: 60_000, maxConsecutiveFailures: 10 };

describe('backoffDelayMs: exponential from 0.5 s, capped at 30 s', () => {
  it.each([
    [1, 500],
    [2, 1000],
    [3, 2000],
    [6, 16_000],
    [7, 30_000],
    [50, 30_000],
    [0, 500],
  ])('attempt %i waits %i ms', (attempt, delay) => {
    expect(backoffDelayMs(attempt, policy)).toBe(delay);
  });
});

describe('decideRestart', () => {
  it.each([
    ['a first crash', 0, 5_000, { action: 'restart', attempt: 1, delayMs: 500 }, 1],
    ['a crash right after a restart', 1, 200, { action: 'restart', attempt: 2, delayMs: 1000 }, 2],
    ['a failed start (uptime 0)', 3, 0, { action: 'restart', attempt: 4, delayMs: 4000 }, 4],
    ['a crash after a minute up (recovered: back to the first delay)', 6, 60_000, { action: 'restart', attempt: 1, delayMs: 500 }, 1],
    ['a crash just short of a minute up', 6, 59_999, { action: 'restart', attempt: 7, delayMs: 30_000 }, 7],
    ['the tenth failure in a row', 9, 100, { action: 'restart', attempt: 10, delayMs: 30_000 }, 10],
    ['the eleventh failure in a row', 10, 100, { action: 'give-up', failures: 10 }, 11],
    ['the eleventh, but after a stable run', 10, 120_000, { action: 'restart', attempt: 1, delayMs: 500 }, 1],
  ] as const)('%s', (_name, before, uptime, decision, after) => {
    expect(decideRestart(before, uptime, policy)).toEqual({ decision, failures: after });
  });

  it('never gives up without a limit', () => {
    expect(decideRestart(1000, 0, { ...policy, maxConsecutiveFailures: null }).decision).toEqual({ action: 'restart', attempt: 1001, delayMs: 30_000 });
  });

  it('defaults to 0.5 s doubling to 30 s, reset after a minute, giving up after 10 in a row', () => {
    expect(DEFAULT_RESTART_POLICY).toEqual(policy);
  });
});
