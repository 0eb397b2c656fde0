import { InputProblems } from '@zone/common';
import { decimalFieldProblem } from '@zone/common';

/**
 * Checks of a payment message (411 payment of an import order / 403 payment received for an
 * export order) before forex records it.
 *
 * Sources: 海关总署公告2018年第194号 (the payment enterprise sends the payment through the Single
 * Window before the inventory list is filed; customs then compares it with the order, so forex
 * records it as declared and does not look at the order); 财关税〔2018〕49号 (a retail import is paid
 * by the buyer in their own name, identified by resident ID); domain brief §3-§4.
 */

/** ID type code of the resident ID card in the message standard. */
export const RESIDENT_ID_CARD = '1';
/** How far a payment may seem to lie in the future before the sender's clock counts as wrong. */
export const ALLOWED_CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface SubmittedPayer {
  name: string;
  idType: string;
  idNumber?: string | null;
}

/** A payment as the payment enterprise submits it (the PaymentInput of the schema). */
export interface SubmittedPayment {
  payCode: string;
  payTransactionId: string;
  ebpCode: string;
  orderNo: string;
  amountPaid: string;
  currency: string;
  payTime: Date;
  payer: SubmittedPayer;
}

/** IMPORT: 411 payment (submitPayment); EXPORT: 403 payment received (submitPaymentReceived). */
export type PaymentDirection = 'IMPORT' | 'EXPORT';

const ID_TYPE = /^\d{1,2}$/;

const keyProblem = (value: string) =>
  value.length >= 1 && value.length <= 60 && value.trim() === value ? null : 'must be 1 to 60 characters without surrounding spaces';

/** Every problem of a payment submission, each under the input field at fault. */
export function checkPaymentSubmission(payment: SubmittedPayment, direction: PaymentDirection, now: Date): InputProblems {
  const problems = new InputProblems();
  problems.check('input.payTransactionId', payment.payTransactionId, keyProblem);
  problems.check('input.orderNo', payment.orderNo, keyProblem);
  problems.check('input.amountPaid', payment.amountPaid, (amount) => decimalFieldProblem(amount, { min: 'positive', maxDecimals: 2 }));
  const payTime = payment.payTime.getTime();
  if (Number.isNaN(payTime)) problems.add('input.payTime', 'is not a point in time');
  else if (payTime > now.getTime() + ALLOWED_CLOCK_SKEW_MS) problems.add('input.payTime', 'lies in the future (more than 5 minutes after the time of receipt)');

  const { payer } = payment;
  problems.check('input.payer.name', payer.name, (name) => (name.trim().length > 0 ? null : 'must not be blank'));
  if (!ID_TYPE.test(payer.idType)) {
    problems.add('input.payer.idType', 'must be an ID type code of one or two digits (1 = resident ID card)');
  } else if (direction === 'IMPORT' && payer.idType !== RESIDENT_ID_CARD) {
    problems.add('input.payer.idType', 'must be 1 (resident ID card) for an import payment: a retail import is paid in the buyer\'s own name');
  }
  const hasIdNumber = payer.idNumber !== null && payer.idNumber !== undefined;
  if (payer.idType === RESIDENT_ID_CARD && !hasIdNumber) {
    problems.add('input.payer.idNumber', 'is required when idType is 1 (resident ID card)');
  } else if (payer.idType !== RESIDENT_ID_CARD && hasIdNumber) {
    problems.add('input.payer.idNumber', 'is given only with idType 1 (resident ID card)');
  }
  return problems;
}
