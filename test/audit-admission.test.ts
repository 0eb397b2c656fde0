import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createAuditLog, verifyAuditChain, type AuditRecord } from '../gateway/src/audit';
import { createGatewayProcessKeys, startGatewayProcess, type GatewayProcessKeys } from './support/gateway-process';
import { SUBMIT_ORDER, orderInput as orderInputOf, type OrderParties } from './support/order-input';
import { startStack, type Stack } from './support/stack';

/**
 * Admission at the gateway and the audit trail under attack and crash: request ids, refusals
 * without a token, and writes acknowledged just before the gateway is stopped or killed. The
 * gateway processes of the last part are the real `gateway/src/main.ts`, against this stack's
 * departments and audit database.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let stack: Stack;
let keys: GatewayProcessKeys;
let platformUscc: string;
let sellerUscc: string;
let payerUscc: string;

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  keys = await createGatewayProcessKeys();
  stack = await startStack({ assertionKeys: keys.assertionKeys });
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: { uscc: string; roles: string[] } }[] } }>(
    '{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc roles } } } }',
  );
  expect(errors).toBeUndefined();
  const withRole = (role: string) => data!.enterprises.edges.map((e) => e.node).find((e) => e.roles.includes(role))!.uscc;
  platformUscc = withRole('PLATFORM');
  sellerUscc = withRole('ECOMMERCE');
  payerUscc = withRole('PAYMENT');
});

afterAll(async () => {
  await stack?.close();
  keys?.remove();
});

async function entryOf(requestId: string) {
  await stack.auditLog.sequenced();
  return stack.audit.prisma.auditEntry.findFirst({ where: { requestId } });
}

/** The entry of a refusal is written after its response: wait for it, a bounded time. */
async function eventualEntryOf(requestId: string) {
  const until = Date.now() + 20_000;
  for (;;) {
    const entry = await entryOf(requestId);
    if (entry || Date.now() > until) return entry;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const BUYER = `query BuyerOfOrder($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo buyer { name } } }`;

async function anOrder(): Promise<{ e: string; o: string }> {
  const result = await stack.query<{ enterprises: { edges: { node: { orders: { ebpCode: string; orderNo: string }[] } }[] } }>(
    `{ enterprises(first: 10) { edges { node { orders(first: 1) { ebpCode orderNo } } } } }`,
  );
  const order = result.data!.enterprises.edges.flatMap((e) => e.node.orders)[0]!;
  return { e: order.ebpCode, o: order.orderNo };
}

describe('request ids and the audit log under oversized ids', () => {
  it('echoes a plain x-request-id, and it is the id of the request\'s audit entry', async () => {
    const id = `trace:${randomBytes(6).toString('hex')}_1.a-b`;
    const token = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': id },
      body: JSON.stringify({ query: BUYER, variables: await anOrder() }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(id);
    // Personal data: its entry is committed before the response.
    expect(await entryOf(id)).toMatchObject({ requestId: id, operationName: 'BuyerOfOrder', outcome: 'OK', count: 1 });
  });

  it('answers a request without a token and a 7,000-character id 401 under a new id, and audits it under that id', async () => {
    const sent = randomBytes(5250).toString('base64url');
    expect(sent).toHaveLength(7000);
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': sent },
      body: JSON.stringify({ query: '{ zones { code } }' }),
    });
    expect(response.status).toBe(401);
    const used = response.headers.get('x-request-id');
    expect(used).toMatch(UUID);
    expect(await eventualEntryOf(used!)).toMatchObject({ organisation: '(unauthenticated)', role: '(none)', outcome: 'REFUSED_UNAUTHENTICATED' });
    expect(await stack.audit.prisma.auditEntry.count({ where: { requestId: sent } })).toBe(0);
  });

  it('keeps serving personal data, each read audited, while two loops send such requests', async () => {
    const key = await anOrder();
    const token = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    let attacking = true;
    const attack = async () => {
      let sent = 0;
      while (attacking || sent < 20) {
        const response = await fetch(stack.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': randomBytes(5250).toString('base64url') },
          body: JSON.stringify({ query: '{ zones { code } }' }),
        });
        expect(response.status).toBe(401);
        await response.arrayBuffer();
        sent += 1;
      }
    };
    const loops = [attack(), attack()];
    const statuses: number[] = [];
    for (let n = 0; n < 20; n += 1) {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: BUYER, variables: key }),
      });
      statuses.push(response.status);
      const body = (await response.json()) as { data?: { order: { buyer: unknown } } };
      expect(body.data?.order.buyer).toBeTruthy();
    }
    attacking = false;
    await Promise.all(loops);
    expect(statuses).toEqual(Array(20).fill(200));
    expect((await verifyAuditChain(stack.audit.prisma)).ok).toBe(true);
  });

  it('writes the other entries of a batch when PostgreSQL refuses one, and the chain stays intact', async () => {
    const admin = new Client({ connectionString: stack.databaseUrl });
    await admin.connect();
    // A constraint the gateway's own checks know nothing of: the database alone refuses the entry.
    await admin.query(`ALTER TABLE audit.audit_submission ADD CONSTRAINT test_refuses_poison CHECK (request_id NOT LIKE 'poison-%') NOT VALID`);
    try {
      const log = createAuditLog({ prisma: stack.audit.prisma, pool: stack.audit.pool });
      const run = randomBytes(4).toString('hex');
      const record = (id: string): AuditRecord => ({
        at: new Date(),
        requestId: id,
        organisation: 'ZONE-PLATFORM',
        role: 'PLATFORM',
        zone: null,
        purpose: null,
        operationName: null,
        operationHash: 'a'.repeat(64),
        variablesDigest: 'b'.repeat(64),
        fields: [],
        personalData: false,
        unmasked: false,
        outcome: 'OK',
        durationMs: 1,
      });
      const ids = [`ok-${run}-1`, `ok-${run}-2`, `poison-${run}`, `ok-${run}-3`];
      const outcomes = await Promise.allSettled(ids.map((id) => log.append(record(id))));
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      await log.close();
      await stack.auditLog.sequenced();
      const written = await stack.audit.prisma.auditEntry.findMany({ where: { requestId: { in: ids } }, orderBy: { seq: 'asc' } });
      expect(written.map((e) => e.requestId)).toEqual([`ok-${run}-1`, `ok-${run}-2`, `ok-${run}-3`]);
      expect((await verifyAuditChain(stack.audit.prisma)).ok).toBe(true);
    } finally {
      await admin.query('ALTER TABLE audit.audit_submission DROP CONSTRAINT test_refuses_poison');
      await admin.end();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The real gateway process

function orderInput(orderNo: string, serial: number) {
  const parties: OrderParties = { platformUscc, sellerUscc, payerUscc };
  return orderInputOf(parties, orderNo, serial);
}

/** A write that touches no personal, tax or FX data: only being a mutation makes its entry precede its response. */
const SET_CREDIT_CLASS = `mutation SetCreditClass($uscc: USCC!, $creditClass: CustomsCreditClass!) {
  setCustomsCreditClass(uscc: $uscc, creditClass: $creditClass, reason: "信用等级复核") { uscc } }`;

describe('the gateway process: floods without a token, SIGTERM and SIGKILL', () => {
  it('limits requests without a token per address, bounds their audit rows, serves an authenticated caller meanwhile, and on SIGTERM writes the last entry and exits 0', async () => {
    const gateway = await startGatewayProcess(stack, keys, { env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '5' } });
    const platform = await keys.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const run = randomBytes(4).toString('hex');
    const floodStart = new Date(Date.now() - 1000);
    const anonymous = (n: number) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': `flood-${run}-${n}` },
        body: JSON.stringify({ query: '{ zones { code } }' }),
      }).then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      });
    const flood = Array.from({ length: 60 }, (_, n) => anonymous(n));
    // In the middle of the flood, from the same address: an authenticated caller is served.
    const authenticated = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${platform}` },
      body: JSON.stringify({ query: '{ zones { code } }' }),
    });
    const statuses = await Promise.all(flood);
    expect(authenticated.status).toBe(200);
    expect(((await authenticated.json()) as { data: { zones: unknown[] } }).data.zones.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(55);
    // A bad token counts against the address as no token does: it is over its allowance too.
    const forged = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.token' },
      body: JSON.stringify({ query: '{ zones { code } }' }),
    });
    expect(forged.status).toBe(429);
    await forged.arrayBuffer();

    // Then a response, and SIGTERM the moment it arrives: its entry (not awaited by a plain read) is written.
    const lastId = `last-${run}`;
    const last = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${platform}`, 'x-request-id': lastId },
      body: JSON.stringify({ query: '{ zones { code } }' }),
    });
    expect(last.status).toBe(200);
    expect(last.headers.get('x-request-id')).toBe(lastId);
    gateway.child.kill('SIGTERM');
    await last.arrayBuffer();
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(await entryOf(lastId)).toMatchObject({ organisation: 'ZONE-PLATFORM', outcome: 'OK' });

    // 61 refusals: 20 entries of their own, the other 41 in one entry with their count.
    const individual = await stack.audit.prisma.auditEntry.findMany({ where: { requestId: { startsWith: `flood-${run}-` } } });
    const forgedEntries = await stack.audit.prisma.auditEntry.findMany({
      where: { organisation: '(unauthenticated)', outcome: 'RATE_LIMITED', at: { gte: floodStart }, NOT: { requestId: { startsWith: 'flood-' } } },
    });
    expect(individual).toHaveLength(20);
    const counted = forgedEntries.filter((e) => (e.count ?? 1) > 1);
    expect(counted).toHaveLength(1);
    expect(counted[0]).toMatchObject({ outcome: 'RATE_LIMITED', count: 41 });
    expect((await verifyAuditChain(stack.audit.prisma)).ok).toBe(true);
  }, 180_000);

  it('has the audit entry of every write it acknowledged when it is killed during a burst of submitOrder and setCustomsCreditClass', async () => {
    const gateway = await startGatewayProcess(stack, keys);
    const platform = await keys.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const officer = await keys.token({ role: 'OFFICER', org: 'CUSTOMS-SHAOGUAN', department: 'customs', zone: 'SHAOGUAN' });
    const run = randomBytes(3).toString('hex').toUpperCase();
    const acknowledged: string[] = [];
    let killed = false;
    const submit = async (n: number) => {
      const requestId = `write-${run}-${n}`;
      const order = n % 2 === 0;
      try {
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${order ? platform : officer}`, 'x-request-id': requestId },
          body: JSON.stringify(
            order
              ? { query: SUBMIT_ORDER, variables: { input: orderInput(`AUDKILL${run}${String(n).padStart(4, '0')}`, n) } }
              : { query: SET_CREDIT_CLASS, variables: { uscc: sellerUscc, creditClass: n % 4 === 1 ? 'ADVANCED' : 'GENERAL' } },
          ),
        });
        const body = (await response.json()) as { data?: { submitOrder?: { outcome: string } | null; setCustomsCreditClass?: { uscc: string } | null } };
        if (response.status === 200 && (body.data?.submitOrder?.outcome === 'CREATED' || body.data?.setCustomsCreditClass?.uscc === sellerUscc)) acknowledged.push(requestId);
      } catch {
        // Cut off by the kill: not acknowledged.
      }
      // SIGKILL once some writes are acknowledged, while the others are in flight.
      if (!killed && acknowledged.length >= 15) {
        killed = true;
        gateway.child.kill('SIGKILL');
      }
    };
    const workers = Array.from({ length: 8 }, async (_, worker) => {
      for (let n = worker; n < 400 && !killed; n += 8) await submit(n);
    });
    await Promise.all(workers);
    expect(killed).toBe(true);
    expect((await gateway.exited).signal).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);
    await stack.auditLog.sequenced();
    // Each write has its INTENT, submitted before it was forwarded, and its outcome.
    const entries = await stack.audit.prisma.auditEntry.findMany({ where: { requestId: { in: acknowledged }, outcome: { not: 'INTENT' } } });
    expect(entries.map((e) => e.requestId).sort()).toEqual([...acknowledged].sort());
    for (const entry of entries) expect(entry).toMatchObject({ outcome: 'OK' });
    expect(new Set(entries.map((e) => e.operationName))).toEqual(new Set(['SubmitOrder', 'SetCreditClass']));
    expect((await verifyAuditChain(stack.audit.prisma)).ok).toBe(true);
  }, 180_000);
});
