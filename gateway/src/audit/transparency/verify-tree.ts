import type { AuditPrisma } from '../client';
import { entryLeafHash } from './leaf';
import { appendLeaves, completeSubtrees, hashOfSubtrees, type TreeNode } from './merkle';
import { verifyTreeHeadSignature, type AuditKeysDocument, type SignedTreeHead } from './signing';
import { latestTreeHead, treeHeadOfSize } from './transparency-log';
import { prismaQuery, readNodes } from './tree-store';

export type TreeVerdict =
  | {
      ok: true;
      /** The latest signed head, now verified: the next run's checkpoint. null: no head yet. */
      head: SignedTreeHead | null;
      /** Size of the checkpoint verification started from. */
      from: number;
      /** Entries recomputed: those the checkpoint did not cover. */
      entries: number;
      /** false when no keys were given: the heads' signatures were not checked. */
      signatureChecked: boolean;
    }
  | { ok: false; reason: string; from: number; firstBadSeq?: number };

export interface VerifyTreeOptions {
  /** The last head verified (a checkpoint kept outside the database); null: from the empty tree. */
  checkpoint: SignedTreeHead | null;
  /** The published keys (GET /audit/keys.json) to check the latest head's signature with. */
  keys: AuditKeysDocument | null;
  /** Entries read per query (1000). */
  pageSize?: number;
}

/**
 * Verifies the tree incrementally: from a checkpoint head (verified before and kept outside the
 * database) to the latest signed head, recomputing only the entries in between. The stored right
 * edge of the checkpoint's tree must still hash to its root (so nothing up to it was rewritten
 * in the tree), every later entry must hash to its stored leaf (so none was changed since it
 * entered the tree), and the checkpoint's edge extended by those leaves must give the latest
 * head's root (so the latest head extends the checkpoint, with these entries in this order).
 * Costs O(k + log n) for k new entries.
 */
export async function verifyTreeSince(prisma: AuditPrisma, options: VerifyTreeOptions): Promise<TreeVerdict> {
  const db = prismaQuery(prisma);
  const pageSize = options.pageSize ?? 1000;
  const checkpoint = options.checkpoint;
  const from = checkpoint?.treeSize ?? 0;
  const fail = (reason: string, firstBadSeq?: number): TreeVerdict => ({ ok: false, reason, from, ...(firstBadSeq === undefined ? {} : { firstBadSeq }) });

  const latest = await latestTreeHead(db);
  if (!latest) return checkpoint && from > 0 ? fail(`no tree head in the database, yet the checkpoint has one of size ${from}: the heads were removed`) : { ok: true, head: null, from, entries: 0, signatureChecked: false };
  if (options.keys) {
    const signature = verifyTreeHeadSignature(latest, options.keys);
    if (!signature.ok) return fail(`the latest tree head (size ${latest.treeSize}): ${signature.reason}`);
  }
  if (latest.treeSize < from) return fail(`the latest tree head has size ${latest.treeSize}, the checkpoint ${from}: the log was wound back`);

  let edge: TreeNode[] = [];
  if (checkpoint && from > 0) {
    const stored = await treeHeadOfSize(db, from);
    if (!stored) return fail(`the tree head of size ${from} (the checkpoint) is gone from the database`);
    if (stored.rootHash !== checkpoint.rootHash) return fail(`the tree head of size ${from} was rewritten: its root is not the checkpoint's`);
    const ids = completeSubtrees(0, from);
    let lookup;
    try {
      lookup = await readNodes(db, ids);
    } catch (error) {
      return fail(`the tree up to the checkpoint is incomplete: ${(error as Error).message}`);
    }
    edge = ids.map((id) => ({ ...id, hash: Buffer.from(lookup(id)) }));
    if (hashOfSubtrees(edge.map((n) => n.hash)).toString('hex') !== checkpoint.rootHash) {
      return fail(`the stored tree no longer hashes to the checkpoint's root (size ${from}): entries up to ${from} were rewritten in the tree`);
    }
  }

  let size = from;
  while (size < latest.treeSize) {
    const upTo = Math.min(size + pageSize, latest.treeSize);
    const [entries, leaves] = await Promise.all([
      prisma.auditEntry.findMany({ where: { seq: { gt: BigInt(size), lte: BigInt(upTo) } }, orderBy: { seq: 'asc' } }),
      db.query<{ index: bigint | string; hash: string }>(
        `SELECT "index", "hash" FROM "audit"."audit_tree_node" WHERE "level" = 0 AND "index" >= $1::bigint AND "index" < $2::bigint ORDER BY "index"`,
        [String(size), String(upTo)],
      ),
    ]);
    const stored = new Map(leaves.map((row) => [Number(row.index), row.hash]));
    const hashes: Buffer[] = [];
    for (let i = 0; i < upTo - size; i += 1) {
      const seq = size + i + 1;
      const entry = entries[i];
      if (!entry || Number(entry.seq) !== seq) return fail(`entry ${seq} is missing, yet the tree head of size ${latest.treeSize} covers it`, seq);
      const hash = entryLeafHash(entry);
      if (stored.get(seq - 1) !== hash.toString('hex')) {
        return fail(
          stored.has(seq - 1) ? `entry ${seq} changed since it entered the tree: it no longer hashes to its leaf` : `the leaf of entry ${seq} is missing from the tree`,
          seq,
        );
      }
      hashes.push(hash);
    }
    edge = appendLeaves(size, edge, hashes).edge;
    size = upTo;
  }
  const root = hashOfSubtrees(edge.map((n) => n.hash)).toString('hex');
  if (root !== latest.rootHash) {
    return fail(`entries ${from + 1}..${latest.treeSize} do not give the root of the tree head of size ${latest.treeSize}: entries were re-ordered or rewritten, leaves and all`);
  }
  return { ok: true, head: latest, from, entries: latest.treeSize - from, signatureChecked: options.keys !== null };
}
