import type { AuditPrisma } from './client';
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

/** Why a record cannot be written as it is, or null. PostgreSQL text cannot hold NUL characters. */
export function auditRecordProblem(record: AuditRecord): string | null {
  if (!(record.at instanceof Date) || Number.isNaN(record.at.getTime())) return 'at must be a valid Date';
  for (const key of ['requestId', 'organisation', 'role'] as const) {
    if (typeof record[key] !== 'string' || record[key].length === 0) return `${key} must be a non-empty string`;
  }
  for (const key of ['zone', 'purpose', 'operationName'] as const) {
    if (record[key] !== null && typeof record[key] !== 'string') return `${key} must be a string or null`;
  }
  if (!HEX64.test(record.operationHash)) return 'operationHash must be 64 lowercase hex digits';
  if (!HEX64.test(record.variablesDigest)) return 'variablesDigest must be 64 lowercase hex digits';
  if (!Array.isArray(record.fields) || record.fields.some((f) => typeof f !== 'string')) return 'fields must be an array of strings';
  if (typeof record.personalData !== 'boolean') return 'personalData must be a boolean';
  if (typeof record.unmasked !== 'boolean') return 'unmasked must be a boolean';
  if (!OUTCOMES.includes(record.outcome)) return `outcome must be one of ${OUTCOMES.join(', ')}`;
  if (!Number.isInteger(record.durationMs) || record.durationMs < 0 || record.durationMs > 2147483647) {
    return 'durationMs must be a whole number of milliseconds';
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

  const writeBatch = async (batch: Pending[]): Promise<void> => {
    await prisma.$transaction(
      async (tx) => {
        const [head] = await tx.$queryRaw<ChainHead[]>`SELECT "seq", "hash" FROM "audit"."audit_chain_head" WHERE "id" = 1 FOR UPDATE`;
        if (!head) throw new Error('audit.audit_chain_head has no row: apply the audit migrations');
        let seq = BigInt(head.seq);
        let prevHash = head.hash;
        const rows = batch.map(({ record }) => {
          seq += 1n;
          const entry = { ...record, fields: [...record.fields], seq };
          const hash = entryHash(prevHash, entry);
          const row = { ...entry, prevHash, hash };
          prevHash = hash;
          return row;
        });
        await tx.auditEntry.createMany({ data: rows });
      },
      { maxWait: timeout, timeout },
    );
  };

  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        await writeBatch(batch);
        for (const pending of batch) pending.resolve();
      } catch (error) {
        const failure = new AuditWriteError(`audit entries not written: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
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
      const problem = auditRecordProblem(record);
      if (problem) return Promise.reject(new AuditWriteError(`audit entry refused: ${problem}`));
      return new Promise<void>((resolve, reject) => {
        queue.push({ record: { ...record, fields: [...record.fields] }, resolve, reject });
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
