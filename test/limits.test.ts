import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { Redis } from 'ioredis';
import { DEPARTMENTS, createLogger, type CallerRole } from '@zone/common';
import { createJwtAuthenticator } from '../gateway/src/auth/authenticate';
import { createAssertionKeys, createLocalIssuer, type LocalIssuer, type TokenClaims } from '../gateway/src/auth/dev-keys';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { createGateway, type RunningGateway } from '../gateway/src/gateway';
import { createMemoryRateLimiter, createRedisRateLimiter, type RateLimiter } from '../gateway/src/rate-limit/rate-limiter';
import { startStack, type Stack } from './support/stack';

const ROOT = path.join(__dirname, '..');
const REDIS_URL = 'redis://127.0.0.1:6379';

interface HttpResult {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, token: string, query: string, variables?: Record<string, unknown>): Promise<HttpResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as HttpResult['body'] };
}

/** order → ebc → orders → ebc → …: 8 hops make a depth of 18. */
function depthBomb(hops: number): string {
  let selection = 'orderNo';
  for (let i = 0; i < hops; i += 1) selection = `ebc { orders(first: 1) { ${selection} } }`;
  return `{ order(ebpCode: "91440200MA4XXXXX1X", orderNo: "1") { ${selection} } }`;
}

const ALIAS_BOMB = `{ ${Array.from({ length: 40 }, (_, i) => `e${i}: enterprises(first: 1) { totalCount }`).join(' ')} }`;
const ROOT_FAN_OUT = `{ ${Array.from({ length: 25 }, (_, i) => `e${i}: enterprises(zone: SHAOGUAN, first: 1) { totalCount }`).join(' ')} }`;
const COST_BOMB = '{ enterprises(first: 100) { edges { node { orders(first: 100) { items { hsCode } } } } } }';
const COST_BOMB_BY_VARIABLES = 'query($e: Int, $o: Int) { enterprises(first: $e) { edges { node { orders(first: $o) { items { hsCode } } } } } }';
const TOKEN_BOMB = `{ ${'__typename '.repeat(6000)}}`;
/** Each fragment spreads the next twice: 2^20 copies of one aliased field, in 200 tokens. */
const FRAGMENT_REUSE_BOMB = `{ ...F0 } ${Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F20 on Query { a: enterprises(first: 1) { totalCount } }`;
const ACCEPTANCE_QUERY = `{ enterprises(zone: SHAOGUAN, first: 3) { totalCount edges { node { uscc name zone
  orders(first: 5) { orderNo ebpCode actualPaid payment { payTransactionId amountPaid } waybill { logisticsNo }
  inventoryList { invtNo status } taxBill { totalTax } buyerIdentityCheck { verdict } } } } } }`;
/** 1 + 100 × (1 + 1 + 60) = 6201: over a bank's budget (6000), within a platform's (20000). */
const MID_COST = '{ enterprises(first: 100) { edges { node { orders(first: 60) { orderNo } } } } }';

describe('demand control through the gateway over HTTP', () => {
  let stack: Stack;
  let platform: string;
  beforeAll(async () => {
    stack = await startStack({ trustedDocuments: false, contracts: false });
    platform = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
  });
  afterAll(async () => {
    await stack?.close();
  });

  const statements = async () => (await Promise.all(DEPARTMENTS.map((d) => stack.sqlCount(d)))).reduce((a, b) => a + b, 0);

  it.each<[string, string, Record<string, unknown> | undefined, string, string, number, number]>([
    ['a depth bomb', depthBomb(8), undefined, 'OPERATION_TOO_COMPLEX', 'depth', 18, 10],
    ['an alias bomb', ALIAS_BOMB, undefined, 'OPERATION_TOO_COMPLEX', 'aliases', 40, 30],
    ['a fragment-reuse bomb', FRAGMENT_REUSE_BOMB, undefined, 'OPERATION_TOO_COMPLEX', 'aliases', 2 ** 20, 30],
    ['a root-field fan-out', ROOT_FAN_OUT, undefined, 'OPERATION_TOO_COMPLEX', 'rootFields', 25, 20],
    ['a cost bomb', COST_BOMB, undefined, 'COST_LIMIT_EXCEEDED', 'cost', 110201, 20000],
    ['a cost bomb sized by variables', COST_BOMB_BY_VARIABLES, { e: 100, o: 100 }, 'COST_LIMIT_EXCEEDED', 'cost', 110201, 20000],
    ['a token bomb', TOKEN_BOMB, undefined, 'OPERATION_TOO_COMPLEX', 'tokens', 6002, 5000],
  ])('refuses %s with HTTP 400 naming the limit, before any department is asked', async (_name, query, variables, code, limit, measured, allowed) => {
    const before = await statements();
    const { status, body } = await post(stack.gatewayUrl, platform, query, variables);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code, limit, measured, allowed });
    expect(body.errors![0]!.message).toContain(String(allowed));
    expect(await statements()).toBe(before);
  });

  it('answers an ordinary query, which does reach the departments', async () => {
    const before = await statements();
    const { status, body } = await post(stack.gatewayUrl, platform, ACCEPTANCE_QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect((body.data as { enterprises: { totalCount: number } }).enterprises.totalCount).toBeGreaterThan(0);
    expect(await statements()).toBeGreaterThan(before);
  });

  it('applies the budget of the caller\'s role: a bank may not ask what a platform may', async () => {
    const bank = await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' });
    const refused = await post(stack.gatewayUrl, bank, MID_COST);
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', measured: 6201, allowed: 6000, role: 'BANK' });
    const answered = await post(stack.gatewayUrl, platform, MID_COST);
    expect(answered.status).toBe(200);
    expect(answered.body.errors).toBeUndefined();
  });

  it('lets GraphiQL introspect the schema for any role', async () => {
    const bank = await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' });
    const { status, body } = await post(stack.gatewayUrl, bank, getIntrospectionQuery({ inputValueDeprecation: true, specifiedByUrl: true }));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

/** A gateway in front of departments that do not answer: `{ __typename }` is answered by the gateway alone. */
async function startGateway(issuer: LocalIssuer, rateLimiter: RateLimiter): Promise<RunningGateway> {
  const nowhere = 'http://127.0.0.1:9/graphql';
  const gateway = createGateway({
    supergraphSdl: fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: Object.fromEntries(DEPARTMENTS.map((d) => [d, nowhere])) as Record<(typeof DEPARTMENTS)[number], string>,
    subgraphTimeoutMs: 1000,
    authenticate: createJwtAuthenticator({ keys: issuer.keys, issuer: issuer.issuer, audience: issuer.audience }),
    assertionKey: (await createAssertionKeys()).privateKey,
    log: createLogger('gateway'),
    rateLimiter,
  });
  return gateway.listen(0);
}

const PER_MINUTE: Record<CallerRole, number> = { PLATFORM: 3, BANK: 3, REGULATOR: 3, OFFICER: 3, SYSTEM: 3 };
const BANK_A: TokenClaims = { role: 'BANK', org: '91440300MA5FXXXX0X' };
const BANK_B: TokenClaims = { role: 'BANK', org: '91110000717826113Y' };

async function burst(url: string, token: string, count: number): Promise<HttpResult[]> {
  const results: HttpResult[] = [];
  for (let i = 0; i < count; i += 1) results.push(await post(url, token, '{ __typename }'));
  return results;
}

describe('rate limits per caller, in memory', () => {
  let issuer: LocalIssuer;
  let gateway: RunningGateway;
  beforeAll(async () => {
    issuer = await createLocalIssuer();
    gateway = await startGateway(issuer, createMemoryRateLimiter({ perMinute: PER_MINUTE }));
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('answers a burst beyond the limit with 429, Retry-After and RATE_LIMITED; another caller is not affected', async () => {
    const results = await burst(gateway.url, await issuer.issue(BANK_A), 5);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
    const refused = results[3]!;
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3, retryAfterSeconds: Number(refused.retryAfter) });
    expect(refused.body.errors![0]!.message).toContain('3 requests per minute');
    expect((await post(gateway.url, await issuer.issue(BANK_B), '{ __typename }')).status).toBe(200);
    expect((await post(gateway.url, await issuer.issue({ ...BANK_A, role: 'REGULATOR' }), '{ __typename }')).status).toBe(200);
  });
});

function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(6379, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

let redisUp = false;

describe('rate limits shared through Redis', () => {
  // Each run counts under keys of its own, so runs side by side and leftovers never meet.
  const keyPrefix = `zone-test:${randomUUID()}`;
  const log = createLogger('gateway');
  let issuer: LocalIssuer;
  const running: RunningGateway[] = [];
  beforeAll(async () => {
    issuer = await createLocalIssuer();
    redisUp = await redisAnswers();
    // CI's machine runs Redis on 127.0.0.1:6379; elsewhere the tests that need it say plainly that they did not run.
    if (!redisUp && process.env.CI) throw new Error('Redis does not answer on 127.0.0.1:6379');
    if (!redisUp) console.warn('rate limits shared through Redis: skipped, Redis does not answer on 127.0.0.1:6379');
  });
  afterAll(async () => {
    for (const gateway of running) await gateway.close();
    if (!redisUp) return;
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('counts one allowance across two gateway replicas', async () => {
    if (!redisUp) return;
    // One count across replicas is the point here: a slow Redis reply on a busy machine must not read as Redis being down.
    const replicas = [
      await startGateway(issuer, createRedisRateLimiter({ url: REDIS_URL, perMinute: PER_MINUTE, onFailure: 'refuse', keyPrefix, log, commandTimeoutMs: 10_000 })),
      await startGateway(issuer, createRedisRateLimiter({ url: REDIS_URL, perMinute: PER_MINUTE, onFailure: 'refuse', keyPrefix, log, commandTimeoutMs: 10_000 })),
    ];
    running.push(...replicas);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const token = await issuer.issue(BANK_A);
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await post(replicas[i % 2]!.url, token, '{ __typename }')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await post(replicas[1]!.url, token, '{ __typename }');
    expect(refused.body.errors![0]!.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await post(replicas[0]!.url, await issuer.issue(BANK_B), '{ __typename }')).status).toBe(200);
  });

  it('keeps limiting in each replica\'s memory while Redis is unreachable (RATE_LIMIT_REDIS_FAILURE=local)', async () => {
    const gateway = await startGateway(issuer, createRedisRateLimiter({ url: 'redis://127.0.0.1:1', perMinute: PER_MINUTE, onFailure: 'local', keyPrefix, log }));
    running.push(gateway);
    const results = await burst(gateway.url, await issuer.issue(BANK_A), 4);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(results[3]!.body.errors![0]!.extensions?.code).toBe('RATE_LIMITED');
  });

  it('refuses every request with 503 while Redis is unreachable (RATE_LIMIT_REDIS_FAILURE=refuse)', async () => {
    const gateway = await startGateway(issuer, createRedisRateLimiter({ url: 'redis://127.0.0.1:1', perMinute: PER_MINUTE, onFailure: 'refuse', keyPrefix, log }));
    running.push(gateway);
    const refused = await post(gateway.url, await issuer.issue(BANK_A), '{ __typename }');
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('5');
    expect(refused.body.errors![0]!.extensions?.code).toBe('RATE_LIMITER_UNAVAILABLE');
  });

  it.each([
    ['after close(), with Redis up', REDIS_URL, true],
    ['after close(), with Redis unreachable', 'redis://127.0.0.1:1', true],
    ['with an idle connection left open', REDIS_URL, false],
  ])('lets the process exit %s', async (_name, url, close) => {
    if (!redisUp && url === REDIS_URL) return;
    const script = `
      const { createRedisRateLimiter } = require('./gateway/src/rate-limit/rate-limiter.ts');
      const { createLogger } = require('@zone/common');
      const limiter = createRedisRateLimiter({ url: ${JSON.stringify(url)}, perMinute: ${JSON.stringify(PER_MINUTE)}, onFailure: 'local', keyPrefix: ${JSON.stringify(keyPrefix)}, log: createLogger('gateway') });
      setTimeout(async () => {
        const decision = await limiter.consume({ organisation: 'EXIT-TEST', role: 'SYSTEM', zone: null, department: 'customs', scopes: [] });
        if (!decision.allowed) process.exitCode = 3;
        ${close ? 'await limiter.close();' : ''}
      }, 300);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 90000);
      child.once('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(0);
  }, 120000);
});
