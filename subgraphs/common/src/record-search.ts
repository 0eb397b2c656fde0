import type { Caller } from './caller';
import { connectionCursors } from './cursors';
import { badUserInput, forbidden } from './errors';
import { pageSize } from './input';
import { idParams, rowReaderOf } from './row-reader';
import type { ZoneCode } from './zones';

/**
 * The regulators' record searches (信息互换 in bulk): one root connection per record kind in the
 * department that owns it, with a filter on the department's own fields, an order, `first` and a
 * signed `after`. Shared here: who may search, the zone rule, the page, the keyset position,
 * time and amount ranges, and the bounded count. Each department supplies its conditions as SQL
 * over its own table; three statements per page whatever its size (rows, count, records).
 */

/** Page sizes of every record search: 100 unless asked, at most 1,000 (as the transaction feed). */
export const SEARCH_PAGE = { fallback: 100, max: 1000 } as const;

/** totalCount is exact up to this many rows; beyond, the planner's estimate, flagged as such. */
export const EXACT_COUNT_LIMIT = 10_000;

/** Longest time range a search accepts, in days (a year and a day: a calendar year in any time zone). */
export const MAX_SEARCH_SPAN_DAYS = 366;

/**
 * Searches are for regulators, officers, department systems and the zone platform; a bank reads
 * its payments through the transaction feed and the orders it processed, never by search.
 */
export function assertMaySearch(caller: Caller, what: string): void {
  if (caller.role === 'BANK') throw forbidden(`A bank may not search ${what}: it reads its own payments through transactionFeed`);
}

/**
 * The zones a search covers. A zone-bound caller searches its zone: naming another zone is
 * FORBIDDEN, not silently empty; naming none means its own. A province-wide caller: the zones
 * named, or every zone (null).
 */
export function searchZones(caller: Caller, requested: readonly ZoneCode[] | null | undefined, field = 'filter.zones'): ZoneCode[] | null {
  const named = requested && requested.length > 0 ? [...new Set(requested)] : null;
  if (caller.zone) {
    const foreign = named?.filter((zone) => zone !== caller.zone) ?? [];
    if (foreign.length > 0) throw forbidden(`${field}: a caller of ${caller.zone} may not search ${foreign.join(', ')}`);
    return [caller.zone];
  }
  return named;
}

/**
 * A half-open time range [from, to) on a record's own time. Either end may be left out of the
 * filter, but a range that is given is bounded: from is needed when to is given, to defaults to
 * now, from must be before to, and the span at most MAX_SEARCH_SPAN_DAYS.
 */
export function timeRange(fromField: string, from: Date | string | null | undefined, toField: string, to: Date | string | null | undefined, now: Date): { from: Date; to: Date } | null {
  if (from == null && to == null) return null;
  if (from == null) throw badUserInput({ field: fromField, reason: `is needed with ${toField}: a range is at most ${MAX_SEARCH_SPAN_DAYS} days` });
  const start = new Date(from);
  const end = to == null ? now : new Date(to);
  if (Number.isNaN(start.getTime())) throw badUserInput({ field: fromField, reason: 'must be a date-time' });
  if (Number.isNaN(end.getTime())) throw badUserInput({ field: toField, reason: 'must be a date-time' });
  if (start.getTime() >= end.getTime()) throw badUserInput({ field: toField, reason: `must be after ${fromField}` });
  if (end.getTime() - start.getTime() > MAX_SEARCH_SPAN_DAYS * 86_400_000) {
    throw badUserInput({ field: toField, reason: `is more than ${MAX_SEARCH_SPAN_DAYS} days after ${fromField}${to == null ? ' (it defaults to now)' : ''}` });
  }
  return { from: start, to: end };
}

const AMOUNT = /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,2})?$/;

/** An amount range [min, max] in one currency: both optional, not negative, at most 2 decimals, min not above max. */
export function amountRange(minField: string, min: string | null | undefined, maxField: string, max: string | null | undefined): { min: string | null; max: string | null } | null {
  if (min == null && max == null) return null;
  if (min != null && !AMOUNT.test(min)) throw badUserInput({ field: minField, reason: 'must be an amount not below zero, at most 2 decimals' });
  if (max != null && !AMOUNT.test(max)) throw badUserInput({ field: maxField, reason: 'must be an amount not below zero, at most 2 decimals' });
  if (min != null && max != null && Number(min) > Number(max)) throw badUserInput({ field: maxField, reason: `must not be below ${minField}` });
  return { min: min ?? null, max: max ?? null };
}

/** Most values a filter's list may name (zones, codes, statuses). */
export const MAX_FILTER_VALUES = 50;

/** A filter's list, at most MAX_FILTER_VALUES long. */
export function boundedList<T>(field: string, values: readonly T[] | null | undefined): readonly T[] | null {
  if (values == null || values.length === 0) return null;
  if (values.length > MAX_FILTER_VALUES) throw badUserInput({ field, reason: `names at most ${MAX_FILTER_VALUES} values` });
  return values;
}

/** Conditions of a search as SQL with numbered parameters, built up one filter field at a time. */
export class SqlConditions {
  readonly values: unknown[] = [];
  readonly clauses: string[] = [];

  /** The placeholder of a new parameter. */
  param(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }

  add(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  /**
   * column = ANY(values), when values are given. `cast` is the column's own type: `::bpchar` for a
   * CHAR column, since `::text` makes PostgreSQL compare the column as text and skip its index.
   */
  anyOf(column: string, values: readonly unknown[] | null | undefined, cast: string): this {
    if (values && values.length > 0) this.add(`${column} = ANY(${this.param([...new Set(values)], `${cast}[]`)})`);
    return this;
  }

  equals(column: string, value: unknown, cast = ''): this {
    if (value !== null && value !== undefined) this.add(`${column} = ${this.param(value, cast)}`);
    return this;
  }

  within(column: string, range: { from: Date; to: Date } | null): this {
    if (range) this.add(`${column} >= ${this.param(range.from, '::timestamptz')} AND ${column} < ${this.param(range.to, '::timestamptz')}`);
    return this;
  }

  between(column: string, range: { min: string | null; max: string | null } | null): this {
    if (range?.min != null) this.add(`${column} >= ${this.param(range.min, '::numeric')}`);
    if (range?.max != null) this.add(`${column} <= ${this.param(range.max, '::numeric')}`);
    return this;
  }

  where(): string {
    return this.clauses.length > 0 ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** How a search orders its rows: one column (a time or an amount) and the row id as tie-breaker. */
export interface SearchOrder {
  /** SQL expression of the column, e.g. `pay_time`. */
  column: string;
  /** Its PostgreSQL type, for the cursor's value: timestamptz or numeric. */
  type: 'timestamptz' | 'numeric';
  descending: boolean;
}

export interface SearchRequest {
  /** The connection, e.g. forex.payments: cursors of one connection are refused by another. */
  connection: string;
  caller: Caller;
  /** The filter and order as the caller gave them: a cursor is bound to them. */
  query: unknown;
  /** Table (of the department's own schema) and its id column. */
  table: string;
  conditions: SqlConditions;
  order: SearchOrder;
  first: number | null | undefined;
  after: string | null | undefined;
}

export interface SearchIdsPage {
  /** Ids of the page's rows, in order, with each one's cursor. */
  rows: { id: bigint; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
  totalCountIsEstimate: boolean;
}

interface Queryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

interface Position {
  v: string | null;
  id: string;
}

function positionOf(value: unknown): Position {
  const position = value as { v?: unknown; id?: unknown } | null;
  if (!position || typeof position.id !== 'string' || !/^[0-9]{1,19}$/.test(position.id) || (position.v !== null && typeof position.v !== 'string')) {
    throw badUserInput({ field: 'after', reason: 'is not a position in this search' });
  }
  return { v: position.v as string | null, id: position.id };
}

/**
 * One keyset page: the ids of the rows after the cursor in (column, id) order, exact while rows
 * are written (a row is after or before a position whatever else changed), and the bounded count.
 */
export async function searchPage(db: Queryable, request: SearchRequest): Promise<SearchIdsPage> {
  const size = pageSize('first', request.first, SEARCH_PAGE.fallback, SEARCH_PAGE.max);
  const binding = { connection: request.connection, caller: request.caller, query: request.query };
  const after = request.after == null ? null : positionOf(connectionCursors.decode(binding, request.after));
  const { column, type, descending } = request.order;
  const page = new SqlConditions();
  page.values.push(...request.conditions.values);
  page.clauses.push(...request.conditions.clauses);
  const direction = descending ? 'DESC' : 'ASC';
  if (after) {
    const comparison = descending ? '<' : '>';
    page.add(`(${column}, id) ${comparison} (${page.param(after.v, `::${type}`)}, ${page.param(after.id, '::bigint')})`);
  }
  const limit = page.param(size + 1);
  const rows = await db.$queryRawUnsafe<{ id: bigint; v: string | null }[]>(
    `SELECT id, (${column})::text AS v FROM ${request.table} ${page.where()} ORDER BY ${column} ${direction}, id ${direction} LIMIT ${limit}`,
    ...page.values,
  );
  const counted = await db.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM ${request.table} ${request.conditions.where()} LIMIT ${EXACT_COUNT_LIMIT + 1}) AS bounded`,
    ...request.conditions.values,
  );
  let totalCount = Number(counted[0]?.n ?? 0);
  const totalCountIsEstimate = totalCount > EXACT_COUNT_LIMIT;
  if (totalCountIsEstimate) totalCount = await plannerEstimate(db, request, totalCount);
  return {
    rows: rows.slice(0, size).map((row) => ({ id: row.id, cursor: connectionCursors.encode(binding, { v: row.v, id: String(row.id) }) })),
    hasNextPage: rows.length > size,
    totalCount,
    totalCountIsEstimate,
  };
}

/** The planner's row estimate for the search, never below what was already counted. */
async function plannerEstimate(db: Queryable, request: SearchRequest, atLeast: number): Promise<number> {
  const plan = await db.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM ${request.table} ${request.conditions.where()}`,
    ...request.conditions.values,
  );
  const estimate = Math.round(plan[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0);
  return Math.max(estimate, atLeast);
}

/** Records by id in the page's order (the statement returns them in any order). */
export function inPageOrder<R extends { id: bigint }>(page: SearchIdsPage, records: readonly R[]): { cursor: string; node: R }[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return page.rows.flatMap((row) => {
    const node = byId.get(row.id);
    return node ? [{ cursor: row.cursor, node }] : [];
  });
}

export interface SearchConnection<R> {
  edges: { cursor: string; node: R }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  totalCountIsEstimate: boolean;
}

/**
 * The page's endCursor: its last edge's cursor, or, on a page without edges (`first: 0`, or nothing
 * after the position), the `after` it was asked with, so a client that resumes from endCursor stays
 * where it was instead of starting over. `first: 0` is a page like any other: no edges,
 * hasNextPage whether rows follow the position, totalCount as always.
 */
export function endCursorOf(edges: readonly { cursor: string }[], after: string | null | undefined): string | null {
  return edges.at(-1)?.cursor ?? after ?? null;
}

/**
 * The records of a page by id through the department's row reader (row-reader.ts): one fixed SQL
 * text per model, a named prepared statement, rows as Prisma returns them, nothing compiled per
 * request. `model` is the Prisma model's name; its table has an `id` column.
 */
export function recordsById<R>(prisma: object, model: string): (ids: bigint[]) => Promise<R[]> {
  const read = rowReaderOf(prisma);
  return (ids) => read.select<R>(model, { where: 't.id = ANY($1::bigint[])' }, [idParams(ids)]);
}

/** A whole search page: the keyset page, then its records by id (one statement) in page order. */
export async function searchConnection<R extends { id: bigint }>(db: Queryable, request: SearchRequest, recordsByIds: (ids: bigint[]) => Promise<readonly R[]>): Promise<SearchConnection<R>> {
  const page = await searchPage(db, request);
  const ids = page.rows.map((row) => row.id);
  const edges = inPageOrder(page, ids.length === 0 ? [] : await recordsByIds(ids));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: endCursorOf(edges, request.after) },
    totalCount: page.totalCount,
    totalCountIsEstimate: page.totalCountIsEstimate,
  };
}
