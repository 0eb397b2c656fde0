import { deemedIncomeTax, type DeemedIncomeTaxInput } from '../deemed-income-tax';

const small: DeemedIncomeTaxInput = { revenue: '10000000.00', employees: 50, totalAssets: '8000000.00' };

describe('核定征收 deemed income tax at 4% of revenue (国家税务总局公告2019年第36号)', () => {
  it.each([
    // revenue, taxable income (4%), tax due at 5%
    ['10000000.00', '400000.00', '20000.00'],
    ['0.00', '0.00', '0.00'],
    ['0.12', '0.00', '0.00'],
    ['0.13', '0.01', '0.00'],
    ['1234567.89', '49382.72', '2469.14'],
  ])('taxes revenue %s on taxable income %s at the small low-profit 5%%: %s', (revenue, taxableIncome, taxDue) => {
    expect(deemedIncomeTax({ ...small, revenue })).toMatchObject({ taxableIncome, smallLowProfit: true, reasons: [], rateApplied: '0.05', taxDue });
  });

  it.each([
    // revenue, taxable income, small low-profit, tax due
    ['taxable income exactly CNY 3,000,000.00 is within the limit', '75000000.00', '3000000.00', true, '150000.00'],
    ['a remainder below half a fen rounds into the limit', '75000000.12', '3000000.00', true, '150000.00'],
    ['a remainder of half a fen or more rounds one fen above', '75000000.13', '3000000.01', false, '750000.00'],
    ['one fen of taxable income above the limit loses the preference', '75000000.25', '3000000.01', false, '750000.00'],
    ['far above the limit', '100000000.00', '4000000.00', false, '1000000.00'],
  ])('%s', (_case, revenue, taxableIncome, smallLowProfit, taxDue) => {
    const result = deemedIncomeTax({ ...small, revenue });
    expect(result).toMatchObject({ taxableIncome, smallLowProfit, taxDue, rateApplied: smallLowProfit ? '0.05' : '0.25' });
    expect(result.reasons.map((r) => r.code)).toEqual(smallLowProfit ? [] : ['TAXABLE_INCOME_ABOVE_LIMIT']);
  });

  it.each<[string, Partial<DeemedIncomeTaxInput>, string[]]>([
    ['exactly 300 employees is within the limit', { employees: 300 }, []],
    ['301 employees is above it', { employees: 301 }, ['EMPLOYEES_ABOVE_LIMIT']],
    ['an average of 300.5 employees is above it', { employees: 300.5 }, ['EMPLOYEES_ABOVE_LIMIT']],
    ['total assets of exactly CNY 50,000,000.00 are within the limit', { totalAssets: '50000000.00' }, []],
    ['one fen more of total assets is above it', { totalAssets: '50000000.01' }, ['TOTAL_ASSETS_ABOVE_LIMIT']],
    [
      'all three limits exceeded',
      { revenue: '75000000.25', employees: 301, totalAssets: '50000000.01' },
      ['TAXABLE_INCOME_ABOVE_LIMIT', 'EMPLOYEES_ABOVE_LIMIT', 'TOTAL_ASSETS_ABOVE_LIMIT'],
    ],
  ])('%s', (_case, override, expected) => {
    const result = deemedIncomeTax({ ...small, ...override });
    expect(result.reasons.map((r) => r.code)).toEqual(expected);
    expect(result.smallLowProfit).toBe(expected.length === 0);
    // Each failed reason is exactly one unmet condition.
    expect(result.conditions.filter((c) => !c.met).map((c) => `${c.condition}_ABOVE_LIMIT`)).toEqual(expected);
  });

  it('taxes at the standard 25% when another condition fails, whatever the income', () => {
    // 4% of 10,000,000.00 = 400,000.00; × 25% = 100,000.00 instead of 20,000.00 at 5%.
    expect(deemedIncomeTax({ ...small, employees: 301 })).toEqual({
      taxableIncome: '400000.00',
      smallLowProfit: false,
      conditions: [
        { condition: 'TAXABLE_INCOME', value: '400000.00', limit: '3000000.00', met: true },
        { condition: 'EMPLOYEES', value: '301', limit: '300', met: false },
        { condition: 'TOTAL_ASSETS', value: '8000000.00', limit: '50000000.00', met: true },
      ],
      reasons: [{ code: 'EMPLOYEES_ABOVE_LIMIT', message: '301 employees exceed 300' }],
      rateApplied: '0.25',
      taxDue: '100000.00',
    });
  });

  it('rounds tax due half up to the fen', () => {
    // 4% of 1,000.25 = 40.01; × 25% = 10.0025 -> 10.00; at 5%: 2.0005 -> 2.00
    expect(deemedIncomeTax({ ...small, revenue: '1000.25', employees: 301 }).taxDue).toBe('10.00');
    // 4% of 1,000.75 = 40.03; × 5% = 2.0015 -> 2.00; 4% of 1,012.50 = 40.50; × 5% = 2.025 -> 2.03
    expect(deemedIncomeTax({ ...small, revenue: '1000.75' }).taxDue).toBe('2.00');
    expect(deemedIncomeTax({ ...small, revenue: '1012.50' }).taxDue).toBe('2.03');
  });

  it('names the limit in its messages', () => {
    const reasons = deemedIncomeTax({ revenue: '75000000.25', employees: 1, totalAssets: '50000000.01' }).reasons;
    expect(reasons.map((r) => r.message)).toEqual([
      'taxable income 3000000.01 exceeds CNY 3000000.00',
      'total assets 50000000.01 exceed CNY 50000000.00',
    ]);
  });

  it.each<[Partial<DeemedIncomeTaxInput>, string]>([
    [{ revenue: '-1.00' }, 'revenue must not be negative'],
    [{ revenue: '1.005' }, 'revenue must have at most 2 fractional digits'],
    [{ revenue: '1e6' }, 'revenue must be a plain decimal string'],
    [{ totalAssets: 'abc' }, 'totalAssets must be a plain decimal string'],
    [{ employees: -1 }, 'employees must be a finite number'],
    [{ employees: Number.NaN }, 'employees must be a finite number'],
  ])('rejects impossible input %o', (override, message) => {
    expect(() => deemedIncomeTax({ ...small, ...override })).toThrow(message);
  });
});
