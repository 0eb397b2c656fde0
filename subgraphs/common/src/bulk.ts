/** The raw-SQL part of a Prisma client (or of a transaction client). */
export interface RawSql {
  $queryRawUnsafe: <T = unknown>(query: string, ...values: unknown[]) => Promise<T>;
}

/** PostgreSQL type of each column, e.g. `{ order_no: 'text', amount_paid: 'numeric', zone: '"Zone"' }`. */
export type BulkColumns = Record<string, string>;

export interface BulkInsertOptions {
  /** Columns to return for the inserted rows (rows skipped as duplicates are not returned). */
  returning?: string[];
  /** Rows per statement (default 5,000). */
  chunkSize?: number;
}

/**
 * Inserts many rows with one `INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING` per chunk:
 * one array parameter per column instead of one parameter per value, which keeps a million-order
 * seed to minutes. Rows whose unique key exists are skipped, so re-running is harmless.
 */
export async function bulkInsert<R extends Record<string, unknown> = Record<string, unknown>>(
  db: RawSql,
  table: string,
  columns: BulkColumns,
  rows: readonly Record<string, unknown>[],
  options: BulkInsertOptions = {},
): Promise<R[]> {
  const names = Object.keys(columns);
  const chunkSize = options.chunkSize ?? 5000;
  const returning = options.returning?.length ? ` RETURNING ${options.returning.map((c) => `"${c}"`).join(', ')}` : '';
  const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) `
    + `SELECT * FROM unnest(${names.map((n, i) => `$${i + 1}::${columns[n]}[]`).join(', ')}) `
    + `ON CONFLICT DO NOTHING${returning}`;
  const inserted: R[] = [];
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const values = names.map((name) => chunk.map((row) => {
      if (!(name in row)) throw new Error(`bulk insert into ${table}: row has no value for ${name}`);
      return row[name];
    }));
    const result = await db.$queryRawUnsafe<R[]>(sql, ...values);
    if (returning) inserted.push(...result);
  }
  return inserted;
}
