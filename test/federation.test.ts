import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const ACCEPTANCE_QUERY = `{ enterprises(zone: SHAOGUAN, first: 3) { totalCount edges { node { uscc name zone
    orders(first: 5) { orderNo ebpCode direction actualPaid
      payment { payTransactionId amountPaid } waybill { logisticsNo }
      inventoryList { invtNo status } taxBill { totalTax }
      buyerIdentityCheck { verdict } } } } } }`;

interface AcceptanceOrder {
  orderNo: string;
  ebpCode: string;
  direction: 'IMPORT' | 'EXPORT';
  actualPaid: string;
  payment: { payTransactionId: string; amountPaid: string } | null;
  waybill: { logisticsNo: string } | null;
  inventoryList: { invtNo: string; status: string } | null;
  taxBill: { totalTax: string } | null;
  buyerIdentityCheck: { verdict: string } | null;
}
interface AcceptanceData {
  enterprises: { totalCount: number; edges: { node: { uscc: string; zone: string; orders: AcceptanceOrder[] } }[] };
}

describe('one query across the six departments', () => {
  it('answers the acceptance query with data from every department', async () => {
    const result = await stack.query<AcceptanceData>(ACCEPTANCE_QUERY);
    expect(result.errors).toBeUndefined();
    const { enterprises } = result.data!;
    expect(enterprises.totalCount).toBeGreaterThan(3);
    expect(enterprises.edges).toHaveLength(3);
    const orders = enterprises.edges.flatMap((e) => e.node.orders);
    expect(enterprises.edges.every((e) => e.node.zone === 'SHAOGUAN')).toBe(true);
    const imports = orders.filter((o) => o.direction === 'IMPORT' && o.inventoryList?.status !== 'REJECTED');
    const exportOrders = orders.filter((o) => o.direction === 'EXPORT');
    expect(imports.length).toBeGreaterThan(0);
    expect(exportOrders.length).toBeGreaterThan(0);
    for (const order of imports) {
      expect(order.payment?.amountPaid).toBe(order.actualPaid);
      expect(order.waybill?.logisticsNo).toBeTruthy();
      expect(order.inventoryList?.invtNo).toHaveLength(18);
      expect(order.taxBill?.totalTax).toMatch(/^\d+\.\d{2}$/);
      expect(order.buyerIdentityCheck?.verdict).toBe('MATCH');
    }
    for (const order of exportOrders) {
      expect(order.payment?.amountPaid).toBe(order.actualPaid);
      expect(order.waybill).not.toBeNull();
      expect(order.inventoryList).not.toBeNull();
      expect(order.taxBill).toBeNull();
      expect(order.buyerIdentityCheck).toBeNull();
    }
  });

  it('pages through a zone with cursors until hasNextPage is false', async () => {
    const page = (after: string | null) =>
      stack.query<{ enterprises: { totalCount: number; edges: { cursor: string; node: { uscc: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
        `query($after: String) { enterprises(zone: HEYUAN, first: 4, after: $after) { totalCount edges { cursor node { uscc } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const { data, errors } = await page(after);
      expect(errors).toBeUndefined();
      const connection = data!.enterprises;
      total = connection.totalCount;
      seen.push(...connection.edges.map((e) => e.node.uscc));
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(total);
  });

  it('finds one order by its key with amounts as exact decimal strings and the buyer masked', async () => {
    const list = await stack.query<AcceptanceData>(ACCEPTANCE_QUERY);
    const first = list.data!.enterprises.edges.flatMap((e) => e.node.orders).find((o) => o.direction === 'IMPORT')!;
    const result = await stack.query<{ order: { orderNo: string; goodsValue: string; buyer: { name: string; idNumberMasked: string; phone: string }; items: { hsCode: string }[] } }>(
      `query($ebpCode: String!, $orderNo: String!) { order(ebpCode: $ebpCode, orderNo: $orderNo) { orderNo goodsValue buyer { name idNumberMasked phone } items { hsCode } } }`,
      { ebpCode: first.ebpCode, orderNo: first.orderNo },
    );
    expect(result.errors).toBeUndefined();
    const order = result.data!.order;
    expect(order.orderNo).toBe(first.orderNo);
    expect(order.goodsValue).toMatch(/^\d+\.\d{2}$/);
    expect(order.buyer.name).toMatch(/^\S\*+$/u);
    expect(order.buyer.idNumberMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    expect(order.buyer.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(order.items.length).toBeGreaterThan(0);
  });

  it('returns null, not an error, for an unknown but valid enterprise or order', async () => {
    const result = await stack.query(`{ enterprise(uscc: "91350100M000100Y43") { name } order(ebpCode: "91350100M000100Y43", orderNo: "NOPE") { orderNo } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ enterprise: null, order: null });
  });

  it.each([
    ['enterprise(uscc: "91350100M000100Y44") { name }', 'uscc', 'check character'],
    ['enterprise(uscc: "ABC") { name }', 'uscc', 'must be 18 characters'],
    ['order(ebpCode: "bad", orderNo: "X") { orderNo }', 'ebpCode', 'must be 18 characters'],
    ['enterprises(first: -1) { totalCount }', 'first', 'non-negative'],
    ['enterprises(first: 1000) { totalCount }', 'first', 'at most 100'],
    ['enterprises(after: "bm90LWEtY3Vyc29y") { totalCount }', 'after', 'not a cursor'],
  ])('rejects %s with BAD_USER_INPUT naming %s', async (selection, field, reason) => {
    const result = await stack.query(`{ ${selection} }`);
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain(`${field}: `);
    expect(error?.message).toContain(reason);
  });

  it('lists the eight zones with their division codes', async () => {
    const result = await stack.query<{ zones: { code: string; divisionCode: string }[] }>(`{ zones { code divisionCode } }`);
    expect(result.data!.zones).toHaveLength(8);
    expect(result.data!.zones).toContainEqual({ code: 'YUNFU', divisionCode: '445300' });
  });
});
