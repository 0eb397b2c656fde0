import { rowReaderOf } from '@zone/common';
import { startStack, type Stack } from './support/stack';

/**
 * The loaders read rows through pg (row-reader.ts) where they used Prisma: the rows must be the
 * ones Prisma returns, value for value (BigInt, Decimal, Date, enums and enum lists, JSON, arrays).
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

type AnyPrisma = Record<string, { findMany: (args: unknown) => Promise<Record<string, unknown>[]> }>;

const cases: { department: 'commerce' | 'customs' | 'tax' | 'forex' | 'post' | 'public-security'; model: string; delegate: string; key: string; column: string }[] = [
  { department: 'commerce', model: 'Order', delegate: 'order', key: 'id', column: 'id' },
  { department: 'commerce', model: 'Enterprise', delegate: 'enterprise', key: 'uscc', column: 'uscc' },
  { department: 'commerce', model: 'OrderItem', delegate: 'orderItem', key: 'orderId', column: 'order_id' },
  { department: 'customs', model: 'InventoryList', delegate: 'inventoryList', key: 'id', column: 'id' },
  { department: 'tax', model: 'TaxBill', delegate: 'taxBill', key: 'taxNo', column: 'tax_no' },
  { department: 'forex', model: 'Payment', delegate: 'payment', key: 'id', column: 'id' },
  { department: 'post', model: 'Waybill', delegate: 'waybill', key: 'id', column: 'id' },
  { department: 'post', model: 'TrackingEvent', delegate: 'trackingEvent', key: 'waybillId', column: 'waybill_id' },
  { department: 'public-security', model: 'IdentityCheck', delegate: 'identityCheck', key: 'serialNo', column: 'serial_no' },
];

describe('rows read through pg', () => {
  it.each(cases)('$department $model: the same rows and values as Prisma', async ({ department, model, delegate, key, column }) => {
    const prisma = stack.runtimes[department].prisma as unknown as AnyPrisma;
    const sample = await prisma[delegate]!.findMany({ take: 25, orderBy: { [key]: 'desc' } });
    expect(sample.length).toBeGreaterThan(0);
    const keys = [...new Set(sample.map((row) => row[key]))];
    const expected = await prisma[delegate]!.findMany({ where: { [key]: { in: keys } } });
    const actual = await rowReaderOf(prisma).select<Record<string, unknown>>(model, { where: `t.${column} = ANY($1)` }, [keys.map(String)]);
    const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => JSON.stringify(a, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)).localeCompare(JSON.stringify(b, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))));
    expect(actual).toHaveLength(expected.length);
    expect(byKey(actual)).toEqual(byKey(expected));
    // Same kinds of values, not only equal-looking ones.
    for (const [field, value] of Object.entries(expected[0]!)) {
      const mine = actual.find((row) => String(row[key]) === String(expected[0]![key]))![field];
      expect(Object.prototype.toString.call(mine)).toBe(Object.prototype.toString.call(value));
      if (value !== null && typeof value === 'object') expect((mine as object).constructor).toBe((value as object).constructor);
    }
  });

  it('sends a batch of any size as one statement', async () => {
    const prisma = stack.runtimes.commerce.prisma as unknown as AnyPrisma;
    const ids = (await prisma.order!.findMany({ take: 200, select: { id: true } } as never)).map((row) => String(row.id));
    const before = await stack.sqlCount('commerce');
    const rows = await rowReaderOf(prisma).select('Order', { where: 't.id = ANY($1)' }, [ids]);
    expect(rows).toHaveLength(ids.length);
    expect((await stack.sqlCount('commerce')) - before).toBe(1);
  });
});
