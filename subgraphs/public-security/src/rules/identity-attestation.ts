import type { AttestationDecision } from '@zone/common';

/** What public security attests of a check made for an order. */
export const BUYER_IDENTITY_VERIFIED = 'BUYER_IDENTITY_VERIFIED';

/** The legal basis of the buyer's identity check: GACC announcement 2018 No. 194 (订购人身份信息真实性). */
export const IDENTITY_BASIS = '海关总署公告2018年第194号：订购人身份信息真实性校验';

/** An identity attestation stands for 90 days; a later check of the order revokes it before then. */
export const IDENTITY_ATTESTATION_VALID_SECONDS = 90 * 24 * 3600;

export interface CheckForAttestation {
  serialNo: string;
  idHash: string;
  ebpCode: string | null;
  orderNo: string | null;
  zone: string | null;
  verdict: 'MATCH' | 'MISMATCH' | 'NO_RECORD' | 'REVERIFICATION_REQUIRED';
  checkedAt: Date;
}

/** The subject of checks made for an order: the order, by platform code and number. */
export function orderSubjectOf(check: Pick<CheckForAttestation, 'ebpCode' | 'orderNo'>): { type: 'Order'; key: string } | null {
  return check.ebpCode !== null && check.orderNo !== null ? { type: 'Order', key: `${check.ebpCode}/${check.orderNo}` } : null;
}

/**
 * The attestation a check earns: a MATCH made for an order vouches for the order's buyer. The
 * evidence is the check as recorded (the ID number only as its keyed hash), so anyone holding the
 * record can recompute the digest.
 */
export function identityAttestationOf(check: CheckForAttestation): AttestationDecision | null {
  const subject = orderSubjectOf(check);
  if (subject === null || check.verdict !== 'MATCH') return null;
  return {
    recordSerial: check.serialNo,
    subject,
    claim: BUYER_IDENTITY_VERIFIED,
    basis: IDENTITY_BASIS,
    evidence: identityEvidenceOf(check),
    at: check.checkedAt,
    validForSeconds: IDENTITY_ATTESTATION_VALID_SECONDS,
  };
}

/** The record content an identity attestation's evidence digests. */
export function identityEvidenceOf(check: CheckForAttestation) {
  return { serialNo: check.serialNo, idHash: check.idHash, ebpCode: check.ebpCode, orderNo: check.orderNo, zone: check.zone, verdict: check.verdict, checkedAt: check.checkedAt };
}

/** Every check of an order supersedes the attestations of earlier checks of it, whatever its verdict. */
export function supersededChecksOf(check: CheckForAttestation): { subjectType: string; subjectKey: string; reason: string } | null {
  const subject = orderSubjectOf(check);
  return subject ? { subjectType: subject.type, subjectKey: subject.key, reason: `superseded by identity check ${check.serialNo}` } : null;
}
