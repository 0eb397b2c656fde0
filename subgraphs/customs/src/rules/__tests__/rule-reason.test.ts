import { formatAmount, parseAmount, parseNonNegativeAmount } from '../rule-reason';

describe('amounts as exact decimals', () => {
  it.each([
    ['0', '0'],
    ['100', '100'],
    ['100.0', '100'],
    ['5000.01', '5000.01'],
    ['-3.5', '-3.5'],
    ['0.000001', '0.000001'],
  ])('accepts plain decimal %s as %s', (value, exact) => {
    expect(parseAmount('amount', value).toString()).toBe(exact);
  });

  it.each([[''], ['1e3'], ['0x10'], ['Infinity'], ['NaN'], [' 1'], ['1,000.00'], ['.5'], ['5.']])('rejects %j naming the field', (value) => {
    expect(() => parseAmount('payment.amountPaid', value)).toThrow('payment.amountPaid must be a plain decimal number');
  });

  it('rejects a negative amount where none can exist', () => {
    expect(() => parseNonNegativeAmount('usedThisYear', '-0.01')).toThrow('usedThisYear must not be negative');
    expect(parseNonNegativeAmount('usedThisYear', '0').toString()).toBe('0');
  });

  it.each([
    ['100', '100.00'],
    ['100.0', '100.00'],
    ['0.1', '0.10'],
    ['0.125', '0.125'],
  ])('formats %s as %s without rounding', (value, formatted) => {
    expect(formatAmount(parseAmount('amount', value))).toBe(formatted);
  });
});
