import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { verifyAuditChain, waitUntilSequenced } from '../gateway/src/audit';
import { applicationNameOf, createGatewayProcessKeys, startGatewayProcesses, type GatewayProcess, type GatewayProcessKeys } from './support/gateway-process';
import { SUBMIT_ORDER, orderInput, type OrderParties } from './support/order-input';
import { startStack, type Stack } from './support/stack';

/**
 * Three real gateway processes (`gateway/src/main.ts`) on one database and one Redis, against one
 * stack's departments, under a modest load of audited reads of personal data, `zones` and
 * `submitOrder`: every answered request is audited, one replica frozen (SIGSTOP) holds up none of
 * the others, and one killed (SIGKILL) during a burst of writes leaves no committed order without
 * its entry.
 */

const REDIS_URL = 'redis://127.0.0.1:6379';
const RUN = randomBytes(3).toString('hex').toUpperCase();
const KEY_PREFIX = `zone-test-replicas:${RUN}`;
const REGULATOR_PER_MINUTE = 6;

let stack: Stack;
let keys: GatewayProcessKeys;
let replicas: GatewayProcess[] = [];
let parties: OrderParties;
let orderKeys: { e: string; o: string }[];
let reader: string;
let platform: string;

const BUYER = `query BuyerOfOrder($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo buyer { name phone } } }`;

async function redisAnswers(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  // The rate limit shared through Redis is part of what replicas are; CI runs Redis on 127.0.0.1:6379.
  if (!(await redisAnswers())) throw new Error(`Redis does not answer on ${REDIS_URL}: the replicas share their rate limit there`);
  keys = await createGatewayProcessKeys();
  stack = await startStack({ assertionKeys: keys.assertionKeys });
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: { uscc: string; roles: string[]; orders: { ebpCode: string; orderNo: string }[] } }[] } }>(
    '{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc roles orders(first: 2) { ebpCode orderNo } } } } }',
  );
  expect(errors).toBeUndefined();
  const enterprises = data!.enterprises.edges.map((e) => e.node);
  const withRole = (role: string) => enterprises.find((e) => e.roles.includes(role))!.uscc;
  parties = { platformUscc: withRole('PLATFORM'), sellerUscc: withRole('ECOMMERCE'), payerUscc: withRole('PAYMENT') };
  orderKeys = enterprises.flatMap((e) => e.orders).map((o) => ({ e: o.ebpCode, o: o.orderNo })).slice(0, 20);
  expect(orderKeys.length).toBeGreaterThan(5);
  replicas = await startGatewayProcesses(3, stack, keys, {
    env: {
      REDIS_URL,
      REDIS_KEY_PREFIX: KEY_PREFIX,
      // Without Redis a replica refuses rather than counting alone: the shared count below is exact;
      // and a command has seconds, not 250 ms, on a machine as busy as a test run makes it.
      RATE_LIMIT_REDIS_FAILURE: 'refuse',
      REDIS_COMMAND_TIMEOUT_MS: '5000',
      RATE_LIMIT_PER_MINUTE_PLATFORM: '100000',
      RATE_LIMIT_PER_MINUTE_REGULATOR: String(REGULATOR_PER_MINUTE),
    },
  });
  // A PLATFORM caller with pii:read and a stated purpose reads buyers' names and phones in clear.
  reader = await keys.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM', scopes: ['pii:read'] });
  platform = await keys.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
  // Each replica answers once its Redis connection is up (until then, with "refuse", 503), and has
  // counted a PLATFORM and a REGULATOR request in Redis once: a cold process's first command of a
  // counter can outlast the limiter's 250 ms command timeout on a busy machine.
  const warmRegulator = await keys.token({ role: 'REGULATOR', org: `GD-WARMUP-${RUN}` });
  for (const replica of replicas) {
    const until = Date.now() + 30_000;
    for (const token of [platform, warmRegulator]) {
      for (;;) {
        const response = await fetch(replica.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ zones { code } }' }),
        });
        await response.arrayBuffer();
        if (response.status === 200) break;
        if (Date.now() > until) throw new Error(`the replica on port ${replica.port} does not answer (${response.status}):\n${replica.output()}`);
      }
    }
  }
}, 240_000);

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  await stack?.close();
  keys?.remove();
  const redis = new Redis(REDIS_URL);
  const leftovers = await redis.keys(`${KEY_PREFIX}*`);
  if (leftovers.length) await redis.del(...leftovers);
  await redis.quit();
}, 60_000);

type Kind = 'read' | 'zones' | 'order';

interface Sent {
  requestId: string;
  kind: Kind;
  replica: number;
  status: number;
  /** The answer as the caller needs it: a buyer's name, the zones, an order CREATED. */
  answered: boolean;
  errors: unknown[];
  ms: number;
  orderNo?: string;
}

let serial = 0;

/** One request of the given kind to a replica, with an x-request-id of its own. */
async function send(replica: GatewayProcess, kind: Kind, requestId: string, orderNo?: string): Promise<Sent> {
  const started = performance.now();
  try {
    return await attempt(replica, kind, requestId, orderNo, started);
  } catch (error) {
    // No answer (cut off, or none within the fetch's minute): a failed request, not a failed test run.
    return { requestId, kind, replica: replicas.indexOf(replica), status: 0, answered: false, errors: [String(error)], ms: performance.now() - started, ...(orderNo ? { orderNo } : {}) };
  }
}

async function attempt(replica: GatewayProcess, kind: Kind, requestId: string, orderNo: string | undefined, started: number): Promise<Sent> {
  const n = (serial += 1);
  const payload =
    kind === 'read'
      ? { query: BUYER, variables: orderKeys[n % orderKeys.length] }
      : kind === 'zones'
        ? { query: '{ zones { code } }' }
        : { query: SUBMIT_ORDER, variables: { input: orderInput(parties, orderNo!, n) } };
  const response = await fetch(replica.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': requestId,
      authorization: `Bearer ${kind === 'read' ? reader : platform}`,
      ...(kind === 'read' ? { 'x-purpose': 'replica test: order dispute 2026-88' } : {}),
    },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as { data?: Record<string, { buyer?: { name: string }; outcome?: string } | unknown[] | null> | null; errors?: unknown[] };
  const data = body.data ?? {};
  const answered =
    kind === 'read'
      ? typeof (data.order as { buyer?: { name: string } } | null)?.buyer?.name === 'string'
      : kind === 'zones'
        ? Array.isArray(data.zones) && data.zones.length > 0
        : (data.submitOrder as { outcome?: string } | null)?.outcome === 'CREATED';
  return { requestId, kind, replica: replicas.indexOf(replica), status: response.status, answered, errors: body.errors ?? [], ms: performance.now() - started, ...(orderNo ? { orderNo } : {}) };
}

/** Waits, a bounded time, until every request id has an entry of one of the outcomes; returns those still without. */
async function unaudited(requestIds: string[], outcomes: string[] = ['OK'], withinMs = 60_000): Promise<string[]> {
  const until = Date.now() + withinMs;
  for (;;) {
    const entries = await stack.audit.prisma.auditEntry.findMany({ where: { requestId: { in: requestIds } }, select: { requestId: true, outcome: true } });
    const audited = new Set(entries.filter((e) => outcomes.includes(e.outcome)).map((e) => e.requestId));
    const missing = requestIds.filter((id) => !audited.has(id));
    if (missing.length === 0 || Date.now() > until) return missing;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Freezes the replica (SIGSTOP) at a moment one of its audit sessions has an open transaction it
 * cannot finish while stopped ("idle in transaction", holding whatever it locked), as a gateway
 * stopped in the middle of its audit write; tries for up to `withinMs`, then freezes it anyway.
 * Returns whether it was caught in such a transaction.
 */
async function freezeInAuditTransaction(replica: GatewayProcess, withinMs = 10_000): Promise<boolean> {
  const admin = new Client({ connectionString: stack.databaseUrl });
  await admin.connect();
  const inTransaction = async (states: string[]) =>
    (
      await admin.query(
        `SELECT 1 FROM pg_stat_activity a WHERE a.application_name = $1 AND a.xact_start IS NOT NULL AND a.state = ANY($2)
            AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE l.pid = a.pid AND n.nspname = 'audit') LIMIT 1`,
        [applicationNameOf(replica.port), states],
      )
    ).rowCount! > 0;
  try {
    const until = Date.now() + withinMs;
    while (Date.now() < until) {
      if (!(await inTransaction(['active', 'idle in transaction']))) continue;
      replica.child.kill('SIGSTOP');
      // Stopped: the transaction stays open once its statement is done, unless it was its last.
      const settle = Date.now() + 1000;
      while (Date.now() < settle) if (await inTransaction(['idle in transaction'])) return true;
      replica.child.kill('SIGCONT');
    }
    replica.child.kill('SIGSTOP');
    return false;
  } finally {
    await admin.end();
  }
}

function summary(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0);
  return `${sorted.length} requests, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms`;
}

describe('three gateway replicas on one database and one Redis', () => {
  it(`counts one rate limit across the replicas, under REDIS_KEY_PREFIX`, async () => {
    const org = `GD-REPLICAS-${RUN}`;
    const token = await keys.token({ role: 'REGULATOR', org });
    const answers: { status: number; code: unknown }[] = [];
    for (let n = 0; n < 12; n += 1) {
      const response = await fetch(replicas[n % 3]!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ zones { code } }' }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
      answers.push({ status: response.status, code: body.errors?.[0]?.extensions?.code ?? null });
    }
    // A Redis command that outlasts its time is RATE_LIMITER_UNAVAILABLE (503, "refuse"), and may
    // or may not have counted. Whatever happens, never more than one allowance in all (not one
    // per replica), and every replica refuses once it is spent.
    const ok = answers.filter((a) => a.status === 200).length;
    const unavailable = answers.filter((a) => a.status === 503);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 429 && !(a.status === 503 && a.code === 'RATE_LIMITER_UNAVAILABLE'))).toEqual([]);
    expect(ok).toBeLessThanOrEqual(REGULATOR_PER_MINUTE);
    expect(ok + unavailable.length).toBeGreaterThanOrEqual(REGULATOR_PER_MINUTE);
    expect(answers.slice(-3).map((a) => a.status)).toEqual([429, 429, 429]);
    const redis = new Redis(REDIS_URL);
    try {
      expect(await redis.exists(`${KEY_PREFIX}:rate:REGULATOR:${org}`)).toBe(1);
      expect(await redis.exists(`zone-gateway:rate:REGULATOR:${org}`)).toBe(0);
    } finally {
      await redis.quit();
    }
  });

  it('audits every request the three answer under load, and the chain verifies', async () => {
    const sent: Sent[] = [];
    // Three callers per replica, twelve requests each: reads of personal data, zones and new orders.
    const kinds: Kind[] = ['read', 'zones', 'order'];
    await Promise.all(
      replicas.flatMap((replica, r) =>
        [0, 1, 2].map(async (worker) => {
          for (let n = 0; n < 12; n += 1) {
            const kind = kinds[(n + worker) % 3]!;
            const id = `load-${RUN}-${r}-${worker}-${n}`;
            sent.push(await send(replica, kind, id, kind === 'order' ? `REPL${RUN}${r}${worker}${String(n).padStart(3, '0')}` : undefined));
          }
        }),
      ),
    );
    expect(sent).toHaveLength(108);
    expect(sent.filter((s) => s.status !== 200 || !s.answered || s.errors.length > 0)).toEqual([]);
    expect(await unaudited(sent.map((s) => s.requestId))).toEqual([]);
    const personal = await stack.audit.prisma.auditEntry.findMany({ where: { requestId: { in: sent.filter((s) => s.kind === 'read').map((s) => s.requestId) }, outcome: 'OK' } });
    for (const entry of personal) expect(entry).toMatchObject({ personalData: true, unmasked: true, purpose: 'replica test: order dispute 2026-88' });
    expect((await verifyAuditChain(stack.audit.prisma)).ok).toBe(true);
  }, 180_000);

  it('keeps answering personal-data reads on two replicas while the third is frozen (SIGSTOP) for 12 s, then the third serves again', async () => {
    const [first, second, frozen] = replicas as [GatewayProcess, GatewayProcess, GatewayProcess];
    // Load on the replica to be frozen, so that it is stopped in the middle of its audit writes.
    let loading = true;
    let answeredByFrozen = 0;
    let warmedUp!: () => void;
    const warm = new Promise<void>((resolve) => (warmedUp = resolve));
    const loadFrozen = async (worker: number) => {
      for (let n = 0; loading; n += 1) {
        const kind: Kind = n % 2 === 0 ? 'read' : 'order';
        // Requests cut short by the freeze answer late or not at all: only the others are checked.
        await send(frozen, kind, `frozen-${RUN}-${worker}-${n}`, kind === 'order' ? `FRZ${RUN}${worker}${String(n).padStart(4, '0')}` : undefined);
        if ((answeredByFrozen += 1) === 6) warmedUp();
      }
    };
    const frozenLoad = [0, 1, 2].map(loadFrozen);
    // Stopped once it has answered a few, with three more requests in flight, in one of its audit transactions if it can be caught in one.
    await warm;
    const caughtInTransaction = await freezeInAuditTransaction(frozen);
    loading = false;
    const frozenAt = Date.now();
    const during: Sent[] = [];
    try {
      await Promise.all(
        [first, second].flatMap((replica, r) =>
          [0, 1].map(async (worker) => {
            for (let n = 0; Date.now() - frozenAt < 12_000; n += 1) during.push(await send(replica, 'read', `during-${RUN}-${r}-${worker}-${n}`));
          }),
        ),
      );
    } finally {
      frozen.child.kill('SIGCONT');
    }
    console.log(`personal-data reads on the two other replicas while one was frozen${caughtInTransaction ? ' in an open audit transaction' : ''}: ${summary(during.map((s) => s.ms))}`);
    // Generous: a busy two-core machine, three gateways, six departments and PostgreSQL; never a wait for the frozen one.
    expect(during.filter((s) => s.ms >= 5000).map((s) => `${s.requestId}: ${s.ms.toFixed(0)} ms`)).toEqual([]);
    expect(during.filter((s) => s.status !== 200 || !s.answered || s.errors.length > 0)).toEqual([]);
    expect(during.length).toBeGreaterThan(10);
    expect(await unaudited(during.map((s) => s.requestId))).toEqual([]);

    // Resumed, it finishes what it had in flight and serves again.
    await Promise.all(frozenLoad);
    const after = await send(frozen, 'read', `after-${RUN}`);
    expect(after).toMatchObject({ status: 200, answered: true, errors: [] });
    expect(await unaudited([after.requestId])).toEqual([]);
    expect((await verifyAuditChain(stack.audit.prisma)).ok).toBe(true);
  }, 240_000);

  it('leaves no order committed in commerce without its audit entry when a replica is killed (SIGKILL) during a burst of submitOrder', async () => {
    const victim = replicas[1]!;
    const sent: { requestId: string; orderNo: string; replica: number }[] = [];
    let acknowledgedByVictim = 0;
    let killed = false;
    await Promise.all(
      replicas.flatMap((replica, r) =>
        [0, 1, 2, 3].map(async (worker) => {
          for (let n = 0; n < 60 && !killed; n += 1) {
            const orderNo = `KILL${RUN}${r}${worker}${String(n).padStart(3, '0')}`;
            const requestId = `kill-${RUN}-${r}-${worker}-${n}`;
            sent.push({ requestId, orderNo, replica: r });
            // A request cut off by the kill comes back unanswered.
            const result = await send(replica, 'order', requestId, orderNo);
            if (replica === victim && result.answered) acknowledgedByVictim += 1;
            if (!killed && acknowledgedByVictim >= 8) {
              killed = true;
              victim.child.kill('SIGKILL');
            }
          }
        }),
      ),
    );
    expect(killed).toBe(true);
    expect((await victim.exited).signal).toBe('SIGKILL');
    // Every order committed in commerce carries the request id of the write that committed it. The
    // victim's writes in flight may still commit in commerce after the kill, so both are read in
    // one statement (one snapshot).
    const [snapshot] = (await stack.runtimes.commerce.prisma.$queryRaw`
      SELECT
        COALESCE((SELECT array_agg(order_no) FROM "order" WHERE order_no = ANY(${sent.map((s) => s.orderNo)})), '{}') AS orders,
        COALESCE((SELECT array_agg(DISTINCT request_id) FROM write_request WHERE request_id = ANY(${sent.map((s) => s.requestId)})), '{}') AS requests`) as { orders: string[]; requests: string[] }[];
    const committedIds = snapshot!.orders.map((orderNo) => sent.find((s) => s.orderNo === orderNo)!.requestId).sort();
    expect(committedIds.length).toBeGreaterThanOrEqual(8);
    expect([...snapshot!.requests].sort()).toEqual(committedIds);
    // The survivors' answers are audited before they are sent; the victim's writes in flight once
    // the sequencer's leader reconciles their intents (a pass now, as after a crash, not after the grace period).
    const ids = sent.map((s) => s.requestId);
    const openIntents = async () => {
      const submissions = await stack.audit.prisma.auditSubmission.findMany({ where: { requestId: { in: ids } }, select: { requestId: true, outcome: true } });
      const decided = new Set(submissions.filter((s) => s.outcome !== 'INTENT').map((s) => s.requestId));
      return submissions.filter((s) => s.outcome === 'INTENT' && !decided.has(s.requestId)).length;
    };
    // A pass leaves an intent whose department did not answer in time for the next one.
    for (let pass = 0; pass < 20 && (await openIntents()) > 0; pass += 1) await stack.reconciler.reconcile({ graceMs: 0 });
    expect(await unaudited(committedIds, ['OK', 'RECONCILED_COMMITTED'])).toEqual([]);
    await waitUntilSequenced(stack.audit.prisma, { timeoutMs: 60_000 });
    // No intent of the burst is left without its outcome: the orders that never committed are RECONCILED_NOT_COMMITTED.
    const entries = await stack.audit.prisma.auditEntry.findMany({ where: { requestId: { in: ids } }, select: { requestId: true, outcome: true } });
    const resolved = new Set(entries.filter((e) => e.outcome !== 'INTENT').map((e) => e.requestId));
    expect(entries.filter((e) => e.outcome === 'INTENT' && !resolved.has(e.requestId)).map((e) => e.requestId)).toEqual([]);
    for (const entry of entries.filter((e) => committedIds.includes(e.requestId))) expect(entry.outcome).not.toBe('RECONCILED_NOT_COMMITTED');
    expect((await verifyAuditChain(stack.audit.prisma)).ok).toBe(true);
  }, 300_000);
});
