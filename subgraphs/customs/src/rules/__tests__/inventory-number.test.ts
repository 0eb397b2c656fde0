import { ZONE_CUSTOMS_CODES, customsCodeProblem, formatInvtNo, formatPreNo, formatSumNo, invtNoProblem, sumNoProblem, type CustomsZone } from '../inventory-number';

describe('inventory list number (清单编号)', () => {
  it.each([
    ['51412026I000000001'],
    ['51412026E123456789'],
    ['00002026I999999999'],
  ])('accepts %s', (value) => {
    expect(invtNoProblem(value)).toBeNull();
  });

  it.each([
    ['', 'must be 18 characters, got 0'],
    ['51412026I00000001', 'must be 18 characters, got 17'],
    ['51412026I0000000001', 'must be 18 characters, got 19'],
    ['51412026X000000001', 'I or E'],
    ['51412026i000000001', 'I or E'],
    ['5141202AI000000001', 'customs code (4 digits), a year (4 digits)'],
    ['51412026I00000000A', 'serial number (9 digits)'],
    ['５１４１2026I000000001', 'customs code'],
  ])('rejects %j: %s', (value, reason) => {
    expect(invtNoProblem(value)).toContain(reason);
  });
});

describe('numbers customs assigns', () => {
  it('formats a list number that invtNoProblem accepts', () => {
    expect(formatInvtNo('5171', 2026, 'IMPORT', 500000001)).toBe('51712026I500000001');
    expect(formatInvtNo('5178', 2027, 'EXPORT', 7)).toBe('51782027E000000007');
    expect(invtNoProblem(formatInvtNo('5171', 2026, 'EXPORT', 999999999))).toBeNull();
  });

  it('formats pre-entry and summary numbers of 18 characters', () => {
    expect(formatPreNo('5171', 2026, 500000001)).toBe('P51712026500000001');
    expect(formatSumNo('5171', 2026, 500000001)).toBe('51712026S500000001');
  });

  it.each([[-1], [1_000_000_000], [1.5]])('refuses serial %p', (serial) => {
    expect(() => formatInvtNo('5171', 2026, 'IMPORT', serial)).toThrow('serial');
  });

  it('refuses a customs code of another length', () => {
    expect(() => formatInvtNo('517', 2026, 'IMPORT', 1)).toThrow('customs code');
  });

  it.each<[string, string, string | null]>([
    ['5171', 'SHAOGUAN', null],
    ['5178', 'YUNFU', null],
    ['5171', 'YUNFU', 'must be 5178, the customs office of zone YUNFU'],
    ['517', 'SHAOGUAN', 'must be a customs office code of 4 digits'],
  ])('customs code %s for zone %s', (code, zone, problem) => {
    expect(customsCodeProblem(code, zone as CustomsZone)).toBe(problem);
  });

  it('gives each zone its own office', () => {
    expect(new Set(Object.values(ZONE_CUSTOMS_CODES)).size).toBe(8);
  });
});

describe('summary number', () => {
  it.each<[string, string | null]>([
    ['51712026S500000001', null],
    ['51712026E500000001', 'must be a customs code (4 digits), a year (4 digits), S, then a serial number (9 digits)'],
    ['51712026S50000001', 'must be 18 characters, got 17'],
  ])('%s', (value, problem) => {
    expect(sumNoProblem(value)).toBe(problem);
  });
});
