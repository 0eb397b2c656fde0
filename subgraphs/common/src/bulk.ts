import type { ClientBase } from 'pg';

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

/** RawSql over a node-postgres client or pool: rows as node-postgres returns them (int8 as a string). */
export function rawSqlOf(db: Pick<ClientBase, 'query'>): RawSql {
  return { $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await db.query(query, values)).rows as T };
}

/** True when none of the tables (in the session's schema) holds a row. */
export async function tablesEmpty(db: Pick<ClientBase, 'query'>, tables: readonly string[]): Promise<boolean> {
  const { rows } = await db.query<{ any: boolean }>(`SELECT ${tables.map((t) => `EXISTS (SELECT 1 FROM "${t}")`).join(' OR ')} AS any`);
  return rows[0]?.any === false;
}

/** Indexes and foreign keys set aside for a bulk load, with the statements that restore them. */
export interface DeferredStructures {
  /** CREATE INDEX statements, as pg_get_indexdef gives them. */
  indexes: string[];
  /** ALTER TABLE … ADD CONSTRAINT statements of the foreign keys. */
  foreignKeys: string[];
}

/**
 * Drops, in the caller's transaction, the non-unique indexes and the foreign keys of the given
 * tables (in the session's schema), returning the statements that restore them exactly as they
 * were. Loading into an empty table and then building each index once, sorted, costs a fraction
 * of maintaining it row by row, and a foreign key added afterwards checks every row in one join
 * instead of one lookup per row. Primary keys and unique indexes stay, so a duplicate key still
 * fails the load. Only for tables nobody else writes meanwhile (the load holds them locked).
 */
export async function deferIndexesAndForeignKeys(db: Pick<ClientBase, 'query'>, tables: readonly string[]): Promise<DeferredStructures> {
  const { rows: indexes } = await db.query<{ name: string; definition: string }>(
    `SELECT quote_ident(ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])
        AND NOT i.indisprimary AND NOT i.indisunique
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY c.relname, ic.relname`,
    [tables],
  );
  const { rows: keys } = await db.query<{ name: string; table: string; definition: string }>(
    `SELECT quote_ident(k.conname) AS name, quote_ident(c.relname) AS table, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
      WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])
      ORDER BY c.relname, k.conname`,
    [tables],
  );
  for (const key of keys) await db.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`);
  return {
    indexes: indexes.map((i) => i.definition),
    foreignKeys: keys.map((k) => `ALTER TABLE ${k.table} ADD CONSTRAINT ${k.name} ${k.definition}`),
  };
}

/** Builds the indexes and adds the foreign keys deferIndexesAndForeignKeys set aside. */
export async function restoreIndexesAndForeignKeys(db: Pick<ClientBase, 'query'>, deferred: DeferredStructures): Promise<void> {
  for (const statement of deferred.indexes) await db.query(statement);
  for (const statement of deferred.foreignKeys) await db.query(statement);
}
