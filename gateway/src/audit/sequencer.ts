import { Client } from 'pg';
import type { Logger } from '@zone/common';
import type { AuditPrisma } from './client';
import { auditPoolConfig } from './database';
import { entryHash, type AuditOutcome, type SequencedAuditRecord } from './hash';

/** Text of the session-level advisory lock whose holder is the one sequencer (hashtextextended of it). */
export const SEQUENCER_LOCK_NAME = 'audit.sequencer';

/** An entry as the sequencer integrated it: its submission's record at its place in the chain. */
export interface SequencedEntry extends SequencedAuditRecord {
  submissionId: bigint;
  unmasked: boolean;
  count: number;
  prevHash: string;
  hash: string;
}

/** The sequencer's open transaction on the leader's session (node-postgres' query, rows only). */
export interface SequencerTransaction {
  query: <R = Record<string, unknown>>(text: string, values?: readonly unknown[]) => Promise<R[]>;
}

/**
 * The integration seam: called once per batch, inside the sequencer's transaction, after the
 * batch's entries are inserted into audit_entry and before the commit, with the entries in seq
 * order. What it writes through `tx` commits with them, or not at all: if it throws, the batch
 * is rolled back and integrated again on the next pass.
 */
export type IntegrateEntries = (tx: SequencerTransaction, entries: readonly SequencedEntry[]) => Promise<void>;

export interface AuditSequencerOptions {
  /** The audit database (AUDIT_DATABASE_URL, else DATABASE_URL). The leader holds one session of its own. */
  url: string;
  log: Logger;
  /** Runs inside each batch's transaction (IntegrateEntries). */
  integrate?: IntegrateEntries;
  /** Work only the leader does, run after a pass that left nothing to sequence, at most every `leaderTaskIntervalMs`. */
  leaderTask?: () => Promise<void>;
  leaderTaskIntervalMs?: number;
  /** More such work, each at most every `intervalMs` (e.g. the write-intent reconciler). */
  leaderTasks?: readonly LeaderTask[];
  /** Wait between passes when there is nothing to sequence (250 ms); wake() cuts it short. */
  pollIntervalMs?: number;
  /**
   * Least time from the start of one pass to the start of the next when woken (50 ms): under
   * load, submissions woken for one after another are chained several to a pass instead of a pass
   * (its half-dozen statements) for each.
   */
  minPassIntervalMs?: number;
  /** Wait between attempts to become the leader, or to reconnect (1000 ms). */
  electionIntervalMs?: number;
  /** Most submissions integrated per transaction (500). */
  maxBatch?: number;
  /**
   * How long after a submission id was seen committed every smaller id is surely committed or
   * abandoned (60 s: far beyond the sessions' statement timeout). Until then, the sequencer
   * looks for late commits below it.
   */
  settleMs?: number;
}

/** Work the sequencer's leader runs between passes, at most every `intervalMs`; a failure is logged and retried next time. */
export interface LeaderTask {
  name: string;
  intervalMs: number;
  run: () => Promise<unknown>;
}

export interface SequencingLag {
  /** Submissions committed and not yet in the chain. */
  pending: number;
  /** Age of the oldest of them (ms), null when none. */
  oldestPendingMs: number | null;
}

export interface AuditSequencerStatus extends SequencingLag {
  leading: boolean;
  /** Entries this process integrated since it started. */
  integrated: number;
}

export interface AuditSequencer {
  /** Starts electing and, once leader, sequencing, until stop(). */
  start: () => void;
  /** Ends the loop and the leader's session (its advisory lock goes with it). */
  stop: () => Promise<void>;
  /** The leader starts its next pass now (new submissions) instead of after the poll interval; a follower ignores it. */
  wake: () => void;
  /** Whether this process holds the leadership, and the lag as its last pass saw it. */
  status: () => AuditSequencerStatus;
}

interface SubmissionRow {
  id: string;
  at: Date;
  request_id: string;
  organisation: string;
  role: string;
  zone: string | null;
  purpose: string | null;
  operation_name: string | null;
  operation_hash: string;
  variables_digest: string;
  fields: string[] | null;
  personal_data: boolean;
  unmasked: boolean;
  outcome: AuditOutcome;
  duration_ms: number;
  count: number;
}

const SUBMISSION_COLUMNS = `s."id", s."at", s."request_id", s."organisation", s."role", s."zone", s."purpose", s."operation_name",
         s."operation_hash", s."variables_digest", s."fields", s."personal_data", s."unmasked", s."outcome",
         s."duration_ms", s."count"`;

/** Submissions above the horizon not in the chain: every id of the window is looked at (an anti-join). */
const PENDING_SQL = `
  SELECT ${SUBMISSION_COLUMNS}
    FROM "audit"."audit_submission" s
   WHERE s."id" > $1
     AND NOT EXISTS (SELECT 1 FROM "audit"."audit_entry" e WHERE e."submission_id" = s."id")
   ORDER BY s."id"
   LIMIT $2`;

/** The same, looking only at ids above the scanned ones and at the gaps below them (SubmissionScan). */
const PENDING_TRACKED_SQL = `
  SELECT ${SUBMISSION_COLUMNS}
    FROM "audit"."audit_submission" s
   WHERE (s."id" > $1 OR s."id" = ANY($2::bigint[]))
     AND NOT EXISTS (SELECT 1 FROM "audit"."audit_entry" e WHERE e."submission_id" = s."id")
   ORDER BY s."id"
   LIMIT $3`;

// The entries' content is copied from their submissions in the database, the hashes computed here
// from the same rows; the insert trigger checks that each extends the head, in seq order.
const INSERT_SQL = `
  INSERT INTO "audit"."audit_entry" ("seq", "submission_id", "at", "request_id", "organisation", "role", "zone", "purpose",
         "operation_name", "operation_hash", "variables_digest", "fields", "personal_data", "unmasked", "outcome",
         "duration_ms", "count", "prev_hash", "hash")
  SELECT v."seq", s."id", s."at", s."request_id", s."organisation", s."role", s."zone", s."purpose",
         s."operation_name", s."operation_hash", s."variables_digest", s."fields", s."personal_data", s."unmasked", s."outcome",
         s."duration_ms", s."count", v."prev_hash", v."hash"
    FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS v("submission_id", "seq", "prev_hash", "hash")
    JOIN "audit"."audit_submission" s ON s."id" = v."submission_id"
   ORDER BY v."seq"`;

const LAG_COLUMNS = `count(*)::int AS "pending", (extract(epoch FROM clock_timestamp() - min(s."submitted_at")) * 1000)::float8 AS "oldest"`;

const LAG_SQL = `
  SELECT ${LAG_COLUMNS}
    FROM "audit"."audit_submission" s
   WHERE s."id" > $1
     AND NOT EXISTS (SELECT 1 FROM "audit"."audit_entry" e WHERE e."submission_id" = s."id")`;

const LAG_TRACKED_SQL = `
  SELECT ${LAG_COLUMNS}
    FROM "audit"."audit_submission" s
   WHERE (s."id" > $1 OR s."id" = ANY($2::bigint[]))
     AND NOT EXISTS (SELECT 1 FROM "audit"."audit_entry" e WHERE e."submission_id" = s."id")`;

/** Most ids a SubmissionScan keeps as gaps; a larger jump of the id sequence sends it back to the window scan. */
export const MAX_SCAN_GAPS = 100_000;

/**
 * Which submission ids the leader still has to look at, so that a pass reads only new ids and the
 * few below them not yet seen committed, instead of every id of the settle window (an anti-join
 * over settleMs of traffic, on every pass). Invariant: every id at or below `scannedTo` that is
 * committed is integrated, except the ids in `gaps` (allocated, not yet seen committed: still in
 * flight, or rolled back). Ids leave the gaps when a pass integrates them, or once they are at or
 * below the horizon (decided, and looked at after that). Pure: the sequencer feeds it.
 */
export class SubmissionScan {
  scannedTo = 0n;
  readonly gaps = new Set<bigint>();

  /**
   * From what was there before a catch-up pass integrated every committed submission: every id of
   * (from, to] that existed is integrated, every other one is a gap. False (nothing changes) when
   * the range holds too many gaps to track.
   */
  start(from: bigint, to: bigint, existing: readonly bigint[]): boolean {
    if (to - from - BigInt(existing.length) > BigInt(MAX_SCAN_GAPS)) return false;
    const present = new Set(existing);
    this.gaps.clear();
    for (let id = from + 1n; id <= to; id++) if (!present.has(id)) this.gaps.add(id);
    this.scannedTo = to > from ? to : from;
    return true;
  }

  /** A committed batch (ids in ascending order, as read): what it skipped above scannedTo becomes gaps. False when too many. */
  integrated(ids: readonly bigint[]): boolean {
    const returned = new Set(ids);
    const top = ids.length > 0 ? ids[ids.length - 1]! : this.scannedTo;
    const above = ids.filter((id) => id > this.scannedTo).length;
    if (top > this.scannedTo && top - this.scannedTo - BigInt(above) + BigInt(this.gaps.size) > BigInt(MAX_SCAN_GAPS)) return false;
    for (const id of ids) this.gaps.delete(id);
    if (top <= this.scannedTo) return true;
    for (let id = this.scannedTo + 1n; id < top; id++) if (!returned.has(id)) this.gaps.add(id);
    this.scannedTo = top;
    return true;
  }

  /** Ids at or below the horizon are decided and were looked at: no longer gaps. */
  settled(horizon: bigint): void {
    for (const id of this.gaps) if (id <= horizon) this.gaps.delete(id);
  }

  /** The parameters of PENDING_TRACKED_SQL and LAG_TRACKED_SQL before their limit. */
  parameters(): [string, string[]] {
    return [this.scannedTo.toString(), [...this.gaps].map(String)];
  }
}

/** Chains submissions onto the head (seq, prev_hash): what the sequencer inserts. Pure. */
export function chainSubmissions(head: { seq: bigint; hash: string }, rows: readonly SubmissionRow[]): SequencedEntry[] {
  let seq = head.seq;
  let prevHash = head.hash;
  return rows.map((row) => {
    seq += 1n;
    const record = {
      seq,
      submissionId: BigInt(row.id),
      at: row.at,
      requestId: row.request_id,
      organisation: row.organisation,
      role: row.role,
      zone: row.zone,
      purpose: row.purpose,
      operationName: row.operation_name,
      operationHash: row.operation_hash,
      variablesDigest: row.variables_digest,
      fields: row.fields ?? [],
      personalData: row.personal_data,
      unmasked: row.unmasked,
      outcome: row.outcome,
      durationMs: row.duration_ms,
      count: row.count,
    };
    const hash = entryHash(prevHash, record);
    const entry: SequencedEntry = { ...record, prevHash, hash };
    prevHash = hash;
    return entry;
  });
}

/** The sequencing lag of submissions above `floor` (0: all of them). */
export async function sequencingLag(query: SequencerTransaction['query'], floor = 0n): Promise<SequencingLag> {
  const [row] = await query<LagRow>(LAG_SQL, [floor.toString()]);
  return lagOf(row);
}

interface LagRow {
  pending: number;
  oldest: number | null;
}

function lagOf(row: LagRow | undefined): SequencingLag {
  return { pending: row?.pending ?? 0, oldestPendingMs: row?.oldest === null || row?.oldest === undefined ? null : Math.round(row.oldest) };
}

/**
 * Resolves once every submission committed when it was called is integrated into the chain,
 * whichever gateway leads the sequencing; rejects after `timeoutMs` (30 s). It polls the
 * database (every 20 ms): for tests, shutdown and tools, not for the request path.
 */
export async function waitUntilSequenced(prisma: AuditPrisma, options: { timeoutMs?: number } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30000);
  const [target] = await prisma.$queryRaw<{ max: bigint | null }[]>`SELECT max("id") AS "max" FROM "audit"."audit_submission"`;
  if (target?.max === null || target?.max === undefined) return;
  for (;;) {
    const [left] = await prisma.$queryRaw<{ pending: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM "audit"."audit_submission" s WHERE s."id" <= ${target.max}
                        AND NOT EXISTS (SELECT 1 FROM "audit"."audit_entry" e WHERE e."submission_id" = s."id")) AS "pending"`;
    if (!left?.pending) return;
    if (Date.now() > deadline) throw new Error(`audit submissions up to ${target.max} not sequenced within ${options.timeoutMs ?? 30000} ms: is a sequencer running?`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The audit log's sequencer. Every gateway runs one; exactly one leads: the one whose dedicated
 * session holds the advisory lock SEQUENCER_LOCK_NAME (pg_try_advisory_lock, tried again every
 * `electionIntervalMs` by the others). The leader integrates committed submissions into the hash
 * chain, in batches, each in one transaction on its own session: lock the head, read submissions
 * not yet integrated (an anti-join on audit_entry.submission_id, so a smaller id committed after
 * a larger one is integrated late, never skipped), chain them, insert them, call `integrate`,
 * commit. When the leader dies, stops or is cut off, its session ends (the session timeouts and
 * TCP keep-alives of auditPoolConfig bound how long that takes), the lock is released, and
 * another gateway takes over within about a second; the head lock, the insert trigger and the
 * unique submission_id keep even two sequencers from forking the chain or integrating twice.
 */
export function createAuditSequencer(options: AuditSequencerOptions): AuditSequencer {
  const { log } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  const minPassIntervalMs = options.minPassIntervalMs ?? 50;
  const electionIntervalMs = options.electionIntervalMs ?? 1000;
  const maxBatch = options.maxBatch ?? 500;
  const settleMs = options.settleMs ?? 60000;
  const leaderTaskIntervalMs = options.leaderTaskIntervalMs ?? 5000;
  let client: Client | null = null;
  let leading = false;
  let stopped = true;
  let running: Promise<void> | null = null;
  let wakeUp: (() => void) | null = null;
  let woken = false;
  let integrated = 0;
  let lag: SequencingLag = { pending: 0, oldestPendingMs: null };
  // Every submission id at or below the horizon is integrated or never committed.
  let horizon = 0n;
  // Which ids above the horizon a pass reads; null: every id above it (after taking the lead, until a pass establishes one).
  let scan: SubmissionScan | null = null;
  let sightings: { at: number; maxId: bigint }[] = [];
  const tasks: { task: LeaderTask; last: number }[] = [
    ...(options.leaderTask ? [{ task: { name: 'leader task', intervalMs: leaderTaskIntervalMs, run: options.leaderTask }, last: 0 }] : []),
    ...(options.leaderTasks ?? []).map((task) => ({ task, last: 0 })),
  ];

  /**
   * Waits `ms`; wake() (or stop()) cuts the wait short, though not below `atLeastMs` from its
   * start unless stopping.
   */
  const pause = (ms: number, atLeastMs = 0) =>
    new Promise<void>((resolve) => {
      const began = Date.now();
      let timer: NodeJS.Timeout | undefined;
      const finish = () => {
        clearTimeout(timer);
        wakeUp = null;
        woken = false;
        resolve();
      };
      const cutShort = () => {
        const rest = atLeastMs - (Date.now() - began);
        if (stopped || rest <= 0) return finish();
        clearTimeout(timer);
        // Woken already: only stop() ends the rest of the wait early.
        wakeUp = () => {
          if (stopped) finish();
        };
        timer = setTimeout(finish, rest);
      };
      if (woken || stopped) return cutShort();
      timer = setTimeout(finish, ms);
      wakeUp = cutShort;
    });

  const dropSession = async (reason: unknown) => {
    if (leading) log.warn({ err: reason }, 'audit sequencer: leadership lost');
    leading = false;
    const old = client;
    client = null;
    if (old) await old.end().catch(() => undefined);
  };

  const connect = async (): Promise<Client> => {
    const { max: _max, ...config } = auditPoolConfig(options.url, 1);
    const session = new Client(config);
    // A session PostgreSQL ends (terminated, timed out, restarted) must not crash the process.
    session.on('error', (error) => {
      if (client === session) void dropSession(error);
    });
    await session.connect();
    return session;
  };

  const query: (session: Client) => SequencerTransaction['query'] = (session) => async (text, values) =>
    (await session.query(text, values as unknown[] | undefined)).rows;

  /** One batch; answers how many submissions it integrated. */
  const sequenceBatch = async (session: Client): Promise<number> => {
    const tx = { query: query(session) };
    await session.query('BEGIN');
    try {
      const [head] = await tx.query<{ seq: string; hash: string }>(`SELECT "seq", "hash" FROM "audit"."audit_chain_head" WHERE "id" = 1 FOR UPDATE`);
      if (!head) throw new Error('audit.audit_chain_head has no row: apply the audit migrations');
      const rows = scan ? await tx.query<SubmissionRow>(PENDING_TRACKED_SQL, [...scan.parameters(), maxBatch]) : await tx.query<SubmissionRow>(PENDING_SQL, [horizon.toString(), maxBatch]);
      if (rows.length === 0) {
        await session.query('COMMIT');
        return 0;
      }
      const entries = chainSubmissions({ seq: BigInt(head.seq), hash: head.hash }, rows);
      await tx.query(INSERT_SQL, [
        entries.map((e) => e.submissionId.toString()),
        entries.map((e) => e.seq.toString()),
        entries.map((e) => e.prevHash),
        entries.map((e) => e.hash),
      ]);
      await options.integrate?.(tx, entries);
      await session.query('COMMIT');
      integrated += entries.length;
      // Only once committed: a batch rolled back is read again. A jump too large to track: back to the window.
      if (scan && !scan.integrated(entries.map((e) => e.submissionId))) scan = null;
      return entries.length;
    } catch (error) {
      await session.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  };

  /**
   * Where a scan can start (SubmissionScan.start), read before a catch-up pass: `from`, below which
   * every id is decided (ids whose transaction began two settle times ago: each was allocated within
   * one settle time of that, and every smaller id decided within one settle time of its own), the
   * largest id (`last`, as the pass read it first), and the ids between. Null while that range is too large to track.
   */
  const scanStart = async (session: Client, last: string | null): Promise<{ from: bigint; to: bigint; existing: bigint[] } | null> => {
    const [decided] = (
      await session.query<{ max: string | null }>(`SELECT max("id") AS "max" FROM "audit"."audit_submission" WHERE "submitted_at" <= clock_timestamp() - make_interval(secs => $1)`, [(2 * settleMs) / 1000])
    ).rows;
    const from = decided?.max && BigInt(decided.max) > horizon ? BigInt(decided.max) : horizon;
    const to = last ? BigInt(last) : from;
    if (to - from > BigInt(MAX_SCAN_GAPS)) return null;
    const existing = (await session.query<{ id: string }>(`SELECT "id" FROM "audit"."audit_submission" WHERE "id" > $1 AND "id" <= $2`, [from.toString(), to.toString()])).rows;
    return { from, to, existing: existing.map((row) => BigInt(row.id)) };
  };

  /** Sequences until nothing is left, then moves the horizon and measures the lag. */
  const pass = async (session: Client) => {
    const started = Date.now();
    const [seen] = (await session.query<{ max: string | null }>(`SELECT max("id") AS "max" FROM "audit"."audit_submission"`)).rows;
    // Without a scan this pass reads every id above the horizon (once after taking the lead), and a scan starts from what it integrated.
    const starting = scan ? null : await scanStart(session, seen?.max ?? null);
    while ((await sequenceBatch(session)) === maxBatch) if (stopped) return;
    if (starting && !scan) {
      const next = new SubmissionScan();
      if (next.start(starting.from, starting.to, starting.existing)) {
        scan = next;
        if (starting.from > horizon) horizon = starting.from;
      }
    }
    // Ids seen committed long enough ago: every smaller one is decided, and this pass integrated them.
    const settled = sightings.filter((s) => s.at + settleMs <= started);
    for (const s of settled) if (s.maxId > horizon) horizon = s.maxId;
    sightings = sightings.filter((s) => s.at + settleMs > started);
    if (seen?.max) sightings.push({ at: started, maxId: BigInt(seen.max) });
    scan?.settled(horizon);
    lag = scan ? lagOf((await session.query<LagRow>(LAG_TRACKED_SQL, scan.parameters())).rows[0]) : await sequencingLag(query(session), horizon);
  };

  const loop = async () => {
    while (!stopped) {
      try {
        if (!client) client = await connect();
        if (!leading) {
          const [row] = (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS "ok"', [SEQUENCER_LOCK_NAME])).rows;
          if (!row?.ok) {
            await pause(electionIntervalMs);
            continue;
          }
          leading = true;
          horizon = 0n;
          scan = null;
          sightings = [];
          log.info('audit sequencer: leading');
        }
        const passStarted = Date.now();
        await pass(client);
        for (const due of tasks) {
          if (stopped || Date.now() - due.last < due.task.intervalMs) continue;
          due.last = Date.now();
          await due.task.run().catch((error: unknown) => log.error({ err: error, task: due.task.name }, 'audit sequencer: leader task failed'));
        }
        await pause(pollIntervalMs, minPassIntervalMs - (Date.now() - passStarted));
      } catch (error) {
        if (stopped) break;
        log.warn({ err: error }, 'audit sequencer: pass failed');
        await dropSession(error);
        await pause(electionIntervalMs);
      }
    }
  };

  return {
    start: () => {
      if (!stopped) return;
      stopped = false;
      running = loop().finally(() => (running = null));
    },
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await running;
      const wasLeading = leading;
      leading = false;
      await dropSession(null);
      if (wasLeading) log.info('audit sequencer: stopped, leadership released');
    },
    wake: () => {
      // Only the leader sequences. A follower woken on every submission of its replica would only
      // try for the lock again: one statement per audited request; it tries on its own interval.
      if (!leading) return;
      woken = true;
      wakeUp?.();
    },
    status: () => ({ leading, integrated, ...lag }),
  };
}
