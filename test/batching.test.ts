import { DEPARTMENTS, type Department } from '@zone/common';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const query = (perEnterprise: number) => `{ enterprises(first: 100) { edges { node { uscc
  orders(first: ${perEnterprise}) { orderNo
    payment { amountPaid payer { name } } waybill { logisticsNo status events { code } }
    inventoryList { invtNo status items { hsCode } } taxBill { totalTax }
    buyerIdentityCheck { verdict } ebc { name } items { hsCode } } } } } }`;

async function statementsFor(perEnterprise: number): Promise<{ orders: number; statements: Record<Department, number> }> {
  const before = Object.fromEntries(await Promise.all(DEPARTMENTS.map(async (d) => [d, await stack.sqlCount(d)]))) as Record<Department, number>;
  const result = await stack.query<{ enterprises: { edges: { node: { orders: unknown[] } }[] } }>(query(perEnterprise));
  expect(result.errors).toBeUndefined();
  const orders = result.data!.enterprises.edges.reduce((sum, e) => sum + e.node.orders.length, 0);
  const statements = {} as Record<Department, number>;
  for (const d of DEPARTMENTS) statements[d] = (await stack.sqlCount(d)) - before[d];
  return { orders, statements };
}

describe('batching', () => {
  it('sends the same number of SQL statements to each department for 50 orders as for 200', async () => {
    const small = await statementsFor(1);
    const large = await statementsFor(4);
    expect(small.orders).toBeGreaterThanOrEqual(50);
    expect(large.orders).toBeGreaterThanOrEqual(200);
    expect(large.statements).toEqual(small.statements);
    // Every department took part, each in a handful of statements.
    for (const d of DEPARTMENTS) {
      expect(small.statements[d]).toBeGreaterThan(0);
      expect(small.statements[d]).toBeLessThanOrEqual(6);
    }
  });
});
