// Commerce's order search, through the gateway over HTTP: every OrderFilter field
// against a count computed independently from the seeded rows (Prisma's own query, not the
// search's SQL), keyset pages exact while orders are written, cursors bound to caller and query,
// the zone rule and bad filters refused naming the argument.
import { DEPARTMENTS } from '@zone/common';
import type { PrismaClient as CommercePrisma } from '../subgraphs/commerce/src/generated/prisma/client';
import { drainSearch } from './support/search-pages';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

interface Page<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  totalCountIsEstimate: boolean;
}
interface OrderNode {
  ebpCode: string;
  orderNo: string;
  zone: string;
  orderedAt: string;
  actualPaid: string;
}

const ORDERS = `query($filter: OrderFilter, $orderBy: OrderOrder, $first: Int, $after: String) {
  orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { ebpCode orderNo zone orderedAt actualPaid } }
    pageInfo { hasNextPage endCursor } totalCount totalCountIsEstimate } }`;

describe('the regulators\' order search (commerce)', () => {
  let stack: Stack;
  let db: CommercePrisma;
  let regulator: string;
  let sample: { ebcCode: string; ebpCode: string; payCode: string; orderedAt: Date };

  beforeAll(async () => {
    stack = await startStack();
    db = stack.runtimes.commerce.prisma as unknown as CommercePrisma;
    regulator = await stack.token({ role: 'REGULATOR', org: 'GD-REGULATOR' });
    const row = (await db.order.findFirst({ where: { direction: 'IMPORT' }, orderBy: { id: 'asc' } }))!;
    sample = { ebcCode: row.ebcCode, ebpCode: row.ebpCode, payCode: row.payCode, orderedAt: row.orderedAt };
  }, 240_000);

  afterAll(async () => {
    await stack?.close();
  });

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;
  const problemsOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.problems;
  const keyOf = (o: { ebpCode: string; orderNo: string }) => `${o.ebpCode.trim()}/${o.orderNo}`;
  /** The Beijing calendar month of the sample order, as instants [from, to). */
  const month = () => {
    const beijing = new Date(sample.orderedAt.getTime() + 8 * 3_600_000);
    const from = new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), 1) - 8 * 3_600_000);
    const to = new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth() + 1, 1) - 8 * 3_600_000);
    return { from, to };
  };

  /** Every page of the order search until hasNextPage is false; the nodes and the first page's count. */
  const drain = (variables: Record<string, unknown>, token = regulator, first = 200) => drainSearch<OrderNode>(stack, ORDERS, 'orders', variables, token, first);

  const cases: [string, () => Record<string, unknown>, () => Record<string, unknown>][] = [
    ['no filter', () => ({}), () => ({})],
    ['one zone', () => ({ zones: ['SHAOGUAN'] }), () => ({ zone: 'SHAOGUAN' })],
    ['two zones', () => ({ zones: ['HEYUAN', 'YUNFU'] }), () => ({ zone: { in: ['HEYUAN', 'YUNFU'] } })],
    ['a Beijing month of order time', () => ({ orderedFrom: month().from.toISOString(), orderedTo: month().to.toISOString() }), () => ({ orderedAt: { gte: month().from, lt: month().to } })],
    ['order time from a day on (to defaults to now)', () => ({ orderedFrom: month().from.toISOString() }), () => ({ orderedAt: { gte: month().from } })],
    ['direction', () => ({ direction: 'EXPORT' }), () => ({ direction: 'EXPORT' })],
    ['a trade mode', () => ({ tradeModes: ['1210'] }), () => ({ tradeMode: '1210' })],
    ['two trade modes', () => ({ tradeModes: ['9610', '9710'] }), () => ({ tradeMode: { in: ['9610', '9710'] } })],
    ['an e-commerce enterprise', () => ({ ebcCodes: [sample.ebcCode] }), () => ({ ebcCode: sample.ebcCode })],
    ['a platform', () => ({ ebpCodes: [sample.ebpCode] }), () => ({ ebpCode: sample.ebpCode })],
    ['a payment enterprise', () => ({ payCodes: [sample.payCode] }), () => ({ payCode: sample.payCode })],
    ['a currency', () => ({ currency: 'USD' }), () => ({ currency: 'USD' })],
    ['an amount range in CNY', () => ({ currency: 'CNY', amountMin: '1000', amountMax: '2000.50' }), () => ({ currency: 'CNY', actualPaid: { gte: '1000', lte: '2000.50' } })],
    ['amounts at most', () => ({ currency: 'CNY', amountMax: '300' }), () => ({ currency: 'CNY', actualPaid: { lte: '300' } })],
    ['zone, direction, trade mode and time together', () => ({ zones: ['SHAOGUAN', 'JIEYANG'], direction: 'IMPORT', tradeModes: ['9610'], orderedFrom: month().from.toISOString(), orderedTo: month().to.toISOString() }),
      () => ({ zone: { in: ['SHAOGUAN', 'JIEYANG'] }, direction: 'IMPORT', tradeMode: '9610', orderedAt: { gte: month().from, lt: month().to } })],
  ];

  it.each(cases)('finds by %s exactly the orders the data holds', async (_case, filterOf, whereOf) => {
    const expected = (await db.order.findMany({ where: whereOf(), select: { ebpCode: true, orderNo: true } })).map(keyOf).sort();
    expect(expected.length).toBeGreaterThan(0);
    const { nodes, totalCount, estimate } = await drain({ filter: filterOf() });
    expect(totalCount).toBe(expected.length);
    expect(estimate).toBe(false);
    const found = nodes.map(keyOf);
    expect(new Set(found).size).toBe(found.length);
    expect([...found].sort()).toEqual(expected);
  });

  it.each([['ORDERED_AT_ASC', 'orderedAt', 1], ['ORDERED_AT_DESC', 'orderedAt', -1], ['AMOUNT_ASC', 'actualPaid', 1], ['AMOUNT_DESC', 'actualPaid', -1]] as const)('orders by %s', async (orderBy, field, sign) => {
    const { nodes } = await drain({ filter: { zones: ['QINGYUAN'], currency: 'CNY' }, orderBy }, regulator, 40);
    expect(nodes.length).toBeGreaterThan(40);
    const values = nodes.map((node) => (field === 'orderedAt' ? Date.parse(node.orderedAt) : Number(node.actualPaid)));
    for (let i = 1; i < values.length; i++) expect(sign * (values[i]! - values[i - 1]!)).toBeGreaterThanOrEqual(0);
  });

  it('pages exactly while orders are written: every order there at the start once, none skipped', async () => {
    const filter = { zones: ['CHAOZHOU'] };
    const before = (await db.order.findMany({ where: { zone: 'CHAOZHOU' }, select: { ebpCode: true, orderNo: true } })).map(keyOf);
    const template = (await db.order.findFirst({ where: { zone: 'CHAOZHOU' } }))!;
    const times = (await db.order.findMany({ where: { zone: 'CHAOZHOU' }, select: { orderedAt: true }, orderBy: { orderedAt: 'asc' } })).map((o) => o.orderedAt);
    const seen: string[] = [];
    let after: string | null = null;
    let inserted = 0;
    for (;;) {
      const response: GraphQLResponse<{ orders: Page<OrderNode> }> = await stack.query<{ orders: Page<OrderNode> }>(ORDERS, { filter, first: 25, after }, as(regulator));
      expect(response.errors).toBeUndefined();
      seen.push(...response.data!.orders.edges.map((edge) => keyOf(edge.node)));
      // Between pages, new orders land before and after the position, and at its very time.
      const position = Date.parse(response.data!.orders.edges.at(-1)?.node.orderedAt ?? times[0]!.toISOString());
      for (const orderedAt of [times[0]!, new Date(position), times.at(-1)!]) {
        inserted++;
        const { id: _id, ...rest } = template;
        await db.order.create({ data: { ...rest, orderNo: `SEARCH-ORDER-${inserted}`, orderedAt, contentHash: null } });
      }
      if (!response.data!.orders.pageInfo.hasNextPage) break;
      after = response.data!.orders.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(before.every((key) => seen.includes(key))).toBe(true);
    // Rows written behind the position are not served; those ahead of it are, each once.
    expect(seen.filter((key) => key.includes('/SEARCH-ORDER-')).length).toBeGreaterThan(0);
  }, 240_000);

  describe('cursors: a forged, edited or another caller\'s cursor is BAD_USER_INPUT naming after', () => {
    let cursor: string;
    beforeAll(async () => {
      const first = await stack.query<{ orders: Page<OrderNode> }>(ORDERS, { filter: { zones: ['YUNFU'] }, first: 2 }, as(regulator));
      cursor = first.data!.orders.pageInfo.endCursor!;
    });

    it('accepts its own cursor for the same caller, filter and order', async () => {
      const next = await stack.query<{ orders: Page<OrderNode> }>(ORDERS, { filter: { zones: ['YUNFU'] }, first: 2, after: cursor }, as(regulator));
      expect(next.errors).toBeUndefined();
      expect(next.data!.orders.edges).toHaveLength(2);
    });

    const edited = (text: string) => {
      const [payload, mac] = text.split('.');
      const position = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as { id: string };
      return `${Buffer.from(JSON.stringify({ ...position, id: String(Number(position.id) + 1) })).toString('base64url')}.${mac}`;
    };
    it.each<[string, () => Promise<Record<string, unknown>>, () => Promise<string>]>([
      ['forged', async () => ({ filter: { zones: ['YUNFU'] } }), async () => `${Buffer.from('{"id":"1","v":null}').toString('base64url')}.${Buffer.alloc(32).toString('base64url')}`],
      ['edited', async () => ({ filter: { zones: ['YUNFU'] } }), async () => edited(cursor)],
      ['not a cursor at all', async () => ({ filter: { zones: ['YUNFU'] } }), async () => 'order:2026-01-01|1'],
      ['for another filter', async () => ({ filter: { zones: ['HEYUAN'] } }), async () => cursor],
      ['for another order', async () => ({ filter: { zones: ['YUNFU'] }, orderBy: 'AMOUNT_ASC' }), async () => cursor],
    ])('refuses a cursor %s', async (_case, variablesOf, cursorOf) => {
      const response = await stack.query(ORDERS, { ...(await variablesOf()), first: 2, after: await cursorOf() }, as(regulator));
      expect(response.data?.orders ?? null).toBeNull();
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemsOf(response)).toEqual([expect.objectContaining({ field: 'after' })]);
    });

    it('refuses another caller\'s cursor', async () => {
      const other = await stack.token({ role: 'REGULATOR', org: 'GD-OTHER' });
      const response = await stack.query(ORDERS, { filter: { zones: ['YUNFU'] }, first: 2, after: cursor }, as(other));
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemsOf(response)).toEqual([expect.objectContaining({ field: 'after' })]);
    });
  });

  it('keeps a zone-bound caller in its zone: another zone named is FORBIDDEN, none named is its own', async () => {
    const shaoguan = await stack.token({ role: 'REGULATOR', org: 'SG-REGULATOR', zone: 'SHAOGUAN' });
    const refused = await stack.query(ORDERS, { filter: { zones: ['SHAOGUAN', 'HEYUAN'] } }, as(shaoguan));
    expect(refused.data?.orders ?? null).toBeNull();
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toContain('HEYUAN');
    const own = await drain({}, shaoguan);
    expect(own.totalCount).toBe(await db.order.count({ where: { zone: 'SHAOGUAN' } }));
    expect(own.nodes.every((node) => node.zone === 'SHAOGUAN')).toBe(true);
    const officer = await stack.token({ role: 'OFFICER', org: 'officer-1', zone: 'JIEYANG', department: 'commerce' });
    expect(codeOf(await stack.query(ORDERS, { filter: { zones: ['YUNFU'] } }, as(officer)))).toBe('FORBIDDEN');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an inverted time range', { filter: { orderedFrom: '2026-06-01T00:00:00Z', orderedTo: '2026-05-01T00:00:00Z' } }, 'filter.orderedTo'],
    ['an empty time range', { filter: { orderedFrom: '2026-06-01T00:00:00Z', orderedTo: '2026-06-01T00:00:00Z' } }, 'filter.orderedTo'],
    ['a range over 366 days', { filter: { orderedFrom: '2025-01-01T00:00:00+08:00', orderedTo: '2026-01-02T00:00:01+08:00' } }, 'filter.orderedTo'],
    ['an end without a start', { filter: { orderedTo: '2026-06-01T00:00:00Z' } }, 'filter.orderedFrom'],
    ['an inverted amount range', { filter: { currency: 'CNY', amountMin: '500', amountMax: '100' } }, 'filter.amountMax'],
    ['an amount range without a currency', { filter: { amountMin: '500' } }, 'filter.currency'],
    ['a negative amount', { filter: { currency: 'CNY', amountMin: '-1' } }, 'filter.amountMin'],
    ['an unknown trade mode', { filter: { tradeModes: ['9610', '0110'] } }, 'filter.tradeModes[1]'],
    ['a page over 1,000', { first: 1001 }, 'first'],
    ['more than 50 codes', { filter: { ebcCodes: Array.from({ length: 51 }, () => '91440200BLLJ5275GD') } }, 'filter.ebcCodes'],
    ['more than 50 trade modes', { filter: { tradeModes: Array.from({ length: 51 }, () => '9610') } }, 'filter.tradeModes'],
  ])('refuses %s naming the argument', async (_case, variables, field) => {
    const response = await stack.query(ORDERS, variables, as(regulator));
    expect(response.data?.orders ?? null).toBeNull();
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemsOf(response)).toEqual([expect.objectContaining({ field })]);
  });

  it('refuses an unknown direction, zone or order, naming it, before any department is asked', async () => {
    for (const [variables, field] of [[{ filter: { direction: 'SIDEWAYS' } }, 'filter.direction'], [{ filter: { zones: ['ATLANTIS'] } }, 'filter.zones[0]'], [{ orderBy: 'BY_MOOD' }, 'orderBy']] as const) {
      const response = await stack.query(ORDERS, variables, as(regulator));
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemsOf(response)).toEqual([expect.objectContaining({ field })]);
    }
  });

  it('reaches what every department holds on each order through the federation, in as many statements for 100 orders as for 10', async () => {
    const query = `query($first: Int) { orders(filter: { zones: [SHAOGUAN], direction: IMPORT }, first: $first) {
      edges { node { orderNo payment { orderNo amountPaid } waybill { logisticsNo } inventoryList { orderNo status } taxBill { totalTax } buyerIdentityCheck { verdict } } } } }`;
    type Answer = { orders: { edges: { node: { orderNo: string; payment: { orderNo: string } | null; inventoryList: { orderNo: string } | null } }[] } };
    const statementsFor = async (first: number) => {
      const before = await Promise.all(DEPARTMENTS.map((d) => stack.sqlCount(d)));
      const response = await stack.query<Answer>(query, { first }, as(regulator));
      expect(response.errors).toBeUndefined();
      const edges = response.data!.orders.edges;
      expect(edges.some((edge) => edge.node.payment !== null)).toBe(true);
      expect(edges.every((edge) => edge.node.payment === null || edge.node.payment.orderNo === edge.node.orderNo)).toBe(true);
      expect(edges.every((edge) => edge.node.inventoryList === null || edge.node.inventoryList.orderNo === edge.node.orderNo)).toBe(true);
      const after = await Promise.all(DEPARTMENTS.map((d) => stack.sqlCount(d)));
      return { orders: edges.length, statements: Object.fromEntries(DEPARTMENTS.map((d, i) => [d, after[i]! - before[i]!])) };
    };
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    expect(small.orders).toBe(10);
    expect(large.orders).toBeGreaterThan(10);
    expect(large.statements).toEqual(small.statements);
  });

  it('is open to the zone platform and not to banks', async () => {
    const platform = await stack.query<{ orders: Page<OrderNode> }>(ORDERS, { filter: { zones: ['YUNFU'] }, first: 1 }, as(await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' })));
    expect(platform.errors).toBeUndefined();
    expect(platform.data!.orders.totalCount).toBe(await db.order.count({ where: { zone: 'YUNFU' } }));
    const bank = await stack.query(ORDERS, { filter: {} }, as(await stack.token({ role: 'BANK', org: '91440200BLLJ5275GD' })));
    expect(codeOf(bank)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
