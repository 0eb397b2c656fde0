import { GraphQLError } from 'graphql';
import {
  assertCallerInZone,
  assertMayWrite,
  badUserInput,
  contentHash,
  hashIdNumber,
  lockBusinessKey,
  queueByBusinessKey,
  retryOnLostRace,
  writeOutcome,
  type Caller,
  type WriteOutcome,
  type ZoneCode,
} from '@zone/common';
import { Prisma, type Payment, type PrismaClient } from '../generated/prisma/client';
import type { ForexContext } from '../context';
import { orderOfPayment as orderOfPaymentOf, type OrderOfPayment } from '../federated-reads';
import { checkPaymentSubmission, type PaymentDirection, type SubmittedPayment } from '../rules/payment-submission';
import { paymentColumnsOf, paymentContentOf, paymentContentOfRow, type PaymentContent } from './payment-content';

export interface PaymentSubmissionResult {
  outcome: WriteOutcome;
  revision: number;
  payment: Payment;
}

/** appType of the customs message standard, kept with each revision. */
const APP_TYPE = { created: 1, changed: 2 } as const;

interface PaymentRecord {
  content: PaymentContent;
  hash: string;
  caller: Caller;
  recordedAt: Date;
  /** E-commerce enterprise of the order as commerce knows it; not part of the content, which is the message as sent. */
  ebcCode: string | null;
}

/** Checks a payment submission and records it by its business key payCode + payTransactionId. */
export async function submitPayment(
  context: ForexContext,
  input: SubmittedPayment & { zone: ZoneCode },
  direction: PaymentDirection,
): Promise<PaymentSubmissionResult> {
  const caller = assertMayWrite(context.caller, 'forex');
  const now = context.clock();
  checkPaymentSubmission(input, direction, now).throwIfAny();
  assertCallerInZone(caller, input.zone, 'write payments');
  const content = paymentContentOf(input, direction, (idNumber) => hashIdNumber(idNumber, context.idHashKey()));
  const order = await orderOfPayment(context, input.ebpCode, input.orderNo);
  // The zone is the order's where commerce knows it: a caller cannot file a payment under its own zone for another zone's order.
  if (order !== null && order.zone !== input.zone) throw badUserInput({ field: 'input.zone', reason: `must be ${order.zone}, the zone of the order` });
  const ebcCode = order?.ebcCode ?? null;
  return recordPayment(context.prisma, { content, hash: contentHash(content), caller, recordedAt: now, ebcCode });
}

/**
 * The enterprise a payment counts toward in the FX directory, read from commerce's order before
 * the transaction opens. The payment message (411/403) does not carry it and may arrive before
 * the order: then, or when the gateway cannot be reached, the payment is recorded all the same
 * with none, and a later submission of the same payment fills it in.
 */
async function orderOfPayment(context: ForexContext, ebpCode: string, orderNo: string): Promise<OrderOfPayment | null> {
  try {
    return await orderOfPaymentOf(context, ebpCode, orderNo);
  } catch (error) {
    context.log.warn({ err: error }, 'payment recorded without its e-commerce enterprise: the order could not be read');
    return null;
  }
}

async function recordPayment(prisma: PrismaClient, record: PaymentRecord): Promise<PaymentSubmissionResult> {
  // A run that lost a race to a concurrent submission of the same record reads the winner's row.
  return queueByBusinessKey('forex.payment', [record.content.payCode, record.content.payTransactionId], () =>
    retryOnLostRace(() => prisma.$transaction((tx) => writePayment(tx, record))));
}

async function writePayment(tx: Prisma.TransactionClient, record: PaymentRecord): Promise<PaymentSubmissionResult> {
  const { content, hash, caller, recordedAt } = record;
  const recordedBy = caller.organisation;
  const columns = { ...paymentColumnsOf(content), ...(record.ebcCode === null ? {} : { ebcCode: record.ebcCode }) };
  const key = { payCode: content.payCode, payTransactionId: content.payTransactionId };
  await lockBusinessKey(tx, 'forex.payment', content.payCode, content.payTransactionId);
  const otherOfOrder = await tx.payment.findFirst({
    where: { ebpCode: content.ebpCode, orderNo: content.orderNo, NOT: key },
    select: { id: true },
  });
  if (otherOfOrder) {
    throw new GraphQLError(`Order ${content.orderNo} of platform ${content.ebpCode} already has a payment under another transaction`, {
      extensions: { code: 'CONFLICT', field: 'input.orderNo' },
    });
  }
  const existing = await tx.payment.findUnique({ where: { payCode_payTransactionId: key } });
  if (!existing) {
    const payment = await tx.payment.create({ data: { ...columns, contentHash: hash, revision: 1 } });
    await tx.paymentRevision.create({
      data: { paymentId: payment.id, revision: 1, appType: APP_TYPE.created, contentHash: hash, content, recordedAt, recordedBy },
    });
    return { outcome: 'CREATED', revision: 1, payment };
  }
  assertCallerInZone(caller, existing.zone, 'write payments');

  let currentHash = existing.contentHash;
  if (currentHash === null) {
    const stored = paymentContentOfRow(existing);
    currentHash = contentHash(stored);
    if (currentHash !== hash) {
      // The content the payment had before revisions were recorded stays on record as its first revision.
      await tx.paymentRevision.create({
        data: { paymentId: existing.id, revision: existing.revision, appType: APP_TYPE.created, contentHash: currentHash, content: stored, recordedAt, recordedBy: null },
      });
    }
  }
  const outcome = writeOutcome(currentHash, hash);
  if (outcome === 'UNCHANGED') {
    if (record.ebcCode === null || record.ebcCode === existing.ebcCode) return { outcome, revision: existing.revision, payment: existing };
    const payment = await tx.payment.update({ where: { id: existing.id }, data: { ebcCode: record.ebcCode } });
    return { outcome, revision: existing.revision, payment };
  }

  const revision = existing.revision + 1;
  const payment = await tx.payment.update({ where: { id: existing.id }, data: { ...columns, contentHash: hash, revision } });
  await tx.paymentRevision.create({
    data: { paymentId: payment.id, revision, appType: APP_TYPE.changed, contentHash: hash, content, recordedAt, recordedBy },
  });
  return { outcome, revision, payment };
}
