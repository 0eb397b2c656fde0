import {
  annualFxVolumeUsd,
  directoryStatus,
  directoryVolume,
  DIRECTORY_THRESHOLD_USD,
  exemptFromDirectory,
  fxMonthOf,
  fxYearBounds,
  usdRateInForce,
  type UsdRateEntry,
} from '../fx-directory';

const rates = { CNY: '0.14', EUR: '1.08', HKD: '0.128' };

describe('trade FX directory exemption below USD 200,000 exclusive (汇发〔2020〕11号)', () => {
  it.each([
    ['nothing at all', '0.00', 'EXEMPT'],
    ['one cent', '0.01', 'EXEMPT'],
    ['one cent below the threshold', '199999.99', 'EXEMPT'],
    ['exactly the threshold', '200000.00', 'REGISTRATION_REQUIRED'],
    ['the threshold written without decimals', '200000', 'REGISTRATION_REQUIRED'],
    ['one cent above the threshold', '200000.01', 'REGISTRATION_REQUIRED'],
    ['far above the threshold', '5000000.00', 'REGISTRATION_REQUIRED'],
  ])('an unregistered enterprise with %s (USD %s) is %s', (_case, volume, expected) => {
    expect(directoryStatus(volume, false)).toBe(expected);
  });

  it.each(['0.00', '199999.99', '200000.00', '5000000.00'])('a registered enterprise is REGISTERED at USD %s', (volume) => {
    expect(directoryStatus(volume, true)).toBe('REGISTERED');
  });

  it('exports the threshold', () => {
    expect(DIRECTORY_THRESHOLD_USD).toBe('200000.00');
  });

  it.each(['-1.00', '1e5', 'abc', ''])('rejects a volume of %j', (volume) => {
    expect(() => directoryStatus(volume, false)).toThrow('volumeUsd');
  });
});

describe('annual goods-trade FX volume in USD', () => {
  it.each([
    ['no transactions', [], '0.00'],
    ['USD needs no rate', [{ amount: '1234.56', currency: 'USD' }], '1234.56'],
    ['receipts and payments both count', [{ amount: '100000.00', currency: 'USD' }, { amount: '100000.00', currency: 'USD' }], '200000.00'],
    ['CNY converted exactly', [{ amount: '1000.00', currency: 'CNY' }], '140.00'],
    ['mixed currencies', [{ amount: '100.00', currency: 'EUR' }, { amount: '1000.00', currency: 'HKD' }, { amount: '0.50', currency: 'USD' }], '236.50'],
    // 0.03 HKD × 0.128 = 0.00384 each; summed exactly before rounding: 3 × 0.00384 = 0.01152 -> 0.01
    ['summed exactly, rounded once at the end', [{ amount: '0.03', currency: 'HKD' }, { amount: '0.03', currency: 'HKD' }, { amount: '0.03', currency: 'HKD' }], '0.01'],
    // 39.25 HKD × 0.128 = 5.024 -> 5.02; 39.27 × 0.128 = 5.02656 -> 5.03
    ['rounded half up to the cent (down)', [{ amount: '39.25', currency: 'HKD' }], '5.02'],
    ['rounded half up to the cent (up)', [{ amount: '39.27', currency: 'HKD' }], '5.03'],
    // 0.125 USD per unit: 0.04 × 0.125 = 0.005 -> 0.01 (half up)
    ['exactly half a cent rounds up', [{ amount: '0.04', currency: 'GBP' }], '0.01'],
  ])('%s', (_case, transactions, expected) => {
    expect(annualFxVolumeUsd(transactions, { ...rates, GBP: '0.125' })).toBe(expected);
  });

  it('puts a volume that rounds to USD 200,000.00 at the threshold', () => {
    // 1,428,571.39 CNY × 0.14 = 199,999.9946 -> 199,999.99; 1,428,571.40 × 0.14 = 199,999.996 -> 200,000.00
    expect(directoryStatus(annualFxVolumeUsd([{ amount: '1428571.39', currency: 'CNY' }], rates), false)).toBe('EXEMPT');
    const volume = annualFxVolumeUsd([{ amount: '1428571.40', currency: 'CNY' }], rates);
    expect(volume).toBe('200000.00');
    expect(directoryStatus(volume, false)).toBe('REGISTRATION_REQUIRED');
  });

  it('rejects an unknown currency, naming the transaction and the rates it has', () => {
    expect(() => annualFxVolumeUsd([{ amount: '1.00', currency: 'USD' }, { amount: '1.00', currency: 'JPY' }], rates)).toThrow(
      'transactions[1].currency "JPY" has no USD rate (rates given for: USD, CNY, EUR, HKD)',
    );
  });

  it.each(['constructor', '__proto__', 'toString'])('treats %s as an unknown currency, not an object key', (currency) => {
    expect(() => annualFxVolumeUsd([{ amount: '1.00', currency }], rates)).toThrow('has no USD rate');
  });

  it.each<[string, { amount: string; currency: string }[], Record<string, string>, string]>([
    ['a negative amount', [{ amount: '-5.00', currency: 'USD' }], rates, 'transactions[0].amount must not be negative'],
    ['an amount with three decimals', [{ amount: '5.001', currency: 'USD' }], rates, 'transactions[0].amount must have at most 2 fractional digits'],
    ['an amount in exponent notation', [{ amount: '1e3', currency: 'USD' }], rates, 'transactions[0].amount must be a plain decimal string'],
    ['a zero rate', [], { CNY: '0' }, 'usdRates.CNY must be greater than zero'],
    ['a rate that is not a number', [], { CNY: 'seven' }, 'usdRates.CNY must be a plain decimal string'],
    ['a lower-case currency key', [], { cny: '0.14' }, 'usdRates key "cny" must be a three-letter ISO 4217 code'],
    ['a USD rate other than 1', [], { USD: '0.99' }, 'usdRates.USD must be 1'],
  ])('rejects %s', (_case, transactions, usdRates, message) => {
    expect(() => annualFxVolumeUsd(transactions, usdRates)).toThrow(message);
  });

  it('accepts a USD rate of exactly 1', () => {
    expect(annualFxVolumeUsd([{ amount: '10.00', currency: 'USD' }], { USD: '1.000' })).toBe('10.00');
  });
});

describe('monthly USD rates in force (SAFE 各种货币对美元折算率)', () => {
  const monthly: UsdRateEntry[] = [
    { currency: 'CNY', month: '2026-01', usdPerUnit: '0.14' },
    { currency: 'CNY', month: '2026-07', usdPerUnit: '0.139' },
    { currency: 'EUR', month: '2025-01', usdPerUnit: '1.08' },
  ];

  it.each([
    ['CNY', '2025-12', undefined],
    ['CNY', '2026-01', '0.14'],
    ['CNY', '2026-06', '0.14'],
    ['CNY', '2026-07', '0.139'],
    ['CNY', '2027-03', '0.139'],
    ['EUR', '2026-11', '1.08'],
    ['USD', '2001-01', '1'],
    ['JPY', '2026-11', undefined],
  ])('%s in %s: %s', (currency, month, expected) => {
    expect(usdRateInForce(monthly, currency, month)).toBe(expected);
  });

  it('rejects a month not written YYYY-MM', () => {
    expect(() => usdRateInForce(monthly, 'CNY', '2026-13')).toThrow('month must be YYYY-MM');
  });

  it.each([
    ['2026-01-31T15:59:59.999Z', '2026-01'],
    ['2026-01-31T16:00:00.000Z', '2026-02'], // midnight of 1 Feb in Beijing
    ['2026-12-31T16:00:00.000Z', '2027-01'],
  ])('%s falls in %s (Beijing time)', (iso, month) => {
    expect(fxMonthOf(new Date(iso))).toBe(month);
  });

  it('counts a year from midnight of 1 January in Beijing time', () => {
    expect(fxYearBounds(2026)).toEqual({ start: new Date('2025-12-31T16:00:00.000Z'), end: new Date('2026-12-31T16:00:00.000Z') });
    expect(() => fxYearBounds(2026.5)).toThrow('year must be a whole year');
  });
});

describe('an enterprise\'s directory volume: receipts and payments each at the rate of their month', () => {
  const monthly: UsdRateEntry[] = [
    { currency: 'CNY', month: '2026-01', usdPerUnit: '0.14' },
    { currency: 'CNY', month: '2026-07', usdPerUnit: '0.139' },
  ];

  it('converts each month at its own rate and reports figures that add up', () => {
    expect(directoryVolume(
      [{ amount: '1000.00', currency: 'CNY', month: '2026-03' }, { amount: '1000.00', currency: 'CNY', month: '2026-08' }, { amount: '0.50', currency: 'USD', month: '2026-08' }],
      [{ amount: '100.00', currency: 'USD', month: '2026-02' }],
      monthly,
    )).toEqual({ receiptsUsd: '279.50', paymentsUsd: '100.00', totalUsd: '379.50' });
  });

  it.each([
    // receipts, payments, total, exempt
    ['199999.99', '0.00', '199999.99', true],
    ['100000.00', '99999.99', '199999.99', true],
    ['200000.00', '0.00', '200000.00', false],
    ['100000.00', '100000.00', '200000.00', false],
    ['0.00', '200000.01', '200000.01', false],
  ])('USD %s received + %s paid = %s: exempt %s (USD 200,000 exclusive)', (received, paid, total, exempt) => {
    const volume = directoryVolume(
      [{ amount: received, currency: 'USD', month: '2026-05' }],
      [{ amount: paid, currency: 'USD', month: '2026-05' }],
      monthly,
    );
    expect(volume.totalUsd).toBe(total);
    expect(exemptFromDirectory(volume.totalUsd)).toBe(exempt);
    expect(directoryStatus(volume.totalUsd, false)).toBe(exempt ? 'EXEMPT' : 'REGISTRATION_REQUIRED');
    expect(directoryStatus(volume.totalUsd, true)).toBe('REGISTERED');
  });

  it('names a transaction with no rate in force', () => {
    expect(() => directoryVolume([], [{ amount: '1.00', currency: 'CNY', month: '2025-12' }], monthly))
      .toThrow('payments[0]: no USD rate for CNY is in force in 2025-12');
  });

  it.each<[string, UsdRateEntry, string]>([
    ['a zero rate', { currency: 'CNY', month: '2026-01', usdPerUnit: '0' }, 'rates[0].usdPerUnit must be greater than zero'],
    ['a malformed month', { currency: 'CNY', month: '2026-1', usdPerUnit: '0.14' }, 'rates[0].month must be YYYY-MM'],
    ['a lower-case currency', { currency: 'cny', month: '2026-01', usdPerUnit: '0.14' }, 'rates[0].currency must be a three-letter ISO 4217 code'],
  ])('rejects %s', (_case, rate, message) => {
    expect(() => directoryVolume([], [], [rate])).toThrow(message);
  });
});
