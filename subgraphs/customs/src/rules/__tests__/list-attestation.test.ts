import { inDecisionOrder, listAttestationKey, listAttestationOf, listClaimsOf, type ListForAttestation } from '../list-attestation';

const list = (overrides: Partial<ListForAttestation>): ListForAttestation => ({
  invtNo: '51712026I500000001', revision: 1, direction: 'IMPORT', contentHash: 'a'.repeat(64), matched: true, matchingReasons: [],
  statusCode: 120, releaseDecision: 'DOCUMENT_REVIEW', releasedAt: null, ...overrides,
});

describe('what customs attests of a list', () => {
  it.each([
    ['matched, under review', list({ statusCode: 300 }), ['THREE_DOCUMENTS_MATCHED']],
    ['matched and auto-released', list({ statusCode: 800, releaseDecision: 'AUTO_RELEASE' }), ['THREE_DOCUMENTS_MATCHED', 'LIST_RELEASED']],
    ['matched and cleared', list({ statusCode: 899 }), ['THREE_DOCUMENTS_MATCHED', 'LIST_RELEASED', 'LIST_CLEARED']],
    ['refused at matching', list({ matched: false, statusCode: 100, releaseDecision: 'REJECT' }), []],
    ['not matched, released by an officer', list({ matched: false, statusCode: 800 }), ['LIST_RELEASED']],
    ['matched, rejected on review', list({ statusCode: 100 }), ['THREE_DOCUMENTS_MATCHED']],
  ])('%s', (_name, value, claims) => {
    expect(listClaimsOf(value)).toEqual(claims);
  });

  it('keys matching per revision and release and clearance once per list', () => {
    expect(listAttestationKey(list({ revision: 3 }), 'THREE_DOCUMENTS_MATCHED')).toBe('51712026I500000001:M3');
    expect(listAttestationKey(list({ revision: 3 }), 'LIST_RELEASED')).toBe('51712026I500000001:800');
    expect(listAttestationKey(list({}), 'LIST_CLEARED')).toBe('51712026I500000001:899');
  });

  it('rests on the list\'s content and decision and records what it relied on', () => {
    const at = new Date('2026-12-03T10:00:00Z');
    const decision = listAttestationOf(list({ statusCode: 800 }), 'LIST_RELEASED', at, ['public-security:GA1']);
    expect(decision).toMatchObject({ subject: { type: 'InventoryList', key: '51712026I500000001' }, claim: 'LIST_RELEASED', reliedOn: ['public-security:GA1'], at });
    expect(decision.evidence).toMatchObject({ contentHash: 'a'.repeat(64), statusCode: 800, matched: true });
  });

  it('orders a list\'s attestations as its decisions were made, within one instant too', () => {
    const at = new Date('2026-12-03T10:00:00Z');
    const rows = [
      { claim: 'LIST_RELEASED', serial: 'x:800', issuedAt: at },
      { claim: 'LIST_CLEARED', serial: 'x:899', issuedAt: new Date(at.getTime() + 1000) },
      { claim: 'THREE_DOCUMENTS_MATCHED', serial: 'x:M1', issuedAt: at },
    ];
    expect(inDecisionOrder(rows).map((row) => row.claim)).toEqual(['THREE_DOCUMENTS_MATCHED', 'LIST_RELEASED', 'LIST_CLEARED']);
  });
});
