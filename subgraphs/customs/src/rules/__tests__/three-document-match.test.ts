import { assessRetailImportLimits, type RetailImportLimitAssessment } from '../retail-import-limits';
import { matchThreeDocuments, type MatchListKeys, type MatchOrder, type MatchPayment, type MatchWaybill, type ThreeDocumentMatchInput } from '../three-document-match';

const EBP = '91441500MA4UKXPJ3N';
const CARRIER = '91440300MA5FAKE01X';
const HASH = 'a'.repeat(64);

const order: MatchOrder = { ebpCode: EBP, orderNo: 'SO-1', actualPaid: '100.00', currency: 'CNY', buyerIdHash: HASH, buyerName: '张三' };
const payment: MatchPayment = { ebpCode: EBP, orderNo: 'SO-1', amountPaid: '100.00', currency: 'CNY', payerIdHash: HASH, payerName: '张三' };
const waybill: MatchWaybill = { logisticsCode: CARRIER, logisticsNo: 'YT0001', ebpCode: EBP, orderNo: 'SO-1' };
const list: MatchListKeys = { ebpCode: EBP, orderNo: 'SO-1', logisticsCode: CARRIER, logisticsNo: 'YT0001' };
const withinLimits: RetailImportLimitAssessment = { outcome: 'PREFERENTIAL', reasons: [] };

const importInput = (override: Partial<Extract<ThreeDocumentMatchInput, { direction: 'IMPORT' }>> = {}): ThreeDocumentMatchInput => ({
  direction: 'IMPORT',
  order,
  payment,
  waybill,
  list,
  identityCheck: { verdict: 'MATCH', idHash: HASH },
  retailLimits: withinLimits,
  ...override,
});

const codesOf = (input: ThreeDocumentMatchInput) => matchThreeDocuments(input).reasons.map((r) => r.code);

describe('three-document matching (三单对碰, 海关总署公告2018年第194号)', () => {
  it('accepts an import whose order, payment, waybill and list agree and whose buyer is verified', () => {
    expect(matchThreeDocuments(importInput())).toEqual({ matched: true, reasons: [] });
  });

  it.each<[string, Partial<Extract<ThreeDocumentMatchInput, { direction: 'IMPORT' }>>, string[]]>([
    ['without a payment', { payment: null }, ['PAYMENT_MISSING']],
    ['without a waybill', { waybill: null }, ['WAYBILL_MISSING']],
    ['without payment or waybill', { payment: null, waybill: null }, ['PAYMENT_MISSING', 'WAYBILL_MISSING']],
    ['whose payment is for another order number', { payment: { ...payment, orderNo: 'SO-2' } }, ['ORDER_KEY_MISMATCH']],
    ['whose payment is for another platform', { payment: { ...payment, ebpCode: '91441500MA4UKXPJ00' } }, ['ORDER_KEY_MISMATCH']],
    ['whose waybill is for another order', { waybill: { ...waybill, orderNo: 'SO-2' } }, ['ORDER_KEY_MISMATCH']],
    ['whose list declares another order', { list: { ...list, orderNo: 'SO-2' } }, ['ORDER_KEY_MISMATCH']],
    ['whose list declares another waybill number', { list: { ...list, logisticsNo: 'YT0002' } }, ['ORDER_KEY_MISMATCH']],
    ['whose list declares another carrier', { list: { ...list, logisticsCode: '91440300MA5FAKE02X' } }, ['ORDER_KEY_MISMATCH']],
    ['whose keys differ only in case', { payment: { ...payment, orderNo: 'so-1' } }, ['ORDER_KEY_MISMATCH']],
    ['paid one fen less than the order', { payment: { ...payment, amountPaid: '99.99' } }, ['AMOUNT_MISMATCH']],
    ['paid one fen more than the order', { payment: { ...payment, amountPaid: '100.01' } }, ['AMOUNT_MISMATCH']],
    ['paid in another currency', { payment: { ...payment, currency: 'USD' } }, ['AMOUNT_MISMATCH']],
    ['paid by someone with another ID number', { payment: { ...payment, payerIdHash: 'b'.repeat(64) } }, ['BUYER_PAYER_MISMATCH']],
    ['paid by a payer without ID number', { payment: { ...payment, payerIdHash: null } }, ['BUYER_PAYER_MISMATCH']],
    ['paid by someone of another name', { payment: { ...payment, payerName: '李四' } }, ['BUYER_PAYER_MISMATCH']],
    ['whose buyer was never checked', { identityCheck: null }, ['IDENTITY_NOT_VERIFIED']],
    ['whose buyer ID is registered under another name', { identityCheck: { verdict: 'MISMATCH', idHash: HASH } }, ['IDENTITY_NOT_VERIFIED']],
    ['whose buyer ID is not registered', { identityCheck: { verdict: 'NO_RECORD', idHash: HASH } }, ['IDENTITY_NOT_VERIFIED']],
    ['whose buyer must be re-verified under a joint measure', { identityCheck: { verdict: 'REVERIFICATION_REQUIRED', idHash: HASH } }, ['IDENTITY_NOT_VERIFIED']],
    ['verified by a MATCH of another resident\'s ID number', { identityCheck: { verdict: 'MATCH', idHash: 'c'.repeat(64) } }, ['IDENTITY_NOT_VERIFIED']],
    ['verified by a check whose ID number is unknown', { identityCheck: { verdict: 'MATCH', idHash: null } }, ['IDENTITY_NOT_VERIFIED']],
    ['whose identity attestation does not verify (revoked)', { identityCheck: { verdict: 'MATCH', idHash: HASH, attestationProblem: 'REVOKED (superseded)' } }, ['IDENTITY_NOT_VERIFIED']],
    ['whose buyer has no ID number on the order', { order: { ...order, buyerIdHash: null }, payment: { ...payment, payerIdHash: null }, identityCheck: { verdict: 'MATCH', idHash: HASH } }, ['IDENTITY_NOT_VERIFIED']],
    [
      'above the per-order limit',
      { retailLimits: assessRetailImportLimits({ dutiableValue: '5000.01', itemCount: 2, indivisible: false, usedThisYear: '0' }) },
      ['SINGLE_LIMIT_EXCEEDED'],
    ],
    [
      'above the annual limit',
      { retailLimits: assessRetailImportLimits({ dutiableValue: '100.00', itemCount: 1, indivisible: false, usedThisYear: '25900.01' }) },
      ['ANNUAL_LIMIT_EXCEEDED'],
    ],
    [
      'above both limits',
      { retailLimits: assessRetailImportLimits({ dutiableValue: '6000.00', itemCount: 2, indivisible: false, usedThisYear: '25000' }) },
      ['SINGLE_LIMIT_EXCEEDED', 'ANNUAL_LIMIT_EXCEEDED'],
    ],
  ])('rejects an import %s', (_description, override, codes) => {
    const result = matchThreeDocuments(importInput(override));
    expect(result.matched).toBe(false);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    for (const reason of result.reasons) expect(reason.message).not.toBe('');
  });

  it.each([
    ['100.0', '100.00'],
    ['100', '100.00'],
    ['0100.00', '100'],
  ])('compares amounts as exact decimals: %s equals %s', (actualPaid, amountPaid) => {
    expect(codesOf(importInput({ order: { ...order, actualPaid }, payment: { ...payment, amountPaid } }))).toEqual([]);
  });

  it('accepts a single indivisible item over 5,000 at full tax within the annual limit', () => {
    const retailLimits = assessRetailImportLimits({ dutiableValue: '5000.01', itemCount: 1, indivisible: true, usedThisYear: '0' });
    expect(matchThreeDocuments(importInput({ retailLimits })).matched).toBe(true);
  });

  it('compares names after folding full-width characters and surrounding spaces', () => {
    const ascii = { ...order, buyerName: 'Li Wei' };
    expect(codesOf(importInput({ order: ascii, payment: { ...payment, payerName: ' Ｌｉ Ｗｅｉ ' } }))).toEqual([]);
    expect(codesOf(importInput({ order: ascii, payment: { ...payment, payerName: 'Li  Wei' } }))).toEqual(['BUYER_PAYER_MISMATCH']);
  });

  it('lists every failure at once, in a fixed order, one reason per code', () => {
    const result = matchThreeDocuments(
      importInput({
        waybill: null,
        list: { ...list, orderNo: 'SO-9' },
        payment: { ...payment, orderNo: 'SO-8', amountPaid: '99.00', currency: 'USD', payerName: '李四', payerIdHash: null },
        identityCheck: { verdict: 'NO_RECORD', idHash: HASH },
        retailLimits: assessRetailImportLimits({ dutiableValue: '6000.00', itemCount: 2, indivisible: false, usedThisYear: '25000' }),
      }),
    );
    expect(result.reasons.map((r) => r.code)).toEqual([
      'WAYBILL_MISSING',
      'ORDER_KEY_MISMATCH',
      'AMOUNT_MISMATCH',
      'BUYER_PAYER_MISMATCH',
      'IDENTITY_NOT_VERIFIED',
      'SINGLE_LIMIT_EXCEEDED',
      'ANNUAL_LIMIT_EXCEEDED',
    ]);
    const message = (code: string) => result.reasons.find((r) => r.code === code)?.message;
    expect(message('ORDER_KEY_MISMATCH')).toBe(`payment is for order ${EBP}/SO-8, not ${EBP}/SO-1; list is for order ${EBP}/SO-9, not ${EBP}/SO-1`);
    expect(message('AMOUNT_MISMATCH')).toBe('order actually paid 100.00, payment is 99.00; order is in CNY, payment in USD');
    expect(message('BUYER_PAYER_MISMATCH')).toBe("payer's ID number differs from the buyer's; payer's name differs from the buyer's");
  });

  it('never puts names or ID hashes in its messages', () => {
    const result = matchThreeDocuments(importInput({ payment: { ...payment, payerName: '李四', payerIdHash: 'b'.repeat(64) }, identityCheck: { verdict: 'MISMATCH', idHash: HASH } }));
    const text = result.reasons.map((r) => r.message).join(' ');
    for (const secret of ['张三', '李四', HASH, 'b'.repeat(64)]) expect(text).not.toContain(secret);
  });

  it('does not ask public security or the personal limits about an export buyer abroad', () => {
    const abroad = { ...order, buyerIdHash: null, buyerName: 'John Smith' };
    const input: ThreeDocumentMatchInput = { direction: 'EXPORT', order: abroad, payment: { ...payment, payerIdHash: null, payerName: 'John Smith' }, waybill, list };
    expect(matchThreeDocuments(input)).toEqual({ matched: true, reasons: [] });
  });

  it('still requires payment, waybill, keys, amount and payer for an export', () => {
    const input: ThreeDocumentMatchInput = { direction: 'EXPORT', order, payment: { ...payment, amountPaid: '1.00', payerName: 'X' }, waybill: null, list };
    expect(codesOf(input)).toEqual(['WAYBILL_MISSING', 'AMOUNT_MISMATCH', 'BUYER_PAYER_MISMATCH']);
  });

  it('rejects an amount that is not a plain decimal', () => {
    expect(() => matchThreeDocuments(importInput({ payment: { ...payment, amountPaid: '1e2' } }))).toThrow('payment.amountPaid');
  });
});

describe('public security\'s identity attestation in matching (监管互认)', () => {
  it('names why the attestation offered was not recognised', () => {
    const result = matchThreeDocuments(importInput({ identityCheck: { verdict: 'MATCH', idHash: HASH, attestationProblem: 'public-security\'s BUYER_IDENTITY_VERIFIED attestation does not verify: REVOKED' } }));
    expect(result.reasons).toEqual([{ code: 'IDENTITY_NOT_VERIFIED', message: 'public security\'s attestation of the buyer\'s identity does not verify: public-security\'s BUYER_IDENTITY_VERIFIED attestation does not verify: REVOKED' }]);
  });
});
