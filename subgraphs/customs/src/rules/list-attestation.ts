import type { AttestationDecision } from '@zone/common';
import { RECEIPT_STATUS_CODES } from './receipt-status';

/** Public security's claim on an order's buyer, which an import's matching relies on. */
export const BUYER_IDENTITY_VERIFIED = 'BUYER_IDENTITY_VERIFIED';

/** What customs attests of a list. */
export type ListClaim = 'THREE_DOCUMENTS_MATCHED' | 'LIST_RELEASED' | 'LIST_CLEARED';

/** The legal basis of customs' decisions on cross-border e-commerce retail lists. */
export const LIST_BASIS = '海关总署公告2018年第194号：跨境电子商务零售进出口商品监管（申报清单、三单对碰、放行、结关）';

/** A list attestation stands for a year: the period in which tax, forex and banks rely on it. */
export const LIST_ATTESTATION_VALID_SECONDS = 365 * 24 * 3600;

export interface ListForAttestation {
  invtNo: string;
  revision: number;
  direction: 'IMPORT' | 'EXPORT';
  contentHash: string | null;
  matched: boolean;
  matchingReasons: unknown;
  statusCode: number;
  releaseDecision: string | null;
  releasedAt: Date | null;
}

/** The local part of a list attestation's serial: matching is per revision, release and clearance once per list. */
export function listAttestationKey(list: Pick<ListForAttestation, 'invtNo' | 'revision'>, claim: ListClaim): string {
  const suffix = claim === 'THREE_DOCUMENTS_MATCHED' ? `M${list.revision}` : claim === 'LIST_RELEASED' ? String(RECEIPT_STATUS_CODES.RELEASED) : String(RECEIPT_STATUS_CODES.CLEARED);
  return `${list.invtNo}:${suffix}`;
}

/**
 * The claims a list's state earns after a decision: matching passed (three documents matched),
 * then released (800) or cleared (899) once the list has matched. A list that failed matching
 * and was released anyway by an officer earns the release only.
 */
export function listClaimsOf(list: ListForAttestation): ListClaim[] {
  const claims: ListClaim[] = [];
  if (list.matched) claims.push('THREE_DOCUMENTS_MATCHED');
  if (list.statusCode === RECEIPT_STATUS_CODES.RELEASED || list.statusCode === RECEIPT_STATUS_CODES.CLEARED) claims.push('LIST_RELEASED');
  if (list.statusCode === RECEIPT_STATUS_CODES.CLEARED) claims.push('LIST_CLEARED');
  return claims;
}

/** The record content a list attestation's evidence digests: the list's declared content hash and customs' decision on it. */
export function listEvidenceOf(list: ListForAttestation) {
  return {
    invtNo: list.invtNo,
    revision: list.revision,
    direction: list.direction,
    contentHash: list.contentHash,
    matched: list.matched,
    matchingReasons: list.matchingReasons,
    statusCode: list.statusCode,
    releaseDecision: list.releaseDecision,
    releasedAt: list.releasedAt,
  };
}

export function listAttestationOf(list: ListForAttestation, claim: ListClaim, at: Date, reliedOn: readonly string[] = []): AttestationDecision {
  return {
    recordSerial: listAttestationKey(list, claim),
    subject: { type: 'InventoryList', key: list.invtNo },
    claim,
    basis: LIST_BASIS,
    evidence: listEvidenceOf(list),
    at,
    validForSeconds: LIST_ATTESTATION_VALID_SECONDS,
    reliedOn,
  };
}

const CLAIM_ORDER: Record<string, number> = { THREE_DOCUMENTS_MATCHED: 0, LIST_RELEASED: 1, LIST_CLEARED: 2 };

/** A list's attestations in the order of its decisions: by issue time, and matched, released, cleared within one instant. */
export function inDecisionOrder<A extends { issuedAt: Date; claim: string; serial: string }>(rows: readonly A[]): A[] {
  return [...rows].sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || (CLAIM_ORDER[a.claim] ?? 9) - (CLAIM_ORDER[b.claim] ?? 9) || a.serial.localeCompare(b.serial));
}
