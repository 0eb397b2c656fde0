import { maskIdNumber, moneyContent, type DecimalLike, type ZoneCode } from '@zone/common';
import type { Payment } from '../generated/prisma/client';
import type { PaymentDirection, SubmittedPayment } from '../rules/payment-submission';

/**
 * A payment as forex records it: what its content hash is taken over and what a revision keeps.
 * The payer's ID number appears only as its keyed hash and its masked form, so neither the hash
 * nor a stored revision can give the number back.
 */
export type PaymentContent = {
  payCode: string;
  payTransactionId: string;
  ebpCode: string;
  orderNo: string;
  direction: PaymentDirection;
  zone: ZoneCode;
  amountPaid: string;
  currency: string;
  payTime: string;
  payer: { name: string; idType: string; idHash: string | null; idMasked: string | null };
};

/** The payment's own fields, from a submission or a stored row (whose amount is a decimal). */
type PaymentContentSource = Omit<PaymentContent, 'amountPaid' | 'payTime' | 'payer'> & { amountPaid: DecimalLike; payTime: Date };

function contentOf(payment: PaymentContentSource, payer: PaymentContent['payer']): PaymentContent {
  return {
    payCode: payment.payCode,
    payTransactionId: payment.payTransactionId,
    ebpCode: payment.ebpCode,
    orderNo: payment.orderNo,
    direction: payment.direction,
    zone: payment.zone,
    // Equal amounts give equal content whatever their notation ("10.5", "10.50"), as they do in the database.
    amountPaid: moneyContent(payment.amountPaid),
    currency: payment.currency,
    payTime: payment.payTime.toISOString(),
    payer: { name: payer.name.trim(), idType: payer.idType, idHash: payer.idHash, idMasked: payer.idMasked },
  };
}

/** The content of a checked submission; `hashIdNumber` is the keyed hash of the department. */
export function paymentContentOf(
  payment: SubmittedPayment & { zone: ZoneCode },
  direction: PaymentDirection,
  hashIdNumber: (idNumber: string) => string,
): PaymentContent {
  const idNumber = payment.payer.idNumber ?? null;
  return contentOf({ ...payment, direction }, {
    name: payment.payer.name,
    idType: payment.payer.idType,
    idHash: idNumber === null ? null : hashIdNumber(idNumber),
    idMasked: idNumber === null ? null : maskIdNumber(idNumber),
  });
}

/**
 * The content of a payment as stored. Payments written before revisions were recorded (the demo
 * data) have no content hash; this gives them one, so that submitting such a payment again
 * unchanged is UNCHANGED rather than a new revision.
 */
export function paymentContentOfRow(payment: Payment): PaymentContent {
  return contentOf(payment, {
    name: payment.payerName,
    idType: payment.payerIdType,
    idHash: payment.payerIdHash,
    idMasked: payment.payerIdMasked,
  });
}

/** The columns of the payment row that hold its content. */
export function paymentColumnsOf(content: PaymentContent) {
  return {
    payCode: content.payCode,
    payTransactionId: content.payTransactionId,
    ebpCode: content.ebpCode,
    orderNo: content.orderNo,
    direction: content.direction,
    zone: content.zone,
    amountPaid: content.amountPaid,
    currency: content.currency,
    payTime: new Date(content.payTime),
    payerName: content.payer.name,
    payerIdType: content.payer.idType,
    payerIdHash: content.payer.idHash,
    payerIdMasked: content.payer.idMasked,
  };
}
