import type { SequencedAuditRecord } from '../../hash';
import { entryLeafHash } from '../leaf';
import { consistencyProof, inclusionProof, lookupOverLeaves, treeRoot } from '../merkle';
import { auditKeysDocument, generateAuditSigningKey, signTreeHead } from '../signing';
import { verifySavedProof } from '../verify-offline';

const key = generateAuditSigningKey();
const keys = auditKeysDocument(key);
const entryAt = (seq: number): SequencedAuditRecord => ({
  seq: BigInt(seq),
  at: new Date(Date.UTC(2026, 11, 3, 8, 0, 0, seq)),
  requestId: `req-${seq}`,
  organisation: seq % 2 ? 'ZONE-PLATFORM' : '91440300MA5FXXXX0X',
  role: seq % 2 ? 'PLATFORM' : 'BANK',
  zone: null,
  purpose: null,
  operationName: null,
  operationHash: 'a'.repeat(64),
  variablesDigest: 'b'.repeat(64),
  fields: ['Query.zones'],
  personalData: false,
  unmasked: false,
  outcome: 'OK',
  durationMs: seq,
  count: 1,
  submissionId: BigInt(seq + 100),
});
const entries = Array.from({ length: 13 }, (_, i) => entryAt(i + 1));
const leaves = entries.map(entryLeafHash);
const at = new Date('2026-12-03T10:00:00.000Z');
const headOf = (size: number, list = leaves) => signTreeHead(key, { treeSize: size, rootHash: treeRoot(size, lookupOverLeaves(list)).toString('hex'), timestamp: at });
const hex = (b: Buffer[]) => b.map((x) => x.toString('hex'));
const inclusionOf = (m: number, size: number, list = leaves) => ({
  leafIndex: m,
  treeSize: size,
  leafHash: list[m]!.toString('hex'),
  path: hex(inclusionProof(m, size, lookupOverLeaves(list))),
  treeHead: headOf(size, list),
});
// As GraphQL answers it: seq and submissionId as strings, at in ISO 8601.
const entryJson = (e: SequencedAuditRecord) => ({ ...e, seq: e.seq.toString(), at: e.at.toISOString(), submissionId: e.submissionId!.toString() });

describe('verifySavedProof', () => {
  it('accepts an inclusion proof, bare or as the saved GraphQL response, with its entry', () => {
    const proof = inclusionOf(4, 13);
    const bare = verifySavedProof({ head: headOf(13), keys, proof, entry: entryJson(entries[4]!) });
    expect(bare).toMatchObject({ ok: true });
    expect(bare.checked.join('\n')).toContain('entry 5: its canonical bytes hash to the proof');
    expect(verifySavedProof({ head: { data: { auditTreeHead: headOf(13) } }, keys, proof: { data: { auditInclusionProof: proof } } })).toMatchObject({ ok: true });
  });

  it('checks a proof under a later head than the one saved by that head\'s own signature', () => {
    expect(verifySavedProof({ head: headOf(9), keys, proof: inclusionOf(4, 13) })).toMatchObject({ ok: true });
  });

  it.each<[string, () => Parameters<typeof verifySavedProof>[0], RegExp]>([
    ['another history signed at the saved size (a fork)', () => {
      const forked = [...leaves.slice(0, 3), entryLeafHash({ ...entries[3]!, durationMs: 999 }), ...leaves.slice(4)];
      return { head: headOf(13), keys, proof: inclusionOf(5, 13, forked) };
    }, /two different histories/],
    ['an entry of another seq', () => ({ head: headOf(13), keys, proof: inclusionOf(4, 13), entry: entryJson(entries[5]!) }), /the entry is seq 6, the proof is for leaf 4/],
    ['an entry without its submission id', () => ({ head: headOf(13), keys, proof: inclusionOf(4, 13), entry: { ...entryJson(entries[4]!), submissionId: null } }), /the entry was changed/],
    ['an entry missing a field', () => ({ head: headOf(13), keys, proof: inclusionOf(4, 13), entry: { ...entryJson(entries[4]!), durationMs: undefined } }), /entry.durationMs must be a number/],
    ['a proof of no known shape', () => ({ head: headOf(13), keys, proof: { hello: 1 } }), /neither an inclusion proof/],
    ['a path that is not hashes', () => ({ head: headOf(13), keys, proof: { ...inclusionOf(4, 13), path: ['zz'] } }), /proof.path must be a list/],
    ['keys that are no keys', () => ({ head: headOf(13), keys: { keys: [{ kid: 'audit:1' }] }, proof: inclusionOf(4, 13) }), /keys\[0\]/],
  ])('rejects %s', (_name, input, reason) => {
    const verdict = verifySavedProof(input());
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toMatch(reason);
  });

  const consistency = (from: number, to: number, list = leaves) => ({
    fromSize: from,
    toSize: to,
    path: hex(consistencyProof(from, to, lookupOverLeaves(list))),
    fromHead: headOf(from, list),
    toHead: headOf(to, list),
  });

  it('accepts a consistency proof between two signed heads', () => {
    expect(verifySavedProof({ head: headOf(6), keys, proof: { data: { auditConsistencyProof: consistency(6, 13) } } })).toMatchObject({ ok: true });
  });

  it.each<[string, () => Record<string, unknown>, RegExp]>([
    ['a later head over rewritten entries', () => {
      const rewritten = [...leaves.slice(0, 2), entryLeafHash({ ...entries[2]!, organisation: 'X' }), ...leaves.slice(3)];
      return { ...consistency(6, 13, rewritten), fromHead: headOf(6) };
    }, /not a prefix/],
    ['a first head whose size was rewritten', () => ({ ...consistency(6, 13), fromHead: { ...headOf(6), treeSize: 5 }, fromSize: 5 }), /signature does not verify/],
    ['sizes that are not those of its heads', () => ({ ...consistency(6, 13), fromSize: 7 }), /sizes of its tree heads/],
  ])('rejects a consistency proof with %s', (_name, proof, reason) => {
    const verdict = verifySavedProof({ head: headOf(6), keys, proof: proof() });
    expect(verdict.ok ? '' : verdict.reason).toMatch(reason);
  });
});
