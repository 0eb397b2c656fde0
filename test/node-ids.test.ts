/**
 * Global object identification against the started product: every entity type's id, the same
 * through every department, and Query.node / nodes resolving each through the department that
 * owns it, under its row rules and masking, audited, with bad ids refused as BAD_USER_INPUT.
 */
import { decodeNodeId, nodeIdOf, type ZoneCode } from '@zone/common';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

interface Sampled {
  id: string;
  uscc: string;
  zone: ZoneCode;
  orders: {
    id: string;
    ebpCode: string;
    orderNo: string;
    zone: ZoneCode;
    payment: { id: string; payCode: string; payTransactionId: string; order: { id: string } } | null;
    waybill: { id: string; logisticsCode: string; logisticsNo: string } | null;
    inventoryList: { id: string; invtNo: string; order: { id: string }; taxBill: { id: string; taxNo: string } | null; summary: { id: string; sumNo: string } | null } | null;
  }[];
}

const SAMPLE = `{ enterprises(first: 40) { edges { node { id uscc zone orders(first: 10) {
  id ebpCode orderNo zone
  payment { id payCode payTransactionId order { id } }
  waybill { id logisticsCode logisticsNo }
  inventoryList { id invtNo order { id } taxBill { id taxNo } summary { id sumNo } }
} } } } }`;

async function sample(): Promise<Sampled[]> {
  const result = await stack.query<{ enterprises: { edges: { node: Sampled }[] } }>(SAMPLE);
  expect(result.errors).toBeUndefined();
  return result.data!.enterprises.edges.map((e) => e.node);
}

const asRegulator = async () => ({ authorization: `Bearer ${await stack.token({ role: 'REGULATOR', org: 'GD-REG' })}` });

/** One record of each entity type found in the test data: its type, id, and the key it must decode to. */
interface Sample {
  type: string;
  id: string;
  key: Record<string, string | null>;
  select: string;
}

async function oneOfEach(): Promise<Sample[]> {
  const enterprises = await sample();
  const orders = enterprises.flatMap((e) => e.orders);
  const order = orders.find((o) => o.payment && o.waybill && o.inventoryList)!;
  const taxed = orders.find((o) => o.inventoryList?.taxBill)!.inventoryList!;
  const statistics = await stack.query<{ statistics: { id: string; zone: string; period: string; granularity: string }[] }>(
    `{ statistics(filter: { from: "2026-10-01", to: "2026-10-31", granularity: MONTH, zone: SHAOGUAN }) { id zone period granularity } }`,
    undefined,
    await asRegulator(),
  );
  expect(statistics.errors).toBeUndefined();
  const month = statistics.data!.statistics[0]!;
  const rows: Sample[] = [
    { type: 'Enterprise', id: enterprises[0]!.id, key: { uscc: enterprises[0]!.uscc }, select: 'uscc' },
    { type: 'Order', id: order.id, key: { ebpCode: order.ebpCode, orderNo: order.orderNo }, select: 'ebpCode orderNo' },
    { type: 'InventoryList', id: order.inventoryList!.id, key: { invtNo: order.inventoryList!.invtNo }, select: 'invtNo' },
    { type: 'TaxBill', id: taxed.taxBill!.id, key: { taxNo: taxed.taxBill!.taxNo }, select: 'taxNo' },
    { type: 'Payment', id: order.payment!.id, key: { payCode: order.payment!.payCode, payTransactionId: order.payment!.payTransactionId }, select: 'payCode payTransactionId' },
    { type: 'Waybill', id: order.waybill!.id, key: { logisticsCode: order.waybill!.logisticsCode, logisticsNo: order.waybill!.logisticsNo }, select: 'logisticsCode logisticsNo' },
    {
      type: 'ZoneStatistics',
      id: month.id,
      key: { zone: month.zone, period: month.period, granularity: month.granularity, direction: null, tradeMode: null, hsChapter: null, country: null, currency: null },
      select: 'zone period granularity direction tradeMode hsChapter country currency',
    },
  ];
  const summary = orders.find((o) => o.inventoryList?.summary)?.inventoryList?.summary;
  if (summary) rows.push({ type: 'SummaryDeclaration', id: summary.id, key: { sumNo: summary.sumNo }, select: 'sumNo' });
  return rows;
}

describe('global ids', () => {
  it('are the same for a record whichever department it is read through, and decode to its business key', async () => {
    const orders = (await sample()).flatMap((e) => e.orders);
    const withParts = orders.filter((o) => o.payment && o.inventoryList);
    expect(withParts.length).toBeGreaterThan(0);
    for (const order of withParts) {
      // Commerce's order, forex's payment.order and customs' list.order are one record with one id.
      expect(order.payment!.order.id).toBe(order.id);
      expect(order.inventoryList!.order.id).toBe(order.id);
      expect(decodeNodeId(order.id)).toEqual({ ok: true, type: 'Order', key: { ebpCode: order.ebpCode, orderNo: order.orderNo } });
      expect(order.id).toBe(nodeIdOf('Order', order));
    }
    // One id per order (an order is listed under its seller and its platform alike).
    expect(new Set(orders.map((o) => o.id)).size).toBe(new Set(orders.map((o) => `${o.ebpCode}/${o.orderNo}`)).size);
  });

  it('node resolves a record of every entity type through its department; nodes resolves them all in order', async () => {
    const records = await oneOfEach();
    const regulator = await asRegulator();
    for (const record of records) {
      expect(decodeNodeId(record.id)).toEqual({ ok: true, type: record.type, key: record.key });
      const read = await stack.query<{ node: Record<string, unknown> | null }>(
        `query($id: ID!) { node(id: $id) { __typename id ... on ${record.type} { ${record.select} } } }`,
        { id: record.id },
        regulator,
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.node).toEqual({ __typename: record.type, id: record.id, ...record.key });
    }
    const all = await stack.query<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: records.map((r) => r.id) },
      regulator,
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.nodes).toEqual(records.map((r) => ({ __typename: r.type, id: r.id })));
  });

  it('node gives a zone-bound caller what order() gives it: its own zone\'s order, null for another zone\'s', async () => {
    const orders = (await sample()).flatMap((e) => e.orders);
    const own = orders[0]!;
    const foreign = orders.find((o) => o.zone !== own.zone)!;
    const officer = { authorization: `Bearer ${await stack.token({ role: 'OFFICER', org: 'officer-1', zone: own.zone, department: 'customs' })}` };
    const byNode = `query($id: ID!) { node(id: $id) { id ... on Order { orderNo zone } } }`;
    const byKey = `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { id orderNo zone } }`;
    for (const order of [own, foreign]) {
      const viaNode = await stack.query<{ node: unknown }>(byNode, { id: order.id }, officer);
      const viaKey = await stack.query<{ order: unknown }>(byKey, { e: order.ebpCode, o: order.orderNo }, officer);
      expect(viaNode.errors).toBeUndefined();
      expect(viaNode.data!.node).toEqual(viaKey.data!.order);
    }
    const mixed = await stack.query<{ nodes: unknown[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Order { orderNo } } }`, { ids: [own.id, foreign.id] }, officer);
    expect(mixed.data!.nodes).toEqual([{ orderNo: own.orderNo }, null]);
  });

  it('node shows a zone-bound caller another zone\'s statistics as statistics() does: not at all', async () => {
    const records = await oneOfEach();
    const month = records.find((r) => r.type === 'ZoneStatistics')!;
    const elsewhere = { authorization: `Bearer ${await stack.token({ role: 'OFFICER', org: 'officer-2', zone: 'JIEYANG', department: 'commerce' })}` };
    const read = await stack.query<{ node: unknown }>(`query($id: ID!) { node(id: $id) { ... on ZoneStatistics { zone orderCount } } }`, { id: month.id }, elsewhere);
    expect(read.data!.node).toBeNull();
  });

  it('masks personal data read through node exactly as through order()', async () => {
    const order = (await sample()).flatMap((e) => e.orders).find((o) => o.orderNo.startsWith('I'))!;
    const fields = 'buyer { name phone idNumberMasked } consignee';
    const viaNode = await stack.query<{ node: { buyer: { name: string; phone: string } } }>(`query($id: ID!) { node(id: $id) { ... on Order { ${fields} } } }`, { id: order.id });
    const viaKey = await stack.query<{ order: unknown }>(`query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { ${fields} } }`, { e: order.ebpCode, o: order.orderNo });
    expect(viaNode.errors).toBeUndefined();
    expect(viaNode.data!.node).toEqual(viaKey.data!.order);
    expect(viaNode.data!.node.buyer.name).toContain('*');
    expect(viaNode.data!.node.buyer.phone).toContain('*');
  });

  it('answers null for the id of a record that does not exist', async () => {
    const id = nodeIdOf('Order', { ebpCode: '91440200FXPX2TQNXW', orderNo: 'NO-SUCH-ORDER' });
    const read = await stack.query<{ node: unknown }>(`query($id: ID!) { node(id: $id) { ... on Order { orderNo zone } } }`, { id });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ node: null });
  });

  it.each<[string, string, unknown, string]>([
    ['node, an id that is no id', 'query($v: ID!) { node(id: $v) { id } }', 'not-an-id', 'id'],
    ['node, an id of an unknown type', 'query($v: ID!) { node(id: $v) { id } }', Buffer.from('["Buyer","x"]').toString('base64url'), 'id'],
    ['node, a tampered id (its key no longer a USCC)', 'query($v: ID!) { node(id: $v) { id } }', Buffer.from('["Order","91440200FXPX2TQNX0","E1"]').toString('base64url'), 'id'],
    ['nodes, the fourth id bad', 'query($v: [ID!]!) { nodes(ids: $v) { id } }', [nodeIdOf('InventoryList', { invtNo: 'A' }), nodeIdOf('InventoryList', { invtNo: 'B' }), nodeIdOf('InventoryList', { invtNo: 'C' }), '%%%'], 'ids[3]'],
    ['nodes, 101 ids', 'query($v: [ID!]!) { nodes(ids: $v) { id } }', Array.from({ length: 101 }, (_, i) => nodeIdOf('InventoryList', { invtNo: `N${i}` })), 'ids'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_what, query, value, field) => {
    const result = await stack.query(query, { v: value });
    expect(result.data?.node ?? result.data?.nodes ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions?.problems).toEqual([expect.objectContaining({ field })]);
  });

  it('audits a read through node like any read: the fields touched, personal data marked', async () => {
    const order = (await sample()).flatMap((e) => e.orders)[0]!;
    const read = await stack.query(`query OrderByNode($id: ID!) { node(id: $id) { ... on Order { orderNo buyer { name } } } }`, { id: order.id });
    expect(read.errors).toBeUndefined();
    await stack.auditLog.sequenced();
    const entry = await stack.audit.prisma.auditEntry.findFirst({ where: { operationName: 'OrderByNode' }, orderBy: { seq: 'desc' } });
    expect(entry).toMatchObject({ role: 'PLATFORM', personalData: true, outcome: 'OK' });
    expect(entry!.fields).toEqual(expect.arrayContaining(['Query.node', 'Query.node(id:)', 'Order.orderNo', 'Order.buyer', 'Buyer.name']));
  });
});
