import { evidenceOf, type AttestationDecision } from '@zone/common';

/**
 * What commerce attests of an enterprise (监管互认, contract §1): that it is registered in its
 * zone, and its standing on the credit system's negative list at a time. Every department and the
 * banks rely on them instead of asking commerce again.
 */
export const ENTERPRISE_REGISTERED_IN_ZONE = 'ENTERPRISE_REGISTERED_IN_ZONE';
export const NOT_ON_NEGATIVE_LIST = 'NOT_ON_NEGATIVE_LIST';

/** Registration with the zone's online comprehensive service platform (粤府函〔2022〕58号). */
export const REGISTRATION_BASIS = '粤府函〔2022〕58号：跨境电子商务综合试验区线上综合服务平台企业备案';
/** The credit system's negative list (一库三系, 联合奖惩). */
export const NEGATIVE_LIST_BASIS = '粤府函〔2022〕58号：信用体系"一库三系"负面清单，联合奖惩';

/** A registration attestation stands for a year; a changed registration earns a new one. */
export const REGISTRATION_VALID_SECONDS = 365 * 24 * 3600;
/** A standing attestation speaks of one instant; relying parties accept it for 30 days, unless revoked by a listing. */
export const STANDING_VALID_SECONDS = 30 * 24 * 3600;

export interface EnterpriseForAttestation {
  uscc: string;
  name: string;
  zone: string;
  roles: readonly string[];
  registeredAt: Date;
}

/** The registration as recorded: what the registration attestation's evidence digests. */
export function registrationEvidenceOf(enterprise: EnterpriseForAttestation) {
  return { uscc: enterprise.uscc, name: enterprise.name, zone: enterprise.zone, roles: [...enterprise.roles].sort(), registeredAt: enterprise.registeredAt };
}

/**
 * The registration attestation: its serial carries a prefix of the registration's digest, so the
 * same registration is signed once and a changed one (zone, roles, name) earns its own.
 */
export function registrationAttestationOf(enterprise: EnterpriseForAttestation, at: Date): AttestationDecision {
  const evidence = registrationEvidenceOf(enterprise);
  return {
    recordSerial: `${enterprise.uscc}:REG:${evidenceOf(evidence).slice(0, 16)}`,
    subject: { type: 'Enterprise', key: enterprise.uscc },
    claim: ENTERPRISE_REGISTERED_IN_ZONE,
    basis: REGISTRATION_BASIS,
    evidence,
    at,
    validForSeconds: REGISTRATION_VALID_SECONDS,
  };
}

export interface NegativeListing {
  reason: string;
  listedAt: Date;
}

/**
 * The standing attestation at `at`: only an enterprise with no listing in force earns one (an
 * enterprise on the list is attested nothing, and what it was attested before is revoked).
 */
export function standingAttestationOf(enterprise: EnterpriseForAttestation, listing: NegativeListing | null, at: Date): AttestationDecision | null {
  if (listing !== null) return null;
  return {
    recordSerial: `${enterprise.uscc}:NL:${at.toISOString()}`,
    subject: { type: 'Enterprise', key: enterprise.uscc },
    claim: NOT_ON_NEGATIVE_LIST,
    basis: NEGATIVE_LIST_BASIS,
    evidence: { uscc: enterprise.uscc, zone: enterprise.zone, negativeListed: false, asOf: at },
    at,
    validForSeconds: STANDING_VALID_SECONDS,
  };
}

/** Why a listing revokes the enterprise's standing attestations. */
export function listingRevocationReason(listing: { reason: string; legalBasis: string }): string {
  return `placed on the negative list: ${listing.reason} (${listing.legalBasis})`.slice(0, 500);
}
