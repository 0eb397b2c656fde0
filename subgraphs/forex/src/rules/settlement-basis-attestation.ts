import type { AttestationDecision, ExpectedAttestation, Recognition } from '@zone/common';
import type { SettlementReason } from './settlement-check';

/**
 * Settlement basis accepted (监管互认, contract §1): forex's signed word that a settlement may
 * proceed on transaction electronic information, resting on customs' release of the list and on
 * tax's attestation (the tax bill of an import; the 无票免税 exemption of an export, when granted),
 * each verified, never re-read. Banks verify it offline with the key directory.
 */
export const SETTLEMENT_BASIS_ACCEPTED = 'SETTLEMENT_BASIS_ACCEPTED';

export const SETTLEMENT_BASIS = '汇发〔2020〕11号：支持贸易新业态发展，凭交易电子信息办理跨境电子商务结售汇';

/** Banks rely on an accepted basis for 90 days; a reversed release or tax decision is checked by following the chain. */
export const SETTLEMENT_BASIS_VALID_SECONDS = 90 * 24 * 3600;

/** What customs' attestation of the list must claim for a settlement to rest on it. */
export const RELEASE_CLAIMS: readonly string[] = ['LIST_RELEASED', 'LIST_CLEARED'];

export interface RelianceInput {
  direction: 'IMPORT' | 'EXPORT';
  invtNo: string;
  release: Recognition;
  /** Tax's attestation: the bill of an import (required); the exemption of an export (when tax granted one), else null. */
  tax: Recognition | null;
}

/** What each relied-on attestation must be. */
export function expectedAttestations(invtNo: string, direction: 'IMPORT' | 'EXPORT'): { release: ExpectedAttestation; tax: ExpectedAttestation } {
  return {
    release: { issuer: 'customs', claims: RELEASE_CLAIMS, subjectType: 'InventoryList', subjectKey: invtNo },
    tax: { issuer: 'tax', claims: [direction === 'IMPORT' ? 'TAX_BILL_ISSUED' : 'INVOICE_FREE_EXEMPTION_GRANTED'], subjectType: 'InventoryList', subjectKey: invtNo },
  };
}

/**
 * The reasons the basis cannot be accepted on the attestations offered, and the serials it rests
 * on when it can: customs' release always; tax's bill for an import; tax's exemption for an
 * export only when one was offered (an export with purchase invoices has none, and needs none).
 */
export function settlementReliance(input: RelianceInput): { reasons: SettlementReason[]; reliedOn: string[] } {
  const reasons: SettlementReason[] = [];
  const reliedOn: string[] = [];
  if (input.release.recognised) reliedOn.push(input.release.serial);
  else reasons.push({ code: 'RELEASE_NOT_ATTESTED', message: input.release.problem });
  if (input.tax?.recognised) reliedOn.push(input.tax.serial);
  else if (input.tax && !input.tax.recognised) reasons.push({ code: 'TAX_NOT_ATTESTED', message: input.tax.problem });
  else if (input.direction === 'IMPORT') reasons.push({ code: 'TAX_NOT_ATTESTED', message: `tax has attested no tax bill of inventory list ${input.invtNo}` });
  return { reasons, reliedOn };
}

export interface AcceptedCheck {
  serialNo: string;
  ebpCode: string;
  orderNo: string;
  evidence: unknown;
  checkedAt: Date;
}

export function settlementBasisAttestationOf(check: AcceptedCheck, reliedOn: readonly string[]): AttestationDecision {
  return {
    recordSerial: check.serialNo,
    subject: { type: 'Order', key: `${check.ebpCode}/${check.orderNo}` },
    claim: SETTLEMENT_BASIS_ACCEPTED,
    basis: SETTLEMENT_BASIS,
    evidence: { serialNo: check.serialNo, ebpCode: check.ebpCode, orderNo: check.orderNo, evidence: check.evidence, checkedAt: check.checkedAt },
    at: check.checkedAt,
    validForSeconds: SETTLEMENT_BASIS_VALID_SECONDS,
    reliedOn,
  };
}
