import type { AuditPrisma } from '../client';
import { GENESIS_HASH, entryHash, type AuditOutcome, type AuditRecord } from '../hash';
import { SUBMIT_SQL, type AuditSubmissionQueryable } from '../log';

export interface StoredEntry extends AuditRecord {
  seq: bigint;
  submissionId?: bigint | null;
  prevHash: string;
  hash: string;
}

/**
 * The audit tables in memory behind the few Prisma calls the log and the verifier make, with the
 * insert trigger's rule (an entry must extend the head). Submissions are integrated into the
 * chain at once, as a sequencer with no lag would. For unit tests of batching and of
 * verification verdicts; test/audit.test.ts runs the same code against PostgreSQL.
 */
export function createMemoryStore() {
  const entries: StoredEntry[] = [];
  let head: { seq: bigint; hash: string } | null = { seq: 0n, hash: GENESIS_HASH };
  const transactions: StoredEntry[][] = [];
  let failNext: Error | null = null;
  /** Rows the "database" refuses, as a constraint would. */
  let refuses: ((row: StoredEntry) => string | null) | null = null;
  let lock: Promise<void> = Promise.resolve();

  const sqlOf = (strings: TemplateStringsArray) => strings.join('?');

  let submissionId = 0n;
  /** One INSERT of submissions: all rows or none, as PostgreSQL would. */
  let failingStatements = 0;
  let failure: Error | null = null;
  const submit = (rows: AuditRecord[]) => {
    if (failNext) {
      const error = failNext;
      failNext = null;
      throw error;
    }
    if (failingStatements > 0 && failure) {
      failingStatements -= 1;
      throw failure;
    }
    const chained: StoredEntry[] = [];
    let seq = head?.seq ?? 0n;
    let prevHash = head?.hash ?? GENESIS_HASH;
    let id = submissionId;
    for (const row of rows) {
      id += 1n;
      seq += 1n;
      const entry = { ...row, fields: [...row.fields], seq, submissionId: id, count: row.count ?? 1 };
      const hash = entryHash(prevHash, entry);
      const stored = { ...entry, prevHash, hash };
      const refusal = refuses?.(stored);
      if (refusal) throw new Error(refusal);
      chained.push(stored);
      prevHash = hash;
    }
    submissionId = id;
    entries.push(...chained);
    if (chained.length > 0) head = { seq, hash: prevHash };
    transactions.push(chained);
  };

  /** Statements the log sent, in order (text and parameters). */
  const statements: { text: string; values: unknown[] }[] = [];
  /** The log's one statement per batch, its column arrays read back into records as PostgreSQL would unnest them. */
  const pool: AuditSubmissionQueryable = {
    query: async ({ text, values }) => {
      statements.push({ text, values });
      if (text !== SUBMIT_SQL) throw new Error(`unexpected statement ${text}`);
      const column = <T>(n: number) => values[n] as T[];
      const rows = column<Date>(0).map(
        (at, i): AuditRecord => ({
          at,
          requestId: column<string>(1)[i]!,
          organisation: column<string>(2)[i]!,
          role: column<string>(3)[i]!,
          zone: column<string | null>(4)[i]!,
          purpose: column<string | null>(5)[i]!,
          operationName: column<string | null>(6)[i]!,
          operationHash: column<string>(7)[i]!,
          variablesDigest: column<string>(8)[i]!,
          fields: JSON.parse(column<string>(9)[i]!) as string[],
          personalData: column<boolean>(10)[i]!,
          unmasked: column<boolean>(11)[i]!,
          outcome: column<AuditOutcome>(12)[i]!,
          durationMs: column<number>(13)[i]!,
          count: column<number>(14)[i]!,
        }),
      );
      submit(rows);
      return { rowCount: rows.length };
    },
  };

  const prisma = {
    async $transaction<T>(fn: (tx: unknown) => Promise<T>): Promise<T> {
      const previous = lock;
      let release = () => undefined as void;
      lock = new Promise<void>((resolve) => (release = resolve));
      await previous;
      const before = { entries: entries.length, head: head && { ...head } };
      try {
        if (failNext) {
          const error = failNext;
          failNext = null;
          throw error;
        }
        const written: StoredEntry[] = [];
        const savepoints = new Map<string, { entries: number; written: number; head: typeof head }>();
        const insert = (row: StoredEntry) => {
          if (!head || row.seq !== head.seq + 1n || row.prevHash !== head.hash) throw new Error(`audit entry ${row.seq} does not extend the chain head`);
          const refusal = refuses?.(row);
          if (refusal) throw new Error(refusal);
          entries.push({ ...row, fields: [...row.fields] });
          written.push(row);
          head = { seq: row.seq, hash: row.hash };
        };
        const result = await fn({
          $queryRaw: async (strings: TemplateStringsArray) => {
            if (!sqlOf(strings).includes('FOR UPDATE')) throw new Error(`unexpected query ${sqlOf(strings)}`);
            return head ? [{ ...head }] : [];
          },
          $executeRawUnsafe: async (sql: string) => {
            const savepoint = /^SAVEPOINT (\w+)$/.exec(sql);
            const rollback = /^ROLLBACK TO SAVEPOINT (\w+)$/.exec(sql);
            if (savepoint) savepoints.set(savepoint[1]!, { entries: entries.length, written: written.length, head: head && { ...head } });
            else if (rollback && savepoints.has(rollback[1]!)) {
              const state = savepoints.get(rollback[1]!)!;
              entries.length = state.entries;
              written.length = state.written;
              head = state.head;
            } else throw new Error(`unexpected statement ${sql}`);
            return 0;
          },
          auditEntry: {
            // One statement: all rows or none, as PostgreSQL would (the savepoint undoes a partial one).
            createMany: async ({ data }: { data: StoredEntry[] }) => {
              for (const row of data) insert(row);
              return { count: data.length };
            },
            create: async ({ data }: { data: StoredEntry }) => {
              insert(data);
              return data;
            },
          },
        });
        transactions.push(written);
        return result;
      } catch (error) {
        // A failed transaction leaves nothing behind.
        entries.length = before.entries;
        head = before.head;
        throw error;
      } finally {
        release();
      }
    },
    async $queryRaw(strings: TemplateStringsArray) {
      if (!sqlOf(strings).includes('max(')) throw new Error(`unexpected query ${sqlOf(strings)}`);
      const maxSeq = entries.reduce<bigint | null>((max, e) => (max === null || e.seq > max ? e.seq : max), null);
      return [{ seq: head?.seq ?? null, hash: head?.hash ?? null, maxSeq }];
    },
    auditEntry: {
      async findMany({ where, take }: { where: { seq: { gt: bigint; lte: bigint } }; take: number }) {
        return entries
          .filter((e) => e.seq > where.seq.gt && e.seq <= where.seq.lte)
          .sort((a, b) => (a.seq < b.seq ? -1 : 1))
          .slice(0, take)
          .map((e) => ({ ...e, fields: [...e.fields] }));
      },
    },
  };

  return {
    prisma: prisma as unknown as AuditPrisma,
    pool,
    statements,
    entries,
    /** Entries written per insert statement, in order. */
    transactions,
    failNextTransaction: (error: Error) => (failNext = error),
    /** The next `count` statements fail with `error` (a database out of reach for a while). */
    failStatements: (count: number, error: Error) => {
      failingStatements = count;
      failure = error;
    },
    /** From now on, rows for which `check` names a problem are refused with it. */
    refuseRows: (check: (row: StoredEntry) => string | null) => (refuses = check),
    /** Direct access, as a superuser with the triggers disabled would have. */
    setHead: (value: { seq: bigint; hash: string } | null) => (head = value),
  };
}
