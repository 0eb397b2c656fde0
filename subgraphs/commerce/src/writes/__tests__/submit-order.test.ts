import type { Caller } from '@zone/common';
import type { CommerceContext } from '../../context';
import type { SubmittedOrder } from '../../rules/order-submission';
import { submitOrder } from '../submit-order';

const order: SubmittedOrder = {
  ebpCode: 'P'.repeat(18), orderNo: 'I20260301000000001', direction: 'IMPORT', tradeMode: '9610', ebcCode: 'S'.repeat(18),
  goodsValue: '10.00', freight: '0', discount: '0', taxTotal: '0', actualPaid: '10.00', currency: 'CNY',
  buyer: { name: '张三', idType: '1', idNumber: '440203199001011234', phone: '13812345678' },
  consignee: '张三', consigneeAddress: '韶关市某区某路1号', payCode: 'Y'.repeat(18), payTransactionId: 'PAY-1',
  orderedAt: new Date('2026-03-01T07:00:00.000Z'),
  items: [{ gnum: 1, itemNo: 'SKU-1', itemName: '奶粉', hsCode: '1901101000', qty: '1', unit: '122', price: '10.00', totalPrice: '10.00', country: 'NZL' }],
};

/** A context whose database would fail any query: the caller is refused before one is sent. */
const context = (caller: Caller | null) =>
  ({ caller, prisma: {}, clock: () => new Date(), idHashKey: () => 'key' }) as unknown as CommerceContext;

describe('who may submit an order', () => {
  it.each([
    ['a bank', { organisation: 'BANK-1', role: 'BANK', zone: null, department: null, scopes: [] }],
    ['a regulator', { organisation: 'REG-1', role: 'REGULATOR', zone: null, department: null, scopes: [] }],
    ['an officer of customs', { organisation: 'CUSTOMS', role: 'OFFICER', zone: null, department: 'customs', scopes: [] }],
    ['an unidentified caller', null],
  ] as const)('rejects %s before reading anything', async (_case, caller) => {
    await expect(submitOrder(context(caller as Caller | null), order)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('the zone of a submitted order', () => {
  it('refuses a platform caller of one zone submitting for a platform registered in another', async () => {
    const registered = [
      { uscc: order.ebpCode, zone: 'SHAOGUAN', roles: ['PLATFORM'] },
      { uscc: order.ebcCode, zone: 'SHAOGUAN', roles: ['ECOMMERCE'] },
    ];
    const ctx = {
      caller: { organisation: 'HEYUAN-PLATFORM', role: 'PLATFORM', zone: 'HEYUAN', department: null, scopes: [] },
      prisma: { enterprise: { findMany: async () => registered } },
      clock: () => new Date('2026-03-01T08:00:00.000Z'),
      idHashKey: () => 'key',
    } as unknown as CommerceContext;
    await expect(submitOrder(ctx, order)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: 'A caller of zone HEYUAN may not submit orders of a platform of zone SHAOGUAN',
    });
  });
});
