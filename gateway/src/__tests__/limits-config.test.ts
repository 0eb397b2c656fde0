import { loadGatewayConfig } from '../config';
import { DEFAULT_LIMITS } from '../limits/policy';

const SECURITY = { JWKS_PATH: '/keys/jwks.json', JWT_ISSUER: 'issuer', ASSERTION_KEY_PATH: '/keys/assertion.jwk.json', DATABASE_URL: 'postgresql://db/zones' };

describe('demand-control and rate-limit configuration', () => {
  it('defaults to the documented limits, 600 requests per minute for every role, in memory', () => {
    const config = loadGatewayConfig(SECURITY);
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(config.limits.costBudgets).toEqual({ PLATFORM: 20000, BANK: 6000, REGULATOR: 50000, OFFICER: 20000, SYSTEM: 100000 });
    expect(config.rateLimit).toEqual({ perMinute: { PLATFORM: 600, BANK: 600, REGULATOR: 600, OFFICER: 600, SYSTEM: 600 }, anonymousPerMinute: 60, redis: null });
  });

  it('reads every limit, per-role budgets and rates, and Redis', () => {
    const config = loadGatewayConfig({
      ...SECURITY,
      QUERY_MAX_DEPTH: '8',
      QUERY_MAX_ALIASES: '5',
      QUERY_MAX_ROOT_FIELDS: '4',
      QUERY_MAX_TOKENS: '900',
      QUERY_DEFAULT_LIST_SIZE: '20',
      QUERY_COST_LIMIT_BANK: '1500',
      RATE_LIMIT_PER_MINUTE: '120',
      RATE_LIMIT_PER_MINUTE_SYSTEM: '6000',
      REDIS_URL: 'redis://cache:6379/2',
      RATE_LIMIT_REDIS_FAILURE: 'refuse',
    });
    expect(config.limits).toMatchObject({ maxDepth: 8, maxAliases: 5, maxRootFields: 4, maxTokens: 900 });
    expect(config.limits.cost.defaultListSize).toBe(20);
    expect(config.limits.costBudgets).toMatchObject({ BANK: 1500, PLATFORM: 20000 });
    expect(config.rateLimit.perMinute).toEqual({ PLATFORM: 120, BANK: 120, REGULATOR: 120, OFFICER: 120, SYSTEM: 6000 });
    expect(config.rateLimit.redis).toEqual({ url: 'redis://cache:6379/2', onFailure: 'refuse', keyPrefix: 'zone-gateway', commandTimeoutMs: 250 });
  });

  it('puts the Redis keys under REDIS_KEY_PREFIX, zone-gateway unless set', () => {
    const redis = { ...SECURITY, REDIS_URL: 'redis://cache:6379' };
    expect(loadGatewayConfig(redis).rateLimit.redis?.keyPrefix).toBe('zone-gateway');
    expect(loadGatewayConfig({ ...redis, REDIS_KEY_PREFIX: 'zone-gw:staging' }).rateLimit.redis?.keyPrefix).toBe('zone-gw:staging');
  });

  it('gives a Redis command REDIS_COMMAND_TIMEOUT_MS, 250 ms unless set', () => {
    const redis = { ...SECURITY, REDIS_URL: 'redis://cache:6379' };
    expect(loadGatewayConfig(redis).rateLimit.redis?.commandTimeoutMs).toBe(250);
    expect(loadGatewayConfig({ ...redis, REDIS_COMMAND_TIMEOUT_MS: '2000' }).rateLimit.redis?.commandTimeoutMs).toBe(2000);
  });

  it('falls back to counting locally when Redis fails, unless told to refuse', () => {
    expect(loadGatewayConfig({ ...SECURITY, REDIS_URL: 'redis://127.0.0.1:6379' }).rateLimit.redis?.onFailure).toBe('local');
  });

  it.each([
    [{ QUERY_MAX_DEPTH: '0' }, 'QUERY_MAX_DEPTH must be a positive integer'],
    [{ QUERY_COST_LIMIT_REGULATOR: 'lots' }, 'QUERY_COST_LIMIT_REGULATOR must be a positive integer'],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE must be a positive integer'],
    [{ RATE_LIMIT_PER_MINUTE_BANK: '1.5' }, 'RATE_LIMIT_PER_MINUTE_BANK must be a positive integer'],
    [{ REDIS_URL: 'cache:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL'],
    [{ REDIS_URL: 'http://cache:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL'],
    [{ RATE_LIMIT_REDIS_FAILURE: 'open' }, 'RATE_LIMIT_REDIS_FAILURE must be "local" or "refuse"'],
    [{ REDIS_URL: 'redis://cache:6379', REDIS_KEY_PREFIX: 'zone gateway' }, 'REDIS_KEY_PREFIX must be 1-64 of the characters'],
    [{ REDIS_URL: 'redis://cache:6379', REDIS_KEY_PREFIX: ':rate' }, 'got ":rate"'],
    [{ REDIS_URL: 'redis://cache:6379', REDIS_KEY_PREFIX: 'x'.repeat(65) }, 'REDIS_KEY_PREFIX must be 1-64'],
    [{ REDIS_URL: 'redis://cache:6379', REDIS_COMMAND_TIMEOUT_MS: '0' }, 'REDIS_COMMAND_TIMEOUT_MS must be a positive integer'],
  ])('names the setting at fault: %o', (env, message) => {
    expect(() => loadGatewayConfig({ ...SECURITY, ...env } as NodeJS.ProcessEnv)).toThrow(message);
  });
});
