import { Client, Pool } from 'pg';
import {
  DEPARTMENTS,
  createDepartmentDatabase,
  deferIndexesAndForeignKeys,
  poolConfigFor,
  rawSqlOf,
  refreshBucketChunk,
  restoreIndexesAndForeignKeys,
  tablesEmpty,
  type DeferredStructures,
  type Department,
  type DemoBatch,
} from '@zone/common';
import { demoOrderTotal, generateDemo, type DemoOptions } from '../demo/generate';
import { DEPARTMENT_ENTRIES, type DepartmentEntry } from './departments';

/** Orders `npm start` writes on its first start (DEMO_ORDERS overrides), with the generator's seed. */
export const START_DEMO_ORDERS = 2000;

/** Batches generated ahead of the slowest department: the generator runs while the departments write. */
const BATCHES_AHEAD = 2;

export interface SeedOptions extends DemoOptions {
  urlOf: (department: Department) => string;
  idHashKey: string;
  /** Called after each batch with the number of orders written so far. */
  onProgress?: (written: number, total: number) => void;
  /** Told when the rows are written and when the indexes and the statistics are done. */
  onPhase?: (phase: string) => void;
}

interface DepartmentWriter {
  department: Department;
  entry: DepartmentEntry;
  client: Client;
  /** The load began with the department's tables empty: one transaction, indexes built at the end. */
  fresh: boolean;
  deferred: DeferredStructures | null;
  /** The department's writes so far, in batch order. */
  tail: Promise<void>;
}

const quoted = (tables: readonly string[]) => tables.map((t) => `"${t}"`).join(', ');

/**
 * Opens the department's load. When its tables are empty (a first seed), the whole load is one
 * transaction holding them locked, with their non-unique indexes and foreign keys set aside and
 * the triggers the department names suspended, so each index is built once, sorted, at the end;
 * otherwise each batch is its own transaction and rows that exist are skipped.
 */
async function openWriter(department: Department, url: string): Promise<DepartmentWriter> {
  const entry = DEPARTMENT_ENTRIES[department];
  const client = new Client(poolConfigFor(department, url));
  await client.connect();
  // A seed that dies is run again (it skips what exists): no need to wait for each commit's flush.
  await client.query('SET synchronous_commit = off');
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${quoted(entry.tables)} IN EXCLUSIVE MODE`);
  const fresh = await tablesEmpty(client, entry.tables);
  let deferred: DeferredStructures | null = null;
  if (fresh) {
    deferred = await deferIndexesAndForeignKeys(client, entry.tables);
    for (const [table, trigger] of entry.freshLoad?.suspendedTriggers ?? []) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
  } else {
    await client.query('COMMIT');
  }
  return { department, entry, client, fresh, deferred, tail: Promise.resolve() };
}

async function writeBatch(writer: DepartmentWriter, batch: DemoBatch, idHashKey: string): Promise<void> {
  const db = rawSqlOf(writer.client);
  if (writer.fresh) {
    await writer.entry.seed(db, batch, idHashKey);
    return;
  }
  await writer.client.query('BEGIN');
  try {
    await writer.entry.seed(db, batch, idHashKey);
    await writer.client.query('COMMIT');
  } catch (error) {
    await writer.client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Ends a fresh load: the indexes and foreign keys, the triggers, the commit. */
async function closeFreshLoad(writer: DepartmentWriter): Promise<void> {
  const { client, entry } = writer;
  await client.query("SET LOCAL maintenance_work_mem = '128MB'");
  await restoreIndexesAndForeignKeys(client, writer.deferred!);
  for (const [table, trigger] of entry.freshLoad?.suspendedTriggers ?? []) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
  await client.query('COMMIT');
}

/**
 * Planner statistics and the visibility map of a fresh load's tables, so the first reads plan well
 * and counts can be index-only scans. Only once every department has committed: while another
 * department's load transaction is open, VACUUM cannot mark a page visible to all (at 1,000,000
 * orders a search's bounded count read 10,001 rows in 100 ms from the heap instead of 7 ms from
 * the index).
 */
async function vacuumFreshLoad(writer: DepartmentWriter): Promise<void> {
  for (const table of writer.entry.tables) await writer.client.query(`VACUUM (ANALYZE) "${table}"`);
}

/**
 * Recomputes the statistics buckets of every day the load noted, as the department's drain would.
 * A drain chunk joins its days to the rows by zone and a time range computed from each day, whose
 * selectivity the planner cannot see: it takes a third of the table per day and hash-joins the
 * whole table against the days, so every chunk reads every row and tests it against every day of
 * its zone. After a load that is every chunk of thousands, so where the day queries read one table
 * by its (zone, time) index the seed asks for nested loops, which read each day's index range only
 * (at 100,000 orders: customs 15.1 s -> 2.2 s, public security 4.6 s -> 0.2 s for a quarter of
 * the days). The buckets are the same either way; only the plan differs. The queue and the
 * buckets are vacuumed afterwards, as a department does after a large drain.
 */
async function drainStatistics(department: Department, url: string): Promise<void> {
  const entry = DEPARTMENT_ENTRIES[department];
  const tables = entry.definition.statistics;
  if (!tables) return;
  const config = poolConfigFor(department, url, 1);
  const pool = new Pool(entry.drainByIndex ? { ...config, options: `${config.options} -c enable_hashjoin=off -c enable_mergejoin=off` } : config);
  try {
    while ((await refreshBucketChunk(pool, department, tables)).days > 0);
    // The drained marks and rewritten buckets are dead rows that every read would step over.
    await pool.query(`VACUUM (ANALYZE) stat_dirty, ${tables.map((t) => t.table).join(', ')}`);
  } finally {
    await pool.end();
  }
}

/**
 * Writes the demo data set, each department's part into its own schema over its own connection,
 * the departments side by side and batch by batch while the generator makes the next batches.
 * A department whose tables are empty loads in one transaction (see openWriter); re-running with
 * the same options skips records that exist. The statistics buckets are current when it returns.
 */
export async function seedAll(options: SeedOptions): Promise<void> {
  const total = demoOrderTotal(options);
  const writers: DepartmentWriter[] = [];
  let written = 0;
  try {
    for (const department of DEPARTMENTS) writers.push(await openWriter(department, options.urlOf(department)));
    const pending: Promise<void>[] = [];
    for (const batch of generateDemo(options)) {
      for (const writer of writers) writer.tail = writer.tail.then(() => writeBatch(writer, batch, options.idHashKey));
      const done = Promise.all(writers.map((w) => w.tail)).then(() => {
        written += batch.orders.length;
        options.onProgress?.(written, total);
      });
      // Awaited below, in order; a failure meanwhile is not an unhandled rejection.
      done.catch(() => undefined);
      pending.push(done);
      if (pending.length > BATCHES_AHEAD) await pending.shift();
    }
    await Promise.all(pending);
    const fresh = writers.filter((w) => w.fresh);
    options.onPhase?.(`rows written (${fresh.length === writers.length ? 'every department' : fresh.length === 0 ? 'no department' : fresh.map((w) => w.department).join(', ')} loaded into empty tables)`);
    await Promise.all(fresh.map(closeFreshLoad));
    await Promise.all(fresh.map(vacuumFreshLoad));
    if (fresh.length > 0) options.onPhase?.('indexes and foreign keys built, tables vacuumed and analysed');
    await Promise.all(DEPARTMENTS.map((d) => drainStatistics(d, options.urlOf(d))));
    options.onPhase?.('statistics buckets current');
  } catch (error) {
    await Promise.all(writers.map((w) => w.client.query('ROLLBACK').catch(() => undefined)));
    throw error;
  } finally {
    await Promise.all(writers.map((w) => w.client.end().catch(() => undefined)));
  }
}

/** True when commerce already holds enterprises: the demo data was written before. */
export async function isSeeded(urlOf: (department: Department) => string): Promise<boolean> {
  const runtime = createDepartmentDatabase(DEPARTMENT_ENTRIES.commerce.definition, { databaseUrl: urlOf('commerce'), poolSize: 1 });
  try {
    const rows = (await runtime.prisma.$queryRaw`SELECT count(*)::int AS n FROM enterprise`) as { n: number }[];
    return (rows[0]?.n ?? 0) > 0;
  } finally {
    await runtime.disconnect();
  }
}
