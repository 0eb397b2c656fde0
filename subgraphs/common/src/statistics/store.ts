import { Pool } from 'pg';
import type { Caller, Department } from '../caller';
import { poolConfigFor, schemaNameOf } from '../database';
import type { Logger } from '../logger';
import { createWakeListener } from '../wake-listener';
import { perRequestValue, readBuckets, refreshBucketChunk, statisticsLoader, type BucketRow, type BucketTable, type StatisticsPool } from './buckets';
import { statisticsKeyOf, type StatisticsKey } from './filter';

/**
 * A department's statistics buckets: the pool they are read through and the drain of its
 * `stat_dirty` queue. The drain runs as writes commit (the trigger on `stat_dirty` notifies the
 * channel `stat_dirty_<schema>` and the department listens), and every `pollIntervalMs` in case a
 * notification was missed. A read is one statement per bucket table, which also says whether days
 * are still noted; only then does the read wait for a refresh and read again.
 */
export interface StatisticsStore {
  readonly department: Department;
  readonly pool: StatisticsPool;
  readonly tables: readonly BucketTable[];
  /**
   * Recomputes every noted day, chunk by chunk, until none is left; one run at a time in this
   * process, and a call during a run also waits for a run begun after it (so for every mark
   * committed before the call). Resolves with the zone-days recomputed.
   */
  refresh: () => Promise<number>;
  /** Starts draining on every notification and poll. */
  start: (log: Logger) => Promise<void>;
  /** Stops draining (waits for a chunk in progress). */
  stop: () => Promise<void>;
}

export interface StatisticsStoreOptions {
  department: Department;
  pool: StatisticsPool;
  tables: readonly BucketTable[];
  /** For the listening connection. */
  databaseUrl: string;
  /** Look for noted days at least this often (10 s). */
  pollIntervalMs?: number;
  /** Vacuum the queue and the buckets once drains have taken this many marks (10,000), or recomputed a tenth as many zone-days, since the last time. */
  vacuumAfterMarks?: number;
}

export function statisticsWakeChannelOf(schema: string): string {
  return `stat_dirty_${schema}`;
}

export function createStatisticsStore(options: StatisticsStoreOptions): StatisticsStore {
  const { department, pool, tables } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 10_000;
  const vacuumAfterMarks = options.vacuumAfterMarks ?? 10_000;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = true;
  let timer: NodeJS.Timeout | null = null;
  let log: Logger | null = null;
  let failing = false;

  // The drain runs on its own connections, outside the department's counted pool: the statements
  // a request costs (metrics, the tests' and the bench's counts) are its reads, not a drain that
  // happens to run meanwhile.
  const background = new Pool(poolConfigFor(department, options.databaseUrl, 2));
  background.on('error', () => undefined);

  // What drains removed from the queue and rewrote in the buckets since the last vacuum of them.
  let marksSinceVacuum = 0;
  let daysSinceVacuum = 0;
  let vacuuming: Promise<void> | null = null;

  /**
   * A drain leaves dead rows: every mark it took from `stat_dirty`, every bucket row it rewrote.
   * Until they are vacuumed, a look at the queue and a read of the buckets step over them (a
   * million marks drained made each read's look at the queue cost tens of milliseconds). After
   * a large drain (bulk loads, a backlog) the department vacuums those tables itself, at once
   * and in the background, rather than wait for autovacuum's turn.
   */
  const vacuumIfDue = () => {
    if (vacuuming || stopped || (marksSinceVacuum < vacuumAfterMarks && daysSinceVacuum * 10 < vacuumAfterMarks)) return;
    marksSinceVacuum = 0;
    daysSinceVacuum = 0;
    vacuuming = background
      .query(`VACUUM (ANALYZE) stat_dirty, ${tables.map((t) => t.table).join(', ')}`)
      .then(
        () => undefined,
        (error: unknown) => log?.warn({ err: error }, 'statistics: vacuuming the drained queue and buckets failed; autovacuum will'),
      )
      .finally(() => {
        vacuuming = null;
      });
  };

  const drain = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const taken = await refreshBucketChunk(background, department, tables);
      total += taken.days;
      marksSinceVacuum += taken.marks;
      daysSinceVacuum += taken.days;
      if (taken.days === 0) return total;
    }
  };

  const refresh = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      try {
        do {
          again = false;
          total += await drain();
        } while (again);
        return total;
      } finally {
        running = null;
        vacuumIfDue();
      }
    })();
    return running;
  };

  const pending = async (): Promise<boolean> => {
    const { rows } = await background.query<{ pending: boolean }>('SELECT EXISTS (SELECT 1 FROM stat_dirty) AS pending');
    return rows[0]?.pending === true;
  };

  /** Drains in the background: at once on a notification, after a look at the queue on a poll. */
  const inBackground = (look: boolean) => {
    if (stopped) return;
    (look ? pending().then((noted) => (noted ? refresh() : 0)) : refresh()).then(
      () => {
        if (failing) log?.info('statistics: draining the noted days again');
        failing = false;
      },
      (error: unknown) => {
        if (!failing) log?.error({ err: error }, 'statistics: draining the noted days failed; reads recompute them, the next notification or poll retries');
        failing = true;
      },
    );
  };

  const wake = createWakeListener({
    department,
    databaseUrl: options.databaseUrl,
    channel: statisticsWakeChannelOf(schemaNameOf(department)),
    retryMs: pollIntervalMs,
    onWake: () => inBackground(false),
  });

  return {
    department,
    pool,
    tables,
    refresh,
    start: async (logger) => {
      if (!stopped) return;
      stopped = false;
      log = logger;
      await wake.start();
      timer = setInterval(() => inBackground(true), pollIntervalMs);
      timer.unref();
      inBackground(true);
    },
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      await wake.stop();
      await running?.catch(() => undefined);
      await vacuuming;
      await background.end().catch(() => undefined);
    },
  };
}

const stores = new WeakMap<object, StatisticsStore>();

/** Makes a department's statistics store findable from its Prisma client (what a request context holds). */
export function registerStatisticsStore(prisma: object, store: StatisticsStore): void {
  stores.set(prisma, store);
}

/** The statistics store of a department's Prisma client; throws when the department was built without one. */
export function statisticsStoreOf(prisma: object): StatisticsStore {
  const store = stores.get(prisma);
  if (!store) throw new Error('This department was built without statistics buckets');
  return store;
}

/** Reads a bucket table for keys of one slice: their rows by `zone period` (a key the table cannot answer is absent). */
export type BucketReader = (table: BucketTable, keys: readonly StatisticsKey[], groupBy?: readonly string[]) => Promise<Map<string, BucketRow[]>>;

/** Computes a department's figures for keys of one slice from its buckets, keyed by keyText. */
export type FiguresOfSlice<F> = (read: BucketReader, keys: StatisticsKey[]) => Promise<Map<string, F>>;

/**
 * A department's figures of one ZoneStatistics key: every key of the request is gathered (one
 * loader per request) and each slice computed at once from the buckets, one statement per table.
 * When a statement finds days still noted (a write committed and not yet drained), the
 * department drains them and computes the slice again, so a read sees every write committed
 * before it. Null for a key the caller may not see.
 */
export function departmentFigures<F>(context: { prisma: object; caller: Caller }, key: StatisticsKey, compute: FiguresOfSlice<F>): Promise<F | null> {
  const store = statisticsStoreOf(context.prisma);
  const loader = perRequestValue(context, () =>
    statisticsLoader<F>(context.caller, async (keys) => {
      let noted = false;
      const figures = await compute(async (table, slice, groupBy) => {
        const read = await readBuckets(store.pool, table, slice, groupBy);
        noted ||= read.noted;
        return read.rows;
      }, keys);
      if (!noted) return figures;
      await store.refresh();
      return compute(async (table, slice, groupBy) => (await readBuckets(store.pool, table, slice, groupBy)).rows, keys);
    }),
  );
  return loader.load(key);
}

/**
 * A ZoneStatistics entity as a department resolves its reference: the key with the department's
 * figures as fields (absent, so null, when the caller may not see them or the department's
 * records are not cut by the view's dimensions). One promise per entity, not one per field.
 */
export async function statisticsEntity<F extends object>(context: { prisma: object; caller: Caller }, representation: unknown, compute: FiguresOfSlice<F>): Promise<StatisticsKey & Partial<F>> {
  const key = statisticsKeyOf(representation as Record<string, unknown>);
  return { ...key, ...(await departmentFigures(context, key, compute)) } as StatisticsKey & Partial<F>;
}
