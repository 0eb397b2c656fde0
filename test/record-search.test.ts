import type { ForexPrisma } from '../subgraphs/forex/src';
import type { PrismaClient as CustomsPrisma } from '../subgraphs/customs/src/generated/prisma/client';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';
import { drainSearch, type SearchPage as Page } from './support/search-pages';

/**
 * The regulators' record searches (issue 14 §2), through the gateway over HTTP: every filter field
 * against a count computed independently from the seeded rows (Prisma's own query, not the
 * search's SQL), keyset pages exact while rows are written, and bad filters refused.
 */

interface PaymentNode {
  payCode: string;
  payTransactionId: string;
}

const PAYMENTS = `query($filter: PaymentFilter, $orderBy: PaymentOrder, $first: Int, $after: String) {
  payments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { payCode payTransactionId payTime amountPaid } }
    pageInfo { hasNextPage endCursor } totalCount totalCountIsEstimate } }`;

describe('regulators\' record search', () => {
  let stack: Stack;
  let forexDb: ForexPrisma;
  let customsDb: CustomsPrisma;
  let regulator: string;

  beforeAll(async () => {
    stack = await startStack();
    forexDb = stack.runtimes.forex.prisma as unknown as ForexPrisma;
    customsDb = stack.runtimes.customs.prisma as unknown as CustomsPrisma;
    regulator = await stack.token({ role: 'REGULATOR', org: 'GD-REGULATOR' });
  }, 240_000);

  afterAll(async () => {
    await stack?.close();
  });

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;
  const problemsOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.problems;

  /** Every page of a search until hasNextPage is false; the nodes and the first page's count. */
  const drain = <N>(query: string, field: string, variables: Record<string, unknown>, token = regulator, first = 200) => drainSearch<N>(stack, query, field, variables, token, first);

  describe('payments (forex)', () => {
    const keyOf = (p: PaymentNode) => `${p.payCode.trim()}/${p.payTransactionId}`;
    let sample: { payCode: string; ebpCode: string; ebcCode: string | null; payTime: Date };

    beforeAll(async () => {
      const row = await forexDb.payment.findFirst({ where: { ebcCode: { not: null }, direction: 'IMPORT' }, orderBy: { id: 'asc' } });
      sample = { payCode: row!.payCode, ebpCode: row!.ebpCode, ebcCode: row!.ebcCode, payTime: row!.payTime };
    });

    const month = () => {
      const from = new Date(Date.UTC(sample.payTime.getUTCFullYear(), sample.payTime.getUTCMonth(), 1));
      const to = new Date(Date.UTC(sample.payTime.getUTCFullYear(), sample.payTime.getUTCMonth() + 1, 1));
      return { from, to };
    };

    const cases: [string, () => Record<string, unknown>, () => Record<string, unknown>][] = [
      ['no filter', () => ({}), () => ({})],
      ['one zone', () => ({ zones: ['SHAOGUAN'] }), () => ({ zone: 'SHAOGUAN' })],
      ['two zones', () => ({ zones: ['HEYUAN', 'YUNFU'] }), () => ({ zone: { in: ['HEYUAN', 'YUNFU'] } })],
      ['a month of payment time', () => ({ paidFrom: month().from.toISOString(), paidTo: month().to.toISOString() }), () => ({ payTime: { gte: month().from, lt: month().to } })],
      ['direction', () => ({ direction: 'EXPORT' }), () => ({ direction: 'EXPORT' })],
      ['a payment enterprise', () => ({ payCodes: [sample.payCode] }), () => ({ payCode: sample.payCode })],
      ['a platform', () => ({ ebpCodes: [sample.ebpCode] }), () => ({ ebpCode: sample.ebpCode })],
      ['an e-commerce enterprise', () => ({ ebcCodes: [sample.ebcCode] }), () => ({ ebcCode: sample.ebcCode })],
      ['a currency', () => ({ currency: 'USD' }), () => ({ currency: 'USD' })],
      ['an amount range in CNY', () => ({ currency: 'CNY', amountMin: '1000', amountMax: '2000.50' }), () => ({ currency: 'CNY', amountPaid: { gte: '1000', lte: '2000.50' } })],
      ['amounts at least', () => ({ currency: 'CNY', amountMin: '4000' }), () => ({ currency: 'CNY', amountPaid: { gte: '4000' } })],
      ['zone, direction and time together', () => ({ zones: ['SHAOGUAN', 'JIEYANG'], direction: 'IMPORT', paidFrom: month().from.toISOString(), paidTo: month().to.toISOString() }),
        () => ({ zone: { in: ['SHAOGUAN', 'JIEYANG'] }, direction: 'IMPORT', payTime: { gte: month().from, lt: month().to } })],
    ];

    it.each(cases)('finds by %s exactly the payments the data holds', async (_case, filterOf, whereOf) => {
      const expected = (await forexDb.payment.findMany({ where: whereOf(), select: { payCode: true, payTransactionId: true } })).map(keyOf).sort();
      expect(expected.length).toBeGreaterThan(0);
      const { nodes, totalCount, estimate } = await drain<PaymentNode>(PAYMENTS, 'payments', { filter: filterOf() });
      expect(totalCount).toBe(expected.length);
      expect(estimate).toBe(false);
      const found = nodes.map(keyOf);
      expect(new Set(found).size).toBe(found.length);
      expect([...found].sort()).toEqual(expected);
    });

    it.each([['PAY_TIME_ASC', 'payTime', 1], ['PAY_TIME_DESC', 'payTime', -1], ['AMOUNT_ASC', 'amountPaid', 1], ['AMOUNT_DESC', 'amountPaid', -1]] as const)('orders by %s', async (orderBy, field, sign) => {
      const { nodes } = await drain<PaymentNode & { payTime: string; amountPaid: string }>(PAYMENTS, 'payments', { filter: { zones: ['QINGYUAN'], currency: 'CNY' }, orderBy }, regulator, 40);
      const values = nodes.map((node) => (field === 'payTime' ? Date.parse(node.payTime) : Number(node.amountPaid)));
      for (let i = 1; i < values.length; i++) expect(sign * (values[i]! - values[i - 1]!)).toBeGreaterThanOrEqual(0);
    });

    it('pages exactly while payments are written: every payment there at the start once, none skipped', async () => {
      const filter = { zones: ['CHAOZHOU'] };
      const before = (await forexDb.payment.findMany({ where: { zone: 'CHAOZHOU' }, select: { payCode: true, payTransactionId: true } })).map(keyOf);
      const template = (await forexDb.payment.findFirst({ where: { zone: 'CHAOZHOU' } }))!;
      const times = (await forexDb.payment.findMany({ where: { zone: 'CHAOZHOU' }, select: { payTime: true }, orderBy: { payTime: 'asc' } })).map((p) => p.payTime);
      const seen: string[] = [];
      let after: string | null = null;
      let inserted = 0;
      for (;;) {
        const response: GraphQLResponse<{ payments: Page<PaymentNode> }> = await stack.query<{ payments: Page<PaymentNode> }>(PAYMENTS, { filter, first: 25, after }, as(regulator));
        expect(response.errors).toBeUndefined();
        seen.push(...response.data!.payments.edges.map((edge) => keyOf(edge.node)));
        // Between pages, new payments land before and after the position, and at its very time.
        for (const payTime of [times[0]!, times[Math.floor(times.length / 2)]!, times.at(-1)!]) {
          inserted++;
          const { id: _id, ...rest } = template;
          await forexDb.payment.create({ data: { ...rest, payTransactionId: `SEARCH-${inserted}`, orderNo: `SEARCH-ORDER-${inserted}`, payTime, payerIdHash: null, contentHash: null } });
        }
        if (!response.data!.payments.pageInfo.hasNextPage) break;
        after = response.data!.payments.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(before.every((key) => seen.includes(key))).toBe(true);
    }, 240_000);

    it('binds a cursor to its caller, filter and order', async () => {
      const first = await stack.query<{ payments: Page<PaymentNode> }>(PAYMENTS, { filter: { zones: ['YUNFU'] }, first: 2 }, as(regulator));
      const cursor = first.data!.payments.pageInfo.endCursor;
      const otherFilter = await stack.query(PAYMENTS, { filter: { zones: ['HEYUAN'] }, first: 2, after: cursor }, as(regulator));
      const otherOrder = await stack.query(PAYMENTS, { filter: { zones: ['YUNFU'] }, orderBy: 'AMOUNT_ASC', first: 2, after: cursor }, as(regulator));
      const otherCaller = await stack.query(PAYMENTS, { filter: { zones: ['YUNFU'] }, first: 2, after: cursor }, as(await stack.token({ role: 'REGULATOR', org: 'GD-OTHER' })));
      for (const response of [otherFilter, otherOrder, otherCaller]) {
        expect(codeOf(response)).toBe('BAD_USER_INPUT');
        expect(problemsOf(response)).toEqual([expect.objectContaining({ field: 'after' })]);
      }
    });

    it('keeps a zone-bound caller in its zone: another zone named is FORBIDDEN, none named is its own', async () => {
      const shaoguan = await stack.token({ role: 'REGULATOR', org: 'SG-REGULATOR', zone: 'SHAOGUAN' });
      const refused = await stack.query(PAYMENTS, { filter: { zones: ['SHAOGUAN', 'HEYUAN'] } }, as(shaoguan));
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0]!.message).toContain('HEYUAN');
      const own = await drain<PaymentNode & { zone?: string }>(PAYMENTS, 'payments', {}, shaoguan);
      expect(own.totalCount).toBe(await forexDb.payment.count({ where: { zone: 'SHAOGUAN' } }));
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['an inverted time range', { filter: { paidFrom: '2026-06-01T00:00:00Z', paidTo: '2026-05-01T00:00:00Z' } }, 'filter.paidTo'],
      ['a range over 366 days', { filter: { paidFrom: '2025-01-01T00:00:00Z', paidTo: '2026-06-01T00:00:00Z' } }, 'filter.paidTo'],
      ['an end without a start', { filter: { paidTo: '2026-06-01T00:00:00Z' } }, 'filter.paidFrom'],
      ['an inverted amount range', { filter: { currency: 'CNY', amountMin: '500', amountMax: '100' } }, 'filter.amountMax'],
      ['an amount range without a currency', { filter: { amountMin: '500' } }, 'filter.currency'],
      ['a page over 1,000', { first: 1001 }, 'first'],
      ['more than 50 codes', { filter: { payCodes: Array.from({ length: 51 }, () => '91440200BLLJ5275GD') } }, 'filter.payCodes'],
    ])('refuses %s naming the field', async (_case, variables, field) => {
      const response = await stack.query(PAYMENTS, variables, as(regulator));
      expect(response.data?.payments ?? null).toBeNull();
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemsOf(response)).toEqual([expect.objectContaining({ field })]);
    });

    it('refuses an unknown direction or order, naming it, before any department is asked', async () => {
      const direction = await stack.query(PAYMENTS, { filter: { direction: 'SIDEWAYS' } }, as(regulator));
      expect(codeOf(direction)).toBe('BAD_USER_INPUT');
      expect(problemsOf(direction)).toEqual([expect.objectContaining({ field: 'filter.direction' })]);
      const order = await stack.query(PAYMENTS, { orderBy: 'BY_MOOD' }, as(regulator));
      expect(codeOf(order)).toBe('BAD_USER_INPUT');
      expect(problemsOf(order)).toEqual([expect.objectContaining({ field: 'orderBy' })]);
    });
  });
  describe('inventory lists (customs)', () => {
    const LISTS = `query($filter: InventoryListFilter, $orderBy: InventoryListOrder, $first: Int, $after: String) {
      inventoryLists(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        edges { cursor node { invtNo declaredAt } } pageInfo { hasNextPage endCursor } totalCount totalCountIsEstimate } }`;
    let sample: { declaredAt: Date; ebcCode: string; ebpCode: string; logisticsCode: string; reason: string | null; releasedAt: Date };

    beforeAll(async () => {
      const row = (await customsDb.inventoryList.findFirst({ where: { releasedAt: { not: null } }, orderBy: { id: 'asc' } }))!;
      const rejected = await customsDb.inventoryList.findFirst({ where: { matched: false }, orderBy: { id: 'asc' } });
      const reasons = (rejected?.matchingReasons ?? []) as { code: string }[];
      sample = { declaredAt: row.declaredAt, ebcCode: row.ebcCode, ebpCode: row.ebpCode, logisticsCode: row.logisticsCode, reason: reasons[0]?.code ?? null, releasedAt: row.releasedAt! };
    });

    const monthOf = (at: Date) => ({ from: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)), to: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)) });

    const cases: [string, () => Record<string, unknown>, () => Record<string, unknown>][] = [
      ['no filter', () => ({}), () => ({})],
      ['one zone', () => ({ zones: ['SHANWEI'] }), () => ({ zone: 'SHANWEI' })],
      ['a status', () => ({ statuses: ['RELEASED'] }), () => ({ statusCode: 800 })],
      ['two statuses', () => ({ statuses: ['REJECTED', 'CLEARED'] }), () => ({ statusCode: { in: [100, 899] } })],
      ['a month of declaration', () => ({ declaredFrom: monthOf(sample.declaredAt).from.toISOString(), declaredTo: monthOf(sample.declaredAt).to.toISOString() }),
        () => ({ declaredAt: { gte: monthOf(sample.declaredAt).from, lt: monthOf(sample.declaredAt).to } })],
      ['a month of release', () => ({ releasedFrom: monthOf(sample.releasedAt).from.toISOString(), releasedTo: monthOf(sample.releasedAt).to.toISOString() }),
        () => ({ releasedAt: { gte: monthOf(sample.releasedAt).from, lt: monthOf(sample.releasedAt).to } })],
      ['direction', () => ({ direction: 'EXPORT' }), () => ({ direction: 'EXPORT' })],
      ['a trade mode', () => ({ tradeModes: ['1210'] }), () => ({ tradeMode: '1210' })],
      ['an e-commerce enterprise', () => ({ ebcCodes: [sample.ebcCode] }), () => ({ ebcCode: sample.ebcCode })],
      ['a platform', () => ({ ebpCodes: [sample.ebpCode] }), () => ({ ebpCode: sample.ebpCode })],
      ['a logistics enterprise', () => ({ logisticsCodes: [sample.logisticsCode] }), () => ({ logisticsCode: sample.logisticsCode })],
      ['a matching failure', () => ({ matchingReasons: [sample.reason] }), () => ({ matchingReasons: { array_contains: [{ code: sample.reason }] } })],
      ['a value range in CNY', () => ({ currency: 'CNY', totalPriceMin: '500', totalPriceMax: '3000' }), () => ({ currency: 'CNY', totalPrice: { gte: '500', lte: '3000' } })],
      ['zone, status and declaration month together', () => ({ zones: ['SHAOGUAN', 'YUNFU'], statuses: ['RELEASED', 'CLEARED'], declaredFrom: monthOf(sample.declaredAt).from.toISOString(), declaredTo: monthOf(sample.declaredAt).to.toISOString() }),
        () => ({ zone: { in: ['SHAOGUAN', 'YUNFU'] }, statusCode: { in: [800, 899] }, declaredAt: { gte: monthOf(sample.declaredAt).from, lt: monthOf(sample.declaredAt).to } })],
    ];

    it.each(cases)('finds by %s exactly the lists the data holds', async (_case, filterOf, whereOf) => {
      if (_case === 'a matching failure' && sample.reason === null) return;
      const expected = (await customsDb.inventoryList.findMany({ where: whereOf(), select: { invtNo: true } })).map((l) => l.invtNo).sort();
      expect(expected.length).toBeGreaterThan(0);
      const { nodes, totalCount, estimate } = await drain<{ invtNo: string }>(LISTS, 'inventoryLists', { filter: filterOf() });
      expect(totalCount).toBe(expected.length);
      expect(estimate).toBe(false);
      const found = nodes.map((n) => n.invtNo);
      expect(new Set(found).size).toBe(found.length);
      expect([...found].sort()).toEqual(expected);
    });

    it('reaches each list\'s order and payment through the federation', async () => {
      const response = await stack.query<{ inventoryLists: { totalCount: number; edges: { node: { invtNo: string; orderNo: string; order: { orderNo: string; payment: { amountPaid: string; currency: string } | null } } }[] } }>(
        `{ inventoryLists(filter: { zones: [SHAOGUAN], statuses: [RELEASED] }, first: 5) { totalCount edges { node { invtNo orderNo order { orderNo payment { amountPaid currency } } } } } }`,
        {}, as(regulator));
      expect(response.errors).toBeUndefined();
      const edges = response.data!.inventoryLists.edges;
      expect(edges).toHaveLength(5);
      expect(edges.every((edge) => edge.node.order.orderNo === edge.node.orderNo)).toBe(true);
      expect(edges.some((edge) => edge.node.order.payment !== null)).toBe(true);
    });

    it('refuses an unknown status, a bad trade mode and an inverted range, naming each', async () => {
      const status = await stack.query(LISTS, { filter: { statuses: ['LOST_AT_SEA'] } }, as(regulator));
      expect(codeOf(status)).toBe('BAD_USER_INPUT');
      expect(problemsOf(status)).toEqual([expect.objectContaining({ field: 'filter.statuses[0]' })]);
      const mode = await stack.query(LISTS, { filter: { tradeModes: ['96X0'] } }, as(regulator));
      expect(problemsOf(mode)).toEqual([expect.objectContaining({ field: 'filter.tradeModes[0]' })]);
      const inverted = await stack.query(LISTS, { filter: { releasedFrom: '2026-06-01T00:00:00Z', releasedTo: '2026-06-01T00:00:00Z' } }, as(regulator));
      expect(problemsOf(inverted)).toEqual([expect.objectContaining({ field: 'filter.releasedTo' })]);
    });

    it('keeps a customs officer of a zone in it', async () => {
      const officer = await stack.token({ role: 'OFFICER', org: 'officer-1', zone: 'JIEYANG', department: 'customs' });
      expect(codeOf(await stack.query(LISTS, { filter: { zones: ['YUNFU'] } }, as(officer)))).toBe('FORBIDDEN');
      const own = await stack.query<{ inventoryLists: Page<{ invtNo: string }> }>(LISTS, { first: 1 }, as(officer));
      expect(own.data!.inventoryLists.totalCount).toBe(await customsDb.inventoryList.count({ where: { zone: 'JIEYANG' } }));
    });
  });
});
