import { invtNoProblem } from '../inventory-number';

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
