import DataLoader from 'dataloader';
import type { Pool, PoolClient } from 'pg';
import type { Caller } from '../caller';
import { statementName } from '../row-reader';
import { keyText, periodDays, sliceOf, type DimensionName, type StatisticsKey } from './filter';

/**
 * Bucket aggregates of the statistics. Each department keeps, in its own schema, one table per
 * kind of figure with a row per zone, Beijing calendar day and dimension values ('D' rows) and
 * per zone and month ('M' rows, the sums of the month's 'D' rows), plus `stat_dirty`, where
 * statement triggers on the department's own tables note, in the writing transaction itself, each
 * zone and day whose records a statement inserted, changed or deleted (old and new day, so a
 * revision that moves a record moves it between buckets). The department drains that queue as
 * the writes commit (a trigger on `stat_dirty` wakes it, see StatisticsStore): it recomputes the
 * noted days from their rows and the months around them from the days, a bounded chunk of days
 * per transaction. The figures are exact, since a day's buckets are always recomputed from that
 * day's rows as committed, never adjusted by deltas; a read that finds days still noted waits
 * for them first, so it sees every write committed before it. A query reads buckets, not rows:
 * one fixed-shape statement per bucket table through the department's pool.
 */

/** Columns of a bucket table that the statistics filter's dimensions select on. */
export type DimensionColumns = Partial<Record<DimensionName, string>>;

export interface BucketTable {
  /** Table in the department's schema (columns grain, zone, period, then the ones below). */
  table: string;
  /** The filter's dimensions this table is cut by, and their columns. */
  dimensions: DimensionColumns;
  /** Further key columns a figure is broken down by (a rejection reason, hours to release). */
  breakdown: readonly string[];
  /** Additive measures (counts and sums). */
  measures: readonly string[];
  /**
   * SELECT of the 'D' rows of the days in `unnest($1::text[], $2::date[]) AS d(zone, day)`,
   * naming its columns zone, day, then the dimension, breakdown and measure columns.
   */
  daySelect: string;
}

/** The Beijing calendar day of a timestamptz column, in SQL. */
export function beijingDay(column: string): string {
  return `((${column} AT TIME ZONE 'UTC') + interval '8 hours')::date`;
}

/** SQL condition: a timestamptz column falls on the day `d.day` in Beijing. */
export function onBeijingDay(column: string): string {
  return `${column} >= (d.day::timestamp - interval '8 hours') AT TIME ZONE 'UTC' AND ${column} < (d.day::timestamp + interval '16 hours') AT TIME ZONE 'UTC'`;
}

function keyColumns(table: BucketTable): string[] {
  return [...Object.values(table.dimensions), ...table.breakdown];
}

/** What the buckets need of a department's pool (a pg Pool). */
export type StatisticsPool = Pick<Pool, 'query' | 'connect'>;

/** What one chunk of a drain took: the zone-days it recomputed and the marks of them it removed from the queue. */
export interface RefreshedChunk {
  days: number;
  marks: number;
}

/** Zone-days recomputed per transaction: a chunk keeps a drain's transactions (and locks) short. */
export const REFRESH_CHUNK_DAYS = 64;

/**
 * Recomputes the buckets of one chunk of the zones and days noted dirty (at most `chunkDays`), in
 * one transaction under the department's refresh lock, and returns how many zone-days it took and how many marks.
 * The chunk's marks are taken with one DELETE … RETURNING, which removes exactly the marks
 * committed when it runs; every row those writes committed is then visible to the recomputation,
 * and marks of writes committing meanwhile stay for the next chunk.
 */
export async function refreshBucketChunk(pool: StatisticsPool, department: string, tables: readonly BucketTable[], chunkDays = REFRESH_CHUNK_DAYS): Promise<RefreshedChunk> {
  const tx: PoolClient = await pool.connect();
  try {
    await tx.query('BEGIN');
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`statistics-refresh:${department}`]);
    const { rows: dirty } = await tx.query<{ zone: string; day: string; marks: number }>(
      `WITH picked AS (SELECT DISTINCT zone, day FROM stat_dirty ORDER BY zone, day LIMIT $1),
       taken AS (DELETE FROM stat_dirty s USING picked p WHERE s.zone = p.zone AND s.day = p.day RETURNING s.zone, s.day)
       SELECT zone, day::text AS day, count(*)::int AS marks FROM taken GROUP BY zone, day`,
      [chunkDays],
    );
    if (dirty.length > 0) await recomputeDays(tx, tables, dirty);
    await tx.query('COMMIT');
    return { days: dirty.length, marks: dirty.reduce((sum, d) => sum + d.marks, 0) };
  } catch (error) {
    await tx.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    tx.release();
  }
}

/** Recomputes the 'D' rows of the given zone-days from their rows and the 'M' rows of their months from the days. */
async function recomputeDays(tx: PoolClient, tables: readonly BucketTable[], dirty: readonly { zone: string; day: string }[]): Promise<void> {
  const zones = dirty.map((d) => d.zone);
  const days = dirty.map((d) => d.day);
  const months = new Map<string, { zone: string; month: string }>();
  for (const d of dirty) months.set(`${d.zone} ${d.day.slice(0, 7)}`, { zone: d.zone, month: `${d.day.slice(0, 7)}-01` });
  const monthZones = [...months.values()].map((m) => m.zone);
  const monthStarts = [...months.values()].map((m) => m.month);
  for (const table of tables) {
    const keys = keyColumns(table);
    const columns = [...keys, ...table.measures];
    await tx.query(`DELETE FROM ${table.table} b USING unnest($1::text[], $2::date[]) AS d(zone, day) WHERE b.grain = 'D' AND b.zone = d.zone AND b.period = d.day`, [zones, days]);
    await tx.query(
      `INSERT INTO ${table.table} (grain, zone, period, ${columns.join(', ')}) SELECT 'D', q.zone, q.day, ${columns.map((c) => `q.${c}`).join(', ')} FROM (${table.daySelect}) q`,
      [zones, days],
    );
    await tx.query(`DELETE FROM ${table.table} b USING unnest($1::text[], $2::date[]) AS d(zone, month) WHERE b.grain = 'M' AND b.zone = d.zone AND b.period = d.month`, [monthZones, monthStarts]);
    await tx.query(
      `INSERT INTO ${table.table} (grain, zone, period, ${columns.join(', ')})
       SELECT 'M', b.zone, d.month, ${keys.map((c) => `b.${c}`).join(', ')}${keys.length ? ', ' : ''}${table.measures.map((m) => `sum(b.${m})`).join(', ')}
       FROM unnest($1::text[], $2::date[]) AS d(zone, month)
       JOIN ${table.table} b ON b.grain = 'D' AND b.zone = d.zone AND b.period >= d.month AND b.period < (d.month + interval '1 month')::date
       GROUP BY b.zone, d.month${keys.map((c) => `, b.${c}`).join('')}`,
      [monthZones, monthStarts],
    );
  }
}

/** One bucket row as read: the zone and period, the breakdown columns and the summed measures as text. */
export type BucketRow = Record<string, string>;

/** A key asks for a dimension the table is not cut by: the department cannot answer it. */
export function tableAnswers(table: BucketTable, key: StatisticsKey): boolean {
  return (['direction', 'tradeMode', 'hsChapter', 'country', 'currency'] as const).every((name) => key[name] === null || table.dimensions[name] !== undefined);
}

const DAY_PERIOD = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_PERIOD = /^\d{4}-\d{2}$/;

/** The bucket rows read for keys of one slice, by `zone period`; `noted`: days were still noted when they were read. */
export interface BucketRead {
  rows: Map<string, BucketRow[]>;
  noted: boolean;
}

/**
 * Reads the buckets of keys sharing one slice (granularity and dimensions), summed over the
 * dimensions the keys leave open, per zone, period and breakdown: one fixed-shape statement for
 * all of them, which also says, in the same snapshot, whether a day of the view's zones and days
 * is still noted in `stat_dirty` (then the buckets it read may lag a committed write, and the
 * caller refreshes and reads again). That look goes through the queue's (zone, day) index, so
 * days noted elsewhere, and the dead rows a drain leaves until the queue is vacuumed, cost it
 * next to nothing. Keys the table cannot answer (a dimension it is not cut by) are left out.
 */
export async function readBuckets(db: Pick<StatisticsPool, 'query'>, table: BucketTable, keys: readonly StatisticsKey[], groupBy: readonly string[] = []): Promise<BucketRead> {
  const result = new Map<string, BucketRow[]>();
  const answerable = keys.filter((key) => tableAnswers(table, key));
  if (answerable.length === 0) return { rows: result, noted: false };
  const first = answerable[0]!;
  // The days the keys span: from the first day of the earliest period to the last of the latest
  // (periods of one granularity compare as text); a key whose period is no period reads nothing.
  const pattern = first.granularity === 'DAY' ? DAY_PERIOD : MONTH_PERIOD;
  let earliest: string | null = null;
  let latest: string | null = null;
  const zoneSet = new Set<string>();
  for (const key of answerable) {
    if (!pattern.test(key.period)) continue;
    if (earliest === null || key.period < earliest) earliest = key.period;
    if (latest === null || key.period > latest) latest = key.period;
    zoneSet.add(key.zone);
  }
  let fromRange = earliest === null ? null : periodDays(earliest, first.granularity);
  let toRange = latest === null ? null : periodDays(latest, first.granularity);
  if (!fromRange || !toRange) {
    // A period of the right shape that is no calendar period (month 13): leave such keys out one by one.
    const ranges = answerable.map((key) => periodDays(key.period, key.granularity)).filter((r) => r !== null);
    if (ranges.length === 0) return { rows: result, noted: false };
    fromRange = ranges.reduce((min, r) => (r.first < min.first ? r : min), ranges[0]!);
    toRange = ranges.reduce((max, r) => (r.last > max.last ? r : max), ranges[0]!);
  }
  const from = fromRange.first;
  const to = toRange.last;
  const zones = [...zoneSet];
  const values: unknown[] = [first.granularity === 'DAY' ? 'D' : 'M', zones, from, to];
  const conditions: string[] = [];
  for (const name of ['direction', 'tradeMode', 'hsChapter', 'country', 'currency'] as const) {
    if (first[name] !== null) {
      values.push(first[name]);
      conditions.push(`AND ${table.dimensions[name]} = $${values.length}`);
    }
  }
  const format = first.granularity === 'DAY' ? 'YYYY-MM-DD' : 'YYYY-MM';
  const groups = [...table.breakdown, ...groupBy];
  const breakdown = groups.map((c) => `, ${c}::text AS ${c}`).join('');
  const text = `SELECT q.*, x.noted FROM (SELECT EXISTS (SELECT 1 FROM stat_dirty WHERE zone = ANY($2::text[]) AND day >= $3::date AND day <= $4::date) AS noted) x LEFT JOIN LATERAL (
       SELECT zone, to_char(period, '${format}') AS period${breakdown}, ${table.measures.map((m) => `sum(${m})::text AS ${m}`).join(', ')}
       FROM ${table.table}
       WHERE grain = $1 AND zone = ANY($2::text[]) AND period >= $3::date AND period <= $4::date ${conditions.join(' ')}
       GROUP BY zone, period${groups.map((c) => `, ${c}`).join('')}) q ON true`;
  // A named statement: the shapes are few (table, granularity, the dimensions set), so each
  // connection parses and plans each once instead of on every read.
  const { rows } = await db.query<BucketRow & { noted: boolean }>({ name: statementName(text), text, values });
  for (const key of answerable) result.set(`${key.zone} ${key.period}`, []);
  for (const row of rows) if (row.zone !== null) result.get(`${row.zone} ${row.period}`)?.push(row);
  return { rows: result, noted: rows[0]?.noted === true };
}

/**
 * A DataLoader of a department's figures per ZoneStatistics key: the keys of one request are
 * grouped by slice and each slice is computed with one read per bucket table. Keys the caller may
 * not see (another zone for a zone-bound caller, any for a bank) get null.
 */
export function statisticsLoader<F>(caller: Caller, computeSlice: (keys: StatisticsKey[]) => Promise<Map<string, F>>): DataLoader<StatisticsKey, F | null, string> {
  return new DataLoader<StatisticsKey, F | null, string>(
    async (keys) => {
      const slices = new Map<string, StatisticsKey[]>();
      for (const key of keys) {
        if (caller.role === 'BANK' || (caller.zone !== null && key.zone !== caller.zone)) continue;
        const slice = sliceOf(key);
        const group = slices.get(slice);
        if (group) group.push(key);
        else slices.set(slice, [key]);
      }
      const figures = new Map<string, F>();
      for (const group of slices.values()) {
        for (const [text, value] of await computeSlice(group)) figures.set(text, value);
      }
      return keys.map((key) => figures.get(keyText(key)) ?? null);
    },
    { cacheKeyFn: keyText },
  );
}

/** Sums a measure over bucket rows, as an exact decimal string with two places (money). */
export function sumMoney(rows: readonly BucketRow[], measure: string): string {
  let cents = 0n;
  for (const row of rows) {
    const [whole = '0', fraction = ''] = (row[measure] ?? '0').replace('-', '').split('.');
    const value = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
    cents += (row[measure] ?? '').startsWith('-') ? -value : value;
  }
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export function sumCount(rows: readonly BucketRow[], measure: string): number {
  return rows.reduce((sum, row) => sum + Number(row[measure] ?? 0), 0);
}

const perRequest = new WeakMap<object, unknown>();

/** One value per request context (a loader), made on first use. */
export function perRequestValue<T>(context: object, make: () => T): T {
  if (!perRequest.has(context)) perRequest.set(context, make());
  return perRequest.get(context) as T;
}

/** The rows of one key read by readBuckets; null when the table cannot answer it. */
export function rowsOf(rows: Map<string, BucketRow[]>, key: StatisticsKey): BucketRow[] | null {
  return rows.get(`${key.zone} ${key.period}`) ?? null;
}
