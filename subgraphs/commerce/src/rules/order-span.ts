import type { FieldProblem } from '@zone/common';

/** The longest span of orders one query may ask for: a year, leap day included. */
export const ORDER_SPAN_MAX_DAYS = 366;
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight in Beijing at the start of a calendar date YYYY-MM-DD, or null when it is not one. */
export function beijingMidnight(date: string): Date | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utc - BEIJING_OFFSET_MS);
}

/**
 * The instants a span of Beijing calendar dates covers, from the first date's midnight to the
 * midnight after the last (exclusive), or every problem with it: a date that is not one, an end
 * before the start, more than ORDER_SPAN_MAX_DAYS days.
 */
export function orderSpanOf(from: string, to: string, path = 'filter'): { start: Date; end: Date } | FieldProblem[] {
  const start = beijingMidnight(from);
  const last = beijingMidnight(to);
  const problems: FieldProblem[] = [];
  if (!start) problems.push({ field: `${path}.from`, reason: 'must be a calendar date YYYY-MM-DD' });
  if (!last) problems.push({ field: `${path}.to`, reason: 'must be a calendar date YYYY-MM-DD' });
  if (!start || !last) return problems;
  if (last < start) return [{ field: `${path}.to`, reason: 'must not be before from' }];
  const days = Math.round((last.getTime() - start.getTime()) / DAY_MS) + 1;
  if (days > ORDER_SPAN_MAX_DAYS) return [{ field: `${path}.to`, reason: `must be at most ${ORDER_SPAN_MAX_DAYS} days after from (inclusive)` }];
  return { start, end: new Date(last.getTime() + DAY_MS) };
}

/** Opaque cursor of the orders connection: the last edge's order time and id (newest first). */
export function encodeOrderCursor(orderedAt: Date, id: bigint): string {
  return Buffer.from(`order:${orderedAt.toISOString()}|${id}`, 'utf8').toString('base64url');
}

export function decodeOrderCursor(cursor: string): { orderedAt: Date; id: bigint } | null {
  const match = /^order:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return null;
  const orderedAt = new Date(match[1]!);
  return Number.isNaN(orderedAt.getTime()) ? null : { orderedAt, id: BigInt(match[2]!) };
}
