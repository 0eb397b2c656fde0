import type { AuditPrisma } from '../client';
import { GENESIS_HASH, type AuditRecord } from '../hash';

export interface StoredEntry extends AuditRecord {
  seq: bigint;
  prevHash: string;
  hash: string;
}

/**
 * The audit tables in memory behind the few Prisma calls the log and the verifier make, with the
 * insert trigger's rule (an entry must extend the head). For unit tests of batching and of
 * verification verdicts; test/audit.test.ts runs the same code against PostgreSQL.
 */
export function createMemoryStore() {
  const entries: StoredEntry[] = [];
  let head: { seq: bigint; hash: string } | null = { seq: 0n, hash: GENESIS_HASH };
  const transactions: StoredEntry[][] = [];
  let failNext: Error | null = null;
  let lock: Promise<void> = Promise.resolve();

  const sqlOf = (strings: TemplateStringsArray) => strings.join('?');

  const prisma = {
    async $transaction<T>(fn: (tx: unknown) => Promise<T>): Promise<T> {
      const previous = lock;
      let release = () => undefined as void;
      lock = new Promise<void>((resolve) => (release = resolve));
      await previous;
      try {
        if (failNext) {
          const error = failNext;
          failNext = null;
          throw error;
        }
        const written: StoredEntry[] = [];
        const result = await fn({
          $queryRaw: async (strings: TemplateStringsArray) => {
            if (!sqlOf(strings).includes('FOR UPDATE')) throw new Error(`unexpected query ${sqlOf(strings)}`);
            return head ? [{ ...head }] : [];
          },
          auditEntry: {
            createMany: async ({ data }: { data: StoredEntry[] }) => {
              for (const row of data) {
                if (!head || row.seq !== head.seq + 1n || row.prevHash !== head.hash) throw new Error(`audit entry ${row.seq} does not extend the chain head`);
                entries.push({ ...row, fields: [...row.fields] });
                written.push(row);
                head = { seq: row.seq, hash: row.hash };
              }
              return { count: data.length };
            },
          },
        });
        transactions.push(written);
        return result;
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
    entries,
    /** Entries written per transaction, in order. */
    transactions,
    failNextTransaction: (error: Error) => (failNext = error),
    /** Direct access, as a superuser with the triggers disabled would have. */
    setHead: (value: { seq: bigint; hash: string } | null) => (head = value),
  };
}
