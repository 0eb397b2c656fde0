import type { AuditPrisma } from '../client';
import type { SequencedAuditRecord } from '../hash';
import { entryLeafHash } from './leaf';
import { appendLeaves, completeSubtrees, nodesOfRanges, type LeafRange, type NodeId, type NodeLookup, type TreeNode } from './merkle';

/**
 * The database as the tree sees it: one query at a time, rows only. The sequencer's transaction
 * (node-postgres) is one; prismaQuery() makes a Prisma client or transaction another.
 */
export interface TreeQuery {
  query: <R = Record<string, unknown>>(text: string, values?: readonly unknown[]) => Promise<R[]>;
}

type PrismaLike = Pick<AuditPrisma, '$queryRawUnsafe'>;

/** A TreeQuery over a Prisma client or interactive transaction. */
export function prismaQuery(prisma: PrismaLike): TreeQuery {
  return { query: async <R>(text: string, values: readonly unknown[] = []) => prisma.$queryRawUnsafe<R[]>(text, ...values) };
}

/** Text of the transaction-level advisory lock that serialises extensions of the tree. */
export const TREE_LOCK_NAME = 'audit.tree';

/** Takes the tree's lock until the transaction ends (a row, not void: Prisma reads no void column). */
async function lockTree(db: TreeQuery): Promise<void> {
  await db.query(`SELECT true AS "locked" FROM pg_advisory_xact_lock(hashtextextended($1, 0))`, [TREE_LOCK_NAME]);
}

const TREE_SIZE_SQL = `SELECT max("index") AS "max" FROM "audit"."audit_tree_node" WHERE "level" = 0`;

const NODES_SQL = `
  SELECT n."level", n."index", n."hash"
    FROM "audit"."audit_tree_node" n
    JOIN unnest($1::smallint[], $2::bigint[]) AS wanted("level", "index")
      ON n."level" = wanted."level" AND n."index" = wanted."index"`;

// One row back (a count), so that Prisma's raw query, which expects rows, reads it too.
const INSERT_NODES_SQL = `
  WITH inserted AS (
    INSERT INTO "audit"."audit_tree_node" ("level", "index", "hash")
    SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::text[])
    RETURNING 1)
  SELECT count(*)::int AS "inserted" FROM inserted`;

/** Leaves in the tree: entries 1 … size are its leaves 0 … size - 1. */
export async function treeSize(db: TreeQuery): Promise<number> {
  const [row] = await db.query<{ max: bigint | string | null }>(TREE_SIZE_SQL);
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

/** Reads the stored complete subtrees asked for; throws naming the first one missing. */
export async function readNodes(db: TreeQuery, ids: readonly NodeId[]): Promise<NodeLookup> {
  const found = new Map<string, Buffer>();
  if (ids.length > 0) {
    const rows = await db.query<{ level: number; index: bigint | string; hash: string }>(NODES_SQL, [ids.map((n) => n.level), ids.map((n) => String(n.index))]);
    for (const row of rows) found.set(`${Number(row.level)}:${Number(row.index)}`, Buffer.from(row.hash, 'hex'));
  }
  return ({ level, index }) => {
    const hash = found.get(`${level}:${index}`);
    if (!hash) throw new Error(`audit tree node (level ${level}, index ${index}) is missing`);
    return hash;
  };
}

/** Reads what the given ranges need (nodesOfRanges), in one query. */
export async function readRanges(db: TreeQuery, ranges: readonly LeafRange[]): Promise<NodeLookup> {
  return readNodes(db, nodesOfRanges(ranges));
}

/**
 * Adds entries to the tree inside the caller's transaction: to be called with each batch of
 * newly chained entries (seq order, consecutive), before the commit that writes them, so the
 * tree and the chain commit together. Entries already in the tree are skipped; if the tree is
 * behind the first new entry (entries written before the tree existed, or while it was not
 * extended), nothing is added and integrateIntoTree catches up from audit_entry. Answers how many
 * leaves it added.
 *
 * Cost: one lock, one read of the size, one read of the right edge (at most log2 n rows) and one
 * insert of about 2k rows for k entries. A transaction-level advisory lock (TREE_LOCK_NAME)
 * serialises extenders; the primary key (level, index) refuses a node written twice.
 */
export async function extendTree(db: TreeQuery, entries: readonly SequencedAuditRecord[]): Promise<number> {
  if (entries.length === 0) return 0;
  await lockTree(db);
  const size = await treeSize(db);
  const fresh = entries.filter((entry) => Number(entry.seq) > size);
  if (fresh.length === 0) return 0;
  if (Number(fresh[0]!.seq) !== size + 1) return 0;
  fresh.forEach((entry, i) => {
    if (Number(entry.seq) !== size + 1 + i) throw new Error(`audit entries to add to the tree must be consecutive: ${entry.seq} follows ${size + i}`);
  });
  const edgeIds = completeSubtrees(0, size);
  const lookup = await readNodes(db, edgeIds);
  const edge: TreeNode[] = edgeIds.map((id) => ({ ...id, hash: Buffer.from(lookup(id)) }));
  const { completed } = appendLeaves(size, edge, fresh.map(entryLeafHash));
  await db.query(INSERT_NODES_SQL, [completed.map((n) => n.level), completed.map((n) => String(n.index)), completed.map((n) => n.hash.toString('hex'))]);
  return fresh.length;
}

/**
 * Adds to the tree every entry of audit_entry beyond it, `pageSize` entries per transaction:
 * entries chained before the tree existed, or by a writer that did not extend it. Answers the
 * tree size reached. Stops at a gap in seq (verifyAuditChain names it).
 */
export async function integrateIntoTree(prisma: AuditPrisma, options: { pageSize?: number } = {}): Promise<number> {
  const pageSize = options.pageSize ?? 1000;
  for (;;) {
    const { added, size } = await prisma.$transaction(async (tx) => {
      const db = prismaQuery(tx);
      await lockTree(db);
      const from = await treeSize(db);
      const entries = await tx.auditEntry.findMany({ where: { seq: { gt: BigInt(from), lte: BigInt(from + pageSize) } }, orderBy: { seq: 'asc' } });
      const consecutive = entries.filter((entry, i) => Number(entry.seq) === from + 1 + i);
      const count = await extendTree(db, consecutive);
      return { added: count, size: from + count };
    });
    if (added < pageSize) return size;
  }
}
