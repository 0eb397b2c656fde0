import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ASSERTION_HEADER, WRITE_COMMITTED_PATH, signCallerAssertion } from '@zone/common';
import { RECONCILER_CALLER, departmentWriteCommitted, unresolvedIntents, verifyAuditChain } from '../gateway/src/audit';
import { createGatewayProcessKeys, startGatewayProcess, type GatewayProcessKeys } from './support/gateway-process';
import { SUBMIT_ORDER, orderInput as orderInputOf, type OrderParties } from './support/order-input';
import { startStack, type Stack } from './support/stack';
import { runAuditVerify } from '../scripts/audit-verify';

/**
 * Write-ahead entries: a mutation is forwarded only once its INTENT is durable, each department
 * records the gateway's request id with the write it commits, and the reconciler resolves the
 * intents a killed gateway left without an outcome by asking the departments.
 */

let stack: Stack;
let keys: GatewayProcessKeys;
let db: Client;
let parties: OrderParties;

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  keys = await createGatewayProcessKeys();
  stack = await startStack({ assertionKeys: keys.assertionKeys });
  db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: { uscc: string; roles: string[] } }[] } }>(
    '{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc roles } } } }',
  );
  expect(errors).toBeUndefined();
  const withRole = (role: string) => data!.enterprises.edges.map((e) => e.node).find((e) => e.roles.includes(role))!.uscc;
  parties = { platformUscc: withRole('PLATFORM'), sellerUscc: withRole('ECOMMERCE'), payerUscc: withRole('PAYMENT') };
});

afterAll(async () => {
  await db?.end();
  await stack?.close();
  keys?.remove();
});

async function outcomesOf(requestId: string): Promise<string[]> {
  const rows = await stack.audit.prisma.auditSubmission.findMany({ where: { requestId }, orderBy: { id: 'asc' } });
  return rows.map((r) => r.outcome);
}

async function commerceRequestIds(orderNoPrefix: string): Promise<string[]> {
  const { rows } = await db.query<{ request_id: string }>(
    `SELECT request_id FROM commerce.write_request WHERE record_type = 'commerce.order' AND record_key LIKE $1`,
    [`%"${orderNoPrefix}%`],
  );
  return rows.map((r) => r.request_id);
}

describe('write-ahead entries for mutations', () => {
  it('submits the INTENT before the mutation is forwarded and its outcome after, and commerce records the request id with the order', async () => {
    const requestId = `wa-${randomUUID()}`;
    const orderNo = `WAOK${randomBytes(3).toString('hex').toUpperCase()}`;
    const result = await stack.query<{ submitOrder: { outcome: string } }>(SUBMIT_ORDER, { input: orderInputOf(parties, orderNo, 7001) }, { 'x-request-id': requestId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitOrder.outcome).toBe('CREATED');
    expect(await outcomesOf(requestId)).toEqual(['INTENT', 'OK']);
    expect(await commerceRequestIds(orderNo)).toEqual([requestId]);
    // Auditors read both entries through the API.
    await stack.auditLog.sequenced();
    const auditor = await stack.token({ role: 'REGULATOR', org: 'GD-AUDIT', scopes: ['audit:read'] });
    const listed = await stack.query<{ auditEntries: { edges: { node: { requestId: string; outcome: string } }[] } }>(
      'query($since: DateTime) { auditEntries(filter: { outcome: INTENT, from: $since }, first: 50) { edges { node { requestId outcome } } } }',
      { since: new Date(Date.now() - 60_000).toISOString() },
      { authorization: `Bearer ${auditor}` },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.auditEntries.edges.map((e) => e.node)).toContainEqual({ requestId, outcome: 'INTENT' });
  });

  it('does not forward a mutation whose INTENT cannot be written: 503, and nothing is written in commerce', async () => {
    const requestId = `wa-${randomUUID()}`;
    const orderNo = `WANO${randomBytes(3).toString('hex').toUpperCase()}`;
    await db.query('ALTER TABLE audit.audit_submission RENAME TO audit_submission_unreachable');
    let response: Response;
    try {
      response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId, authorization: `Bearer ${await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' })}` },
        body: JSON.stringify({ query: SUBMIT_ORDER, variables: { input: orderInputOf(parties, orderNo, 7002) } }),
      });
    } finally {
      await db.query('ALTER TABLE audit.audit_submission_unreachable RENAME TO audit_submission');
    }
    expect(response.status).toBe(503);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('AUDIT_UNAVAILABLE');
    expect(body.errors[0]!.message).toContain('not forwarded');
    const { rows } = await db.query(`SELECT 1 FROM commerce."order" WHERE order_no = $1`, [orderNo]);
    expect(rows).toHaveLength(0);
    expect(await commerceRequestIds(orderNo)).toEqual([]);
  });

  it('answers the reconciler, and only the gateway\'s reconciler, whether a request committed a write', async () => {
    const requestId = `wa-${randomUUID()}`;
    const orderNo = `WARQ${randomBytes(3).toString('hex').toUpperCase()}`;
    await stack.query(SUBMIT_ORDER, { input: orderInputOf(parties, orderNo, 7003) }, { 'x-request-id': requestId });
    const ask = departmentWriteCommitted({ subgraphUrls: stack.subgraphUrls, assertionKey: keys.assertionKeys.privateKey });
    expect(await ask(requestId)).toBe(true);
    expect(await ask(`wa-${randomUUID()}`)).toBe(false);

    const target = new URL(WRITE_COMMITTED_PATH, stack.subgraphUrls.commerce);
    target.searchParams.set('requestId', requestId);
    expect((await fetch(target)).status).toBe(401);
    const platform = await signCallerAssertion({ ...RECONCILER_CALLER, role: 'PLATFORM' }, keys.assertionKeys.privateKey, requestId);
    expect((await fetch(target, { headers: { [ASSERTION_HEADER]: platform } })).status).toBe(403);
    const reconciler = await signCallerAssertion(RECONCILER_CALLER, keys.assertionKeys.privateKey, requestId);
    const bad = new URL(WRITE_COMMITTED_PATH, stack.subgraphUrls.commerce);
    bad.searchParams.set('requestId', 'no spaces allowed');
    const refused = await fetch(bad, { headers: { [ASSERTION_HEADER]: reconciler } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('requestId');
  });

  it('reports an intent left without an outcome in audit:verify until the reconciler resolves it with the departments', async () => {
    const requestId = `wa-orphan-${randomUUID()}`;
    await stack.auditLog.append({
      at: new Date(),
      requestId,
      organisation: 'ZONE-PLATFORM',
      role: 'PLATFORM',
      zone: null,
      purpose: null,
      operationName: 'SubmitOrder',
      operationHash: 'a'.repeat(64),
      variablesDigest: 'b'.repeat(64),
      fields: ['Mutation.submitOrder'],
      personalData: true,
      unmasked: false,
      outcome: 'INTENT',
      durationMs: 0,
    });
    await stack.auditLog.sequenced();
    const verify = async () => {
      const out: string[] = [];
      const code = await runAuditVerify([], { out: (line) => out.push(line), err: (line) => out.push(line) }, stack.audit.prisma);
      return { code, out: out.join('\n') };
    };
    const before = await verify();
    expect(before.code).toBe(0);
    expect(before.out).toMatch(/write-ahead: \d+ intents? without an outcome/);
    // Within its grace period the intent is left alone: its write may still be under way.
    await stack.reconciler.reconcile({ graceMs: 60_000 });
    expect(await outcomesOf(requestId)).toEqual(['INTENT']);
    await stack.reconciler.reconcile({ graceMs: 0 });
    expect(await outcomesOf(requestId)).toEqual(['INTENT', 'RECONCILED_NOT_COMMITTED']);
    await stack.auditLog.sequenced();
    const after = await verify();
    expect(after.out).toContain('write-ahead: every intent has its outcome');
  });

  it('resolves an intent whose write reached commerce, the gateway gone before the outcome, as RECONCILED_COMMITTED', async () => {
    const requestId = `wa-crashed-${randomUUID()}`;
    const orderNo = `WACR${randomBytes(3).toString('hex').toUpperCase()}`;
    await stack.auditLog.append({
      at: new Date(),
      requestId,
      organisation: 'ZONE-PLATFORM',
      role: 'PLATFORM',
      zone: null,
      purpose: null,
      operationName: 'SubmitOrder',
      operationHash: 'a'.repeat(64),
      variablesDigest: 'b'.repeat(64),
      fields: ['Mutation.submitOrder'],
      personalData: true,
      unmasked: false,
      outcome: 'INTENT',
      durationMs: 0,
    });
    // The write as the gateway forwarded it (its assertion, its request id); no outcome follows.
    const assertion = await signCallerAssertion(
      { organisation: 'ZONE-PLATFORM', role: 'PLATFORM', zone: null, department: null, scopes: [] },
      keys.assertionKeys.privateKey,
      requestId,
    );
    const response = await fetch(stack.subgraphUrls.commerce, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [ASSERTION_HEADER]: assertion, 'x-request-id': requestId },
      body: JSON.stringify({ query: SUBMIT_ORDER, variables: { input: orderInputOf(parties, orderNo, 7004) } }),
    });
    expect(((await response.json()) as { data: { submitOrder: { outcome: string } } }).data.submitOrder.outcome).toBe('CREATED');
    await stack.reconciler.reconcile({ graceMs: 0 });
    expect(await outcomesOf(requestId)).toEqual(['INTENT', 'RECONCILED_COMMITTED']);
  });

  it('reports in /ready whether this gateway leads the sequencing, and the integration lag', async () => {
    await stack.auditLog.sequenced();
    const ready = (await (await fetch(new URL('/ready', stack.gatewayUrl))).json()) as { audit?: Record<string, unknown> };
    expect(ready.audit).toMatchObject({ leading: true, pending: expect.any(Number), integrated: expect.any(Number) });
    expect(Object.keys(ready.audit!).sort()).toEqual(['integrated', 'leading', 'oldestPendingMs', 'pending']);
    expect(ready.audit!.integrated as number).toBeGreaterThan(0);
  });

  it('has an entry for every order committed in commerce when the gateway is killed during a burst of submitOrder, once the intents are reconciled', async () => {
    const gateway = await startGatewayProcess(stack, keys);
    const platform = await keys.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const run = randomBytes(3).toString('hex').toUpperCase();
    const prefix = `WAKILL${run}`;
    const sent: string[] = [];
    let acknowledged = 0;
    let killed = false;
    const submit = async (n: number) => {
      const requestId = `wakill-${run}-${n}`;
      sent.push(requestId);
      try {
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${platform}`, 'x-request-id': requestId },
          body: JSON.stringify({ query: SUBMIT_ORDER, variables: { input: orderInputOf(parties, `${prefix}${String(n).padStart(4, '0')}`, 8000 + n) } }),
        });
        await response.arrayBuffer();
        if (response.status === 200) acknowledged += 1;
      } catch {
        // Cut off by the kill.
      }
      if (!killed && acknowledged >= 10) {
        killed = true;
        gateway.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 8 }, async (_, worker) => {
      for (let n = worker; n < 400 && !killed; n += 8) await submit(n);
    }));
    expect(killed).toBe(true);
    expect((await gateway.exited).signal).toBe('SIGKILL');

    // Reconcile until no intent of the burst is left open. The grace period lets a department
    // finish a write the killed gateway had forwarded before the reconciler asks about it.
    const open = async () => {
      const rows = await stack.audit.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM audit.audit_submission i
         WHERE i.request_id LIKE ${`wakill-${run}-%`} AND i.outcome = 'INTENT'
           AND NOT EXISTS (SELECT 1 FROM audit.audit_submission o WHERE o.request_id = i.request_id AND o.outcome <> 'INTENT')`;
      return rows[0]!.n;
    };
    const deadline = Date.now() + 60_000;
    while ((await open()) > 0) {
      if (Date.now() > deadline) throw new Error('intents left open');
      if ((await stack.reconciler.reconcile({ graceMs: 2000 })) === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await stack.auditLog.sequenced();

    const committed = await commerceRequestIds(prefix);
    expect(committed.length).toBeGreaterThanOrEqual(10);
    const entries = await stack.audit.prisma.auditEntry.findMany({ where: { requestId: { in: sent } } });
    const outcomeOf = new Map<string, string[]>();
    for (const entry of entries) outcomeOf.set(entry.requestId, [...(outcomeOf.get(entry.requestId) ?? []), entry.outcome]);
    // Every order committed in commerce has its entries: the intent and an outcome saying it committed.
    for (const requestId of committed) {
      const outcomes = outcomeOf.get(requestId) ?? [];
      expect({ requestId, outcomes: outcomes.filter((o) => o !== 'INTENT') }).toEqual({ requestId, outcomes: [expect.stringMatching(/^(OK|RECONCILED_COMMITTED)$/)] });
      expect(outcomes).toContain('INTENT');
    }
    // And no request that committed nothing is said to have committed.
    for (const [requestId, outcomes] of outcomeOf) {
      if (!committed.includes(requestId)) expect({ requestId, outcomes }).not.toEqual({ requestId, outcomes: expect.arrayContaining(['RECONCILED_COMMITTED']) });
    }
    expect((await unresolvedIntents(stack.audit.prisma)).count).toBe(0);
    expect((await verifyAuditChain(stack.audit.prisma)).ok).toBe(true);
  }, 180_000);
});
