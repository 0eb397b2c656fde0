import type { FieldProblem } from '@zone/common';
import type { GraphQLError } from 'graphql';
import { ALLOWED_CLOCK_SKEW_MS, checkPaymentSubmission, type PaymentDirection, type SubmittedPayment } from '../payment-submission';

const NOW = new Date('2026-03-01T08:00:00.000Z');

function payment(overrides: Partial<SubmittedPayment> = {}): SubmittedPayment {
  return {
    payCode: 'Y'.repeat(18), payTransactionId: 'PAY-20260301-0001', ebpCode: 'P'.repeat(18), orderNo: 'I20260301000000001',
    amountPaid: '550.50', currency: 'CNY', payTime: new Date('2026-03-01T07:05:00.000Z'),
    payer: { name: '张三', idType: '1', idNumber: '440203199001011234' },
    ...overrides,
  };
}

function problemsOf(submitted: SubmittedPayment, direction: PaymentDirection = 'IMPORT'): FieldProblem[] {
  try {
    checkPaymentSubmission(submitted, direction, NOW).throwIfAny();
    return [];
  } catch (error) {
    return (error as GraphQLError).extensions.problems as FieldProblem[];
  }
}

const fields = (submitted: SubmittedPayment, direction?: PaymentDirection) => problemsOf(submitted, direction).map((p) => p.field);
const ABROAD = { name: 'John Smith', idType: '2', idNumber: null };

describe('payment submission checks (411 payment / 403 payment received)', () => {
  it('accepts an import payment by a resident', () => {
    expect(problemsOf(payment())).toEqual([]);
  });

  it('accepts a payment received from a payer abroad for an export order', () => {
    expect(problemsOf(payment({ currency: 'USD', payer: ABROAD }), 'EXPORT')).toEqual([]);
  });

  describe('amountPaid greater than zero, to the fen', () => {
    it.each([
      ['one fen', '0.01', []],
      ['zero', '0.00', ['input.amountPaid']],
      ['negative', '-0.01', ['input.amountPaid']],
      ['a thousandth', '1.005', ['input.amountPaid']],
      ['not plain decimal notation', '1e3', ['input.amountPaid']],
    ])('%s (%s)', (_case, amountPaid, expected) => {
      expect(fields(payment({ amountPaid }))).toEqual(expected);
    });

    it('says why', () => {
      expect(problemsOf(payment({ amountPaid: '0' }))).toEqual([{ field: 'input.amountPaid', reason: 'must be greater than zero' }]);
    });
  });

  describe('payTime not in the future, 5 minutes of clock difference allowed', () => {
    it.each([
      ['a day ago', -86_400_000, []],
      ['exactly 5 minutes ahead', ALLOWED_CLOCK_SKEW_MS, []],
      ['5 minutes and 1 ms ahead', ALLOWED_CLOCK_SKEW_MS + 1, ['input.payTime']],
    ])('%s', (_case, offset, expected) => {
      expect(fields(payment({ payTime: new Date(NOW.getTime() + offset) }))).toEqual(expected);
    });
  });

  describe('payer identification', () => {
    it.each([
      ['import payer with resident ID', 'IMPORT', '1', '440203199001011234', []],
      ['import payer without ID number', 'IMPORT', '1', null, ['input.payer.idNumber']],
      ['import payer abroad', 'IMPORT', '2', null, ['input.payer.idType']],
      ['export payer abroad', 'EXPORT', '2', null, []],
      ['ID number under another ID type', 'EXPORT', '2', '440203199001011234', ['input.payer.idNumber']],
      ['malformed ID type', 'EXPORT', 'passport', null, ['input.payer.idType']],
    ] as const)('%s', (_case, direction, idType, idNumber, expected) => {
      expect(fields(payment({ payer: { name: '张三', idType, idNumber } }), direction)).toEqual(expected);
    });

    it('rejects a blank payer name', () => {
      expect(fields(payment({ payer: { ...payment().payer, name: ' ' } }))).toEqual(['input.payer.name']);
    });
  });

  describe('keys of 1 to 60 characters', () => {
    it.each([
      ['payTransactionId of 60 characters', { payTransactionId: 'T'.repeat(60) }, []],
      ['payTransactionId of 61 characters', { payTransactionId: 'T'.repeat(61) }, ['input.payTransactionId']],
      ['empty payTransactionId', { payTransactionId: '' }, ['input.payTransactionId']],
      ['orderNo with a leading space', { orderNo: ' I2026' }, ['input.orderNo']],
      ['orderNo of 61 characters', { orderNo: 'N'.repeat(61) }, ['input.orderNo']],
    ])('%s', (_case, overrides, expected) => {
      expect(fields(payment(overrides))).toEqual(expected);
    });
  });

  it('reports every wrong field of one submission at once', () => {
    const submitted = payment({
      payTransactionId: '',
      amountPaid: '0',
      payTime: new Date(NOW.getTime() + 86_400_000),
      payer: { name: '张三', idType: '1', idNumber: null },
    });
    expect(fields(submitted)).toEqual(['input.payTransactionId', 'input.amountPaid', 'input.payTime', 'input.payer.idNumber']);
  });
});
