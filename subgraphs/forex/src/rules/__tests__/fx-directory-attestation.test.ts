import { fxDirectoryAttestationKey, fxDirectoryAttestationOf } from '../fx-directory-attestation';

describe('what forex attests of a directory registration', () => {
  const registration = { uscc: '91440200MA4UTEST01', revision: 2, registeredAt: new Date('2026-12-01T00:00:00Z'), registeredBy: '国家外汇管理局韶关市中心支局', contentHash: 'c'.repeat(64) };

  it('keys the attestation by enterprise and revision, for a year, with the registration as evidence', () => {
    expect(fxDirectoryAttestationKey(registration)).toBe('91440200MA4UTEST01:R2');
    const at = new Date('2026-12-03T10:00:00Z');
    expect(fxDirectoryAttestationOf(registration, at)).toMatchObject({
      recordSerial: '91440200MA4UTEST01:R2', subject: { type: 'Enterprise', key: registration.uscc }, claim: 'FX_DIRECTORY_REGISTERED', at, validForSeconds: 365 * 24 * 3600, evidence: registration,
    });
  });
});
