import type { AuditPrisma } from './client';
import { MAX_REQUEST_ID_LENGTH } from '@zone/common';
import { entryHash, type AuditOutcome, type AuditRecord } from './hash';

export interface AuditLogOptions {
  /** Client over schema "audit" (createAuditDatabase). The log never disconnects it. */
  prisma: AuditPrisma;
  /** Most entries written in one transaction (100). */
  maxBatch?: number;
  /** Time one batch may take, waiting for the chain head's lock included (10000 ms). */
  transactionTimeoutMs?: number;
}

export interface AuditLog {
  /**
   * Writes the entry at the end of the chain. Resolves once it is committed; rejects with an
   * AuditWriteError when it is not (bad record, database unreachable, lock not obtained in time).
   */
  append: (record: AuditRecord) => Promise<void>;
  /** Resolves once every entry appended so far is written or has failed. */
  flush: () => Promise<void>;
  /** Flushes, then refuses further appends. */
  close: () => Promise<void>;
}

/** An audit entry that was not written; `cause` holds the database's or the validation's error. */
export class AuditWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AuditWriteError';
  }
}

const OUTCOMES: readonly AuditOutcome[] = ['OK', 'ERROR', 'DENIED', 'REFUSED_UNAUTHENTICATED', 'RATE_LIMITED'];
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

interface ChainHead {
  seq: bigint;
  hash: string;
}

/**
 * The gateway's audit log: a hash chain in audit.audit_entry. Appends made while a batch is being
 * written wait and go together in the next one (one transaction, one lock of the chain head), so
 * a busy gateway writes fewer, larger transactions and an idle one writes at once.
 *
 * Each batch: lock the head row (SELECT … FOR UPDATE), hash every entry onto it, insert them in
 * order. The lock serialises every writer on the database, other gateway replicas included; the
 * insert trigger refuses an entry that does not extend the head, so a chain never forks.
 */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const { prisma } = options;
  const maxBatch = options.maxBatch ?? 100;
  const timeout = options.transactionTimeoutMs ?? 10000;
  const queue: Pending[] = [];
  let writing: Promise<void> | null = null;
  let closed = false;

  /**
   * Writes a batch in one transaction under the head's lock, and answers, entry by entry, null
   * (written) or the database's error. The batch goes in as one insert behind a savepoint; if the
   * database refuses it, each entry goes in behind a savepoint of its own, hashed onto the last
   * one written, so an entry the database refuses is left out alone and the chain has no gap. A
   * failure of the transaction itself (connection lost, lock not obtained) throws.
   */
  const writeBatch = async (batch: Pending[]): Promise<(unknown | null)[]> =>
    prisma.$transaction(
      async (tx) => {
        const [head] = await tx.$queryRaw<ChainHead[]>`SELECT "seq", "hash" FROM "audit"."audit_chain_head" WHERE "id" = 1 FOR UPDATE`;
        if (!head) throw new Error('audit.audit_chain_head has no row: apply the audit migrations');
        const chained = (records: readonly AuditRecord[], seq: bigint, prevHash: string) =>
          records.map((record) => {
            seq += 1n;
            const entry = { ...record, fields: [...record.fields], count: record.count ?? 1, seq };
            const hash = entryHash(prevHash, entry);
            const row = { ...entry, prevHash, hash };
            prevHash = hash;
            return row;
          });
        let seq = BigInt(head.seq);
        let prevHash = head.hash;
        await tx.$executeRawUnsafe('SAVEPOINT audit_batch');
        try {
          await tx.auditEntry.createMany({ data: chained(batch.map((p) => p.record), seq, prevHash) });
          return batch.map(() => null);
        } catch (error) {
          await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT audit_batch');
          if (batch.length === 1) return [error];
        }
        const outcomes: (unknown | null)[] = [];
        for (const { record } of batch) {
          const [row] = chained([record], seq, prevHash);
          await tx.$executeRawUnsafe('SAVEPOINT audit_entry');
          try {
            await tx.auditEntry.create({ data: row! });
            seq = row!.seq;
            prevHash = row!.hash;
            outcomes.push(null);
          } catch (error) {
            await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT audit_entry');
            outcomes.push(error);
          }
        }
        return outcomes;
      },
      { maxWait: timeout, timeout },
    );

  const notWritten = (error: unknown) => new AuditWriteError(`audit entries not written: ${error instanceof Error ? error.message : String(error)}`, { cause: error });

  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        const outcomes = await writeBatch(batch);
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
    close: async () => {
      closed = true;
      await flush();
    },
  };
}
