import { Client } from 'pg';
import type { Department } from '@zone/common';
import { DepartmentDataSource } from '../gateway/src/data-source';
import { startStack, type Stack } from './support/stack';

/**
 * The authorization directives of the subgraph SDLs (@authenticated, @requiresScopes, @policy),
 * enforced by the gateway for every request: a field the caller may not see is null with an error
 * naming it, the rest is served, and no department is asked for the field.
 */

let stack: Stack;
let db: Client;
/** Every request the gateway sent to a department during a test: its department and GraphQL text. */
let sent: { department: Department; query: string }[];
let sendSpy: jest.SpyInstance;

beforeAll(async () => {
  stack = await startStack();
  db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await stack?.close();
});
beforeEach(() => {
  sent = [];
  const departments = Object.entries(stack.subgraphUrls) as [Department, string][];
  // Every subgraph request passes willSendRequest, whatever HTTP client then carries it.
  const realWillSendRequest = DepartmentDataSource.prototype.willSendRequest;
  sendSpy = jest.spyOn(DepartmentDataSource.prototype, 'willSendRequest').mockImplementation(async function (this: DepartmentDataSource, options) {
    const department = departments.find(([, subgraphUrl]) => this.url === subgraphUrl)?.[0];
    if (department) sent.push({ department, query: options.request.query ?? '' });
    return realWillSendRequest.call(this, options);
  });
});
afterEach(() => sendSpy.mockRestore());

const bearer = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });
/** A department system sees the whole schema (no contract variant), so the directives alone decide. */
const taxSystem = () => bearer({ role: 'SYSTEM', org: 'GD-TAX', department: 'tax' });
const customsSystemWithIdentity = () => bearer({ role: 'SYSTEM', org: 'GD-CUSTOMS', department: 'customs', scopes: ['identity:match'] });

const ORDER = `query($ebpCode: String!, $orderNo: String!) {
  order(ebpCode: $ebpCode, orderNo: $orderNo) { orderNo zone buyer { name idHash } payment { amountPaid payer { idHash } } }
}`;
interface OrderAnswer {
  order: { orderNo: string; zone: string; buyer: { name: string; idHash: string | null }; payment: { amountPaid: string; payer: { idHash: string | null } } | null };
}

async function someImportOrder(): Promise<{ ebpCode: string; orderNo: string }> {
  const { rows } = await db.query<{ ebp_code: string; order_no: string }>(
    `SELECT o.ebp_code, o.order_no FROM commerce."order" o WHERE o.direction = 'IMPORT' ORDER BY o.ebp_code, o.order_no LIMIT 1`,
  );
  return { ebpCode: rows[0]!.ebp_code, orderNo: rows[0]!.order_no };
}

describe('@requiresScopes', () => {
  it('nulls Buyer.idHash and Payer.idHash for a caller without identity:match, naming each, and serves the siblings', async () => {
    const result = await stack.query<OrderAnswer>(ORDER, await someImportOrder(), await taxSystem());
    expect(result.data!.order.orderNo).toBeTruthy();
    expect(result.data!.order.buyer.name).toMatch(/\*/);
    expect(result.data!.order.payment!.amountPaid).toBeTruthy();
    expect(result.data!.order.buyer.idHash).toBeNull();
    expect(result.data!.order.payment!.payer.idHash).toBeNull();
    expect(result.errors).toEqual([
      { message: 'Buyer.idHash requires the scope identity:match', path: ['order', 'buyer', 'idHash'], extensions: { code: 'FORBIDDEN', field: 'Buyer.idHash' } },
      { message: 'Payer.idHash requires the scope identity:match', path: ['order', 'payment', 'payer', 'idHash'], extensions: { code: 'FORBIDDEN', field: 'Payer.idHash' } },
    ]);
  });

  it('does not ask commerce or forex for the hashes it withholds', async () => {
    await stack.query(ORDER, await someImportOrder(), await taxSystem());
    expect(sent.map((s) => s.department)).toEqual(expect.arrayContaining(['commerce', 'forex']));
    expect(sent.filter((s) => s.query.includes('idHash'))).toEqual([]);
  });

  it('serves the hashes to a department system holding identity:match', async () => {
    const result = await stack.query<OrderAnswer>(ORDER, await someImportOrder(), await customsSystemWithIdentity());
    expect(result.errors).toBeUndefined();
    expect(result.data!.order.buyer.idHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.data!.order.payment!.payer.idHash).toBe(result.data!.order.buyer.idHash);
    expect(sent.filter((s) => s.query.includes('idHash')).map((s) => s.department).sort()).toEqual(['commerce', 'forex']);
  });

  it('plans the same query separately for callers with different rights', async () => {
    const order = await someImportOrder();
    // Alternating callers on one query text: a shared query plan would serve one caller's fields to the other.
    const first = await stack.query<OrderAnswer>(ORDER, order, await taxSystem());
    const second = await stack.query<OrderAnswer>(ORDER, order, await customsSystemWithIdentity());
    const third = await stack.query<OrderAnswer>(ORDER, order, await taxSystem());
    expect(first.data!.order.buyer.idHash).toBeNull();
    expect(second.data!.order.buyer.idHash).toMatch(/^[0-9a-f]{64}$/);
    expect(third.data!.order.buyer.idHash).toBeNull();
    expect(third.errors?.map((e) => e.extensions?.field)).toEqual(['Buyer.idHash', 'Payer.idHash']);
  });
});

describe('withheld fields and the audit log', () => {
  it('writes the entry of a partly refused response before the personal data in clear leaves, as served', async () => {
    const requestId = `authz-audit-${Date.now()}`;
    const headers = {
      ...(await bearer({ role: 'SYSTEM', org: 'GD-TAX', department: 'tax', scopes: ['pii:read'] })),
      'x-purpose': 'tax audit 2026-9',
      'x-request-id': requestId,
    };
    const result = await stack.query<OrderAnswer>(ORDER, await someImportOrder(), headers);
    expect(result.data!.order.buyer.name).not.toMatch(/\*/);
    expect(result.data!.order.buyer.idHash).toBeNull();
    // No waiting: a record submitted after the response would not be here yet.
    const entry = await stack.audit.prisma.auditSubmission.findFirst({ where: { requestId } });
    expect(entry).toMatchObject({ organisation: 'GD-TAX', purpose: 'tax audit 2026-9', outcome: 'DENIED', personalData: true, unmasked: true });
  });
});

describe('@policy', () => {
  const QUOTA = `query($payCode: String!, $payTransactionId: String!) {
    zones { code }
    individualFxQuota(payCode: $payCode, payTransactionId: $payTransactionId, year: 2026) { quotaUsd }
  }`;
  interface QuotaAnswer {
    zones: { code: string }[];
    individualFxQuota: { quotaUsd: string } | null;
  }
  const somePayment = async () => {
    const { rows } = await db.query<{ pay_code: string; pay_transaction_id: string }>(`SELECT pay_code, pay_transaction_id FROM forex.payment ORDER BY pay_code, pay_transaction_id LIMIT 1`);
    return { payCode: rows[0]!.pay_code, payTransactionId: rows[0]!.pay_transaction_id };
  };

  it("nulls an individual's FX quota for a caller outside forex, naming the field, serves the siblings and does not ask forex", async () => {
    const result = await stack.query<QuotaAnswer>(QUOTA, await somePayment(), await taxSystem());
    expect(result.data!.zones).toHaveLength(8);
    expect(result.data!.individualFxQuota).toBeNull();
    expect(result.errors).toEqual([
      {
        message: 'Query.individualFxQuota requires an officer or system of forex',
        path: ['individualFxQuota'],
        extensions: { code: 'FORBIDDEN', field: 'Query.individualFxQuota' },
      },
    ]);
    expect(sent.filter((s) => s.department === 'forex')).toEqual([]);
  });

  it('serves the quota to the forex system', async () => {
    const forexSystem = await bearer({ role: 'SYSTEM', org: 'GD-FOREX', department: 'forex' });
    const result = await stack.query<QuotaAnswer>(QUOTA, await somePayment(), forexSystem);
    expect(result.errors).toBeUndefined();
    expect(sent.filter((s) => s.department === 'forex')).toHaveLength(1);
  });

  const SUBMIT = `mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome waybill { logisticsNo } } }`;
  let waybill: Record<string, unknown>;
  beforeAll(async () => {
    const { rows } = await db.query<{ logistics_code: string; ebp_code: string; zone: string }>('SELECT logistics_code, ebp_code, zone FROM post.waybill ORDER BY created_at, id LIMIT 1');
    const seeded = rows[0]!;
    waybill = {
      logisticsCode: seeded.logistics_code,
      logisticsNo: 'AUTHZ00000001',
      ebpCode: seeded.ebp_code,
      orderNo: 'AUTHZ-ORDER-1',
      zone: seeded.zone,
      freight: '12.00',
      insuredFee: '0.00',
      weight: '1.25',
      packNo: 1,
      consignee: '王小明',
      consigneeAddress: '韶关市某区某路8号',
    };
  });

  it("refuses a department's mutation to another department's officer before post is asked", async () => {
    const postStatements = await stack.sqlCount('post');
    const customsOfficer = await bearer({ role: 'OFFICER', org: 'CUSTOMS-1', department: 'customs', zone: waybill.zone as never });
    const result = await stack.query(SUBMIT, { input: waybill }, customsOfficer);
    // submitWaybill is non-null: its null takes the whole data, as GraphQL's null propagation requires.
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      {
        message: 'Mutation.submitWaybill requires an officer or system of post, or the zone platform',
        path: ['submitWaybill'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.submitWaybill' },
      },
    ]);
    expect(sent.filter((s) => s.department === 'post')).toEqual([]);
    expect(await stack.sqlCount('post')).toBe(postStatements);
  });

  it("serves the same mutation to post's own officer", async () => {
    const postOfficer = await bearer({ role: 'OFFICER', org: 'POST-1', department: 'post', zone: waybill.zone as never });
    const result = await stack.query<{ submitWaybill: { outcome: string; waybill: { logisticsNo: string } } }>(SUBMIT, { input: waybill }, postOfficer);
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitWaybill).toEqual({ outcome: 'CREATED', waybill: { logisticsNo: 'AUTHZ00000001' } });
  });
});

describe('@authenticated', () => {
  it('leaves no request without a caller to reach a department: authentication answers first, with 401', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ zones { code } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(sent).toEqual([]);
  });

  it('serves every root field to an authenticated caller', async () => {
    const result = await stack.query<{ zones: { code: string }[] }>('{ zones { code } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.zones).toHaveLength(8);
  });
});
