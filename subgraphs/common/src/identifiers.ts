/**
 * Identifier rules of domain brief §3. Every function is pure and returns the reason a value is
 * invalid (or null when it is valid), so scalars and write paths can name what is wrong.
 */

/** GB 32100-2015 character set of the unified social credit code (no I, O, Z, S, V). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Check character for the first 17 characters of a USCC. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`character ${first17.charAt(i)} is outside the USCC set`);
    sum += value * USCC_WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARSET.charAt(check);
}

export function usccProblem(value: string): string | null {
  if (value.length !== 18) return `must be 18 characters, got ${value.length}`;
  for (const ch of value) {
    if (!USCC_CHARSET.includes(ch)) return `character "${ch}" is not allowed (allowed: ${USCC_CHARSET})`;
  }
  const expected = usccCheckChar(value.slice(0, 17));
  if (value.charAt(17) !== expected) return `check character is ${value.charAt(17)}, expected ${expected}`;
  return null;
}

/** Administrative division code carried in positions 3-8 of a USCC. */
export function usccDivisionCode(uscc: string): string {
  return uscc.slice(2, 8);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

/** GB 11643-1999 check character for the first 17 digits of a resident ID number. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * ID_WEIGHTS[i]!;
  return ID_CHECK.charAt(sum % 11);
}

/** Reasons never echo the number itself: it is sensitive personal information. */
export function idNumberProblem(value: string): string | null {
  if (value.length !== 18) return `must be 18 characters, got ${value.length}`;
  if (!/^\d{17}[\dX]$/.test(value)) return 'must be 17 digits followed by a digit or X';
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return 'birth date (positions 7-14) is not a date';
  if (value.charAt(17) !== idNumberCheckChar(value.slice(0, 17))) return 'check digit does not match';
  return null;
}

/** HS codes as declared on customs lists: 10 digits (8-digit tariff line + 2 statistical). */
export function hsCodeProblem(value: string): string | null {
  if (!/^\d+$/.test(value)) return 'must contain digits only';
  if (value.length !== 10) return `must be 10 digits, got ${value.length}`;
  const chapter = Number(value.slice(0, 2));
  if (chapter < 1 || chapter > 97 || chapter === 77) return `chapter ${value.slice(0, 2)} does not exist in the HS nomenclature`;
  return null;
}

/** HS chapter (first two digits), the unit of goods-risk grading and statistics. */
export function hsChapter(hsCode: string): string {
  return hsCode.slice(0, 2);
}

/** Currencies the zone platform settles in: ISO 4217 codes and their customs codes. */
export const CURRENCIES = {
  CNY: '142',
  USD: '502',
  EUR: '300',
  HKD: '110',
  JPY: '116',
  GBP: '303',
} as const;
export type CurrencyCode = keyof typeof CURRENCIES;

export function currencyProblem(value: string): string | null {
  if (!/^[A-Z]{3}$/.test(value)) return 'must be a three-letter ISO 4217 code';
  if (!(value in CURRENCIES)) return `${value} is not accepted (accepted: ${Object.keys(CURRENCIES).join(', ')})`;
  return null;
}

/** Customs message currency code for an ISO 4217 code (e.g. CNY -> 142). */
export function customsCurrencyCode(currency: CurrencyCode): string {
  return CURRENCIES[currency];
}

/** Money as exact decimal strings with at most 2 fractional digits, never floats. */
export function decimalProblem(value: string): string | null {
  if (!/^-?\d{1,16}(\.\d{1,2})?$/.test(value)) return 'must be a decimal number with at most 16 integer and 2 fractional digits';
  return null;
}
