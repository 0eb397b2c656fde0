/**
 * Inventory list numbers (清单编号) as customs assigns them: customs code (4 digits), year of
 * declaration (4 digits), I for import or E for export, then a 9-digit serial number.
 * Returns why a value is not one, or null when it is.
 */
export function invtNoProblem(value: string): string | null {
  if (value.length !== 18) return `must be 18 characters, got ${value.length}`;
  if (!/^\d{8}[IE]\d{9}$/.test(value)) {
    return 'must be a customs code (4 digits), a year (4 digits), I or E, then a serial number (9 digits)';
  }
  return null;
}
