import { canonicalJson, contentHash, hashIdNumber } from '@zone/common';
import { Prisma, type Order, type OrderItem } from '../../generated/prisma/client';
import type { SubmittedOrder } from '../../rules/order-submission';
import { orderColumnsOf, orderContentOf, orderContentOfRow } from '../order-content';

const KEY = 'test-key-of-the-keyed-hash';
const ID_NUMBER = '440203199001011234';
const hashId = (idNumber: string) => hashIdNumber(idNumber, KEY);

function submitted(overrides: Partial<SubmittedOrder> = {}): SubmittedOrder {
  return {
    ebpCode: 'P'.repeat(18), orderNo: 'I20260301000000001', direction: 'IMPORT', tradeMode: '9610', ebcCode: 'S'.repeat(18),
    goodsValue: '500', freight: '10.0', discount: '5', taxTotal: '45.5', actualPaid: '550.50', currency: 'CNY',
    buyer: { name: '张三', idType: '1', idNumber: ID_NUMBER, phone: '13812345678' },
    consignee: '张三', consigneeAddress: '韶关市某区某路1号', payCode: 'Y'.repeat(18), payTransactionId: 'PAY-1',
    orderedAt: new Date('2026-03-01T07:00:00.000Z'),
    items: [
      { gnum: 1, itemNo: 'SKU-1', itemName: '奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.5', country: 'NZL' },
      { gnum: 2, itemNo: 'SKU-2', itemName: '精华液', hsCode: '3304990099', qty: '1', unit: '142', price: '199.50', totalPrice: '199.50', country: 'FRA' },
    ],
    ...overrides,
  };
}

/** The order and item rows as Prisma reads them back, decimals as Prisma.Decimal. */
function storedRows(order: SubmittedOrder): { row: Order; items: OrderItem[] } {
  const columns = orderColumnsOf(orderContentOf(order, hashId));
  const decimal = (value: string) => new Prisma.Decimal(value);
  const row: Order = {
    ...columns,
    id: 7n,
    zone: 'SHAOGUAN',
    goodsValue: decimal(columns.goodsValue), freight: decimal(columns.freight), discount: decimal(columns.discount),
    taxTotal: decimal(columns.taxTotal), actualPaid: decimal(columns.actualPaid),
    contentHash: null,
    revision: 1,
  };
  const items = [...order.items].reverse().map((item) => ({
    ...item, orderId: 7n, qty: decimal(`${item.qty}.0000`), price: decimal(item.price), totalPrice: decimal(item.totalPrice),
  }));
  return { row, items };
}

describe('the recorded content of an order submission', () => {
  it('never contains the buyer\'s ID number, only its keyed hash and masked form', () => {
    const content = orderContentOf(submitted(), hashId);
    expect(canonicalJson(content)).not.toContain(ID_NUMBER);
    expect(content.buyer).toEqual({ name: '张三', idType: '1', idHash: hashIdNumber(ID_NUMBER, KEY), idMasked: '440***********1234', phone: '13812345678' });
  });

  it('is the same for the same amounts in another notation and the items in another order', () => {
    const reordered = submitted({ goodsValue: '500.00', freight: '10', taxTotal: '45.50', items: [...submitted().items].reverse() });
    expect(contentHash(orderContentOf(reordered, hashId))).toBe(contentHash(orderContentOf(submitted(), hashId)));
  });

  it('differs when one amount changes by a fen or the buyer\'s ID number changes', () => {
    const base = contentHash(orderContentOf(submitted(), hashId));
    expect(contentHash(orderContentOf(submitted({ freight: '10.01', actualPaid: '550.51' }), hashId))).not.toBe(base);
    const otherBuyer = submitted({ buyer: { ...submitted().buyer, idNumber: '440203199001011250' } });
    expect(contentHash(orderContentOf(otherBuyer, hashId))).not.toBe(base);
  });

  it('is the same when read back from the stored rows, so an order of the demo data submitted again is UNCHANGED', () => {
    const order = submitted();
    const { row, items } = storedRows(order);
    expect(orderContentOfRow(row, items)).toEqual(orderContentOf(order, hashId));
  });

  it('keeps an export buyer without ID number as such', () => {
    const order = submitted({ direction: 'EXPORT', buyer: { name: 'John Smith', idType: '2', idNumber: null, phone: '+10123456789' } });
    expect(orderContentOf(order, () => { throw new Error('no ID number to hash'); }).buyer).toEqual({
      name: 'John Smith', idType: '2', idHash: null, idMasked: null, phone: '+10123456789',
    });
  });
});
