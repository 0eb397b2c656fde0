import type { Caller } from '@zone/common';
import type { ForexContext } from '../../context';
import { submitPayment } from '../submit-payment';

const payment = {
  payCode: 'Y'.repeat(18), payTransactionId: 'PAY-1', ebpCode: 'P'.repeat(18), orderNo: 'I20260301000000001',
  amountPaid: '10.00', currency: 'CNY', payTime: new Date('2026-03-01T07:05:00.000Z'),
  payer: { name: '张三', idType: '1', idNumber: '440203199001011234' }, zone: 'SHAOGUAN' as const,
};

/** A context whose database would fail any query: these callers are refused before one is sent. */
const context = (caller: Caller | null) =>
  ({ caller, prisma: {}, clock: () => new Date('2026-03-01T08:00:00.000Z'), idHashKey: () => 'key' }) as unknown as ForexContext;

describe('who may submit a payment', () => {
  it.each([
    ['a bank', { organisation: 'BANK-1', role: 'BANK', zone: null, department: null, scopes: [] }],
    ['an officer of commerce', { organisation: 'COMMERCE', role: 'OFFICER', zone: null, department: 'commerce', scopes: [] }],
    ['an unidentified caller', null],
    ['a platform of another zone', { organisation: 'HEYUAN-PLATFORM', role: 'PLATFORM', zone: 'HEYUAN', department: null, scopes: [] }],
  ] as const)('rejects %s', async (_case, caller) => {
    await expect(submitPayment(context(caller as Caller | null), payment, 'IMPORT')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
