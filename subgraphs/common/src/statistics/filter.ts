import { forbidden, badUserInput, type FieldProblem } from '../errors';
import type { Caller } from '../caller';
import { ZONE_CODES, type ZoneCode } from '../zones';

/**
 * The statistics filter of the federated `statistics` and `statisticsAnomalies` fields, and the
 * key of a `ZoneStatistics` entity: one zone, one period of the Beijing calendar and the optional
 * dimensions it is cut by. Pure functions: the departments share them so that every department
 * reads the same entity the same way.
 */
export type Granularity = 'DAY' | 'MONTH';
export type StatisticsDirection = 'IMPORT' | 'EXPORT';

/** The optional dimensions a statistics view is restricted to (null: all). */
export interface StatisticsDimensions {
  direction: StatisticsDirection | null;
  tradeMode: string | null;
  hsChapter: string | null;
  country: string | null;
  currency: string | null;
}

export const DIMENSION_NAMES = ['direction', 'tradeMode', 'hsChapter', 'country', 'currency'] as const;
export type DimensionName = (typeof DIMENSION_NAMES)[number];

/** The key of one ZoneStatistics entity, as the gateway sends it in a representation. */
export interface StatisticsKey extends StatisticsDimensions {
  zone: ZoneCode;
  /** YYYY-MM-DD (DAY) or YYYY-MM (MONTH), Beijing calendar. */
  period: string;
  granularity: Granularity;
}

export interface StatisticsFilterInput {
  from: string;
  to: string;
  granularity: Granularity;
  zone?: ZoneCode | null;
  direction?: StatisticsDirection | null;
  tradeMode?: string | null;
  hsChapter?: string | null;
  country?: string | null;
  currency?: string | null;
}

/** A checked filter: the zones the caller may see, the periods in order, the dimensions. */
export interface StatisticsView extends StatisticsDimensions {
  granularity: Granularity;
  zones: ZoneCode[];
  periods: string[];
  /** First and last Beijing calendar day covered (inclusive), YYYY-MM-DD. */
  firstDay: string;
  lastDay: string;
}

/** Trade modes of the customs message standard's cross-border e-commerce (监管方式). */
export const STATISTICS_TRADE_MODES: readonly string[] = ['9610', '1210', '9710', '9810'];
/** At most this many periods in one view: a year and a day of days, ten years of months. */
export const MAX_PERIODS: Readonly<Record<Granularity, number>> = { DAY: 366, MONTH: 120 };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date YYYY-MM-DD as days since 1970-01-01, or null when it is no such date. */
export function dayNumberOf(text: string): number | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return null;
  return time / 86_400_000;
}

export function dayText(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/** The periods from `firstDay` to `lastDay` (inclusive) at a granularity, in order. */
export function periodsBetween(firstDay: number, lastDay: number, granularity: Granularity): string[] {
  if (granularity === 'DAY') {
    const periods: string[] = [];
    for (let d = firstDay; d <= lastDay; d++) periods.push(dayText(d));
    return periods;
  }
  const start = new Date(firstDay * 86_400_000);
  const end = new Date(lastDay * 86_400_000);
  const periods: string[] = [];
  for (let m = start.getUTCFullYear() * 12 + start.getUTCMonth(); m <= end.getUTCFullYear() * 12 + end.getUTCMonth(); m++) {
    periods.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  }
  return periods;
}

/** The first and last day (inclusive, YYYY-MM-DD) of a period; null when it is not one. */
export function periodDays(period: string, granularity: Granularity): { first: string; last: string } | null {
  if (granularity === 'DAY') return dayNumberOf(period) === null ? null : { first: period, last: period };
  const first = dayNumberOf(`${period}-01`);
  if (first === null || !/^\d{4}-\d{2}$/.test(period)) return null;
  const [year, month] = period.split('-').map(Number) as [number, number];
  const last = Date.UTC(year, month, 0) / 86_400_000;
  return { first: `${period}-01`, last: dayText(last) };
}

function checkDimensions(filter: StatisticsFilterInput, problems: FieldProblem[]): void {
  if (filter.tradeMode != null && !STATISTICS_TRADE_MODES.includes(filter.tradeMode)) {
    problems.push({ field: 'filter.tradeMode', reason: `must be one of ${STATISTICS_TRADE_MODES.join(', ')}` });
  }
  if (filter.hsChapter != null && !(/^\d{2}$/.test(filter.hsChapter) && Number(filter.hsChapter) >= 1 && Number(filter.hsChapter) <= 97)) {
    problems.push({ field: 'filter.hsChapter', reason: 'must be a two-digit HS chapter from 01 to 97' });
  }
  if (filter.country != null && !/^[A-Z]{3}$/.test(filter.country)) {
    problems.push({ field: 'filter.country', reason: 'must be an ISO 3166-1 alpha-3 country code (three capital letters)' });
  }
}

/**
 * Checks a statistics filter and confines it to what the caller may see: a zone-bound caller its
 * own zone only (another zone: no rows), banks nothing (FORBIDDEN). Every wrong field is named in
 * one BAD_USER_INPUT error.
 */
export function statisticsViewOf(filter: StatisticsFilterInput, caller: Caller): StatisticsView {
  assertMayReadStatistics(caller);
  const problems: FieldProblem[] = [];
  const from = dayNumberOf(filter.from);
  const to = dayNumberOf(filter.to);
  if (from === null) problems.push({ field: 'filter.from', reason: 'must be a Beijing calendar date YYYY-MM-DD between 2000 and 2099' });
  if (to === null) problems.push({ field: 'filter.to', reason: 'must be a Beijing calendar date YYYY-MM-DD between 2000 and 2099' });
  checkDimensions(filter, problems);
  let periods: string[] = [];
  if (from !== null && to !== null) {
    if (to < from) problems.push({ field: 'filter.to', reason: 'must not be before filter.from' });
    else {
      periods = periodsBetween(from, to, filter.granularity);
      if (periods.length > MAX_PERIODS[filter.granularity]) {
        problems.push({ field: 'filter.to', reason: `the view may span at most ${MAX_PERIODS[filter.granularity]} periods of granularity ${filter.granularity}, this one spans ${periods.length}` });
      }
    }
  }
  if (problems.length > 0) throw badUserInput(problems);
  // As with every list of the API, a zone-bound caller asking for another zone gets nothing.
  const zone = filter.zone ?? caller.zone;
  const foreign = caller.zone !== null && zone !== caller.zone;
  return {
    granularity: filter.granularity,
    zones: foreign ? [] : zone ? [zone] : [...ZONE_CODES],
    periods,
    firstDay: dayText(from!),
    lastDay: dayText(to!),
    direction: filter.direction ?? null,
    tradeMode: filter.tradeMode ?? null,
    hsChapter: filter.hsChapter ?? null,
    country: filter.country ?? null,
    currency: filter.currency ?? null,
  };
}

/** Statistics are for regulators, officers, department systems and the zone platform; never banks. */
export function assertMayReadStatistics(caller: Caller): void {
  if (caller.role === 'BANK') throw forbidden('Banks do not read the zones\' statistics');
}

/** The ZoneStatistics keys of a view: every zone for every period, period by period. */
export function statisticsKeysOf(view: StatisticsView): StatisticsKey[] {
  const keys: StatisticsKey[] = [];
  for (const period of view.periods) {
    for (const zone of view.zones) {
      keys.push({ zone, period, granularity: view.granularity, direction: view.direction, tradeMode: view.tradeMode, hsChapter: view.hsChapter, country: view.country, currency: view.currency });
    }
  }
  return keys;
}

/** A representation as the gateway sends it, normalised (absent dimensions are null). */
export function statisticsKeyOf(representation: Record<string, unknown>): StatisticsKey {
  const text = (name: string): string | null => (typeof representation[name] === 'string' ? (representation[name] as string) : null);
  return {
    zone: representation.zone as ZoneCode,
    period: String(representation.period),
    granularity: representation.granularity === 'DAY' ? 'DAY' : 'MONTH',
    direction: (text('direction') as StatisticsDirection | null) ?? null,
    tradeMode: text('tradeMode'),
    hsChapter: text('hsChapter'),
    country: text('country'),
    currency: text('currency'),
  };
}

/** One text for the dimensions and granularity of a key: keys sharing it are read together. */
export function sliceOf(key: StatisticsKey): string {
  return JSON.stringify([key.granularity, key.direction, key.tradeMode, key.hsChapter, key.country, key.currency]);
}

export function keyText(key: StatisticsKey): string {
  return JSON.stringify([key.zone, key.period, key.granularity, key.direction, key.tradeMode, key.hsChapter, key.country, key.currency]);
}
