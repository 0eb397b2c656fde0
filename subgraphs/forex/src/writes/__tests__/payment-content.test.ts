import { canonicalJson, contentHash, hashIdNumber } from '@zone/common';
import { Prisma, type Payment } from '../../generated/prisma/client';
import type { SubmittedPayment } from '../../rules/payment-submission';
import { paymentColumnsOf, paymentContentOf, paymentContentOfRow } from '../payment-content';

const KEY = 'test-key-of-the-keyed-hash';
const ID_NUMBER = '440203199001011234';
const hashId = (idNumber: string) => hashIdNumber(idNumber, KEY);

function submitted(overrides: Partial<SubmittedPayment> = {}): SubmittedPayment & { zone: 'SHAOGUAN' } {
  return {
    payCode: 'Y'.repeat(18), payTransactionId: 'PAY-20260301-0001', ebpCode: 'P'.repeat(18), orderNo: 'I20260301000000001',
    amountPaid: '550.5', currency: 'CNY', payTime: new Date('2026-03-01T07:05:00.000Z'),
    payer: { name: '张三', idType: '1', idNumber: ID_NUMBER }, zone: 'SHAOGUAN',
    ...overrides,
  };
}

describe('the recorded content of a payment submission', () => {
  it('never contains the payer\'s ID number, only its keyed hash and masked form', () => {
    const content = paymentContentOf(submitted(), 'IMPORT', hashId);
    expect(canonicalJson(content)).not.toContain(ID_NUMBER);
    expect(content.payer).toEqual({ name: '张三', idType: '1', idHash: hashIdNumber(ID_NUMBER, KEY), idMasked: '440***********1234' });
  });

  it('is the same for the same amount in another notation', () => {
    expect(contentHash(paymentContentOf(submitted({ amountPaid: '550.50' }), 'IMPORT', hashId)))
      .toBe(contentHash(paymentContentOf(submitted(), 'IMPORT', hashId)));
  });

  it('differs between a 411 payment and a 403 payment received', () => {
    expect(contentHash(paymentContentOf(submitted(), 'EXPORT', hashId))).not.toBe(contentHash(paymentContentOf(submitted(), 'IMPORT', hashId)));
  });

  it('is the same when read back from the stored row, so a payment of the demo data submitted again is UNCHANGED', () => {
    const content = paymentContentOf(submitted(), 'IMPORT', hashId);
    const columns = paymentColumnsOf(content);
    const row: Payment = { ...columns, id: 3n, amountPaid: new Prisma.Decimal(columns.amountPaid), contentHash: null, revision: 1, ebcCode: null };
    expect(paymentContentOfRow(row)).toEqual(content);
  });
});
