import type { AuditOutcome, SequencedAuditRecord } from '../hash';
import { entryLeafHash } from './leaf';
import { verifyConsistency, verifyInclusion } from './merkle';
import { keysDocumentProblem, treeHeadProblem, verifyTreeHeadSignature, type AuditKeysDocument, type SignedTreeHead } from './signing';

/** What a check of saved files concludes: every step it took, and the first that failed. */
export type OfflineVerdict = { ok: true; checked: string[] } | { ok: false; reason: string; checked: string[] };

const HEX64 = /^[0-9a-f]{64}$/;

/** A GraphQL response `{ data: { <field>: … } }` as saved, or the value itself. */
function unwrap(value: unknown, field: string): unknown {
  const data = (value as { data?: Record<string, unknown> } | null)?.data;
  return data && typeof data === 'object' && field in data ? data[field] : value;
}

function hexList(value: unknown, name: string): Buffer[] | string {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !HEX64.test(v))) return `${name} must be a list of 64-hex-digit hashes`;
  return value.map((v: string) => Buffer.from(v, 'hex'));
}

/**
 * An audit entry as auditEntries answers it (or as its row reads): the content its leaf covers.
 * Throws naming the field that is missing or malformed.
 */
export function entryFromJson(value: unknown): SequencedAuditRecord {
  const e = unwrap(value, 'node') as Record<string, unknown> | null;
  if (!e || typeof e !== 'object') throw new Error('the entry must be a JSON object');
  const text = (key: string, nullable = false): string | null => {
    const v = e[key];
    if (v === null && nullable) return null;
    if (typeof v !== 'string') throw new Error(`entry.${key} must be a string${nullable ? ' or null' : ''}`);
    return v;
  };
  if (typeof e.seq !== 'string' && typeof e.seq !== 'number') throw new Error('entry.seq must be given');
  const at = new Date(text('at')!);
  if (Number.isNaN(at.getTime())) throw new Error('entry.at must be an ISO 8601 time');
  if (!Array.isArray(e.fields)) throw new Error('entry.fields must be a list');
  if (typeof e.personalData !== 'boolean') throw new Error('entry.personalData must be a boolean');
  if (typeof e.durationMs !== 'number') throw new Error('entry.durationMs must be a number');
  const optional = <T>(key: string, check: (v: unknown) => v is T): T | null => {
    const v = e[key];
    if (v === null || v === undefined) return null;
    if (!check(v)) throw new Error(`entry.${key} is malformed`);
    return v;
  };
  const submissionId = optional('submissionId', (v): v is string | number => typeof v === 'string' || typeof v === 'number');
  return {
    seq: BigInt(e.seq),
    at,
    requestId: text('requestId')!,
    organisation: text('organisation')!,
    role: text('role')!,
    zone: text('zone', true),
    purpose: text('purpose', true),
    operationName: text('operationName', true),
    operationHash: text('operationHash')!,
    variablesDigest: text('variablesDigest')!,
    fields: e.fields as string[],
    personalData: e.personalData,
    unmasked: optional('unmasked', (v): v is boolean => typeof v === 'boolean'),
    outcome: text('outcome') as AuditOutcome,
    durationMs: e.durationMs,
    count: optional('count', (v): v is number => typeof v === 'number'),
    ...(submissionId === null ? {} : { submissionId: BigInt(submissionId) }),
  };
}

/**
 * Checks saved files with nothing but them: the tree head's SM2 signature with the published
 * keys, then an inclusion proof (AuditInclusionProof) or a consistency proof
 * (AuditConsistencyProof) against it, and, given the entry itself, that the proof is about that
 * entry. A proof whose own tree head is of the saved head's size must carry the same root (else
 * the log showed two histories); one of another size is checked against its own head, whose
 * signature is checked the same way.
 */
export function verifySavedProof(input: { head: unknown; keys: unknown; proof: unknown; entry?: unknown }): OfflineVerdict {
  const checked: string[] = [];
  const fail = (reason: string): OfflineVerdict => ({ ok: false, reason, checked });
  const keysProblem = keysDocumentProblem(input.keys);
  if (keysProblem) return fail(`keys: ${keysProblem}`);
  const keys = input.keys as AuditKeysDocument;

  const signedHead = (value: unknown, name: string): SignedTreeHead | string => {
    const problem = treeHeadProblem(value);
    if (problem) return `${name}: ${problem}`;
    const head = value as SignedTreeHead;
    const signature = verifyTreeHeadSignature(head, keys);
    if (!signature.ok) return `${name} (size ${head.treeSize}): ${signature.reason}`;
    checked.push(`${name}: size ${head.treeSize}, root ${head.rootHash}, signed ${head.timestamp} by ${head.keyId}`);
    return head;
  };

  const saved = signedHead(unwrap(input.head, 'auditTreeHead'), 'tree head');
  if (typeof saved === 'string') return fail(saved);

  /** The verified head of this size: the saved one, or the one the proof carries (same root as the saved one when the sizes match). */
  const headFor = (carried: unknown, name: string): SignedTreeHead | string => {
    if (carried === undefined || carried === null) return `${name} is missing`;
    const head = signedHead(carried, name);
    if (typeof head === 'string') return head;
    if (head.treeSize === saved.treeSize && head.rootHash !== saved.rootHash) {
      return `${name} has the saved head's size ${saved.treeSize} but another root: the log showed two different histories`;
    }
    return head;
  };

  const proof = input.proof as Record<string, unknown> | null;
  const inclusion = unwrap(proof, 'auditInclusionProof') as Record<string, unknown> | null;
  const consistency = unwrap(proof, 'auditConsistencyProof') as Record<string, unknown> | null;

  if (inclusion && typeof inclusion === 'object' && 'leafIndex' in inclusion) {
    const { leafIndex, treeSize, leafHash } = inclusion;
    if (!Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize)) return fail('proof.leafIndex and proof.treeSize must be whole numbers');
    if (typeof leafHash !== 'string' || !HEX64.test(leafHash)) return fail('proof.leafHash must be 64 lowercase hex digits');
    const path = hexList(inclusion.path, 'proof.path');
    if (typeof path === 'string') return fail(path);
    const head = (treeSize as number) === saved.treeSize && !inclusion.treeHead ? saved : headFor(inclusion.treeHead, 'the proof\'s tree head');
    if (typeof head === 'string') return fail(head);
    if (head.treeSize !== treeSize) return fail(`proof.treeSize ${String(treeSize)} is not the size of its tree head (${head.treeSize})`);
    if (input.entry !== undefined) {
      let entryHash: string;
      try {
        const entry = entryFromJson(input.entry);
        if (Number(entry.seq) !== (leafIndex as number) + 1) return fail(`the entry is seq ${entry.seq}, the proof is for leaf ${String(leafIndex)} (seq ${(leafIndex as number) + 1})`);
        entryHash = entryLeafHash(entry).toString('hex');
      } catch (error) {
        return fail(`entry: ${(error as Error).message}`);
      }
      if (entryHash !== leafHash) return fail(`the entry does not hash to the proof's leaf hash: the entry was changed (its leaf is ${entryHash}, the log's ${leafHash})`);
      checked.push(`entry ${(leafIndex as number) + 1}: its canonical bytes hash to the proof's leaf ${leafHash}`);
    }
    if (!verifyInclusion(leafIndex as number, treeSize as number, Buffer.from(leafHash, 'hex'), path, Buffer.from(head.rootHash, 'hex'))) {
      return fail(`the inclusion proof of leaf ${String(leafIndex)} does not lead to the root of the tree head of size ${head.treeSize}: the entry is not in that tree at that place`);
    }
    checked.push(`inclusion: leaf ${String(leafIndex)} (seq ${(leafIndex as number) + 1}) is in the tree of size ${head.treeSize} (${path.length} hashes)`);
    return { ok: true, checked };
  }

  if (consistency && typeof consistency === 'object' && 'fromSize' in consistency) {
    const path = hexList(consistency.path, 'proof.path');
    if (typeof path === 'string') return fail(path);
    const pick = (size: unknown, carried: unknown, name: string) => (size === saved.treeSize && !carried ? saved : headFor(carried, name));
    const from = pick(consistency.fromSize, consistency.fromHead, 'the proof\'s first tree head');
    if (typeof from === 'string') return fail(from);
    const to = pick(consistency.toSize, consistency.toHead, 'the proof\'s second tree head');
    if (typeof to === 'string') return fail(to);
    if (from.treeSize !== consistency.fromSize || to.treeSize !== consistency.toSize) return fail('proof.fromSize and proof.toSize must be the sizes of its tree heads');
    if (from.treeSize !== saved.treeSize && to.treeSize !== saved.treeSize) {
      checked.push(`note: neither end is the saved head (size ${saved.treeSize}); both ends' signatures were checked`);
    }
    if (!verifyConsistency(from.treeSize, to.treeSize, Buffer.from(from.rootHash, 'hex'), Buffer.from(to.rootHash, 'hex'), path)) {
      return fail(`the tree of size ${from.treeSize} is not a prefix of the tree of size ${to.treeSize}: entries were changed, removed or re-ordered between the two heads`);
    }
    checked.push(`consistency: the tree of size ${from.treeSize} is a prefix of the tree of size ${to.treeSize} (${path.length} hashes)`);
    return { ok: true, checked };
  }
  return fail('the proof file holds neither an inclusion proof (leafIndex, treeSize, leafHash, path, treeHead) nor a consistency proof (fromSize, toSize, path, fromHead, toHead)');
}
