import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Caller, CallerRole, Logger } from '@zone/common';
import { TOKEN_ROLES } from '../auth/caller-claims';

/** What a caller may still do: go ahead, wait (its allowance is spent), or nothing (the shared counter is unreachable). */
export type RateLimitDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; reason: 'limited'; limit: number; retryAfterSeconds: number; per?: 'address' }
  | { allowed: false; reason: 'unavailable'; retryAfterSeconds: number };

/** Requests per caller (organisation + role) and minute, and requests without a valid token per client address and minute. */
export interface RateLimiter {
  /** Takes one request from the caller's allowance for the current minute. */
  consume: (caller: Caller) => Promise<RateLimitDecision>;
  /**
   * Takes one request from a client address's allowance for requests without a valid token: those
   * with no bearer token (counted before any token work) and those whose token failed verification.
   * A separate counter from every caller's, so such a flood never spends an authenticated caller's allowance.
   */
  consumeAnonymous: (address: string) => Promise<RateLimitDecision>;
  /** Releases the Redis connection, if any; the process can then exit. */
  close: () => Promise<void>;
}

/**
 * What the gateway does while REDIS_URL is set but Redis does not answer: `local` counts in each
 * replica's memory (limits stay enforced, at most the number of replicas times the allowance);
 * `refuse` answers every request 503 until Redis is back. Neither lets a caller through unlimited.
 */
export type RedisFailureMode = 'local' | 'refuse';

export interface RateLimitConfig {
  /** Requests per minute for each role (RATE_LIMIT_PER_MINUTE, RATE_LIMIT_PER_MINUTE_<ROLE>; default 600). */
  perMinute: Record<CallerRole, number>;
  /** Requests without a valid token per client address and minute (RATE_LIMIT_ANONYMOUS_PER_MINUTE; default 60). */
  anonymousPerMinute: number;
  /**
   * Shared counters for all replicas (REDIS_URL); null keeps them in this process's memory.
   * `keyPrefix` (REDIS_KEY_PREFIX, default DEFAULT_REDIS_KEY_PREFIX) starts every key the gateway
   * writes; the counters live under `<keyPrefix>:rate:`. Replicas that share counters share it.
   */
  redis: { url: string; onFailure: RedisFailureMode; keyPrefix: string; commandTimeoutMs: number } | null;
}

/** Time one Redis command may take before the failure mode applies, unless REDIS_COMMAND_TIMEOUT_MS says otherwise. */
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 250;

/** Prefix of the gateway's Redis keys unless REDIS_KEY_PREFIX says otherwise (counters under `zone-gateway:rate:`). */
export const DEFAULT_REDIS_KEY_PREFIX = 'zone-gateway';

export const DEFAULT_RATE_PER_MINUTE = 600;

/** Requests without a valid token that one client address may send per minute, unless configured. */
export const DEFAULT_ANONYMOUS_RATE_PER_MINUTE = 60;

const WINDOW_SECONDS = 60;

/** How long a refused caller should wait: whole seconds, at least one. */
function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}

function keyOf(caller: Caller): string {
  return caller.organisation;
}

/**
 * One fixed one-minute window per caller and role, counted atomically by rate-limiter-flexible
 * (a Lua script in Redis, a map in memory). Each role has its own limiter because its allowance
 * differs; the key inside it is the organisation, so a bank's and a regulator's counters never mix.
 */
function decide(limiters: Record<CallerRole, RateLimiterAbstract>, perMinute: Record<CallerRole, number>, onStoreError: (error: unknown) => RateLimitDecision) {
  return async (caller: Caller): Promise<RateLimitDecision> => {
    try {
      const result = await limiters[caller.role].consume(keyOf(caller));
      return { allowed: true, remaining: result.remainingPoints };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, reason: 'limited', limit: perMinute[caller.role], retryAfterSeconds: retryAfterSeconds(rejection.msBeforeNext) };
      }
      return onStoreError(rejection);
    }
  };
}

/** The same counting for a client address's requests without a valid token. */
function decideAnonymous(limiter: RateLimiterAbstract, perMinute: number, onStoreError: (error: unknown) => RateLimitDecision) {
  return async (address: string): Promise<RateLimitDecision> => {
    try {
      const result = await limiter.consume(address);
      return { allowed: true, remaining: result.remainingPoints };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, reason: 'limited', limit: perMinute, retryAfterSeconds: retryAfterSeconds(rejection.msBeforeNext), per: 'address' };
      return onStoreError(rejection);
    }
  };
}

function memoryLimiters(perMinute: Record<CallerRole, number>, keyPrefix: string): Record<CallerRole, RateLimiterMemory> {
  return Object.fromEntries(TOKEN_ROLES.map((role) => [role, new RateLimiterMemory({ points: perMinute[role], duration: WINDOW_SECONDS, keyPrefix: `${keyPrefix}:${role}` })])) as Record<CallerRole, RateLimiterMemory>;
}

/** Counters in this process only: for a single replica, and for development. */
export function createMemoryRateLimiter(options: { perMinute: Record<CallerRole, number>; anonymousPerMinute?: number }): RateLimiter {
  const limiters = memoryLimiters(options.perMinute, 'rate');
  const anonymousPerMinute = options.anonymousPerMinute ?? DEFAULT_ANONYMOUS_RATE_PER_MINUTE;
  const anonymous = new RateLimiterMemory({ points: anonymousPerMinute, duration: WINDOW_SECONDS, keyPrefix: 'rate:anonymous' });
  const rethrow = (error: unknown): RateLimitDecision => {
    throw error;
  };
  return {
    consume: decide(limiters, options.perMinute, rethrow),
    consumeAnonymous: decideAnonymous(anonymous, anonymousPerMinute, rethrow),
    close: async () => {},
  };
}

export interface RedisRateLimiterOptions {
  perMinute: Record<CallerRole, number>;
  /** Requests without a valid token per client address and minute (DEFAULT_ANONYMOUS_RATE_PER_MINUTE). */
  anonymousPerMinute?: number;
  url: string;
  onFailure: RedisFailureMode;
  log: Logger;
  /** Prefix of every Redis key (`zone-gateway:rate`; createRateLimiter: `<REDIS_KEY_PREFIX>:rate`); tests use one of their own. */
  keyPrefix?: string;
  /** Time allowed for one Redis command before the failure mode applies (250 ms). */
  commandTimeoutMs?: number;
}

/** Counters in Redis, shared by every gateway replica. */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RateLimiter {
  const { log, onFailure } = options;
  const keyPrefix = options.keyPrefix ?? `${DEFAULT_REDIS_KEY_PREFIX}:rate`;
  const client = new Redis(options.url, {
    // Without a connection a command fails at once instead of waiting in a queue, so a request is never held by Redis.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: options.commandTimeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    // ioredis waits this long for a socket that already failed to report "close", holding the process on shutdown.
    disconnectTimeout: 100,
  });
  // An idle connection alone must not keep the process alive; close() ends it when the gateway stops.
  client.on('connect', () => client.stream.unref());
  let healthy = true;
  client.on('ready', () => {
    if (!healthy) log.info('rate limiter: Redis answers again; counters are shared again');
    healthy = true;
  });
  client.on('error', (error: Error) => {
    if (healthy) log.error({ err: error, onFailure }, `rate limiter: Redis unreachable; ${onFailure === 'local' ? 'counting in this replica only' : 'refusing requests'} until it is back`);
    healthy = false;
  });
  const local = onFailure === 'local' ? memoryLimiters(options.perMinute, `${keyPrefix}:local`) : null;
  const limiters = Object.fromEntries(
    TOKEN_ROLES.map((role) => [
      role,
      new RateLimiterRedis({
        storeClient: client,
        points: options.perMinute[role],
        duration: WINDOW_SECONDS,
        keyPrefix: `${keyPrefix}:${role}`,
        rejectIfRedisNotReady: true,
        ...(local ? { insuranceLimiter: local[role] } : {}),
      }),
    ]),
  ) as Record<CallerRole, RateLimiterRedis>;
  const anonymousPerMinute = options.anonymousPerMinute ?? DEFAULT_ANONYMOUS_RATE_PER_MINUTE;
  const anonymous = new RateLimiterRedis({
    storeClient: client,
    points: anonymousPerMinute,
    duration: WINDOW_SECONDS,
    keyPrefix: `${keyPrefix}:anonymous`,
    rejectIfRedisNotReady: true,
    ...(onFailure === 'local' ? { insuranceLimiter: new RateLimiterMemory({ points: anonymousPerMinute, duration: WINDOW_SECONDS, keyPrefix: `${keyPrefix}:local:anonymous` }) } : {}),
  });
  const unavailable = (error: unknown): RateLimitDecision => {
    log.warn({ err: error }, 'rate limiter: Redis command failed; request refused');
    return { allowed: false, reason: 'unavailable', retryAfterSeconds: 5 };
  };
  return {
    consume: decide(limiters, options.perMinute, unavailable),
    consumeAnonymous: decideAnonymous(anonymous, anonymousPerMinute, unavailable),
    close: async () => {
      if (client.status === 'ready') {
        await client.quit().catch(() => client.disconnect());
      } else {
        client.disconnect();
      }
    },
  };
}

/** The limiter a configuration asks for: Redis-backed with REDIS_URL, in memory otherwise. */
export function createRateLimiter(config: RateLimitConfig, log: Logger): RateLimiter {
  if (!config.redis) return createMemoryRateLimiter({ perMinute: config.perMinute, anonymousPerMinute: config.anonymousPerMinute });
  return createRedisRateLimiter({
    perMinute: config.perMinute,
    anonymousPerMinute: config.anonymousPerMinute,
    url: config.redis.url,
    onFailure: config.redis.onFailure,
    keyPrefix: `${config.redis.keyPrefix}:rate`,
    commandTimeoutMs: config.redis.commandTimeoutMs,
    log,
  });
}

/**
 * RATE_LIMITED (HTTP 429) when the caller's allowance is spent, RATE_LIMITER_UNAVAILABLE (503)
 * when Redis is down and the gateway is set to refuse; both with Retry-After in seconds.
 */
export function rateLimitError(decision: Exclude<RateLimitDecision, { allowed: true }>): GraphQLError {
  const headers = new Map([['retry-after', String(decision.retryAfterSeconds)]]);
  if (decision.reason === 'unavailable') {
    return new GraphQLError(`Rate limits cannot be checked right now; retry in ${decision.retryAfterSeconds} s`, {
      extensions: { code: 'RATE_LIMITER_UNAVAILABLE', retryAfterSeconds: decision.retryAfterSeconds, http: { status: 503, headers } },
    });
  }
  const subject = decision.per === 'address' ? ' without a valid token from this address' : '';
  return new GraphQLError(`Rate limit of ${decision.limit} requests per minute${subject} exceeded; retry in ${decision.retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', limit: decision.limit, retryAfterSeconds: decision.retryAfterSeconds, http: { status: 429, headers } },
  });
}

