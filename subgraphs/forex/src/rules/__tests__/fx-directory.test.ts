import { annualFxVolumeUsd, directoryStatus, DIRECTORY_THRESHOLD_USD } from '../fx-directory';

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
