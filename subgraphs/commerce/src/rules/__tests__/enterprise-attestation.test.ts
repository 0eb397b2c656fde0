import { createAttestationKeyRing, issueAttestation, keyDirectoryOf, signerOf, verifyAttestationToken } from '@zone/common';
import {
  ENTERPRISE_REGISTERED_IN_ZONE,
  NOT_ON_NEGATIVE_LIST,
  STANDING_VALID_SECONDS,
  listingRevocationReason,
  registrationAttestationOf,
  standingAttestationOf,
} from '../enterprise-attestation';

const ENTERPRISE = { uscc: '91440200MA4UTEST0X', name: '韶关跨境电商有限公司', zone: 'SHAOGUAN', roles: ['ECOMMERCE', 'PLATFORM'], registeredAt: new Date('2026-01-05T02:00:00Z') };
const AT = new Date('2026-12-17T01:00:00.000Z');

describe('commerce attests an enterprise registered in its zone (粤府函〔2022〕58号)', () => {
  it.each([
    ['the same registration, signed later', { ...ENTERPRISE }, true],
    ['the same roles in another order', { ...ENTERPRISE, roles: ['PLATFORM', 'ECOMMERCE'] }, true],
    ['registered in another zone', { ...ENTERPRISE, zone: 'HEYUAN' }, false],
    ['another role added', { ...ENTERPRISE, roles: [...ENTERPRISE.roles, 'LOGISTICS'] }, false],
    ['renamed', { ...ENTERPRISE, name: '韶关跨境电商股份有限公司' }, false],
  ])('%s', (_case, changed, same) => {
    const first = registrationAttestationOf(ENTERPRISE, AT);
    const second = registrationAttestationOf(changed, new Date(AT.getTime() + 86_400_000));
    expect(second.recordSerial === first.recordSerial).toBe(same);
    expect(second).toMatchObject({ claim: ENTERPRISE_REGISTERED_IN_ZONE, subject: { type: 'Enterprise', key: ENTERPRISE.uscc } });
  });
});

describe('commerce attests negative-list standing at a time', () => {
  it.each([
    ['no listing in force', null, NOT_ON_NEGATIVE_LIST],
    ['a listing in force', { reason: '非真实贸易', listedAt: new Date('2026-12-01T00:00:00Z') }, null],
  ])('%s', (_case, listing, claim) => {
    const decision = standingAttestationOf(ENTERPRISE, listing, AT);
    expect(decision?.claim ?? null).toBe(claim);
  });

  it('speaks of its instant and is relied on for 30 days', () => {
    const decision = standingAttestationOf(ENTERPRISE, null, AT)!;
    expect(decision.recordSerial).toBe(`${ENTERPRISE.uscc}:NL:2026-12-17T01:00:00.000Z`);
    expect(decision.validForSeconds).toBe(STANDING_VALID_SECONDS);
    expect(decision.evidence).toEqual({ uscc: ENTERPRISE.uscc, zone: 'SHAOGUAN', negativeListed: false, asOf: AT });
  });

  it('signs a token that verifies with commerce\'s key and names the enterprise', () => {
    const ring = createAttestationKeyRing('commerce', new Date('2026-01-01T00:00:00Z'));
    const row = issueAttestation(signerOf(ring), standingAttestationOf(ENTERPRISE, null, AT)!);
    const result = verifyAttestationToken(row.token, { directory: keyDirectoryOf([ring]), now: new Date(AT.getTime() + 1000) });
    expect(result.valid).toBe(true);
    expect(result.payload).toMatchObject({ iss: 'commerce', jti: `commerce:${ENTERPRISE.uscc}:NL:2026-12-17T01:00:00.000Z`, sub: { type: 'Enterprise', key: ENTERPRISE.uscc } });
    expect(verifyAttestationToken(row.token, { directory: keyDirectoryOf([ring]), now: new Date(AT.getTime() + (STANDING_VALID_SECONDS + 1) * 1000) }).reasons.map((r) => r.code)).toEqual(['EXPIRED']);
  });

  it('is revoked by a listing with its reason and legal basis', () => {
    expect(listingRevocationReason({ reason: '非真实贸易', legalBasis: '联合惩戒' })).toBe('placed on the negative list: 非真实贸易 (联合惩戒)');
    expect(listingRevocationReason({ reason: 'x'.repeat(600), legalBasis: 'b' })).toHaveLength(500);
  });
});
