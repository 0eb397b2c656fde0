import type { PostPrisma } from '../subgraphs/post/src';
import type { PrismaClient as TaxPrisma } from '../subgraphs/tax/src/generated/prisma/client';
import type { PrismaClient as PublicSecurityPrisma } from '../subgraphs/public-security/src/generated/prisma/client';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';
import { drainSearch, type SearchPage as Page } from './support/search-pages';

/**
 * The regulators' record searches of post, tax and public security, through the
 * gateway over HTTP: every filter field against what the department's database holds (read with
 * Prisma, and for waybills the status and times worked out here from the tracking events, not
 * from the columns the search reads), keyset pages exact while rows are written, bad filters
 * refused naming the field, other zones FORBIDDEN, personal data masked as by the other reads.
 */


const DAY = 86_400_000;
/** rules/waybill-status's EVENT_STATUS, written out again so that the test does not read the code it checks. */
const STATUS_OF_CODE: Record<string, string> = {
  ACCEPTED: 'PICKED_UP', PICKED_UP: 'PICKED_UP', DEPARTED: 'IN_TRANSIT', ARRIVED: 'ARRIVED', CLEARED: 'CUSTOMS_CLEARED',
  CUSTOMS_CLEARED: 'CUSTOMS_CLEARED', OUT_FOR_DELIVERY: 'OUT_FOR_DELIVERY', DELIVERED: 'DELIVERED', RETURNED: 'RETURNED',
};

/** A waybill's facts as its rows say: times and status worked out from its tracking events. */
interface WaybillFacts {
  key: string;
  zone: string;
  direction: string | null;
  logisticsCode: string;
  ebpCode: string;
  issuedAt: Date;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  status: string;
}

const monthOf = (at: Date) => ({ from: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)), to: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)) });
const within = (at: Date | null, range: { from: Date; to: Date }) => at !== null && at >= range.from && at < range.to;

describe('regulators\' record search in post, tax and public security', () => {
  let stack: Stack;
  let postDb: PostPrisma;
  let taxDb: TaxPrisma;
  let psDb: PublicSecurityPrisma;
  let regulator: string;

  beforeAll(async () => {
    stack = await startStack();
    postDb = stack.runtimes.post.prisma as unknown as PostPrisma;
    taxDb = stack.runtimes.tax.prisma as unknown as TaxPrisma;
    psDb = stack.runtimes['public-security'].prisma as unknown as PublicSecurityPrisma;
    regulator = await stack.token({ role: 'REGULATOR', org: 'GD-REGULATOR' });
  }, 240_000);

  afterAll(async () => {
    await stack?.close();
  });

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;
  const problemsOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.problems;

  /** Every page of a search until hasNextPage is false; the nodes and the first page's count. */
  const drain = <N>(query: string, field: string, variables: Record<string, unknown>, token = regulator, first = 250) => drainSearch<N>(stack, query, field, variables, token, first);

  /** The search finds exactly `expected` (keys), each once, and counts them exactly. */
  async function expectFinds<N>(query: string, field: string, filter: Record<string, unknown>, keyOf: (node: N) => string, expected: string[]): Promise<void> {
    expect(expected.length).toBeGreaterThan(0);
    const { nodes, totalCount, estimate } = await drain<N>(query, field, { filter });
    expect(totalCount).toBe(expected.length);
    expect(estimate).toBe(false);
    const found = nodes.map(keyOf);
    expect(new Set(found).size).toBe(found.length);
    expect([...found].sort()).toEqual([...expected].sort());
  }

  /** Pages through a search while `insert` writes rows between pages: every key there at the start comes once. */
  async function pageWhileInserting<N>(query: string, field: string, filter: Record<string, unknown>, keyOf: (node: N) => string, before: string[], insert: (n: number) => Promise<void>): Promise<void> {
    const seen: string[] = [];
    let after: string | null = null;
    let inserted = 0;
    for (;;) {
      const response: GraphQLResponse<Record<string, Page<N>>> = await stack.query<Record<string, Page<N>>>(query, { filter, first: 20, after }, as(regulator));
      expect(response.errors).toBeUndefined();
      const page: Page<N> = response.data![field]!;
      seen.push(...page.edges.map((edge) => keyOf(edge.node)));
      for (let i = 0; i < 3; i++) await insert(++inserted);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(before.length).toBeGreaterThan(20);
    expect(new Set(seen).size).toBe(seen.length);
    expect(before.filter((key) => !seen.includes(key))).toEqual([]);
  }

  describe('waybills (post)', () => {
    const WAYBILLS = `query($filter: WaybillFilter, $orderBy: WaybillOrder, $first: Int, $after: String) {
      waybills(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        edges { cursor node { logisticsCode logisticsNo issuedAt } } pageInfo { hasNextPage endCursor } totalCount totalCountIsEstimate } }`;
    interface WaybillNode { logisticsCode: string; logisticsNo: string; issuedAt: string }
    const keyOf = (w: { logisticsCode: string; logisticsNo: string }) => `${w.logisticsCode}/${w.logisticsNo}`;

    async function facts(): Promise<WaybillFacts[]> {
      const rows = await postDb.waybill.findMany({ include: { events: true } });
      return rows.map((row) => {
        const timeline = [...row.events].sort((a, b) => a.seq - b.seq || a.occurredAt.getTime() - b.occurredAt.getTime());
        const times = timeline.map((event) => event.occurredAt.getTime());
        const delivered = timeline.find((event) => event.code === 'DELIVERED');
        const known = timeline.filter((event) => STATUS_OF_CODE[event.code]);
        return {
          key: keyOf(row),
          zone: row.zone,
          direction: row.direction,
          logisticsCode: row.logisticsCode,
          ebpCode: row.ebpCode,
          issuedAt: row.createdAt,
          shippedAt: times.length > 0 ? new Date(Math.min(...times)) : null,
          deliveredAt: delivered ? delivered.occurredAt : null,
          status: known.length > 0 ? STATUS_OF_CODE[known.at(-1)!.code]! : 'CREATED',
        };
      });
    }

    let sample: WaybillFacts;
    beforeAll(async () => {
      const all = await facts();
      sample = all.find((w) => w.deliveredAt !== null)!;
    });

    const cases: [string, () => Record<string, unknown>, (w: WaybillFacts, now: Date) => boolean][] = [
      ['no filter', () => ({}), () => true],
      ['one zone', () => ({ zones: ['SHAOGUAN'] }), (w) => w.zone === 'SHAOGUAN'],
      ['two zones', () => ({ zones: ['HEYUAN', 'YUNFU'] }), (w) => w.zone === 'HEYUAN' || w.zone === 'YUNFU'],
      ['a month of issue', () => ({ issuedFrom: monthOf(sample.issuedAt).from.toISOString(), issuedTo: monthOf(sample.issuedAt).to.toISOString() }), (w) => within(w.issuedAt, monthOf(sample.issuedAt))],
      ['a month of shipping', () => ({ shippedFrom: monthOf(sample.shippedAt!).from.toISOString(), shippedTo: monthOf(sample.shippedAt!).to.toISOString() }), (w) => within(w.shippedAt, monthOf(sample.shippedAt!))],
      ['a month of delivery', () => ({ deliveredFrom: monthOf(sample.deliveredAt!).from.toISOString(), deliveredTo: monthOf(sample.deliveredAt!).to.toISOString() }), (w) => within(w.deliveredAt, monthOf(sample.deliveredAt!))],
      ['a status', () => ({ statuses: ['DELIVERED'] }), (w) => w.status === 'DELIVERED'],
      ['two statuses', () => ({ statuses: ['ARRIVED', 'PICKED_UP'] }), (w) => w.status === 'ARRIVED' || w.status === 'PICKED_UP'],
      ['delivered', () => ({ delivered: true }), (w) => w.deliveredAt !== null],
      ['not delivered', () => ({ delivered: false }), (w) => w.deliveredAt === null],
      ['not delivered ten days after shipping', () => ({ notDeliveredWithinDays: 10 }),
        (w, now) => w.shippedAt !== null && w.shippedAt.getTime() + 10 * DAY < (w.deliveredAt ?? now).getTime()],
      ['delivered, but later than a day after shipping', () => ({ delivered: true, notDeliveredWithinDays: 1 }),
        (w) => w.shippedAt !== null && w.deliveredAt !== null && w.shippedAt.getTime() + DAY < w.deliveredAt.getTime()],
      ['direction', () => ({ direction: 'EXPORT' }), (w) => w.direction === 'EXPORT'],
      ['a logistics enterprise', () => ({ logisticsCodes: [sample.logisticsCode] }), (w) => w.logisticsCode === sample.logisticsCode],
      ['a platform', () => ({ ebpCodes: [sample.ebpCode] }), (w) => w.ebpCode === sample.ebpCode],
      ['zone, direction, shipping month and undelivered together', () => ({ zones: [sample.zone], direction: 'IMPORT', delivered: false, shippedFrom: monthOf(sample.shippedAt!).from.toISOString(), shippedTo: monthOf(sample.shippedAt!).to.toISOString() }),
        (w) => w.zone === sample.zone && w.direction === 'IMPORT' && w.deliveredAt === null && within(w.shippedAt, monthOf(sample.shippedAt!))],
    ];

    it.each(cases)('finds by %s exactly the waybills the data holds', async (_case, filterOf, matches) => {
      const now = new Date();
      const expected = (await facts()).filter((w) => matches(w, now)).map((w) => w.key);
      await expectFinds<WaybillNode>(WAYBILLS, 'waybills', filterOf(), keyOf, expected);
    });

    it('orders by issue time either way', async () => {
      for (const [orderBy, sign] of [['ISSUED_AT_ASC', 1], ['ISSUED_AT_DESC', -1]] as const) {
        const { nodes } = await drain<WaybillNode>(WAYBILLS, 'waybills', { filter: { zones: ['QINGYUAN'] }, orderBy }, regulator, 40);
        const times = nodes.map((node) => Date.parse(node.issuedAt));
        expect(times.length).toBeGreaterThan(40);
        for (let i = 1; i < times.length; i++) expect(sign * (times[i]! - times[i - 1]!)).toBeGreaterThanOrEqual(0);
      }
    });

    it('keeps status and times current as tracking events are added through the API', async () => {
      const platform = await stack.token({ role: 'PLATFORM', org: 'SEARCH-PLATFORM', zone: 'CHAOZHOU' });
      const waybill = (await postDb.waybill.findFirst({ where: { zone: 'CHAOZHOU', events: { none: { code: 'DELIVERED' } } }, include: { events: true }, orderBy: { id: 'asc' } }))!;
      const last = waybill.events.reduce((a, b) => (a.seq > b.seq ? a : b));
      const deliveredAt = new Date(last.occurredAt.getTime() + 3600_000);
      const added = await stack.query(`mutation($code: String!, $no: String!, $events: [TrackingEventInput!]!) { addTrackingEvents(logisticsCode: $code, logisticsNo: $no, events: $events) { status } }`,
        { code: waybill.logisticsCode, no: waybill.logisticsNo, events: [{ seq: last.seq + 1, code: 'DELIVERED', description: '已签收', location: '潮州市', occurredAt: deliveredAt.toISOString() }] }, as(platform));
      expect(added.errors).toBeUndefined();
      const window = { deliveredFrom: new Date(deliveredAt.getTime() - 1000).toISOString(), deliveredTo: new Date(deliveredAt.getTime() + 1000).toISOString() };
      const found = await drain<WaybillNode & { status: string; deliveredAt: string }>(WAYBILLS.replace('issuedAt }', 'issuedAt status deliveredAt }'), 'waybills', { filter: { zones: ['CHAOZHOU'], statuses: ['DELIVERED'], ...window } });
      expect(found.nodes.map(keyOf)).toContain(keyOf(waybill));
    });

    it('records the direction a carrier declares (505 export) and finds the waybill by it', async () => {
      const platform = await stack.token({ role: 'PLATFORM', org: 'SEARCH-PLATFORM', zone: 'CHAOZHOU' });
      const seeded = (await postDb.waybill.findFirst({ where: { zone: 'CHAOZHOU' }, orderBy: { id: 'asc' } }))!;
      const input = {
        logisticsCode: seeded.logisticsCode, logisticsNo: 'SEARCH-EX-0001', ebpCode: seeded.ebpCode, orderNo: 'SEARCH-EX-ORDER-0001', zone: 'CHAOZHOU',
        freight: '30.00', insuredFee: '0.00', weight: '2.5', packNo: 1, consignee: 'Jane Roe', consigneeAddress: '1 Main Street, Hamburg', direction: 'EXPORT',
      };
      const SUBMIT = 'mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome waybill { direction } } }';
      const created = await stack.query<{ submitWaybill: { outcome: string; waybill: { direction: string } } }>(SUBMIT, { input }, as(platform));
      expect(created.errors).toBeUndefined();
      expect(created.data!.submitWaybill).toEqual({ outcome: 'CREATED', waybill: { direction: 'EXPORT' } });
      const again = await stack.query<{ submitWaybill: { outcome: string } }>(SUBMIT, { input }, as(platform));
      expect(again.data!.submitWaybill.outcome).toBe('UNCHANGED');
      const exports = await drain<WaybillNode>(WAYBILLS, 'waybills', { filter: { zones: ['CHAOZHOU'], direction: 'EXPORT', ebpCodes: [seeded.ebpCode] } });
      const imports = await drain<WaybillNode>(WAYBILLS, 'waybills', { filter: { zones: ['CHAOZHOU'], direction: 'IMPORT', ebpCodes: [seeded.ebpCode] } });
      expect(exports.nodes.map(keyOf)).toContain(`${seeded.logisticsCode}/SEARCH-EX-0001`);
      expect(imports.nodes.map(keyOf)).not.toContain(`${seeded.logisticsCode}/SEARCH-EX-0001`);
    });

    it('pages exactly while waybills are written: every waybill there at the start once, none skipped', async () => {
      const before = (await postDb.waybill.findMany({ where: { zone: 'SHANWEI' } }));
      const times = before.map((w) => w.createdAt).sort((a, b) => a.getTime() - b.getTime());
      const template = before[0]!;
      await pageWhileInserting<WaybillNode>(WAYBILLS, 'waybills', { zones: ['SHANWEI'] }, keyOf, before.map(keyOf), async (n) => {
        const { id: _id, ...rest } = template;
        // New waybills land before, in the middle of and after the pages served, and at their very times.
        const createdAt = [times[0]!, times[Math.floor(times.length / 2)]!, times.at(-1)!][n % 3]!;
        await postDb.waybill.create({ data: { ...rest, logisticsNo: `SEARCH-WB-${n}`, orderNo: `SEARCH-WB-ORDER-${n}`, createdAt, status: 'CREATED', shippedAt: null, deliveredAt: null } });
      });
    }, 240_000);

    it('reaches each waybill\'s order and payment through the federation, the consignee masked as by the waybill read', async () => {
      const response = await stack.query<{ waybills: { edges: { node: { logisticsCode: string; logisticsNo: string; orderNo: string; consignee: string; order: { orderNo: string; payment: { amountPaid: string } | null } } }[] } }>(
        `{ waybills(filter: { zones: [YANGJIANG], delivered: true }, first: 5) { edges { node { logisticsCode logisticsNo orderNo consignee order { orderNo payment { amountPaid } } } } } }`, {}, as(regulator));
      expect(response.errors).toBeUndefined();
      const edges = response.data!.waybills.edges;
      expect(edges).toHaveLength(5);
      expect(edges.every((edge) => edge.node.order.orderNo === edge.node.orderNo)).toBe(true);
      expect(edges.some((edge) => edge.node.order.payment !== null)).toBe(true);
      for (const { node } of edges) {
        const read = await stack.query<{ waybill: { consignee: string } }>(`query($c: String!, $n: String!) { waybill(logisticsCode: $c, logisticsNo: $n) { consignee } }`, { c: node.logisticsCode, n: node.logisticsNo }, as(regulator));
        const row = await postDb.waybill.findFirst({ where: { logisticsCode: node.logisticsCode, logisticsNo: node.logisticsNo } });
        expect(node.consignee).toBe(read.data!.waybill.consignee);
        expect(node.consignee).not.toBe(row!.consignee);
      }
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['an inverted shipping range', { filter: { shippedFrom: '2026-06-01T00:00:00Z', shippedTo: '2026-05-01T00:00:00Z' } }, 'filter.shippedTo'],
      ['a delivery range over 366 days', { filter: { deliveredFrom: '2025-01-01T00:00:00Z', deliveredTo: '2026-06-01T00:00:00Z' } }, 'filter.deliveredTo'],
      ['an issue range end without a start', { filter: { issuedTo: '2026-06-01T00:00:00Z' } }, 'filter.issuedFrom'],
      ['an unknown status', { filter: { statuses: ['LOST_AT_SEA'] } }, 'filter.statuses[0]'],
      ['zero days', { filter: { notDeliveredWithinDays: 0 } }, 'filter.notDeliveredWithinDays'],
      ['more days than a search spans', { filter: { notDeliveredWithinDays: 367 } }, 'filter.notDeliveredWithinDays'],
      ['a page over 1,000', { first: 1001 }, 'first'],
      ['more than 50 carriers', { filter: { logisticsCodes: Array.from({ length: 51 }, () => '91440200BLLJ5275GD') } }, 'filter.logisticsCodes'],
    ])('refuses %s naming the field', async (_case, variables, field) => {
      const response = await stack.query(WAYBILLS, variables, as(regulator));
      expect(response.data?.waybills ?? null).toBeNull();
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemsOf(response)).toEqual([expect.objectContaining({ field })]);
    });

    it('keeps a post officer and the zone platform in their zone; a bank may not search', async () => {
      const officer = await stack.token({ role: 'OFFICER', org: 'officer-post', zone: 'JIEYANG', department: 'post' });
      const refused = await stack.query(WAYBILLS, { filter: { zones: ['JIEYANG', 'YUNFU'] } }, as(officer));
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0]!.message).toContain('YUNFU');
      const own = await drain<WaybillNode>(WAYBILLS, 'waybills', {}, officer);
      expect(own.totalCount).toBe(await postDb.waybill.count({ where: { zone: 'JIEYANG' } }));
      const platform = await stack.token({ role: 'PLATFORM', org: 'SEARCH-PLATFORM', zone: 'HEYUAN' });
      expect(codeOf(await stack.query(WAYBILLS, { filter: { zones: ['SHAOGUAN'] } }, as(platform)))).toBe('FORBIDDEN');
      const bank = await stack.token({ role: 'BANK', org: '91445200K0X0TT78WE' });
      const byBank = await stack.query(WAYBILLS, {}, as(bank));
      expect(byBank.data?.waybills ?? null).toBeNull();
      expect(byBank.errors).toBeDefined();
    });
  });

  describe('tax bills (tax)', () => {
    const BILLS = `query($filter: TaxBillFilter, $orderBy: TaxBillOrder, $first: Int, $after: String) {
      taxBills(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        edges { cursor node { taxNo issuedAt totalTax } } pageInfo { hasNextPage endCursor } totalCount totalCountIsEstimate } }`;
    interface BillNode { taxNo: string; issuedAt: string; totalTax: string }
    const keyOf = (b: { taxNo: string }) => b.taxNo;
    let sample: { issuedAt: Date; ebpCode: string; ebcCode: string; ebcCodes: [string, string] };
    /** The bills of the orders of these e-commerce enterprises, as commerce records the orders (not tax's own column). */
    const billsOfEnterprises = async (ebcCodes: string[]) => (await taxDb.$queryRawUnsafe<{ tax_no: string }[]>(
      `SELECT t.tax_no FROM tax.tax_bill t JOIN commerce."order" o ON o.ebp_code = t.ebp_code AND o.order_no = t.order_no WHERE o.ebc_code = ANY($1::text[])`, ebcCodes,
    )).map((row) => row.tax_no);

    beforeAll(async () => {
      const row = (await taxDb.taxBill.findFirst({ orderBy: { taxNo: 'asc' } }))!;
      const enterprises = await taxDb.$queryRawUnsafe<{ ebc_code: string }[]>(
        `SELECT o.ebc_code FROM tax.tax_bill t JOIN commerce."order" o ON o.ebp_code = t.ebp_code AND o.order_no = t.order_no GROUP BY o.ebc_code ORDER BY count(*) DESC, o.ebc_code LIMIT 3`,
      );
      sample = { issuedAt: row.issuedAt, ebpCode: row.ebpCode, ebcCode: enterprises[0]!.ebc_code, ebcCodes: [enterprises[1]!.ebc_code, enterprises[2]!.ebc_code] };
      // The demo issues every bill ACTIVE and PREFERENTIAL: a few are turned so that each value is there to find.
      const some = await taxDb.taxBill.findMany({ orderBy: { taxNo: 'desc' }, take: 6 });
      await taxDb.taxBill.update({ where: { taxNo: some[0]!.taxNo }, data: { status: 'CANCELLED', statusReason: 'list rejected', statusChangedAt: new Date() } });
      await taxDb.taxBill.update({ where: { taxNo: some[1]!.taxNo }, data: { status: 'REFUNDED', statusReason: 'goods returned', statusChangedAt: new Date() } });
      await taxDb.taxBill.update({ where: { taxNo: some[2]!.taxNo }, data: { treatment: 'FULL_TAX' } });
    });

    const cases: [string, () => Record<string, unknown>, () => Record<string, unknown>][] = [
      ['no filter', () => ({}), () => ({})],
      ['one zone', () => ({ zones: ['SHAOGUAN'] }), () => ({ zone: 'SHAOGUAN' })],
      ['two zones', () => ({ zones: ['CHAOZHOU', 'YUNFU'] }), () => ({ zone: { in: ['CHAOZHOU', 'YUNFU'] } })],
      ['a month of issue', () => ({ issuedFrom: monthOf(sample.issuedAt).from.toISOString(), issuedTo: monthOf(sample.issuedAt).to.toISOString() }), () => ({ issuedAt: { gte: monthOf(sample.issuedAt).from, lt: monthOf(sample.issuedAt).to } })],
      ['a status', () => ({ statuses: ['ACTIVE'] }), () => ({ status: 'ACTIVE' })],
      ['two statuses', () => ({ statuses: ['CANCELLED', 'REFUNDED'] }), () => ({ status: { in: ['CANCELLED', 'REFUNDED'] } })],
      ['a treatment', () => ({ treatments: ['FULL_TAX'] }), () => ({ treatment: 'FULL_TAX' })],
      ['a platform', () => ({ ebpCodes: [sample.ebpCode] }), () => ({ ebpCode: sample.ebpCode })],
      ['a tax range', () => ({ totalTaxMin: '50', totalTaxMax: '200.50' }), () => ({ totalTax: { gte: '50', lte: '200.50' } })],
      ['tax at least', () => ({ totalTaxMin: '300' }), () => ({ totalTax: { gte: '300' } })],
      ['zone, status and month together', () => ({ zones: ['SHAOGUAN', 'JIEYANG'], statuses: ['ACTIVE'], issuedFrom: monthOf(sample.issuedAt).from.toISOString(), issuedTo: monthOf(sample.issuedAt).to.toISOString() }),
        () => ({ zone: { in: ['SHAOGUAN', 'JIEYANG'] }, status: 'ACTIVE', issuedAt: { gte: monthOf(sample.issuedAt).from, lt: monthOf(sample.issuedAt).to } })],
    ];

    it.each(cases)('finds by %s exactly the bills the data holds', async (_case, filterOf, whereOf) => {
      const expected = (await taxDb.taxBill.findMany({ where: whereOf(), select: { taxNo: true } })).map(keyOf);
      await expectFinds<BillNode>(BILLS, 'taxBills', filterOf(), keyOf, expected);
    });

    it.each([
      ['an e-commerce enterprise', () => [sample.ebcCode]],
      ['two e-commerce enterprises', () => sample.ebcCodes],
    ])('finds by %s exactly the bills of its orders as commerce records them', async (_case, ebcCodesOf) => {
      const expected = await billsOfEnterprises(ebcCodesOf());
      expect(expected.length).toBeGreaterThan(0);
      await expectFinds<BillNode>(BILLS, 'taxBills', { ebcCodes: ebcCodesOf() }, keyOf, expected);
      // With a zone: the enterprise's bills of that zone only.
      const { zone } = (await taxDb.taxBill.findUnique({ where: { taxNo: expected[0]! }, select: { zone: true } }))!;
      const ofZone = new Set((await taxDb.taxBill.findMany({ where: { zone }, select: { taxNo: true } })).map(keyOf));
      await expectFinds<BillNode>(BILLS, 'taxBills', { ebcCodes: ebcCodesOf(), zones: [zone] }, keyOf, expected.filter((taxNo) => ofZone.has(taxNo)));
    });

    it('answers first: 0 with no edges, the count, whether bills follow the position, and the cursor it was asked with', async () => {
      const filter = { zones: ['QINGYUAN'] };
      const page = async (variables: Record<string, unknown>) => {
        const response = await stack.query<{ taxBills: Page<BillNode> }>(BILLS, { filter, ...variables }, as(regulator));
        expect(response.errors).toBeUndefined();
        return response.data!.taxBills;
      };
      const total = await taxDb.taxBill.count({ where: { zone: 'QINGYUAN' } });
      expect(await page({ first: 0 })).toEqual({ edges: [], pageInfo: { hasNextPage: true, endCursor: null }, totalCount: total, totalCountIsEstimate: false });
      const firstTwo = await page({ first: 2 });
      const cursor = firstTwo.pageInfo.endCursor!;
      expect(await page({ first: 0, after: cursor })).toEqual({ edges: [], pageInfo: { hasNextPage: true, endCursor: cursor }, totalCount: total, totalCountIsEstimate: false });
      // Resuming from that endCursor goes on where first: 2 stopped.
      expect((await page({ first: 1, after: cursor })).edges[0]!.node.taxNo).toBe((await page({ first: 3 })).edges[2]!.node.taxNo);
      const { cursor: last } = await drain<BillNode>(BILLS, 'taxBills', { filter }, regulator, 1000);
      expect(await page({ first: 0, after: last })).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: last }, totalCount: total, totalCountIsEstimate: false });
      expect(await page({ first: 10, after: last })).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: last }, totalCount: total, totalCountIsEstimate: false });
    });

    it.each([['ISSUED_AT_ASC', 'issuedAt', 1], ['ISSUED_AT_DESC', 'issuedAt', -1], ['TOTAL_TAX_ASC', 'totalTax', 1], ['TOTAL_TAX_DESC', 'totalTax', -1]] as const)('orders by %s', async (orderBy, field, sign) => {
      const { nodes } = await drain<BillNode>(BILLS, 'taxBills', { filter: { zones: ['QINGYUAN'] }, orderBy }, regulator, 30);
      const values = nodes.map((node) => (field === 'issuedAt' ? Date.parse(node.issuedAt) : Number(node.totalTax)));
      expect(values.length).toBeGreaterThan(30);
      for (let i = 1; i < values.length; i++) expect(sign * (values[i]! - values[i - 1]!)).toBeGreaterThanOrEqual(0);
    });

    it('pages exactly while bills are issued: every bill there at the start once, none skipped', async () => {
      const before = await taxDb.taxBill.findMany({ where: { zone: 'HEYUAN' } });
      const times = before.map((b) => b.issuedAt).sort((a, b) => a.getTime() - b.getTime());
      const template = before[0]!;
      await pageWhileInserting<BillNode>(BILLS, 'taxBills', { zones: ['HEYUAN'] }, keyOf, before.map(keyOf), async (n) => {
        const { id: _id, ...rest } = template;
        const issuedAt = [times[0]!, times[Math.floor(times.length / 2)]!, times.at(-1)!][n % 3]!;
        await taxDb.taxBill.create({ data: { ...rest, taxNo: `SEARCH-TAX-${n}`, invtNo: `SEARCHTX${String(n).padStart(10, '0')}`, orderNo: `SEARCH-TAX-ORDER-${n}`, issuedAt } });
      });
    }, 240_000);

    it('reaches each bill\'s order and inventory list through the federation', async () => {
      const response = await stack.query<{ taxBills: { edges: { node: { invtNo: string; orderNo: string; order: { orderNo: string; payment: { amountPaid: string } | null }; inventoryList: { invtNo: string; status: string } } }[] } }>(
        `{ taxBills(filter: { zones: [SHANWEI] }, orderBy: TOTAL_TAX_DESC, first: 4) { edges { node { invtNo orderNo order { orderNo payment { amountPaid } } inventoryList { invtNo status } } } } }`, {}, as(regulator));
      expect(response.errors).toBeUndefined();
      const edges = response.data!.taxBills.edges;
      expect(edges).toHaveLength(4);
      expect(edges.every((edge) => edge.node.order.orderNo === edge.node.orderNo && edge.node.inventoryList.invtNo === edge.node.invtNo)).toBe(true);
      expect(edges.every((edge) => edge.node.order.payment !== null && edge.node.inventoryList.status.length > 0)).toBe(true);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['an inverted issue range', { filter: { issuedFrom: '2026-06-01T00:00:00Z', issuedTo: '2026-06-01T00:00:00Z' } }, 'filter.issuedTo'],
      ['an issue range over 366 days', { filter: { issuedFrom: '2024-06-01T00:00:00Z', issuedTo: '2026-06-01T00:00:00Z' } }, 'filter.issuedTo'],
      ['an inverted tax range', { filter: { totalTaxMin: '500', totalTaxMax: '100' } }, 'filter.totalTaxMax'],
      ['a negative tax', { filter: { totalTaxMin: '-1' } }, 'filter.totalTaxMin'],
      ['an unknown status', { filter: { statuses: ['FORGIVEN'] } }, 'filter.statuses[0]'],
      ['a page over 1,000', { first: 5000 }, 'first'],
    ])('refuses %s naming the field', async (_case, variables, field) => {
      const response = await stack.query(BILLS, variables, as(regulator));
      expect(response.data?.taxBills ?? null).toBeNull();
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemsOf(response)).toEqual([expect.objectContaining({ field })]);
    });

    it('keeps a tax officer in its zone and binds a cursor to its caller and filter', async () => {
      const officer = await stack.token({ role: 'OFFICER', org: 'officer-tax', zone: 'YANGJIANG', department: 'tax' });
      expect(codeOf(await stack.query(BILLS, { filter: { zones: ['YUNFU'] } }, as(officer)))).toBe('FORBIDDEN');
      const own = await stack.query<{ taxBills: Page<BillNode> }>(BILLS, { first: 2 }, as(officer));
      expect(own.data!.taxBills.totalCount).toBe(await taxDb.taxBill.count({ where: { zone: 'YANGJIANG' } }));
      const cursor = own.data!.taxBills.pageInfo.endCursor;
      for (const [variables, token] of [[{ first: 2, after: cursor }, regulator], [{ filter: { statuses: ['ACTIVE'] }, first: 2, after: cursor }, officer]] as const) {
        const refused = await stack.query(BILLS, variables, as(token));
        expect(codeOf(refused)).toBe('BAD_USER_INPUT');
        expect(problemsOf(refused)).toEqual([expect.objectContaining({ field: 'after' })]);
      }
    });
  });

  describe('identity checks (public security)', () => {
    const CHECKS = `query($filter: IdentityCheckFilter, $orderBy: IdentityCheckOrder, $first: Int, $after: String) {
      identityChecks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        edges { cursor node { serialNo verdict checkedAt } } pageInfo { hasNextPage endCursor } totalCount totalCountIsEstimate } }`;
    interface CheckNode { serialNo: string; verdict: string; checkedAt: string }
    const keyOf = (c: { serialNo: string }) => c.serialNo;
    let sample: { checkedAt: Date; ebpCode: string };

    beforeAll(async () => {
      const row = (await psDb.identityCheck.findFirst({ where: { ebpCode: { not: null } }, orderBy: { serialNo: 'asc' } }))!;
      sample = { checkedAt: row.checkedAt, ebpCode: row.ebpCode! };
    });

    const cases: [string, () => Record<string, unknown>, () => Record<string, unknown>][] = [
      ['no filter', () => ({}), () => ({})],
      ['one zone', () => ({ zones: ['JIEYANG'] }), () => ({ zone: 'JIEYANG' })],
      ['two zones', () => ({ zones: ['SHAOGUAN', 'QINGYUAN'] }), () => ({ zone: { in: ['SHAOGUAN', 'QINGYUAN'] } })],
      ['a month of checks', () => ({ checkedFrom: monthOf(sample.checkedAt).from.toISOString(), checkedTo: monthOf(sample.checkedAt).to.toISOString() }), () => ({ checkedAt: { gte: monthOf(sample.checkedAt).from, lt: monthOf(sample.checkedAt).to } })],
      ['a match', () => ({ verdicts: ['MATCH'] }), () => ({ verdict: 'MATCH' })],
      ['a mismatch', () => ({ verdicts: ['MISMATCH'] }), () => ({ verdict: 'MISMATCH' })],
      ['mismatch or no record', () => ({ verdicts: ['MISMATCH', 'NO_RECORD'] }), () => ({ verdict: { in: ['MISMATCH', 'NO_RECORD'] } })],
      ['a platform', () => ({ ebpCodes: [sample.ebpCode] }), () => ({ ebpCode: sample.ebpCode })],
      ['zone, verdict and month together', () => ({ zones: ['SHAOGUAN', 'CHAOZHOU'], verdicts: ['MATCH'], checkedFrom: monthOf(sample.checkedAt).from.toISOString(), checkedTo: monthOf(sample.checkedAt).to.toISOString() }),
        () => ({ zone: { in: ['SHAOGUAN', 'CHAOZHOU'] }, verdict: 'MATCH', checkedAt: { gte: monthOf(sample.checkedAt).from, lt: monthOf(sample.checkedAt).to } })],
    ];

    it.each(cases)('finds by %s exactly the checks the data holds', async (_case, filterOf, whereOf) => {
      const expected = (await psDb.identityCheck.findMany({ where: whereOf(), select: { serialNo: true } })).map(keyOf);
      await expectFinds<CheckNode>(CHECKS, 'identityChecks', filterOf(), keyOf, expected);
    });

    it('pages exactly while checks are recorded: every check there at the start once, none skipped', async () => {
      const before = await psDb.identityCheck.findMany({ where: { zone: 'SHAOGUAN' } });
      const times = before.map((c) => c.checkedAt).sort((a, b) => a.getTime() - b.getTime());
      const template = before[0]!;
      await pageWhileInserting<CheckNode>(CHECKS, 'identityChecks', { zones: ['SHAOGUAN'] }, keyOf, before.map(keyOf), async (n) => {
        const { id: _id, ...rest } = template;
        const checkedAt = [times[0]!, times[Math.floor(times.length / 2)]!, times.at(-1)!][n % 3]!;
        await psDb.identityCheck.create({ data: { ...rest, serialNo: `SEARCH-CHECK-${n}`, orderNo: `SEARCH-CHECK-ORDER-${n}`, checkedAt } });
      });
    }, 240_000);

    it('shows a check\'s order with its buyer masked as the order read masks it, and never the identity checked', async () => {
      const response = await stack.query<{ identityChecks: { edges: { node: { serialNo: string; zone: string; order: { ebpCode: string; orderNo: string; buyer: { name: string; idNumberMasked: string | null } } | null } }[] } }>(
        `{ identityChecks(filter: { zones: [YUNFU], verdicts: [MATCH] }, orderBy: CHECKED_AT_DESC, first: 3) { edges { node { serialNo zone order { ebpCode orderNo buyer { name idNumberMasked } } } } } }`, {}, as(regulator));
      expect(response.errors).toBeUndefined();
      const edges = response.data!.identityChecks.edges;
      expect(edges).toHaveLength(3);
      for (const { node } of edges) {
        expect(node.zone).toBe('YUNFU');
        const read = await stack.query<{ order: { buyer: { name: string; idNumberMasked: string | null } } }>(`query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { buyer { name idNumberMasked } } }`,
          { e: node.order!.ebpCode, o: node.order!.orderNo }, as(regulator));
        expect(node.order!.buyer).toEqual(read.data!.order.buyer);
        expect(node.order!.buyer.idNumberMasked).toMatch(/\*/);
      }
      const hash = await stack.query(`{ identityChecks(first: 1) { edges { node { serialNo idHash } } } }`, {}, as(regulator));
      expect(hash.data ?? null).toBeNull();
      expect(hash.errors![0]!.message).toContain('idHash');
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['an inverted range', { filter: { checkedFrom: '2026-06-01T00:00:00Z', checkedTo: '2026-01-01T00:00:00Z' } }, 'filter.checkedTo'],
      ['a range over 366 days', { filter: { checkedFrom: '2020-01-01T00:00:00Z' } }, 'filter.checkedTo'],
      ['an unknown verdict', { filter: { verdicts: ['PROBABLY'] } }, 'filter.verdicts[0]'],
      ['a page over 1,000', { first: 1001 }, 'first'],
    ])('refuses %s naming the field', async (_case, variables, field) => {
      const response = await stack.query(CHECKS, variables, as(regulator));
      expect(response.data?.identityChecks ?? null).toBeNull();
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemsOf(response)).toEqual([expect.objectContaining({ field })]);
    });

    it('keeps a zone-bound regulator in its zone', async () => {
      const shaoguan = await stack.token({ role: 'REGULATOR', org: 'SG-REGULATOR', zone: 'SHAOGUAN' });
      const refused = await stack.query(CHECKS, { filter: { zones: ['HEYUAN'] } }, as(shaoguan));
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0]!.message).toContain('HEYUAN');
      const own = await drain<CheckNode>(CHECKS, 'identityChecks', {}, shaoguan);
      expect(own.totalCount).toBe(await psDb.identityCheck.count({ where: { zone: 'SHAOGUAN' } }));
    });
  });
});
