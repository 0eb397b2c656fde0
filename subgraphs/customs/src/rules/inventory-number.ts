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

/**
 * Customs office (关区代码) that receives the lists of each pilot zone. The codes are fictitious,
 * as in the demo data; a zone's lists go to its own office.
 */
export const ZONE_CUSTOMS_CODES = {
  SHAOGUAN: '5171',
  HEYUAN: '5172',
  SHANWEI: '5173',
  YANGJIANG: '5174',
  QINGYUAN: '5175',
  CHAOZHOU: '5176',
  JIEYANG: '5177',
  YUNFU: '5178',
} as const satisfies Record<string, string>;

export type CustomsZone = keyof typeof ZONE_CUSTOMS_CODES;

/** Why a customs code is not the office of the zone, or null when it is. */
export function customsCodeProblem(code: string, zone: CustomsZone): string | null {
  if (!/^\d{4}$/.test(code)) return 'must be a customs office code of 4 digits';
  const expected = ZONE_CUSTOMS_CODES[zone];
  if (code !== expected) return `must be ${expected}, the customs office of zone ${zone}`;
  return null;
}

/** Largest serial a 9-digit serial number field holds. */
export const MAX_SERIAL = 999_999_999;

function serialProblem(serial: number): void {
  if (!Number.isInteger(serial) || serial < 0 || serial > MAX_SERIAL) throw new RangeError(`serial must be a whole number 0-${MAX_SERIAL}, got ${serial}`);
}

function yearProblem(year: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year must have four digits, got ${year}`);
}

/** The list number customs assigns: office, year of declaration, I or E, 9-digit serial. */
export function formatInvtNo(customsCode: string, year: number, direction: 'IMPORT' | 'EXPORT', serial: number): string {
  if (!/^\d{4}$/.test(customsCode)) throw new RangeError(`customs code must be 4 digits, got "${customsCode}"`);
  yearProblem(year);
  serialProblem(serial);
  return `${customsCode}${year}${direction === 'IMPORT' ? 'I' : 'E'}${String(serial).padStart(9, '0')}`;
}

/** Pre-entry number (预录入编号), 18 characters: P, office, year, 9-digit serial. */
export function formatPreNo(customsCode: string, year: number, serial: number): string {
  yearProblem(year);
  serialProblem(serial);
  return `P${customsCode}${year}${String(serial).padStart(9, '0')}`;
}

/** Summary application number (汇总申请编号), 18 characters: office, year, S, 9-digit serial. */
export function formatSumNo(customsCode: string, year: number, serial: number): string {
  yearProblem(year);
  serialProblem(serial);
  return `${customsCode}${year}S${String(serial).padStart(9, '0')}`;
}

/** Why a value is not a summary number (office, year, S, 9-digit serial), or null when it is. */
export function sumNoProblem(value: string): string | null {
  if (value.length !== 18) return `must be 18 characters, got ${value.length}`;
  if (!/^\d{8}S\d{9}$/.test(value)) return 'must be a customs code (4 digits), a year (4 digits), S, then a serial number (9 digits)';
  return null;
}
