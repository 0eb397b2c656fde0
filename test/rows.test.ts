import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ trustedDocuments: false, contracts: false });
});
afterAll(async () => {
  await stack?.close();
});

interface Orders {
  enterprises: { edges: { node: { orders: { orderNo: string; ebpCode: string; payCode: string; zone: string; payment: { payCode: string } | null; inventoryList: { invtNo: string } | null }[] } }[] };
}
const ORDERS = `{ enterprises(first: 30) { edges { node { orders(first: 10) { orderNo ebpCode payCode zone payment { payCode } inventoryList { invtNo } } } } } }`;

describe('row-level access', () => {
  it('shows a bank only the orders and payments it processed as payment institution', async () => {
    const all = await stack.query<Orders>(ORDERS);
    const orders = all.data!.enterprises.edges.flatMap((e) => e.node.orders);
    const bankCode = orders[0]!.payCode;
    const other = orders.find((o) => o.payCode !== bankCode)!;
    const bank = { authorization: `Bearer ${await stack.token({ role: 'BANK', org: bankCode })}` };

    const seen = await stack.query<Orders>(ORDERS, undefined, bank);
    expect(seen.errors).toBeUndefined();
    const mine = seen.data!.enterprises.edges.flatMap((e) => e.node.orders);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((o) => o.payCode === bankCode && o.payment?.payCode === bankCode)).toBe(true);
    // Through an order it processed, the bank sees the customs list as evidence of a real trade.
    expect(mine.some((o) => o.inventoryList !== null)).toBe(true);

    const foreign = await stack.query<{ order: unknown }>(
      `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo } }`,
      { e: other.ebpCode, o: other.orderNo },
      bank,
    );
    expect(foreign.data).toEqual({ order: null });
  });

  it.each([
    ['inventoryList(invtNo: "51712026I000000001") { invtNo }', 'inventory lists'],
    ['taxBill(taxNo: "51712026I000000001T1") { taxNo }', 'tax bills'],
    ['waybill(logisticsCode: "91350100M000100Y43", logisticsNo: "YT000000000001") { logisticsNo }', 'waybills'],
    ['identityCheck(serialNo: "GA000000000001") { verdict }', 'identity checks'],
  ])('refuses a bank looking up %s by number', async (selection, what) => {
    const bank = { authorization: `Bearer ${await stack.token({ role: 'BANK', org: 'SOME-BANK' })}` };
    const result = await stack.query(`{ ${selection} }`, undefined, bank);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain(what);
  });

  it('confines an officer to its zone', async () => {
    const officer = { authorization: `Bearer ${await stack.token({ role: 'OFFICER', org: 'officer-1', zone: 'JIEYANG', department: 'customs' })}` };
    const result = await stack.query<Orders>(ORDERS, undefined, officer);
    const zones = new Set(result.data!.enterprises.edges.flatMap((e) => e.node.orders.map((o) => o.zone)));
    expect([...zones]).toEqual(['JIEYANG']);
  });
});

describe('personal data', () => {
  const BUYER = `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { buyer { name phone idNumberMasked } consignee payment { payer { name } } waybill { consignee } } }`;
  interface Buyer {
    order: { buyer: { name: string; phone: string; idNumberMasked: string | null }; consignee: string; payment: { payer: { name: string } }; waybill: { consignee: string } };
  }

  async function anImportOrder(): Promise<{ e: string; o: string }> {
    const all = await stack.query<Orders>(ORDERS);
    const order = all.data!.enterprises.edges.flatMap((e) => e.node.orders).find((o) => o.orderNo.startsWith('I'))!;
    return { e: order.ebpCode, o: order.orderNo };
  }

  it('is masked for everyone by default, and for a pii:read holder who states no purpose', async () => {
    const key = await anImportOrder();
    const scoped = { authorization: `Bearer ${await stack.token({ role: 'REGULATOR', org: 'GD-REG', scopes: ['pii:read'] })}` };
    for (const headers of [undefined, scoped]) {
      const result = await stack.query<Buyer>(BUYER, key, headers);
      expect(result.errors).toBeUndefined();
      const order = result.data!.order;
      expect(order.buyer.name).toMatch(/^\S\*+$/u);
      expect(order.buyer.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(order.payment.payer.name).toMatch(/^\S\*+$/u);
      expect(order.waybill.consignee).toMatch(/^\S\*+$/u);
    }
  });

  it('is in clear for a pii:read holder who states a purpose, except the ID number, which is never', async () => {
    const key = await anImportOrder();
    const headers = {
      authorization: `Bearer ${await stack.token({ role: 'REGULATOR', org: 'GD-REG', scopes: ['pii:read'] })}`,
      'x-purpose': 'case 2026-117: suspected non-genuine trade',
    };
    const result = await stack.query<Buyer>(BUYER, key, headers);
    expect(result.errors).toBeUndefined();
    const order = result.data!.order;
    expect(order.buyer.name).not.toContain('*');
    expect(order.buyer.phone).toMatch(/^1\d{10}$/);
    expect(order.payment.payer.name).toBe(order.buyer.name);
    expect(order.waybill.consignee).toBe(order.consignee);
    expect(order.buyer.idNumberMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
  });

  it('stays masked for a purpose stated without the scope', async () => {
    const key = await anImportOrder();
    const result = await stack.query<Buyer>(BUYER, key, { 'x-purpose': 'curiosity' });
    expect(result.data!.order.buyer.name).toMatch(/^\S\*+$/u);
  });
});
