import {
  currencyProblem,
  decimalProblem,
  hsCodeProblem,
  idNumberCheckChar,
  idNumberProblem,
  usccCheckChar,
  usccDivisionCode,
  usccProblem,
} from '../identifiers';
import { zoneOfDivisionCode } from '../zones';

describe('USCC (GB 32100-2015)', () => {
  it.each([
    // The example code of the standard's commentary.
    ['91350100M000100Y4', '3'],
  ])('computes the check character of %s as %s', (first17, check) => {
    expect(usccCheckChar(first17)).toBe(check);
  });

  it.each([
    ['91350100M000100Y43', null],
    ['91350100M000100Y44', 'check character is 4, expected 3'],
    ['91350100M000100Y4', 'must be 18 characters, got 17'],
    ['91350100M000100Y433', 'must be 18 characters, got 19'],
    ['91350100M0001O0Y43', 'character "O" is not allowed'],
    ['91350100m000100Y43', 'character "m" is not allowed'],
  ])('%s -> %s', (value, problem) => {
    const found = usccProblem(value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('reads the division code from positions 3-8 and maps it to its zone', () => {
    expect(usccDivisionCode('91440200MA4UX0000X')).toBe('440200');
    expect(zoneOfDivisionCode('440200')).toBe('SHAOGUAN');
    expect(zoneOfDivisionCode('445300')).toBe('YUNFU');
    expect(zoneOfDivisionCode('440300')).toBeNull();
  });

  it('turns a check value of 31 into 0', () => {
    // Seventeen zeros sum to 0, so 31 - 0 = 31 wraps to index 0.
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });
});

describe('resident ID number (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44030519900307123', '6'],
  ])('computes the check character of %s as %s', (first17, check) => {
    expect(idNumberCheckChar(first17)).toBe(check);
  });

  it.each([
    ['11010519491231002X', null],
    ['440305199003071236', null],
    ['440305199003071233', 'check digit does not match'],
    ['44030519900307123', 'must be 18 characters'],
    ['44030519900307123A', 'must be 17 digits followed by a digit or X'],
    ['440305199013071236', 'birth date'],
  ])('%s -> %s', (value, problem) => {
    const found = idNumberProblem(value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('never repeats the number in its reason', () => {
    expect(idNumberProblem('440305199003071233')).not.toContain('4403051990');
  });
});

describe('HS code, currency and money', () => {
  it.each([
    ['3304990099', null],
    ['0101210010', null],
    ['330499009', 'must be 10 digits'],
    ['33049900991', 'must be 10 digits'],
    ['33049900AB', 'digits only'],
    ['9804990099', 'chapter 98'],
    ['7704990099', 'chapter 77'],
    ['0004990099', 'chapter 00'],
  ])('HS code %s -> %s', (value, problem) => {
    const found = hsCodeProblem(value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it.each([
    ['CNY', null],
    ['USD', null],
    ['cny', 'three-letter'],
    ['142', 'three-letter'],
    ['XAU', 'not accepted'],
  ])('currency %s -> %s', (value, problem) => {
    const found = currencyProblem(value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it.each([
    ['0', true],
    ['12.5', true],
    ['12.50', true],
    ['-3.10', true],
    ['12.505', false],
    ['1e3', false],
    ['', false],
    ['12345678901234567', false],
  ])('decimal %s valid: %s', (value, valid) => {
    expect(decimalProblem(value) === null).toBe(valid);
  });
});
