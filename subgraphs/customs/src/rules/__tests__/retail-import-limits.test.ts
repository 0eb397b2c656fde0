import {
  ANNUAL_LIMIT_CNY,
  SINGLE_TRANSACTION_LIMIT_CNY,
  annualUsageAfter,
  assessRetailImportLimits,
  chinaCalendarYear,
  countsTowardAnnualLimit,
  retailTaxTreatmentOf,
  type RetailImportLimitInput,
  type RetailImportLimitOutcome,
} from '../retail-import-limits';

const several = { itemCount: 3, indivisible: false };
const oneIndivisible = { itemCount: 1, indivisible: true };
const oneDivisible = { itemCount: 1, indivisible: false };
const twoIndivisible = { itemCount: 2, indivisible: true };

describe('retail import limits (财关税〔2018〕49号: CNY 5,000 per order, CNY 26,000 per year)', () => {
  it('states the limits of the notice', () => {
    expect(SINGLE_TRANSACTION_LIMIT_CNY.toFixed(2)).toBe('5000.00');
    expect(ANNUAL_LIMIT_CNY.toFixed(2)).toBe('26000.00');
  });

  it.each<[string, Pick<RetailImportLimitInput, 'itemCount' | 'indivisible'>, string, string, RetailImportLimitOutcome, string[]]>([
    // description, items, dutiable value, used this year, outcome, reason codes
    ['a small order', several, '100.00', '0', 'PREFERENTIAL', []],
    ['an order of exactly 5,000.00', several, '5000.00', '0', 'PREFERENTIAL', []],
    ['an order of 5000 written without decimals', several, '5000', '0', 'PREFERENTIAL', []],
    ['an order of 5,000.01', several, '5000.01', '0', 'REFUSED_SINGLE_LIMIT', ['SINGLE_LIMIT_EXCEEDED']],
    ['an order of 5,000.001', several, '5000.001', '0', 'REFUSED_SINGLE_LIMIT', ['SINGLE_LIMIT_EXCEEDED']],
    ['one divisible item of 5,000.01', oneDivisible, '5000.01', '0', 'REFUSED_SINGLE_LIMIT', ['SINGLE_LIMIT_EXCEEDED']],
    ['two indivisible items of 5,000.01 together', twoIndivisible, '5000.01', '0', 'REFUSED_SINGLE_LIMIT', ['SINGLE_LIMIT_EXCEEDED']],
    ['one indivisible item of 5,000.00', oneIndivisible, '5000.00', '0', 'PREFERENTIAL', []],
    ['one indivisible item of 5,000.01', oneIndivisible, '5000.01', '0', 'FULL_TAX_SINGLE_ITEM', []],
    ['one indivisible item of 26,000.00 in a fresh year', oneIndivisible, '26000.00', '0', 'FULL_TAX_SINGLE_ITEM', []],
    ['one indivisible item of 26,000.01 in a fresh year', oneIndivisible, '26000.01', '0', 'REFUSED_ANNUAL_LIMIT', ['ANNUAL_LIMIT_EXCEEDED']],
    ['one indivisible item filling the year to exactly 26,000.00', oneIndivisible, '6000.00', '20000.00', 'FULL_TAX_SINGLE_ITEM', []],
    ['one indivisible item taking the year to 26,000.01', oneIndivisible, '6000.00', '20000.01', 'REFUSED_ANNUAL_LIMIT', ['ANNUAL_LIMIT_EXCEEDED']],
    ['an order filling the year to exactly 26,000.00', several, '1000.00', '25000.00', 'PREFERENTIAL', []],
    ['an order taking the year to 26,000.01', several, '1000.01', '25000.00', 'REFUSED_ANNUAL_LIMIT', ['ANNUAL_LIMIT_EXCEEDED']],
    ['a 0.01 order once the year is used up', several, '0.01', '26000.00', 'REFUSED_ANNUAL_LIMIT', ['ANNUAL_LIMIT_EXCEEDED']],
    ['an order of 5,000.00 filling the year exactly', several, '5000.00', '21000.00', 'PREFERENTIAL', []],
    ['an order above both limits', several, '5000.01', '21000.00', 'REFUSED_SINGLE_LIMIT', ['SINGLE_LIMIT_EXCEEDED', 'ANNUAL_LIMIT_EXCEEDED']],
    ['a zero-value order on a used-up year', several, '0', '26000.00', 'PREFERENTIAL', []],
  ])('assesses %s', (_description, items, dutiableValue, usedThisYear, outcome, codes) => {
    const assessment = assessRetailImportLimits({ ...items, dutiableValue, usedThisYear });
    expect(assessment.outcome).toBe(outcome);
    expect(assessment.reasons.map((r) => r.code)).toEqual(codes);
  });

  it('names the figures in its messages', () => {
    const { reasons } = assessRetailImportLimits({ ...several, dutiableValue: '5000.01', usedThisYear: '21000' });
    expect(reasons[0]?.message).toContain('CNY 5000.01 exceeds the CNY 5,000.00 per-transaction limit');
    expect(reasons[1]?.message).toContain('CNY 21000.00 already used this year plus CNY 5000.01 makes CNY 26000.01');
  });

  it.each<[Partial<RetailImportLimitInput>, string]>([
    [{ dutiableValue: '-0.01' }, 'dutiableValue must not be negative'],
    [{ dutiableValue: '1e4' }, 'dutiableValue must be a plain decimal'],
    [{ usedThisYear: '-1' }, 'usedThisYear must not be negative'],
    [{ itemCount: 0 }, 'itemCount'],
    [{ itemCount: 1.5 }, 'itemCount'],
  ])('rejects impossible input %o', (override, message) => {
    expect(() => assessRetailImportLimits({ ...several, dutiableValue: '1', usedThisYear: '0', ...override })).toThrow(message);
  });
});

describe('annual usage after an order', () => {
  it.each<[RetailImportLimitOutcome, boolean, string]>([
    ['PREFERENTIAL', true, '25000.00'],
    ['FULL_TAX_SINGLE_ITEM', true, '25000.00'],
    ['REFUSED_SINGLE_LIMIT', false, '20000.00'],
    ['REFUSED_ANNUAL_LIMIT', false, '20000.00'],
  ])('%s counts toward the year: %s', (outcome, counts, after) => {
    expect(countsTowardAnnualLimit(outcome)).toBe(counts);
    expect(annualUsageAfter('20000', '5000.0', outcome)).toBe(after);
  });

  it('adds exactly, where binary floating point would not', () => {
    expect(annualUsageAfter('0.1', '0.2', 'PREFERENTIAL')).toBe('0.30');
    expect(annualUsageAfter('25999.99', '0.01', 'PREFERENTIAL')).toBe('26000.00');
  });

  it('rejects a negative amount', () => {
    expect(() => annualUsageAfter('-1', '1', 'PREFERENTIAL')).toThrow('used must not be negative');
  });
});

describe('calendar year of the annual limit (Beijing time)', () => {
  it.each([
    ['2026-12-31T15:59:59.999Z', 2026],
    ['2026-12-31T16:30:00Z', 2027],
  ])('counts an order at %s toward %i', (iso, year) => {
    expect(chinaCalendarYear(new Date(iso))).toBe(year);
  });
});

describe('retail tax treatment of an accepted order', () => {
  it.each<[RetailImportLimitOutcome, string | null]>([
    ['PREFERENTIAL', 'PREFERENTIAL'],
    ['FULL_TAX_SINGLE_ITEM', 'FULL_TAX'],
    ['REFUSED_SINGLE_LIMIT', null],
    ['REFUSED_ANNUAL_LIMIT', null],
  ])('%s is taxed %p', (outcome, treatment) => {
    expect(retailTaxTreatmentOf(outcome)).toBe(treatment);
  });
});
