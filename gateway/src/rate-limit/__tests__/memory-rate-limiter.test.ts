import type { Caller, CallerRole } from '@zone/common';
import { createMemoryRateLimiter, rateLimitError } from '../rate-limiter';

const perMinute: Record<CallerRole, number> = { PLATFORM: 5, BANK: 2, REGULATOR: 10, OFFICER: 5, SYSTEM: 50 };

function caller(role: CallerRole, organisation: string): Caller {
  return { role, organisation, zone: null, department: role === 'OFFICER' || role === 'SYSTEM' ? 'customs' : null, scopes: [] };
}

describe('in-memory rate limiter', () => {
  it('lets a caller use its allowance for the minute, then says how long to wait', async () => {
    const limiter = createMemoryRateLimiter({ perMinute });
    const bank = caller('BANK', '91440300MA5FXXXX0X');
    expect(await limiter.consume(bank)).toEqual({ allowed: true, remaining: 1 });
    expect(await limiter.consume(bank)).toEqual({ allowed: true, remaining: 0 });
    const refused = await limiter.consume(bank);
    expect(refused).toMatchObject({ allowed: false, reason: 'limited', limit: 2 });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('keeps a counter per organisation and role: one caller\'s burst does not touch another', async () => {
    const limiter = createMemoryRateLimiter({ perMinute });
    for (let i = 0; i < 3; i += 1) await limiter.consume(caller('BANK', 'BANK-A'));
    expect((await limiter.consume(caller('BANK', 'BANK-A'))).allowed).toBe(false);
    expect((await limiter.consume(caller('BANK', 'BANK-B'))).allowed).toBe(true);
    expect((await limiter.consume(caller('REGULATOR', 'BANK-A'))).allowed).toBe(true);
  });

  it('gives each role its own allowance', async () => {
    const limiter = createMemoryRateLimiter({ perMinute });
    const results = [];
    for (let i = 0; i < 11; i += 1) results.push((await limiter.consume(caller('REGULATOR', 'GD-REG'))).allowed);
    expect(results.filter(Boolean)).toHaveLength(10);
  });
});

describe('rateLimitError', () => {
  it('is RATE_LIMITED with HTTP 429 and Retry-After', () => {
    const error = rateLimitError({ allowed: false, reason: 'limited', limit: 600, retryAfterSeconds: 17 });
    expect(error.message).toBe('Rate limit of 600 requests per minute exceeded; retry in 17 s');
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 600, retryAfterSeconds: 17, http: { status: 429 } });
    expect([...(error.extensions.http as { headers: Map<string, string> }).headers]).toEqual([['retry-after', '17']]);
  });

  it('is RATE_LIMITER_UNAVAILABLE with HTTP 503 when the shared counters cannot be reached', () => {
    const error = rateLimitError({ allowed: false, reason: 'unavailable', retryAfterSeconds: 5 });
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITER_UNAVAILABLE', http: { status: 503 } });
  });
});

describe('in-memory rate limiter: requests without a valid token', () => {
  it('counts them per client address, apart from every caller\'s allowance', async () => {
    const limiter = createMemoryRateLimiter({ perMinute, anonymousPerMinute: 3 });
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push((await limiter.consumeAnonymous('203.0.113.7')).allowed);
    expect(results).toEqual([true, true, true, false, false]);
    expect(await limiter.consumeAnonymous('203.0.113.7')).toMatchObject({ allowed: false, reason: 'limited', limit: 3, per: 'address' });
    expect((await limiter.consumeAnonymous('198.51.100.1')).allowed).toBe(true);
    expect((await limiter.consume(caller('PLATFORM', 'ZONE-PLATFORM'))).allowed).toBe(true);
  });

  it('says in its refusal that the limit is the address\'s', () => {
    const error = rateLimitError({ allowed: false, reason: 'limited', limit: 60, retryAfterSeconds: 9, per: 'address' });
    expect(error.message).toBe('Rate limit of 60 requests per minute without a valid token from this address exceeded; retry in 9 s');
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', http: { status: 429 } });
  });
});
