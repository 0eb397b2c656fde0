import type { AttestationDecision } from '@zone/common';

/**
 * What tax attests of its export-side decisions (监管互认, contract §1): the 无票免税 exemption
 * granted on an export list, resting on customs' release attestation of that list, and 核定征收
 * in force for an enterprise's tax year.
 */
export const INVOICE_FREE_EXEMPTION_GRANTED = 'INVOICE_FREE_EXEMPTION_GRANTED';
export const DEEMED_TAXATION_IN_FORCE = 'DEEMED_TAXATION_IN_FORCE';

export const EXEMPTION_BASIS = '财税〔2018〕103号：跨境电子商务综合试验区零售出口货物无票免税';
export const DEEMED_TAXATION_BASIS = '国家税务总局公告2019年第36号：跨境电子商务综合试验区零售出口企业所得税核定征收（应税所得率4%）';

/** An exemption stands for a year after it is granted, as customs' release it rests on. */
export const EXEMPTION_VALID_SECONDS = 365 * 24 * 3600;
/** Deemed taxation is in force for a year from its assessment. */
export const DEEMED_TAXATION_VALID_SECONDS = 365 * 24 * 3600;

/** The customs claims an exemption may rest on: the list released (800) or cleared (899). */
export const RELEASE_CLAIMS: readonly string[] = ['LIST_RELEASED', 'LIST_CLEARED'];

export interface ExemptionForAttestation {
  invtNo: string;
  revision: number;
  zone: string;
  ebcCode: string;
  ebpCode: string;
  orderNo: string;
  customsCode: string;
  listStatusCode: number;
  exempt: boolean;
  lines: unknown;
  contentHash: string;
  assessedAt: Date;
}

/** The attestation an exemption revision earns: only a granted one, relying on customs' release. */
export function exemptionAttestationOf(exemption: ExemptionForAttestation, reliedOn: readonly string[]): AttestationDecision | null {
  if (!exemption.exempt) return null;
  return {
    recordSerial: `${exemption.invtNo}:E${exemption.revision}`,
    subject: { type: 'InventoryList', key: exemption.invtNo },
    claim: INVOICE_FREE_EXEMPTION_GRANTED,
    basis: EXEMPTION_BASIS,
    evidence: {
      invtNo: exemption.invtNo, revision: exemption.revision, zone: exemption.zone, ebcCode: exemption.ebcCode, ebpCode: exemption.ebpCode, orderNo: exemption.orderNo,
      customsCode: exemption.customsCode, listStatusCode: exemption.listStatusCode, lines: exemption.lines, contentHash: exemption.contentHash,
    },
    at: exemption.assessedAt,
    validForSeconds: EXEMPTION_VALID_SECONDS,
    reliedOn,
  };
}

export interface DeemedAssessmentForAttestation {
  uscc: string;
  year: number;
  revision: number;
  zone: string;
  status: 'ASSESSED' | 'REVOKED';
  revenue: unknown;
  deemedProfitRate: unknown;
  taxableIncome: unknown;
  rateApplied: unknown;
  taxDue: unknown;
  contentHash: string;
  assessedAt: Date;
}

/** The attestation a deemed-tax revision earns: only one in force (ASSESSED), for a year. */
export function deemedTaxationAttestationOf(assessment: DeemedAssessmentForAttestation, reliedOn: readonly string[]): AttestationDecision | null {
  if (assessment.status !== 'ASSESSED') return null;
  return {
    recordSerial: `${assessment.uscc}:${assessment.year}:D${assessment.revision}`,
    subject: { type: 'Enterprise', key: assessment.uscc },
    claim: DEEMED_TAXATION_IN_FORCE,
    basis: DEEMED_TAXATION_BASIS,
    evidence: {
      uscc: assessment.uscc, year: assessment.year, revision: assessment.revision, zone: assessment.zone, revenue: assessment.revenue, deemedProfitRate: assessment.deemedProfitRate,
      taxableIncome: assessment.taxableIncome, rateApplied: assessment.rateApplied, taxDue: assessment.taxDue, contentHash: assessment.contentHash,
    },
    at: assessment.assessedAt,
    validForSeconds: DEEMED_TAXATION_VALID_SECONDS,
    reliedOn,
  };
}

/** Why a new revision revokes what the previous one attested. */
export function supersededReason(decision: string, revision: number, revocation: string | null = null): string {
  return (revocation ? `${decision} revoked at revision ${revision}: ${revocation}` : `${decision} superseded by revision ${revision}`).slice(0, 500);
}
