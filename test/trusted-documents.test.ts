import { DEPARTMENTS } from '@zone/common';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH, loadManifest, sha256Hex } from '../gateway/src/trusted-documents/manifest';
import { startStack, type Stack } from './support/stack';

interface HttpResult {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, token: string, payload: Record<string, unknown>): Promise<HttpResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as HttpResult['body'] };
}

const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

const manifest = loadManifest(DEFAULT_TRUSTED_DOCUMENTS_PATH);
const evidence = manifest.operations.find((o) => o.name === 'BankSettlementEvidence')!;
const ordersOfEnterprise = manifest.operations.find((o) => o.name === 'BankOrdersOfEnterprise')!;

interface Orders {
  enterprises: { edges: { node: { uscc: string; orders: { orderNo: string; ebpCode: string; payCode: string }[] } }[] };
}

describe('trusted documents for banks, APQ for the platform', () => {
  let stack: Stack;
  let platform: string;
  let bank: string;
  let order: { ebpCode: string; orderNo: string; payCode: string };
  let uscc: string;
  beforeAll(async () => {
    stack = await startStack();
    platform = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const all = await stack.query<Orders>('{ enterprises(first: 30) { edges { node { uscc orders(first: 10) { orderNo ebpCode payCode } } } } }');
    const withOrders = all.data!.enterprises.edges.find((e) => e.node.orders.length > 0)!;
    uscc = withOrders.node.uscc;
    order = withOrders.node.orders[0]!;
    bank = await stack.token({ role: 'BANK', org: order.payCode });
  });
  afterAll(async () => {
    await stack?.close();
  });

  const statements = async () => (await Promise.all(DEPARTMENTS.map((d) => stack.sqlCount(d)))).reduce((a, b) => a + b, 0);

  it('runs a registered operation for a bank by its id alone, though APQ has never seen it', async () => {
    const { status, body } = await post(stack.gatewayUrl, bank, {
      extensions: persisted(evidence.id),
      variables: { ebpCode: order.ebpCode, orderNo: order.orderNo },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({
      order: {
        ebpCode: order.ebpCode,
        orderNo: order.orderNo,
        payCode: order.payCode,
        payment: { amountPaid: expect.any(String), currency: expect.any(String), payTime: expect.any(String) },
      },
    });
  });

  it('runs a registered operation for a bank by id and body', async () => {
    const { status, body } = await post(stack.gatewayUrl, bank, {
      query: ordersOfEnterprise.body,
      extensions: persisted(ordersOfEnterprise.id),
      variables: { uscc, first: 5 },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect((body.data as { enterprise: { uscc: string } }).enterprise.uscc).toBe(uscc);
  });

  it('runs the exact registered body for a bank without the extension', async () => {
    const { status, body } = await post(stack.gatewayUrl, bank, { query: evidence.body, variables: { ebpCode: order.ebpCode, orderNo: order.orderNo } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it.each<[string, (query: string) => Record<string, unknown>]>([
    ['as a plain query', (query) => ({ query })],
    ['registered through APQ', (query) => ({ query, extensions: persisted(sha256Hex(query)) })],
  ])('refuses a bank\'s ad-hoc document %s with HTTP 400, before any department is asked', async (_how, payload) => {
    const adHoc = `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo payment { amountPaid } } }`;
    const before = await statements();
    const { status, body } = await post(stack.gatewayUrl, bank, { ...payload(adHoc), variables: { e: order.ebpCode, o: order.orderNo } });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_ALLOWED', role: 'BANK' });
    expect(body.errors![0]!.message).toContain('registered operations');
    expect(await statements()).toBe(before);
  });

  it('refuses a bank a document a platform caller put into the APQ cache', async () => {
    const query = '{ zones { code city } }';
    const hash = sha256Hex(query);
    expect((await post(stack.gatewayUrl, platform, { query, extensions: persisted(hash) })).status).toBe(200);
    const refused = await post(stack.gatewayUrl, bank, { extensions: persisted(hash) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0]!.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('serves a platform caller\'s ad-hoc query', async () => {
    const before = await statements();
    const { status, body } = await post(stack.gatewayUrl, platform, { query: '{ enterprises(first: 2) { totalCount edges { node { uscc } } } }' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect((body.data as { enterprises: { totalCount: number } }).enterprises.totalCount).toBeGreaterThan(0);
    expect(await statements()).toBeGreaterThan(before);
  });

  it('keeps APQ for the platform: hash unknown, then registered with its query, then answered by hash alone', async () => {
    const query = '{ enterprises(first: 1) { edges { node { uscc name } } } }';
    const hash = sha256Hex(query);
    const unknown = await post(stack.gatewayUrl, platform, { extensions: persisted(hash) });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(stack.gatewayUrl, platform, { query, extensions: persisted(hash) });
    expect(registered.status).toBe(200);
    expect(registered.body.errors).toBeUndefined();
    const byHash = await post(stack.gatewayUrl, platform, { extensions: persisted(hash) });
    expect(byHash.status).toBe(200);
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data).toEqual(registered.body.data);
  });

  it('still lets a bank introspect the schema (GraphiQL)', async () => {
    const { status, body } = await post(stack.gatewayUrl, bank, { query: '{ __schema { queryType { name } } }' });
    expect(status).toBe(200);
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
