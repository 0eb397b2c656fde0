import type { AuditPrisma } from './client';
import { GENESIS_HASH, entryHash } from './hash';

export type AuditChainVerdict =
  | { ok: true; entries: number }
  | {
      ok: false;
      /** The first entry found tampered with: changed, missing, or the one a broken link points back to. */
      firstBadSeq: number;
      reason: string;
      /** Entries verified intact before it. */
      entries: number;
    };

export interface VerifyAuditChainOptions {
  /** Entries read per query (1000): the chain is streamed, never held whole in memory. */
  pageSize?: number;
}

interface HeadSnapshot {
  seq: bigint | null;
  hash: string | null;
  maxSeq: bigint | null;
}

/**
 * Recomputes the whole chain in seq order and names the first entry tampered with: content or hash
 * changed (the stored hash is not the recomputed one), an entry missing (a gap in seq, or the tail
 * short of the chain head), or an entry rewritten with a freshly computed hash (its successor, or
 * the chain head, no longer links to it). Entries appended while it runs are left for the next run.
 */
export async function verifyAuditChain(prisma: AuditPrisma, options: VerifyAuditChainOptions = {}): Promise<AuditChainVerdict> {
  const pageSize = options.pageSize ?? 1000;
  // Head and highest seq from one snapshot: the insert trigger moves both in the same transaction.
  const [snapshot] = await prisma.$queryRaw<HeadSnapshot[]>`
    SELECT h."seq", h."hash", (SELECT max(e."seq") FROM "audit"."audit_entry" e) AS "maxSeq"
      FROM (SELECT 1) AS one LEFT JOIN "audit"."audit_chain_head" h ON h."id" = 1`;
  const head = snapshot?.seq === null || snapshot?.seq === undefined ? null : { seq: BigInt(snapshot.seq), hash: snapshot.hash! };
  const maxSeq = snapshot?.maxSeq === null || snapshot?.maxSeq === undefined ? 0n : BigInt(snapshot.maxSeq);

  let verified = 0;
  let prevSeq = 0n;
  let prevHash = GENESIS_HASH;
  const bad = (seq: bigint, reason: string): AuditChainVerdict => ({ ok: false, firstBadSeq: Number(seq), reason, entries: verified });
  const limit = head ? head.seq : maxSeq;

  for (;;) {
    const page = await prisma.auditEntry.findMany({
      where: { seq: { gt: prevSeq, lte: limit } },
      orderBy: { seq: 'asc' },
      take: pageSize,
    });
    for (const entry of page) {
      const expected = prevSeq + 1n;
      if (entry.seq !== expected) {
        const last = entry.seq - 1n;
        return bad(expected, `entr${last === expected ? 'y' : 'ies'} ${expected}${last === expected ? '' : `..${last}`} missing: the chain goes from ${prevSeq} to ${entry.seq}`);
      }
      if (entryHash(entry.prevHash, entry) !== entry.hash) {
        return bad(entry.seq, `entry ${entry.seq} changed: its content does not hash to its stored hash`);
      }
      if (entry.prevHash !== prevHash) {
        if (entry.seq === 1n) return bad(1n, 'entry 1 does not start from the genesis hash (64 zeros)');
        return bad(
          prevSeq,
          `entry ${prevSeq} rewritten: entry ${entry.seq} links to another hash than entry ${prevSeq}'s (or entry ${entry.seq}'s link was rewritten)`,
        );
      }
      prevSeq = entry.seq;
      prevHash = entry.hash;
      verified += 1;
    }
    if (page.length < pageSize) break;
  }

  if (!head) return bad(prevSeq + 1n, `the chain head (audit.audit_chain_head) is gone: entries after ${prevSeq} may have been removed`);
  if (prevSeq < head.seq) {
    const next = prevSeq + 1n;
    return bad(next, `entr${next === head.seq ? 'y' : 'ies'} ${next}${next === head.seq ? '' : `..${head.seq}`} missing: the chain head records ${head.seq} entries, the chain ends at ${prevSeq}`);
  }
  if (maxSeq > head.seq) return bad(head.seq + 1n, `the chain head was wound back to ${head.seq}: entries up to ${maxSeq} lie beyond it`);
  if (head.hash !== prevHash) return bad(prevSeq, `entry ${prevSeq} rewritten: its hash is not the one the chain head records`);
  return { ok: true, entries: verified };
}
