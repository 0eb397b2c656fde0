import { GENESIS_HASH, entryHash } from '../hash';
import { chainSubmissions } from '../sequencer';

const row = (id: number, requestId = `req-${id}`) => ({
  id: String(id),
  at: new Date(Date.UTC(2026, 11, 16, 8, 0, 0, id)),
  request_id: requestId,
  organisation: 'ZONE-PLATFORM',
  role: 'PLATFORM',
  zone: null,
  purpose: null,
  operation_name: 'SubmitOrder',
  operation_hash: 'a'.repeat(64),
  variables_digest: 'b'.repeat(64),
  fields: ['Mutation.submitOrder'],
  personal_data: true,
  unmasked: false,
  outcome: 'INTENT' as const,
  duration_ms: 0,
  count: 1,
});

describe('chainSubmissions', () => {
  it('chains submissions onto the head in the order given, whatever their ids', () => {
    const head = { seq: 41n, hash: 'c'.repeat(64) };
    const entries = chainSubmissions(head, [row(7), row(3), row(9)]);
    expect(entries.map((e) => [e.seq, e.submissionId])).toEqual([
      [42n, 7n],
      [43n, 3n],
      [44n, 9n],
    ]);
    let prev = head.hash;
    for (const entry of entries) {
      expect(entry.prevHash).toBe(prev);
      expect(entry.hash).toBe(entryHash(entry.prevHash, entry));
      prev = entry.hash;
    }
  });

  it('covers the submission id with the hash: the same record from another submission hashes differently', () => {
    const [a] = chainSubmissions({ seq: 0n, hash: GENESIS_HASH }, [row(1, 'same')]);
    const [b] = chainSubmissions({ seq: 0n, hash: GENESIS_HASH }, [row(2, 'same')]);
    expect(a!.hash).not.toBe(b!.hash);
    expect(entryHash(a!.prevHash, { ...a!, submissionId: null })).not.toBe(a!.hash);
  });
});
