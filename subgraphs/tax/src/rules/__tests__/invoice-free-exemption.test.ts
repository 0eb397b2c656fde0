import {
  DEFAULT_REFUND_CANCELLED_HS_PREFIXES,
  exportRecordProblems,
  invoiceFreeExemption,
  type ExportGoodsRecord,
  type InvoiceFreeExemptionInput,
} from '../invoice-free-exemption';

const record: ExportGoodsRecord = {
  exportDate: new Date('2026-03-02T02:00:00Z'),
  goodsName: 'ceramic tea set',
  unit: 'set',
  qty: '3',
  unitPrice: '12.50',
  amount: '37.50',
};

const eligible: InvoiceFreeExemptionInput = {
  zone: 'CHAOZHOU',
  registeredZone: 'CHAOZHOU',
  ecommerceEnterprise: true,
  record,
  inventoryList: { invtNo: '51002026E000000001', status: 800, zone: 'CHAOZHOU' },
  hsCode: '6912001000',
};

const codes = (input: InvoiceFreeExemptionInput, prefixes?: readonly string[]) =>
  invoiceFreeExemption(input, prefixes ? { refundCancelledHsPrefixes: prefixes } : {}).reasons.map((r) => r.code);

describe('无票免税 export exemption without purchase invoices (财税〔2018〕103号)', () => {
  it('exempts goods that meet all three conditions of the notice', () => {
    expect(invoiceFreeExemption(eligible)).toEqual({ exempt: true, reasons: [] });
  });

  it.each([
    ['released (800)', 800, []],
    ['cleared (899)', 899, []],
    ['stored only (1)', 1, ['NOT_RELEASED_BY_CUSTOMS']],
    ['accepted but not released (120)', 120, ['NOT_RELEASED_BY_CUSTOMS']],
    ['under manual review (300)', 300, ['NOT_RELEASED_BY_CUSTOMS']],
    ['adjudicated, not yet released (399)', 399, ['NOT_RELEASED_BY_CUSTOMS']],
    ['under inspection (500)', 500, ['NOT_RELEASED_BY_CUSTOMS']],
    ['rejected (100)', 100, ['NOT_RELEASED_BY_CUSTOMS']],
    ['a processing error (-1)', -1, ['NOT_RELEASED_BY_CUSTOMS']],
  ])('relies on customs release: a list %s gives %j', (_case, status, expected) => {
    expect(codes({ ...eligible, inventoryList: { ...eligible.inventoryList!, status } })).toEqual(expected);
  });

  it.each([
    ['released, its attestation verified', 800, { recognised: true as const }, []],
    ['released, its attestation revoked', 800, { recognised: false as const, problem: 'REVOKED' }, ['RELEASE_NOT_ATTESTED']],
    ['cleared, its attestation of another list', 899, { recognised: false as const, problem: 'of another list' }, ['RELEASE_NOT_ATTESTED']],
    ['not released: the status is the reason, not the attestation', 120, { recognised: false as const, problem: 'none' }, ['NOT_RELEASED_BY_CUSTOMS']],
    ['released before customs signed releases (no attestation asked for)', 800, undefined, []],
  ])('rests on customs\' release attestation (监管互认): %s', (_case, status, releaseRecognition, expected) => {
    const input = { ...eligible, inventoryList: { ...eligible.inventoryList!, status }, ...(releaseRecognition ? { releaseRecognition } : {}) };
    expect(codes(input)).toEqual(expected);
  });

  it('refuses goods customs has no list for', () => {
    const result = invoiceFreeExemption({ ...eligible, inventoryList: null });
    expect(result.exempt).toBe(false);
    expect(result.reasons).toEqual([{ code: 'NOT_RELEASED_BY_CUSTOMS', message: 'customs has no inventory list for the goods' }]);
  });

  it.each<[string, Partial<InvoiceFreeExemptionInput>, string[]]>([
    ['an enterprise registered in another zone', { registeredZone: 'JIEYANG' }, ['NOT_REGISTERED_IN_ZONE']],
    ['an enterprise registered in no pilot zone', { registeredZone: null, ecommerceEnterprise: false }, ['NOT_REGISTERED_IN_ZONE']],
    ['an enterprise of the zone not registered as e-commerce enterprise', { ecommerceEnterprise: false }, ['NOT_ECOMMERCE_ENTERPRISE']],
    ['a platform of another zone', { registeredZone: 'JIEYANG', ecommerceEnterprise: false }, ['NOT_REGISTERED_IN_ZONE', 'NOT_ECOMMERCE_ENTERPRISE']],
    ['goods declared through another zone\'s customs', { inventoryList: { invtNo: '51002026E000000001', status: 899, zone: 'SHANWEI' } }, ['ZONE_CUSTOMS_MISMATCH']],
    ['an unreleased list of another zone', { inventoryList: { invtNo: '51002026E000000001', status: 500, zone: 'SHANWEI' } }, ['NOT_RELEASED_BY_CUSTOMS', 'ZONE_CUSTOMS_MISMATCH']],
    ['goods whose export refund was cancelled (coke, 2704)', { hsCode: '2704001000' }, ['REFUND_CANCELLED_GOODS']],
    [
      'everything wrong at once',
      { registeredZone: null, record: { ...record, unit: '' }, inventoryList: { invtNo: 'X', status: 2, zone: 'YUNFU' }, hsCode: '4402100000' },
      ['NOT_REGISTERED_IN_ZONE', 'EXPORT_RECORD_INCOMPLETE', 'NOT_RELEASED_BY_CUSTOMS', 'ZONE_CUSTOMS_MISMATCH', 'REFUND_CANCELLED_GOODS'],
    ],
  ])('refuses %s, listing every reason', (_case, override, expected) => {
    expect(codes({ ...eligible, ...override })).toEqual(expected);
  });

  it('names the zones in its messages', () => {
    const [reason] = invoiceFreeExemption({ ...eligible, registeredZone: 'JIEYANG' }).reasons;
    expect(reason?.message).toBe('the enterprise is registered in JIEYANG, not in CHAOZHOU where the export is recorded');
  });

  describe('refund-cancelled goods', () => {
    it.each([
      ['matches a 4-digit heading', '2701120010', ['2701'], true],
      ['matches a full 10-digit code', '6912001000', ['6912001000'], true],
      ['matches a 2-digit chapter', '6912001000', ['69'], true],
      ['does not match a neighbouring heading', '2702100000', ['2701'], false],
      ['does not match on a suffix', '1227010000', ['2701'], false],
      ['an empty set cancels nothing', '2704001000', [], false],
    ])('%s', (_case, hsCode, prefixes, cancelled) => {
      expect(codes({ ...eligible, hsCode }, prefixes).includes('REFUND_CANCELLED_GOODS')).toBe(cancelled);
    });

    it('exports an illustrative default of valid HS prefixes', () => {
      expect(DEFAULT_REFUND_CANCELLED_HS_PREFIXES.length).toBeGreaterThan(0);
      for (const prefix of DEFAULT_REFUND_CANCELLED_HS_PREFIXES) expect(prefix).toMatch(/^\d{2,10}$/);
    });

    it.each([
      [['27a1'], 'refundCancelledHsPrefixes[0]'],
      [['2701', '2'], 'refundCancelledHsPrefixes[1]'],
    ])('rejects a malformed configured prefix %j', (prefixes, field) => {
      expect(() => invoiceFreeExemption(eligible, { refundCancelledHsPrefixes: prefixes })).toThrow(field);
    });

    it.each(['27011200', '27011200101', '2701-12-00'])('rejects HS code %s that is not 10 digits', (hsCode) => {
      expect(() => invoiceFreeExemption({ ...eligible, hsCode })).toThrow('hsCode must be 10 digits');
    });
  });

  describe('the platform export record', () => {
    it.each<[string, Partial<ExportGoodsRecord>, string[]]>([
      ['a complete record', {}, []],
      ['amount exactly qty × unitPrice with different scale', { qty: '3.000', unitPrice: '12.5', amount: '37.5' }, []],
      ['a fractional quantity', { qty: '0.125', unitPrice: '8.00', amount: '1.00' }, []],
      ['a free sample at price zero', { unitPrice: '0', amount: '0.00' }, []],
      ['no export date', { exportDate: null }, ['exportDate is missing']],
      ['an invalid export date', { exportDate: new Date('not a date') }, ['exportDate is missing']],
      ['no goods name', { goodsName: null }, ['goodsName is missing']],
      ['a blank goods name', { goodsName: '   ' }, ['goodsName is missing']],
      ['no unit', { unit: null }, ['unit is missing']],
      ['no quantity', { qty: null }, ['qty is missing']],
      ['no unit price', { unitPrice: '' }, ['unitPrice is missing']],
      ['no amount', { amount: null }, ['amount is missing']],
      ['a zero quantity', { qty: '0', amount: '0' }, ['qty must be greater than zero']],
      ['a negative unit price', { unitPrice: '-12.50', amount: '-37.50' }, ['unitPrice must not be negative', 'amount must not be negative']],
      ['a quantity in exponent notation', { qty: '3e0' }, ['qty must be a plain decimal string such as "1234.56"']],
      ['amount one fen above qty × unitPrice', { amount: '37.51' }, ['amount 37.51 is not qty × unitPrice = 37.5']],
      ['amount one fen below qty × unitPrice', { amount: '37.49' }, ['amount 37.49 is not qty × unitPrice = 37.5']],
      ['amount rounded from a product with more decimals', { qty: '3', unitPrice: '0.333', amount: '1.00' }, ['amount 1.00 is not qty × unitPrice = 0.999']],
      ['several gaps at once', { goodsName: null, unit: null, amount: null }, ['goodsName is missing', 'unit is missing', 'amount is missing']],
    ])('%s', (_case, override, expected) => {
      expect(exportRecordProblems({ ...record, ...override })).toEqual(expected);
    });

    it('compares large products exactly, beyond 20 significant digits', () => {
      // 123456789.123 × 98765432.19 = 12193263134522786.06937 (22 significant digits); at decimal.js's
      // default precision of 20 the product would round to ...786.069 and match the wrong amount.
      const big = { qty: '123456789.123', unitPrice: '98765432.19' };
      expect(exportRecordProblems({ ...record, ...big, amount: '12193263134522786.06937' })).toEqual([]);
      expect(exportRecordProblems({ ...record, ...big, amount: '12193263134522786.069' })).toHaveLength(1);
    });

    it('turns an incomplete record into one reason naming every gap', () => {
      const result = invoiceFreeExemption({ ...eligible, record: { ...record, exportDate: null, amount: '40.00' } });
      expect(result).toEqual({
        exempt: false,
        reasons: [{
          code: 'EXPORT_RECORD_INCOMPLETE',
          message: 'the platform export record is incomplete: exportDate is missing; amount 40.00 is not qty × unitPrice = 37.5',
        }],
      });
    });
  });
});
