import type { AttestationDecision } from '@zone/common';

/** What tax attests of a retail import list's bill. */
export const TAX_BILL_ISSUED = 'TAX_BILL_ISSUED';

/** The legal basis of the retail import tax bill: 财关税〔2016〕18号 and 财政部公告2018年第157号. */
export const TAX_BILL_BASIS = '财关税〔2016〕18号、财政部 海关总署 税务总局公告2018年第157号：跨境电子商务零售进口税收政策';

/** A tax bill attestation stands for a year; the bill's cancellation or refund revokes it before then. */
export const TAX_BILL_ATTESTATION_VALID_SECONDS = 365 * 24 * 3600;

export interface BillForAttestation {
  taxNo: string;
  invtNo: string;
  ebpCode: string;
  orderNo: string;
  treatment: string;
  dutiableValue: unknown;
  customsTax: unknown;
  valueAddedTax: unknown;
  consumptionTax: unknown;
  totalTax: unknown;
  currency: string;
  issuedAt: Date;
}

/** The bill as issued is the evidence: its amounts and the list they were assessed on. */
export function taxBillAttestationOf(bill: BillForAttestation, reliedOn: readonly string[]): AttestationDecision {
  return {
    recordSerial: bill.taxNo,
    subject: { type: 'InventoryList', key: bill.invtNo },
    claim: TAX_BILL_ISSUED,
    basis: TAX_BILL_BASIS,
    evidence: {
      taxNo: bill.taxNo, invtNo: bill.invtNo, ebpCode: bill.ebpCode, orderNo: bill.orderNo, treatment: bill.treatment, dutiableValue: bill.dutiableValue,
      customsTax: bill.customsTax, valueAddedTax: bill.valueAddedTax, consumptionTax: bill.consumptionTax, totalTax: bill.totalTax, currency: bill.currency, issuedAt: bill.issuedAt,
    },
    at: bill.issuedAt,
    validForSeconds: TAX_BILL_ATTESTATION_VALID_SECONDS,
    reliedOn,
  };
}

/** The customs attestation a bill relies on: the list's latest one, while it stands. */
export function reliedOnOfList(list: { attestation?: { serial: string; revoked: boolean } | null }): string[] {
  return list.attestation && !list.attestation.revoked ? [list.attestation.serial] : [];
}
