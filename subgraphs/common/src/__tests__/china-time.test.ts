import { addCalendarMonths, chinaCalendarYear, chinaCalendarYearRange, chinaDateOf, chinaMidnight, formatChinaDate, formatChinaDateTime } from '../china-time';

describe('Beijing calendar (UTC+8)', () => {
  it.each([
    ['2026-12-31T15:59:59.999Z', 2026],
    ['2026-12-31T16:00:00.000Z', 2027],
    ['2026-12-31T16:30:00.000Z', 2027],
    ['2027-01-01T00:00:00+08:00', 2027],
    ['2026-12-31T23:59:59+08:00', 2026],
    ['2026-06-15T12:00:00.000Z', 2026],
  ])('puts %s in calendar year %i', (iso, year) => {
    expect(chinaCalendarYear(new Date(iso))).toBe(year);
  });

  it('gives the Beijing day, which starts 8 hours before the UTC one', () => {
    expect(chinaDateOf(new Date('2026-08-30T16:00:00Z'))).toEqual({ year: 2026, month: 8, day: 31 });
    expect(chinaDateOf(new Date('2026-08-30T15:59:59Z'))).toEqual({ year: 2026, month: 8, day: 30 });
  });

  it('bounds a calendar year as [1 January 00:00, next 1 January 00:00) in Beijing', () => {
    expect(chinaCalendarYearRange(2027)).toEqual({ start: new Date('2026-12-31T16:00:00Z'), end: new Date('2027-12-31T16:00:00Z') });
  });

  it('rolls months and days over, so the day after a month end can be asked for', () => {
    expect(chinaMidnight(2027, 2, 29)).toEqual(new Date('2027-03-01T00:00:00+08:00'));
    expect(chinaMidnight(2026, 13, 1)).toEqual(new Date('2027-01-01T00:00:00+08:00'));
  });

  it.each([
    [{ year: 2026, month: 8, day: 31 }, 6, '2027-02-28'],
    [{ year: 2027, month: 8, day: 31 }, 6, '2028-02-29'],
    [{ year: 2026, month: 8, day: 30 }, 6, '2027-02-28'],
    [{ year: 2026, month: 8, day: 28 }, 6, '2027-02-28'],
    [{ year: 2026, month: 8, day: 27 }, 6, '2027-02-27'],
    [{ year: 2026, month: 12, day: 31 }, 6, '2027-06-30'],
    [{ year: 2026, month: 7, day: 31 }, 6, '2027-01-31'],
    [{ year: 2026, month: 3, day: 31 }, 6, '2026-09-30'],
    [{ year: 2026, month: 1, day: 15 }, 0, '2026-01-15'],
    [{ year: 2026, month: 1, day: 31 }, -2, '2025-11-30'],
  ])('adds calendar months to %o + %i = %s, clamping to the month end', (date, months, expected) => {
    expect(formatChinaDate(addCalendarMonths(date, months))).toBe(expected);
  });

  it.each([
    ['2026-12-31T15:59:59.999Z', '2026-12-31 23:59:59'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01 00:00:00'],
  ])('writes %s as %s in Beijing time', (iso, expected) => {
    expect(formatChinaDateTime(new Date(iso))).toBe(expected);
  });

  it('rejects an invalid Date and a fractional number of months', () => {
    expect(() => chinaCalendarYear(new Date('not a date'))).toThrow('valid Date');
    expect(() => formatChinaDateTime(new Date('not a date'))).toThrow('valid Date');
    expect(() => addCalendarMonths({ year: 2026, month: 1, day: 1 }, 1.5)).toThrow('integer');
  });
});
