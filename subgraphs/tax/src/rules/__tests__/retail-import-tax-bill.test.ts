import Decimal from 'decimal.js';
import { allocateProportionally, retailImportTaxBill, TariffRateUnknownError } from '../retail-import-tax-bill';

describe('freight and insurance shared over the lines in proportion, in whole fen', () => {
  it.each([
    ['exact shares', '10.00', ['300.50', '199.50'], ['6.01', '3.99']],
    ['one fen over two equal lines goes to the first', '0.01', ['1', '1'], ['0.01', '0.00']],
    ['two fen over three equal lines', '0.02', ['1', '1', '1'], ['0.01', '0.01', '0.00']],
    ['a thirds split gives the left-over fen to the first', '1.00', ['1', '1', '1'], ['0.34', '0.33', '0.33']],
    ['the left-over fen goes to the largest remainder', '1.00', ['1', '2'], ['0.33', '0.67']],
    ['nothing to share', '0.00', ['10.00', '20.00'], ['0.00', '0.00']],
    ['free goods share evenly', '10.00', ['0.00', '0.00'], ['5.00', '5.00']],
    ['a free line gets no share beside a priced one', '10.00', ['0.00', '20.00'], ['0.00', '10.00']],
    ['one line takes everything', '12.34', ['5.00'], ['12.34']],
  ])('%s', (_case, total, weights, expected) => {
    expect(allocateProportionally(total, weights)).toEqual(expected);
  });

  it('always adds up exactly to the total', () => {
    const weights = ['0.01', '33.33', '1234.56', '7.77', '0.99', '100.00', '2.50'];
    for (const total of ['0.01', '0.07', '1.00', '9.99', '29.00', '1000.01']) {
      const parts = allocateProportionally(total, weights);
      expect(parts.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2)).toBe(total);
    }
  });

  it.each([
    ['-1.00', ['1'], 'total must not be negative'],
    ['1.001', ['1'], 'total must have at most 2 fractional digits'],
    ['1.00', ['-1'], 'weights[0] must not be negative'],
    ['1.00', [], 'at least one weight'],
  ])('rejects total %s over %j', (total, weights, message) => {
    expect(() => allocateProportionally(total, weights)).toThrow(message);
  });
});

describe('the tax bill of a retail import list (816, 财关税〔2018〕49号)', () => {
  it('taxes each line on its goods plus its share of freight and insurance, 70% within the limits', () => {
    // Line 1: 300.50 + 6.01 freight = 306.51 × 9.1% = 27.89.
    // Line 2: 199.50 + 3.99 = 203.49; CT 203.49 / 0.85 × 15% × 70% = 25.137 -> 25.14;
    //         VAT (203.49 + 35.91) × 13% × 70% = 21.7854 -> 21.79.
    const bill = retailImportTaxBill({
      treatment: 'PREFERENTIAL',
      freight: '10.00',
      insuredFee: '0.00',
      items: [
        { gnum: 2, hsCode: '3304990099', totalPrice: '199.50' },
        { gnum: 1, hsCode: '1901101000', totalPrice: '300.50' },
      ],
    });
    expect(bill.lines.map((l) => [l.gnum, l.freightShare, l.dutiableValue, l.customsTax, l.valueAddedTax, l.consumptionTax, l.totalTax])).toEqual([
      [1, '6.01', '306.51', '0.00', '27.89', '0.00', '27.89'],
      [2, '3.99', '203.49', '0.00', '21.79', '25.14', '46.93'],
    ]);
    expect(bill).toMatchObject({
      dutiableValue: '510.00', customsTax: '0.00', valueAddedTax: '49.68', consumptionTax: '25.14', totalTax: '74.82',
      vatRate: '0.091', consumptionTaxRate: null,
    });
    expect(bill.lines[1]).toMatchObject({ tariffRate: '0', statutoryVatRate: '0.13', vatRate: '0.091', statutoryConsumptionTaxRate: '0.15', consumptionTaxRate: '0.105' });
    expect(bill.lines[1]!.rateBasis).toContain('70% within the retail limits');
  });

  it('adds insurance to the dutiable value like freight', () => {
    const bill = retailImportTaxBill({ treatment: 'PREFERENTIAL', freight: '0.00', insuredFee: '1.00', items: [
      { gnum: 1, hsCode: '1901101000', totalPrice: '100.00' },
      { gnum: 2, hsCode: '1901101000', totalPrice: '100.00' },
      { gnum: 3, hsCode: '1901101000', totalPrice: '100.00' },
    ] });
    expect(bill.lines.map((l) => l.insuredFeeShare)).toEqual(['0.34', '0.33', '0.33']);
    expect(bill.dutiableValue).toBe('301.00');
    // 100.34 × 9.1% = 9.13094 -> 9.13; 100.33 × 9.1% = 9.13003 -> 9.13
    expect(bill.valueAddedTax).toBe('27.39');
  });

  it('charges books the lower 9% VAT at 70%: 6.3%', () => {
    const bill = retailImportTaxBill({ treatment: 'PREFERENTIAL', freight: '0.00', insuredFee: '0.00', items: [{ gnum: 1, hsCode: '4901990000', totalPrice: '100.00' }] });
    expect(bill).toMatchObject({ valueAddedTax: '6.30', totalTax: '6.30', vatRate: '0.063', consumptionTaxRate: '0' });
  });

  it('charges tariff, consumption tax and VAT in full on a full-tax list', () => {
    // tariff 6000 × 14% = 840; CT (6840 / 0.9) × 10% = 760; VAT (6840 + 760) × 13% = 988
    const bill = retailImportTaxBill({ treatment: 'FULL_TAX', freight: '0.00', insuredFee: '0.00', items: [{ gnum: 1, hsCode: '2204210000', totalPrice: '6000.00' }] });
    expect(bill).toMatchObject({ customsTax: '840.00', consumptionTax: '760.00', valueAddedTax: '988.00', totalTax: '2588.00', vatRate: '0.13', consumptionTaxRate: '0.1' });
    expect(bill.lines[0]).toMatchObject({ tariffRate: '0.14' });
  });

  it('refuses to tax a full-tax list in full without a tariff rate for its goods', () => {
    const run = () => retailImportTaxBill({ treatment: 'FULL_TAX', freight: '0.00', insuredFee: '0.00', items: [{ gnum: 1, hsCode: '3304990099', totalPrice: '6000.00' }] });
    expect(run).toThrow(TariffRateUnknownError);
    expect(run).toThrow('no tariff rate is configured for HS code 3304990099');
  });

  it('uses a configured tariff rate', () => {
    const table = { '3304': { tariffRate: '0.01', consumptionTaxRate: '0.15', basis: 'configured' } };
    const bill = retailImportTaxBill({ treatment: 'FULL_TAX', freight: '0.00', insuredFee: '0.00', items: [{ gnum: 1, hsCode: '3304990099', totalPrice: '6000.00' }] }, table);
    // tariff 60.00; CT 6060 / 0.85 × 15% = 1069.41; VAT (6060 + 1069.4118) × 13% = 926.82
    expect(bill).toMatchObject({ customsTax: '60.00', consumptionTax: '1069.41', valueAddedTax: '926.82', totalTax: '2056.23' });
  });

  it('keeps the totals the exact sums of the lines', () => {
    const bill = retailImportTaxBill({ treatment: 'PREFERENTIAL', freight: '17.00', insuredFee: '3.33', items: [
      { gnum: 1, hsCode: '3304990099', totalPrice: '333.33' },
      { gnum: 2, hsCode: '2204210000', totalPrice: '123.45' },
      { gnum: 3, hsCode: '4901990000', totalPrice: '99.99' },
    ] });
    const total = (field: 'dutiableValue' | 'valueAddedTax' | 'consumptionTax' | 'totalTax') =>
      bill.lines.reduce((a, l) => a.plus(l[field]), new Decimal(0)).toFixed(2);
    expect(bill.dutiableValue).toBe('577.10'); // 556.77 goods + 17.00 freight + 3.33 insurance
    expect([bill.valueAddedTax, bill.consumptionTax, bill.totalTax]).toEqual([total('valueAddedTax'), total('consumptionTax'), total('totalTax')]);
    expect(new Decimal(bill.valueAddedTax).plus(bill.consumptionTax).plus(bill.customsTax).toFixed(2)).toBe(bill.totalTax);
  });

  it.each([
    [{ items: [] }, 'a list without goods'],
    [{ items: [{ gnum: 1, hsCode: '1901101000', totalPrice: '1.005' }] }, 'items[0].totalPrice must have at most 2 fractional digits'],
    [{ freight: '-1.00' }, 'total must not be negative'],
  ])('rejects impossible input %j', (override, message) => {
    expect(() => retailImportTaxBill({ treatment: 'PREFERENTIAL', freight: '0.00', insuredFee: '0.00', items: [{ gnum: 1, hsCode: '1901101000', totalPrice: '1.00' }], ...override })).toThrow(message);
  });
});
