import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEPARTMENTS, createLogger, type CallerRole } from '@zone/common';
import { createAuditLog, digestVariables, operationHash } from '../gateway/src/audit';
import { createJwtAuthenticator } from '../gateway/src/auth/authenticate';
import { createAssertionKeys } from '../gateway/src/auth/dev-keys';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { createGateway } from '../gateway/src/gateway';
import { createMemoryRateLimiter } from '../gateway/src/rate-limit/rate-limiter';
import { startStack, type Stack } from './support/stack';

interface HttpResult<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function post<T = Record<string, unknown>>(url: string, payload: Record<string, unknown>, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
  return { status: response.status, body: (await response.json()) as HttpResult<T>['body'] };
}

/** The entry of one request, once written (entries of responses without sensitive data are written after them). */
async function entryOf(requestId: string) {
  await stack.auditLog.sequenced();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const entry = await stack.audit.prisma.auditEntry.findFirst({ where: { requestId } });
    if (entry) return entry;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no audit entry for request ${requestId}`);
}

const BUYER = `query BuyerOfOrder($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo buyer { name phone } } }`;

async function anOrder(): Promise<{ e: string; o: string }> {
  const result = await stack.query<{ enterprises: { edges: { node: { orders: { ebpCode: string; orderNo: string }[] } }[] } }>(
    `{ enterprises(first: 10) { edges { node { orders(first: 1) { ebpCode orderNo } } } } }`,
  );
  const order = result.data!.enterprises.edges.flatMap((e) => e.node.orders)[0]!;
  return { e: order.ebpCode, o: order.orderNo };
}

const ENTRIES = `query Audit($filter: AuditEntryFilter, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    edges { cursor node { seq organisation role outcome operationName fields personalData unmasked purpose hash prevHash } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Entries {
  auditEntries: {
    edges: { cursor: string; node: { seq: string; organisation: string; role: string; outcome: string; operationName: string | null; unmasked: boolean | null; purpose: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('requests refused before the GraphQL pipeline are in the audit log too', () => {
  it('records a missing or invalid token as REFUSED_UNAUTHENTICATED, without the token or any claim of it', async () => {
    const missing = randomUUID();
    const forged = randomUUID();
    const forgedToken = 'eyJhbGciOiJub25lIn0.eyJvcmciOiJBVFRBQ0tFUiIsInJvbGUiOiJSRUdVTEFUT1IifQ.';
    expect((await post(stack.gatewayUrl, { query: '{ zones { code } }', operationName: null }, { 'x-request-id': missing })).status).toBe(401);
    expect((await post(stack.gatewayUrl, { query: 'query Probe { zones { code } }', operationName: 'Probe', variables: { a: 1 } }, { 'x-request-id': forged, authorization: `Bearer ${forgedToken}` })).status).toBe(401);

    const first = await entryOf(missing);
    expect(first).toMatchObject({ organisation: '(unauthenticated)', role: '(none)', zone: null, outcome: 'REFUSED_UNAUTHENTICATED', fields: [], personalData: false, unmasked: false });
    const second = await entryOf(forged);
    // The document is not parsed for a caller nobody knows: its name as sent, its hash and the variables' digest.
    expect(second).toMatchObject({
      organisation: '(unauthenticated)',
      outcome: 'REFUSED_UNAUTHENTICATED',
      operationName: 'Probe',
      operationHash: operationHash('query Probe { zones { code } }'),
      variablesDigest: digestVariables({ a: 1 }),
    });
    const stored = JSON.stringify(second, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    expect(stored).not.toContain(forgedToken);
    expect(stored).not.toContain('ATTACKER');
  });

  it('records a caller over its rate limit as RATE_LIMITED, with the caller authentication established', async () => {
    const nowhere = 'http://127.0.0.1:9/graphql';
    const perMinute: Record<CallerRole, number> = { PLATFORM: 1, BANK: 1, REGULATOR: 1, OFFICER: 1, SYSTEM: 1 };
    const gateway = await createGateway({
      supergraphSdl: fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: Object.fromEntries(DEPARTMENTS.map((d) => [d, nowhere])) as Record<(typeof DEPARTMENTS)[number], string>,
      subgraphTimeoutMs: 1000,
      authenticate: createJwtAuthenticator({ keys: stack.issuer.keys, issuer: stack.issuer.issuer, audience: stack.issuer.audience }),
      assertionKey: (await createAssertionKeys()).privateKey,
      log: createLogger('gateway'),
      rateLimiter: createMemoryRateLimiter({ perMinute }),
      auditLog: createAuditLog({ prisma: stack.audit.prisma, pool: stack.audit.pool }),
    }).listen(0);
    try {
      const token = await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' });
      const ids = [randomUUID(), randomUUID()];
      const statuses = [];
      for (const id of ids) statuses.push((await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${token}`, 'x-request-id': id, 'x-purpose': 'settlement' })).status);
      expect(statuses).toEqual([200, 429]);
      expect(await entryOf(ids[1]!)).toMatchObject({ organisation: '91440300MA5FXXXX0X', role: 'BANK', purpose: 'settlement', outcome: 'RATE_LIMITED' });
      expect(await entryOf(ids[0]!)).toMatchObject({ outcome: 'OK' });
    } finally {
      await gateway.close();
    }
  });
});

describe('personal data served in clear is marked in the audit log', () => {
  it.each<[string, { scopes?: string[]; purpose?: string }, boolean]>([
    ['pii:read with a stated purpose: names in clear, marked unmasked', { scopes: ['pii:read'], purpose: 'case 2026-117' }, true],
    ['pii:read without a purpose: masked, not marked', { scopes: ['pii:read'] }, false],
    ['a purpose without pii:read: masked, not marked', { purpose: 'curiosity' }, false],
  ])('%s', async (_name, { scopes, purpose }, unmasked) => {
    const token = await stack.token({ role: 'REGULATOR', org: 'GD-REG', scopes });
    const requestId = randomUUID();
    const result = await post<{ order: { buyer: { name: string } } }>(stack.gatewayUrl, { query: BUYER, variables: await anOrder() }, {
      authorization: `Bearer ${token}`,
      'x-request-id': requestId,
      ...(purpose ? { 'x-purpose': purpose } : {}),
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.order.buyer.name.includes('*')).toBe(!unmasked);
    expect(await entryOf(requestId)).toMatchObject({ personalData: true, unmasked });
  });

  it('does not mark an operation that reads no field masked by default', async () => {
    const token = await stack.token({ role: 'REGULATOR', org: 'GD-REG', scopes: ['pii:read'] });
    const requestId = randomUUID();
    await post(stack.gatewayUrl, { query: '{ zones { code } }' }, { authorization: `Bearer ${token}`, 'x-request-id': requestId, 'x-purpose': 'statistics' });
    expect(await entryOf(requestId)).toMatchObject({ personalData: false, unmasked: false });
  });
});

describe('auditors query the audit log through the API', () => {
  it('lists entries newest first, filtered and paged, for a REGULATOR holding audit:read', async () => {
    await stack.auditLog.sequenced();
    const auditor = await stack.token({ role: 'REGULATOR', org: 'GD-AUDIT', scopes: ['audit:read'] });
    const headers = { authorization: `Bearer ${auditor}` };
    const refused = await post<Entries>(stack.gatewayUrl, { query: ENTRIES, variables: { filter: { outcome: 'REFUSED_UNAUTHENTICATED' }, first: 1 } }, headers);
    expect(refused.body.errors).toBeUndefined();
    const page = refused.body.data!.auditEntries;
    expect(page.edges).toHaveLength(1);
    expect(page.edges[0]!.node).toMatchObject({ organisation: '(unauthenticated)', outcome: 'REFUSED_UNAUTHENTICATED' });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await post<Entries>(stack.gatewayUrl, { query: ENTRIES, variables: { filter: { outcome: 'REFUSED_UNAUTHENTICATED' }, first: 5, after: page.pageInfo.endCursor } }, headers);
    expect(next.body.data!.auditEntries.edges.length).toBeGreaterThanOrEqual(1);
    expect(Number(next.body.data!.auditEntries.edges[0]!.node.seq)).toBeLessThan(Number(page.edges[0]!.node.seq));

    const unmasked = await post<Entries>(stack.gatewayUrl, { query: ENTRIES, variables: { filter: { organisation: 'GD-REG', unmasked: true } } }, headers);
    expect(unmasked.body.data!.auditEntries.edges.map((e) => e.node.purpose)).toEqual(['case 2026-117']);
  });

  it('verifies the chain on request', async () => {
    const auditor = await stack.token({ role: 'REGULATOR', org: 'GD-AUDIT', scopes: ['audit:read'] });
    const result = await post<{ auditChainVerification: { intact: boolean; entries: number; firstBadSeq: string | null } }>(
      stack.gatewayUrl,
      { query: '{ auditChainVerification { intact entries firstBadSeq reason } }' },
      { authorization: `Bearer ${auditor}` },
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.auditChainVerification).toMatchObject({ intact: true, firstBadSeq: null });
    expect(result.body.data!.auditChainVerification.entries).toBeGreaterThan(5);
  });

  it.each<[string, { role: CallerRole; org: string; scopes?: string[]; department?: 'customs'; zone?: 'SHAOGUAN' }]>([
    ['a regulator without audit:read', { role: 'REGULATOR', org: 'GD-REG' }],
    ['an officer holding audit:read', { role: 'OFFICER', org: 'officer-1', department: 'customs', zone: 'SHAOGUAN', scopes: ['audit:read'] }],
    ['a department system', { role: 'SYSTEM', org: 'GD-CUSTOMS', department: 'customs', scopes: ['audit:read'] }],
  ])('refuses %s (FORBIDDEN)', async (_name, claims) => {
    const token = await stack.token(claims);
    const result = await post(stack.gatewayUrl, { query: ENTRIES }, { authorization: `Bearer ${token}` });
    expect(result.body.data?.auditEntries ?? null).toBeNull();
    expect(result.body.errors!.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it.each<[string, CallerRole]>([
    ['a bank', 'BANK'],
    ['the platform', 'PLATFORM'],
  ])('does not even show the audit log to %s: outside its variant', async (_name, role) => {
    const token = await stack.token({ role, org: 'SOMEONE', scopes: ['audit:read'] });
    const result = await post(stack.gatewayUrl, { query: ENTRIES }, { authorization: `Bearer ${token}` });
    expect(result.status).toBe(400);
    expect(result.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports tampering found by the verification to the auditor', async () => {
    const auditor = await stack.token({ role: 'REGULATOR', org: 'GD-AUDIT', scopes: ['audit:read'] });
    const admin = new Client({ connectionString: stack.databaseUrl });
    await admin.connect();
    await admin.query('ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_append_only');
    await admin.query(`UPDATE audit.audit_entry SET unmasked = false WHERE unmasked`);
    await admin.query('ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_append_only');
    const { rows } = await admin.query<{ seq: string }>(`SELECT min(seq) AS seq FROM audit.audit_entry WHERE purpose = 'case 2026-117'`);
    await admin.end();
    const result = await post<{ auditChainVerification: { intact: boolean; firstBadSeq: string | null; reason: string | null } }>(
      stack.gatewayUrl,
      { query: '{ auditChainVerification { intact firstBadSeq reason } }' },
      { authorization: `Bearer ${auditor}` },
    );
    expect(result.body.data!.auditChainVerification).toMatchObject({ intact: false, firstBadSeq: rows[0]!.seq });
    expect(result.body.data!.auditChainVerification.reason).toContain('changed');
  });
});
