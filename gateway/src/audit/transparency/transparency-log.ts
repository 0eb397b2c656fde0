import type { Logger } from '@zone/common';
import type { AuditPrisma } from '../client';
import type { AuditSequencerOptions } from '../sequencer';
import { consistencyProofRanges, inclusionProofRanges, rangeHash, treeRoot, completeSubtrees } from './merkle';
import { auditKeysDocument, signTreeHead, type AuditKeysDocument, type AuditSigningKey, type SignedTreeHead } from './signing';
import { extendTree, integrateIntoTree, prismaQuery, readNodes, readRanges, treeSize, type TreeQuery } from './tree-store';

/** An entry's inclusion proof against a signed tree head (the audit subgraph's AuditInclusionProof). */
export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  /** SM3(0x00 ‖ the entry's canonical bytes), hex. */
  leafHash: string;
  /** PATH(leafIndex, D[treeSize]) of RFC 9162, lowercase hex, nearest the leaf first. */
  path: string[];
  treeHead: SignedTreeHead;
}

/** A consistency proof between two signed tree heads. */
export interface ConsistencyProof {
  fromSize: number;
  toSize: number;
  /** PROOF(fromSize, D[toSize]) of RFC 9162, lowercase hex. */
  path: string[];
  fromHead: SignedTreeHead;
  toHead: SignedTreeHead;
}

/** Why a proof cannot be given (the API answers it as an error with this code). */
export class TreeProofError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'AUDIT_UNAVAILABLE',
    readonly field?: string,
  ) {
    super(message);
    this.name = 'TreeProofError';
  }
}

export interface TransparencyLogOptions {
  prisma: AuditPrisma;
  /** The gateway's SM2 audit key; null: no tree head can be signed here (proofs use the heads already signed). */
  signingKey: AuditSigningKey | null;
  log?: Logger;
}

export interface TransparencyLog {
  /** The latest signed tree head, or null before the first. */
  latestHead: () => Promise<SignedTreeHead | null>;
  /**
   * Brings the tree up to audit_entry and signs a head for its size when it grew since the last
   * head (timestamps never go back). Answers the latest head. Run every second by the process
   * that extends the tree, and on demand.
   */
  publish: () => Promise<SignedTreeHead | null>;
  /** The inclusion proof of entry `seq` against the latest head, signing one now if none covers it yet. */
  inclusionProof: (seq: bigint) => Promise<InclusionProof>;
  /** The consistency proof between the signed heads of these two sizes. */
  consistencyProof: (fromSize: number, toSize: number) => Promise<ConsistencyProof>;
  /** The published key (GET /audit/keys.json); null without a signing key. */
  keys: () => AuditKeysDocument | null;
}

interface HeadRow {
  tree_size: bigint | string;
  root_hash: string;
  timestamp: Date;
  key_id: string;
  signature: string;
}

const HEAD_COLUMNS = `"tree_size", "root_hash", "timestamp", "key_id", "signature"`;

function headOf(row: HeadRow): SignedTreeHead {
  return { treeSize: Number(row.tree_size), rootHash: row.root_hash, timestamp: new Date(row.timestamp).toISOString(), keyId: row.key_id, signature: row.signature };
}

export async function latestTreeHead(db: TreeQuery): Promise<SignedTreeHead | null> {
  const [row] = await db.query<HeadRow>(`SELECT ${HEAD_COLUMNS} FROM "audit"."audit_tree_head" ORDER BY "tree_size" DESC LIMIT 1`);
  return row ? headOf(row) : null;
}

export async function treeHeadOfSize(db: TreeQuery, size: number): Promise<SignedTreeHead | null> {
  const [row] = await db.query<HeadRow>(`SELECT ${HEAD_COLUMNS} FROM "audit"."audit_tree_head" WHERE "tree_size" = $1::bigint`, [String(size)]);
  return row ? headOf(row) : null;
}

/** Root of the first `size` leaves from the stored nodes: at most log2(size) rows. */
export async function storedRoot(db: TreeQuery, size: number): Promise<string> {
  return treeRoot(size, await readNodes(db, completeSubtrees(0, size))).toString('hex');
}

/**
 * The transparency log over the audit entries: signed tree heads in audit.audit_tree_head, proofs
 * from the complete subtrees in audit.audit_tree_node, O(log n) rows read per proof.
 */
export function createTransparencyLog(options: TransparencyLogOptions): TransparencyLog {
  const { prisma, signingKey } = options;
  const db = prismaQuery(prisma);
  let publishing: Promise<SignedTreeHead | null> | null = null;

  const publishOnce = async (): Promise<SignedTreeHead | null> => {
    if (!signingKey) return latestTreeHead(db);
    await integrateIntoTree(prisma);
    const size = await treeSize(db);
    const latest = await latestTreeHead(db);
    if (latest && latest.treeSize >= size) return latest;
    const rootHash = await storedRoot(db, size);
    // Never before the latest head's time, whatever this replica's clock says.
    const timestamp = new Date(Math.max(Date.now(), latest ? Date.parse(latest.timestamp) : 0));
    const head = signTreeHead(signingKey, { treeSize: size, rootHash, timestamp });
    // Another replica may have signed this size a moment ago: its head stands.
    await db.query(
      `INSERT INTO "audit"."audit_tree_head" (${HEAD_COLUMNS}) VALUES ($1::bigint, $2, $3::timestamptz, $4, $5) ON CONFLICT ("tree_size") DO NOTHING RETURNING 1 AS "ok"`,
      [String(head.treeSize), head.rootHash, head.timestamp, head.keyId, head.signature],
    );
    return (await treeHeadOfSize(db, size)) ?? head;
  };

  const publish = () => {
    // One publication at a time per process; callers meanwhile share it.
    publishing ??= publishOnce().finally(() => (publishing = null));
    return publishing;
  };

  const headCovering = async (size: number): Promise<SignedTreeHead> => {
    let head = await latestTreeHead(db);
    if (!head || head.treeSize < size) head = await publish();
    if (!head || head.treeSize < size) {
      throw new TreeProofError('The entry is not under a signed tree head yet: ask again in a few seconds', 'AUDIT_UNAVAILABLE');
    }
    return head;
  };

  return {
    latestHead: () => latestTreeHead(db),
    publish,
    inclusionProof: async (seq) => {
      const leafIndex = Number(seq) - 1;
      const head = await headCovering(leafIndex + 1);
      const ranges = inclusionProofRanges(leafIndex, head.treeSize);
      const lookup = await readNodes(db, [{ level: 0, index: leafIndex }, ...nodesOf(ranges)]);
      return {
        leafIndex,
        treeSize: head.treeSize,
        leafHash: Buffer.from(lookup({ level: 0, index: leafIndex })).toString('hex'),
        path: ranges.map((range) => rangeHash(range, lookup).toString('hex')),
        treeHead: head,
      };
    },
    consistencyProof: async (fromSize, toSize) => {
      if (!Number.isSafeInteger(fromSize) || fromSize < 1) throw new TreeProofError('fromSize must be at least 1', 'BAD_USER_INPUT', 'fromSize');
      if (!Number.isSafeInteger(toSize) || toSize < fromSize) throw new TreeProofError('toSize must be at least fromSize', 'BAD_USER_INPUT', 'toSize');
      const [fromHead, toHead] = await Promise.all([treeHeadOfSize(db, fromSize), treeHeadOfSize(db, toSize)]);
      if (!fromHead) throw new TreeProofError(`No signed tree head has size ${fromSize}: use the size of a published tree head`, 'BAD_USER_INPUT', 'fromSize');
      if (!toHead) throw new TreeProofError(`No signed tree head has size ${toSize}: use the size of a published tree head`, 'BAD_USER_INPUT', 'toSize');
      const ranges = consistencyProofRanges(fromSize, toSize);
      const lookup = await readRanges(db, ranges);
      return { fromSize, toSize, path: ranges.map((range) => rangeHash(range, lookup).toString('hex')), fromHead, toHead };
    },
    keys: () => (signingKey ? auditKeysDocument(signingKey) : null),
  };
}

function nodesOf(ranges: ReturnType<typeof inclusionProofRanges>) {
  return ranges.flatMap(([start, end]) => completeSubtrees(start, end));
}

/** How often the sequencer's leader signs a tree head when the tree grew (ms). */
export const TREE_HEAD_INTERVAL_MS = 1000;

/**
 * The tree's part in the sequencer (createAuditSequencer's options): each batch of entries goes
 * into the tree inside the transaction that chains it, and the leader signs a head every
 * TREE_HEAD_INTERVAL_MS when the tree grew. So the process that extends the tree signs its heads.
 * A tree that cannot be extended (its lock held too long, a node missing) never stops the chain:
 * the tree's part is rolled back to a savepoint, logged, and caught up later by publish().
 */
export function treeSequencerOptions(transparency: TransparencyLog, log?: Logger): Pick<AuditSequencerOptions, 'integrate' | 'leaderTask' | 'leaderTaskIntervalMs'> {
  return {
    integrate: async (tx, entries) => {
      await tx.query('SAVEPOINT audit_tree');
      try {
        await extendTree(tx, entries);
        await tx.query('RELEASE SAVEPOINT audit_tree');
      } catch (error) {
        await tx.query('ROLLBACK TO SAVEPOINT audit_tree');
        log?.warn({ err: error, firstSeq: entries[0]?.seq.toString() }, 'audit tree not extended with this batch: left to the catch-up');
      }
    },
    leaderTask: async () => {
      await transparency.publish();
    },
    leaderTaskIntervalMs: TREE_HEAD_INTERVAL_MS,
  };
}
