import { decimalFieldProblem, parseDecimalField } from '../decimal-input';

describe('decimal strings from records and arguments', () => {
  it.each([
    ['12.34', {}, null],
    ['-12.34', {}, null],
    ['0', { min: 'positive' as const }, 'must be greater than zero'],
    ['-0', { min: 'zero' as const }, null],
    ['-0.01', { min: 'zero' as const }, 'must not be negative'],
    ['1.005', { maxDecimals: 2 }, 'must have at most 2 fractional digits'],
    ['1e3', {}, 'must be a plain decimal string such as "1234.56"'],
    ['Infinity', {}, 'must be a plain decimal string such as "1234.56"'],
    ['0x10', {}, 'must be a plain decimal string such as "1234.56"'],
    [' 5', {}, 'must be a plain decimal string such as "1234.56"'],
    ['5.', {}, 'must be a plain decimal string such as "1234.56"'],
    ['.5', {}, 'must be a plain decimal string such as "1234.56"'],
  ])('%j with %o: %s', (value, options, expected) => {
    expect(decimalFieldProblem(value, options)).toBe(expected);
  });

  it('names the field and the value it rejects', () => {
    expect(() => parseDecimalField('amount', 'abc')).toThrow('amount must be a plain decimal string such as "1234.56", got "abc"');
  });

  it('keeps every digit of a long product', () => {
    expect(parseDecimalField('qty', '123456789.123').mul('98765432.19').toString()).toBe('12193263134522786.06937');
  });
});
