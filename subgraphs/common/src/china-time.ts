/**
 * Calendar arithmetic in Beijing time. The departments' periods (the calendar year of the personal
 * import limit, of the FX directory and of the individual FX quota, the six months of an export
 * return or of a reserved waybill number, the day in an identity check's serial number) are
 * counted in China's civil calendar, so an instant late on 31 December UTC may already belong to
 * the next year. China keeps UTC+8 all year (no daylight saving since 1991), which lets a fixed
 * offset stand in for a time-zone database.
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** A day of China's civil calendar; month and day count from 1. */
export interface ChinaDate {
  year: number;
  month: number;
  day: number;
}

function requireValidInstant(at: Date): number {
  const time = at.getTime();
  if (Number.isNaN(time)) throw new RangeError('time must be a valid Date');
  return time;
}

/** The Beijing calendar day an instant falls on. */
export function chinaDateOf(at: Date): ChinaDate {
  const shifted = new Date(requireValidInstant(at) + CHINA_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Calendar year of an instant in Beijing time: 2026-12-31T16:30Z is already 2027. */
export function chinaCalendarYear(at: Date): number {
  return chinaDateOf(at).year;
}

/**
 * The instant a Beijing calendar day begins (00:00 UTC+8). Out-of-range months and days roll
 * over as in Date.UTC, so month 13 of 2026 is January 2027: callers can ask for "the month after".
 */
export function chinaMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - CHINA_OFFSET_MS);
}

/** A Beijing calendar year as the half-open range [start, end) of instants, for range queries. */
export function chinaCalendarYearRange(year: number): { start: Date; end: Date } {
  return { start: chinaMidnight(year, 1, 1), end: chinaMidnight(year + 1, 1, 1) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The corresponding day a number of calendar months later; when the target month is shorter, its
 * last day (民法典 第二百零三条: 没有对应日的，月末日为期间的最后一日), so 31 August plus six months
 * is 28 February (29 in a leap year), not 3 March as Date arithmetic would give.
 */
export function addCalendarMonths(date: ChinaDate, months: number): ChinaDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Date and time of day of an instant in Beijing time, e.g. "2027-03-01 00:00:00". */
export function formatChinaDateTime(at: Date): string {
  return new Date(requireValidInstant(at) + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** ISO 8601 calendar date, e.g. "2027-02-28". */
export function formatChinaDate(date: ChinaDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
