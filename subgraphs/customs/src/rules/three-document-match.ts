/**
 * Three-document matching (三单对碰) before customs accepts an inventory list, 海关总署公告2018年
 * 第194号: the platform, the payment company and the logistics company each send their order,
 * payment and waybill through the Single Window before the list is filed, and customs compares
 * them. For retail imports the buyer must also be the payer, be verified by public security (a
 * check of the buyer's own ID number, not anyone else's) and stay within the personal limits of 财关税〔2018〕49号.
 *
 * The result lists every failure, not only the first, so a declarant can correct all of them
 * in one resubmission.
 */
import { formatAmount, parseAmount, type RuleReason } from './rule-reason';
import type { RetailImportLimitAssessment } from './retail-import-limits';

export type ThreeDocumentMismatchCode =
  | 'PAYMENT_MISSING'
  | 'WAYBILL_MISSING'
  | 'ORDER_KEY_MISMATCH'
  | 'AMOUNT_MISMATCH'
  | 'BUYER_PAYER_MISMATCH'
  | 'IDENTITY_NOT_VERIFIED'
  | 'SINGLE_LIMIT_EXCEEDED'
  | 'ANNUAL_LIMIT_EXCEEDED';

/** Public security's verdict on the buyer's name and ID number (verdict only, never the data). */
export type IdentityVerdict = 'MATCH' | 'MISMATCH' | 'NO_RECORD' | 'REVERIFICATION_REQUIRED';

/** An identity check recorded for the order, as public security holds it. */
export interface IdentityCheckOfOrder {
  verdict: IdentityVerdict;
  /** Keyed hash of the ID number that was checked. */
  idHash: string | null;
  /**
   * Why public security's identity attestation offered for the order was not recognised (监管互认:
   * customs verifies the signed token instead of re-reading the check); absent when it was, or
   * when the check carries none (made before public security signed its checks).
   */
  attestationProblem?: string;
}

/** The order (311 import / 303 export) as commerce holds it. */
export interface MatchOrder {
  ebpCode: string;
  orderNo: string;
  /** Amount the buyer actually paid (acturalPaid), decimal string. */
  actualPaid: string;
  /** ISO 4217. */
  currency: string;
  /** Keyed hash of the buyer's ID number; null when the buyer has none (e.g. abroad). */
  buyerIdHash: string | null;
  buyerName: string;
}

/** The payment (411) or payment received (403) as forex holds it. */
export interface MatchPayment {
  ebpCode: string;
  orderNo: string;
  amountPaid: string;
  /** ISO 4217. */
  currency: string;
  payerIdHash: string | null;
  payerName: string;
}

/** The waybill (511/505) as post holds it. */
export interface MatchWaybill {
  logisticsCode: string;
  logisticsNo: string;
  ebpCode: string;
  orderNo: string;
}

/** The keys the inventory list itself declares. */
export interface MatchListKeys {
  ebpCode: string;
  orderNo: string;
  logisticsCode: string;
  logisticsNo: string;
}

interface MatchDocuments {
  order: MatchOrder;
  /** null when forex has no payment for the order. */
  payment: MatchPayment | null;
  /** null when post has no waybill for the order. */
  waybill: MatchWaybill | null;
  list: MatchListKeys;
}

/**
 * Import lists carry the identity verdict and the personal-limit assessment; export lists have a
 * buyer abroad, whom neither the resident registry nor the personal limits concern.
 */
export type ThreeDocumentMatchInput = MatchDocuments &
  (
    | {
        direction: 'IMPORT';
        /**
         * The latest identity check recorded for the order, with the keyed hash of the ID number
         * it checked; null when none was made.
         */
        identityCheck: IdentityCheckOfOrder | null;
        /** assessRetailImportLimits for this order. */
        retailLimits: RetailImportLimitAssessment;
      }
    | { direction: 'EXPORT' }
  );

export interface ThreeDocumentMatch {
  matched: boolean;
  /** In a fixed order (the order of ThreeDocumentMismatchCode), at most one per code. */
  reasons: RuleReason<ThreeDocumentMismatchCode>[];
}

/**
 * Names are compared after Unicode compatibility folding and trimming: the same name keyed into
 * different systems may come out with full-width letters or a trailing space, while the identity
 * itself is carried by the keyed ID hash, which is compared exactly.
 */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFKC').trim() === b.normalize('NFKC').trim();
}

function orderKeyDisagreements({ order, payment, waybill, list }: MatchDocuments): string[] {
  const orderKey = `${order.ebpCode}/${order.orderNo}`;
  const disagreements: string[] = [];
  const compareOrderKey = (document: string, key: { ebpCode: string; orderNo: string }) => {
    if (key.ebpCode !== order.ebpCode || key.orderNo !== order.orderNo) {
      disagreements.push(`${document} is for order ${key.ebpCode}/${key.orderNo}, not ${orderKey}`);
    }
  };
  if (payment) compareOrderKey('payment', payment);
  if (waybill) compareOrderKey('waybill', waybill);
  compareOrderKey('list', list);
  if (waybill && (list.logisticsCode !== waybill.logisticsCode || list.logisticsNo !== waybill.logisticsNo)) {
    disagreements.push(`list declares waybill ${list.logisticsCode}/${list.logisticsNo}, the waybill is ${waybill.logisticsCode}/${waybill.logisticsNo}`);
  }
  return disagreements;
}

function amountDisagreements(order: MatchOrder, payment: MatchPayment): string[] {
  const actualPaid = parseAmount('order.actualPaid', order.actualPaid);
  const amountPaid = parseAmount('payment.amountPaid', payment.amountPaid);
  const disagreements: string[] = [];
  if (!actualPaid.eq(amountPaid)) {
    disagreements.push(`order actually paid ${formatAmount(actualPaid)}, payment is ${formatAmount(amountPaid)}`);
  }
  if (order.currency !== payment.currency) {
    disagreements.push(`order is in ${order.currency}, payment in ${payment.currency}`);
  }
  return disagreements;
}

function buyerPayerDisagreements(order: MatchOrder, payment: MatchPayment): string[] {
  const disagreements: string[] = [];
  if (order.buyerIdHash !== payment.payerIdHash) disagreements.push("payer's ID number differs from the buyer's");
  if (!sameName(order.buyerName, payment.payerName)) disagreements.push("payer's name differs from the buyer's");
  return disagreements;
}

const IDENTITY_MESSAGES: Record<'NONE' | 'NOT_THE_BUYER' | 'NOT_ATTESTED' | Exclude<IdentityVerdict, 'MATCH'>, string> = {
  NONE: "the buyer's identity has not been checked by public security",
  NOT_ATTESTED: "public security's attestation of the buyer's identity does not verify",
  NOT_THE_BUYER: "the identity checked for the order is not the buyer's: its ID number differs from the buyer's",
  MISMATCH: "public security found the buyer's ID number registered under another name",
  NO_RECORD: "public security has no record of the buyer's ID number",
  REVERIFICATION_REQUIRED: "public security requires the buyer's identity to be re-verified (a joint measure is in force)",
};

/**
 * Why the order's identity check does not verify its buyer, or null when it does: a check counts
 * only when it is of the buyer (公告2018年第194号): the ID number checked is the buyer's (keyed
 * hashes equal, neither missing) and public security matched it to the name given.
 */
export function identityProblem(order: Pick<MatchOrder, 'buyerIdHash'>, check: IdentityCheckOfOrder | null): keyof typeof IDENTITY_MESSAGES | null {
  if (check === null) return 'NONE';
  if (check.attestationProblem !== undefined) return 'NOT_ATTESTED';
  if (check.idHash === null || order.buyerIdHash === null || check.idHash !== order.buyerIdHash) return 'NOT_THE_BUYER';
  return check.verdict === 'MATCH' ? null : check.verdict;
}

/** Compares order, payment, waybill and list, and for imports the buyer's identity and limits. */
export function matchThreeDocuments(input: ThreeDocumentMatchInput): ThreeDocumentMatch {
  const { order, payment, waybill } = input;
  const reasons: RuleReason<ThreeDocumentMismatchCode>[] = [];
  const add = (code: ThreeDocumentMismatchCode, details: string[]) => {
    if (details.length > 0) reasons.push({ code, message: details.join('; ') });
  };

  if (!payment) add('PAYMENT_MISSING', [`no payment has been received for order ${order.ebpCode}/${order.orderNo}`]);
  if (!waybill) add('WAYBILL_MISSING', [`no waybill has been received for order ${order.ebpCode}/${order.orderNo}`]);
  add('ORDER_KEY_MISMATCH', orderKeyDisagreements(input));
  if (payment) {
    add('AMOUNT_MISMATCH', amountDisagreements(order, payment));
    add('BUYER_PAYER_MISMATCH', buyerPayerDisagreements(order, payment));
  }
  if (input.direction === 'IMPORT') {
    const identity = identityProblem(order, input.identityCheck);
    if (identity !== null) add('IDENTITY_NOT_VERIFIED', [identity === 'NOT_ATTESTED' ? `${IDENTITY_MESSAGES.NOT_ATTESTED}: ${input.identityCheck!.attestationProblem}` : IDENTITY_MESSAGES[identity]]);
    for (const limit of input.retailLimits.reasons) add(limit.code, [limit.message]);
  }
  return { matched: reasons.length === 0, reasons };
}
