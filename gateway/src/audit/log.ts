import type { AuditPrisma } from './client';
import { MAX_REQUEST_ID_LENGTH } from '@zone/common';
import type { AuditOutcome, AuditRecord } from './hash';
import { waitUntilSequenced } from './sequencer';

/** What the log writes submissions through: node-postgres' query (a Pool of createAuditDatabase). */
export interface AuditSubmissionQueryable {
  query: (config: { name: string; text: string; values: unknown[] }) => Promise<{ rowCount: number | null }>;
}

export interface AuditLogOptions {
  /** Client over schema "audit" (createAuditDatabase), for `sequenced()`. The log never disconnects it. */
  prisma: AuditPrisma;
  /** The pool of the same database (createAuditDatabase().pool): each batch is one statement on it. The log never ends it. */
  pool: AuditSubmissionQueryable;
  /** Most records inserted in one statement (100). */
  maxBatch?: number;
  /**
   * Called after each batch of submissions committed, e.g. to wake this process's sequencer
   * (createAuditSequencer().wake) so that it integrates them without waiting for its next poll.
   */
  onSubmitted?: () => void;
  /** What `sequenced()` waits with: waitUntilSequenced over `prisma` unless given. */
  waitUntilSequenced?: (options?: { timeoutMs?: number }) => Promise<void>;
}

export interface AuditLog {
  /**
   * Submits the record (audit.audit_submission). Resolves once its insert is committed, so it is
   * durable and the sequencer will integrate it into the chain; rejects with an AuditWriteError
   * when it is not (bad record, database unreachable, a statement over its timeout). It waits for
   * no lock that another gateway may hold.
   */
  append: (record: AuditRecord) => Promise<void>;
  /** Resolves once every record appended so far is committed or has failed. */
  flush: () => Promise<void>;
  /**
   * Flushes, then resolves once every submission committed so far (by any gateway) is
   * integrated into the chain, whichever replica leads the sequencing; rejects after `timeoutMs`.
   */
  sequenced: (options?: { timeoutMs?: number }) => Promise<void>;
  /** Flushes, then refuses further appends. */
  close: () => Promise<void>;
  /** Submissions waiting to be written (for the gateway's metrics). */
  queueDepth?: () => number;
  /** Called after each batch written (or failed), with its duration in seconds (for the gateway's metrics). */
  onBatchWritten?: (listener: (seconds: number) => void) => void;
}

/** An audit entry that was not written; `cause` holds the database's or the validation's error. */
export class AuditWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AuditWriteError';
  }
}

const OUTCOMES: readonly AuditOutcome[] = ['OK', 'ERROR', 'DENIED', 'REFUSED_UNAUTHENTICATED', 'RATE_LIMITED', 'INTENT', 'RECONCILED_COMMITTED', 'RECONCILED_NOT_COMMITTED'];
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Longest text of each column (in UTF-16 code units, so never more characters in PostgreSQL),
 * and most coordinates in `fields`. The indexed columns stay far below PostgreSQL's btree row
 * limit (about 2,700 bytes); migration 20261215120000_audit_bounds_count holds the same bounds as CHECK constraints.
 */
export const AUDIT_LIMITS = {
  requestId: MAX_REQUEST_ID_LENGTH,
  organisation: 256,
  role: 32,
  zone: 32,
  purpose: 256,
  operationName: 256,
  field: 512,
  fields: 4000,
} as const;

const TEXT_COLUMNS = ['requestId', 'organisation', 'role', 'zone', 'purpose', 'operationName'] as const;

/** Text as PostgreSQL can hold it and within `limit`: NUL becomes U+FFFD, and a longer text is cut, ending in "…". */
export function boundedAuditText(text: string, limit: number): string {
  const clean = text.includes('\u0000') ? text.replaceAll('\u0000', '\ufffd') : text;
  return clean.length <= limit ? clean : `${clean.slice(0, limit - 1)}…`;
}

/**
 * The record with every text column within AUDIT_LIMITS (boundedAuditText) and at most
 * AUDIT_LIMITS.fields coordinates, the last then saying how many were left out. The gateway's own
 * request ids are within bounds already (acceptedRequestId); this keeps a long organisation claim,
 * purpose or operation name from costing a request its entry.
 */
export function boundedAuditRecord(record: AuditRecord): AuditRecord {
  if (!Array.isArray(record.fields)) return record;
  const bounded: AuditRecord = { ...record, fields: record.fields.map((f) => (typeof f === 'string' ? boundedAuditText(f, AUDIT_LIMITS.field) : f)) };
  for (const key of TEXT_COLUMNS) {
    const value = bounded[key];
    if (typeof value === 'string') (bounded as unknown as Record<string, string>)[key] = boundedAuditText(value, AUDIT_LIMITS[key]);
  }
  if (bounded.fields.length > AUDIT_LIMITS.fields) {
    const kept = bounded.fields.slice(0, AUDIT_LIMITS.fields - 1);
    bounded.fields = [...kept, `… ${bounded.fields.length - kept.length} more`];
  }
  return bounded;
}

/** Why a record cannot be written as it is, or null. PostgreSQL text cannot hold NUL characters. */
export function auditRecordProblem(record: AuditRecord): string | null {
  if (!(record.at instanceof Date) || Number.isNaN(record.at.getTime())) return 'at must be a valid Date';
  for (const key of ['requestId', 'organisation', 'role'] as const) {
    if (typeof record[key] !== 'string' || record[key].length === 0) return `${key} must be a non-empty string`;
  }
  for (const key of ['zone', 'purpose', 'operationName'] as const) {
    if (record[key] !== null && typeof record[key] !== 'string') return `${key} must be a string or null`;
  }
  for (const key of TEXT_COLUMNS) {
    const value = record[key];
    if (typeof value === 'string' && value.length > AUDIT_LIMITS[key]) return `${key} must be at most ${AUDIT_LIMITS[key]} characters`;
  }
  if (!HEX64.test(record.operationHash)) return 'operationHash must be 64 lowercase hex digits';
  if (!HEX64.test(record.variablesDigest)) return 'variablesDigest must be 64 lowercase hex digits';
  if (!Array.isArray(record.fields) || record.fields.some((f) => typeof f !== 'string')) return 'fields must be an array of strings';
  if (record.fields.length > AUDIT_LIMITS.fields) return `fields must hold at most ${AUDIT_LIMITS.fields} coordinates`;
  if (record.fields.some((f) => f.length > AUDIT_LIMITS.field)) return `each of fields must be at most ${AUDIT_LIMITS.field} characters`;
  if (typeof record.personalData !== 'boolean') return 'personalData must be a boolean';
  if (typeof record.unmasked !== 'boolean') return 'unmasked must be a boolean';
  if (!OUTCOMES.includes(record.outcome)) return `outcome must be one of ${OUTCOMES.join(', ')}`;
  if (!Number.isInteger(record.durationMs) || record.durationMs < 0 || record.durationMs > 2147483647) {
    return 'durationMs must be a whole number of milliseconds';
  }
  if (record.count !== undefined && (!Number.isInteger(record.count) || record.count < 1 || record.count > 2147483647)) {
    return 'count must be a whole number of requests, at least 1';
  }
  const texts = [record.requestId, record.organisation, record.role, record.zone, record.purpose, record.operationName, ...record.fields];
  if (texts.some((t) => t?.includes('\u0000'))) return 'text must not contain NUL characters';
  return null;
}

interface Pending {
  record: AuditRecord;
  resolve: () => void;
  reject: (error: AuditWriteError) => void;
}

/**
 * One statement for any number of submissions, the same text whatever the batch (a prepared
 * statement per session, planned once): one array per column, unnested row by row. `fields` of
 * each record travels as a JSON array, since a PostgreSQL array of arrays must be rectangular.
 */
export const SUBMIT_SQL = `
  INSERT INTO "audit"."audit_submission" ("at", "request_id", "organisation", "role", "zone", "purpose", "operation_name",
         "operation_hash", "variables_digest", "fields", "personal_data", "unmasked", "outcome", "duration_ms", "count")
  SELECT v."at", v."request_id", v."organisation", v."role", v."zone", v."purpose", v."operation_name",
         v."operation_hash", v."variables_digest",
         ARRAY(SELECT f."value" FROM jsonb_array_elements_text(v."fields") WITH ORDINALITY AS f("value", "n") ORDER BY f."n"),
         v."personal_data", v."unmasked", v."outcome"::"audit"."AuditOutcome", v."duration_ms", v."count"
    FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                $8::text[], $9::text[], $10::jsonb[], $11::boolean[], $12::boolean[], $13::text[], $14::int[], $15::int[])
         AS v("at", "request_id", "organisation", "role", "zone", "purpose", "operation_name",
              "operation_hash", "variables_digest", "fields", "personal_data", "unmasked", "outcome", "duration_ms", "count")`;

/** The statement's name on each session (node-postgres prepares it once per connection). */
const SUBMIT_STATEMENT = 'audit_submit';

/** SUBMIT_SQL's parameters for records bounded and checked by append: one array per column. */
export function submissionParameters(records: readonly AuditRecord[]): unknown[] {
  return [
    records.map((r) => r.at),
    records.map((r) => r.requestId),
    records.map((r) => r.organisation),
    records.map((r) => r.role),
    records.map((r) => r.zone),
    records.map((r) => r.purpose),
    records.map((r) => r.operationName),
    records.map((r) => r.operationHash),
    records.map((r) => r.variablesDigest),
    records.map((r) => JSON.stringify(r.fields)),
    records.map((r) => r.personalData),
    records.map((r) => r.unmasked),
    records.map((r) => r.outcome),
    records.map((r) => r.durationMs),
    records.map((r) => r.count ?? 1),
  ];
}

/**
 * The gateway's audit log, write side: each record is inserted into audit.audit_submission and
 * the caller waits for that commit only; the sequencer (sequencer.ts) integrates submissions into
 * the hash chain in the background. Appends made while a batch is being inserted wait and go
 * together in the next insert, so a busy gateway makes fewer, larger inserts and an idle one
 * inserts at once.
 *
 * Each batch is one INSERT statement (SUBMIT_SQL through node-postgres, nothing compiled per
 * request), outside any explicit transaction: it holds no lock another
 * writer waits for, and it is bounded by the session's statement timeout. If the database refuses
 * it, each record is inserted on its own, so a record the database refuses fails alone.
 */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const { prisma, pool } = options;
  const maxBatch = options.maxBatch ?? 100;
  const queue: Pending[] = [];
  let writing: Promise<void> | null = null;
  let closed = false;
  const batchListeners: ((seconds: number) => void)[] = [];

  /** One INSERT of the records, committed on its own (no explicit transaction): all of them or none. */
  const submit = async (records: readonly AuditRecord[]): Promise<void> => {
    const result = await pool.query({ name: SUBMIT_STATEMENT, text: SUBMIT_SQL, values: submissionParameters(records) });
    if (result.rowCount !== records.length) throw new Error(`audit submission inserted ${result.rowCount} rows of ${records.length}`);
  };

  /** Inserts a batch and answers, record by record, null (committed) or the database's error. */
  const writeBatch = async (batch: Pending[]): Promise<(unknown | null)[]> => {
    const records = batch.map((p) => p.record);
    try {
      await submit(records);
      return batch.map(() => null);
    } catch (error) {
      if (batch.length === 1) return [error];
    }
    const outcomes: (unknown | null)[] = [];
    for (const record of records) {
      try {
        await submit([record]);
        outcomes.push(null);
      } catch (error) {
        outcomes.push(error);
      }
    }
    return outcomes;
  };

  const notWritten = (error: unknown) => new AuditWriteError(`audit entries not written: ${error instanceof Error ? error.message : String(error)}`, { cause: error });

  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      const started = performance.now();
      try {
        const outcomes = await writeBatch(batch).finally(() => {
          for (const listener of batchListeners) listener((performance.now() - started) / 1000);
        });
        if (outcomes.some((o) => o === null)) options.onSubmitted?.();
        batch.forEach((pending, index) => {
          const error = outcomes[index];
          if (error === null || error === undefined) pending.resolve();
          else pending.reject(notWritten(error));
        });
      } catch (error) {
        const failure = notWritten(error);
        for (const pending of batch) pending.reject(failure);
      }
    }
  };

  const schedule = () => {
    if (writing) return;
    // Started after the current tick, so appends made in the same tick share the first batch.
    writing = Promise.resolve()
      .then(drain)
      .finally(() => {
        writing = null;
        if (queue.length > 0) schedule();
      });
  };

  const flush = async () => {
    while (writing) await writing;
  };

  return {
    append: (record) => {
      if (closed) return Promise.reject(new AuditWriteError('audit log is closed'));
      const bounded = boundedAuditRecord(record);
      const problem = auditRecordProblem(bounded);
      if (problem) return Promise.reject(new AuditWriteError(`audit entry refused: ${problem}`));
      return new Promise<void>((resolve, reject) => {
        queue.push({ record: bounded, resolve, reject });
        schedule();
      });
    },
    flush,
    sequenced: async (waitOptions) => {
      await flush();
      await (options.waitUntilSequenced ?? ((o) => waitUntilSequenced(prisma, o)))(waitOptions);
    },
    close: async () => {
      closed = true;
      await flush();
    },
    queueDepth: () => queue.length,
    onBatchWritten: (listener) => {
      batchListeners.push(listener);
    },
  };
}
