import { identityAttestationOf, supersededChecksOf, type CheckForAttestation } from '../identity-attestation';

const check = (overrides: Partial<CheckForAttestation>): CheckForAttestation => ({
  serialNo: 'GA202612030000001', idHash: 'b'.repeat(64), ebpCode: '91440200MA4UTEST01', orderNo: 'ORD-1', zone: 'SHAOGUAN', verdict: 'MATCH',
  checkedAt: new Date('2026-12-03T10:00:00Z'), ...overrides,
});

describe('what public security attests of an identity check', () => {
  it.each([
    ['a MATCH for an order', check({}), 'BUYER_IDENTITY_VERIFIED'],
    ['a MISMATCH for an order', check({ verdict: 'MISMATCH' }), null],
    ['a NO_RECORD for an order', check({ verdict: 'NO_RECORD' }), null],
    ['a MATCH made for no order', check({ ebpCode: null, orderNo: null }), null],
  ])('%s', (_name, value, claim) => {
    expect(identityAttestationOf(value)?.claim ?? null).toBe(claim);
  });

  it('names the order as subject, the check as evidence (the ID number as its keyed hash only) and the 90 days it stands', () => {
    const decision = identityAttestationOf(check({}))!;
    expect(decision.subject).toEqual({ type: 'Order', key: '91440200MA4UTEST01/ORD-1' });
    expect(decision.recordSerial).toBe('GA202612030000001');
    expect(decision.validForSeconds).toBe(90 * 24 * 3600);
    expect(JSON.stringify(decision.evidence)).toContain('b'.repeat(64));
  });

  it('has every later check of an order supersede the order\'s earlier attestations, whatever its verdict', () => {
    expect(supersededChecksOf(check({ verdict: 'MISMATCH', serialNo: 'GA2' }))).toEqual({ subjectType: 'Order', subjectKey: '91440200MA4UTEST01/ORD-1', reason: 'superseded by identity check GA2' });
    expect(supersededChecksOf(check({ ebpCode: null, orderNo: null }))).toBeNull();
  });
});
