import { bulkInsert, hashIdNumber, maskIdNumber, type DemoBatch } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';

const PAYMENT_COLUMNS = {
  pay_code: 'text', pay_transaction_id: 'text', ebp_code: 'text', order_no: 'text', direction: '"Direction"', zone: '"Zone"',
  amount_paid: 'numeric', currency: 'text', pay_time: 'timestamptz', payer_name: 'text', payer_id_type: 'text',
  payer_id_hash: 'text', payer_id_masked: 'text',
};

/** Writes forex's part of a demo batch: the payment of every paid order. Re-running skips what exists. */
export async function seedForex(prisma: PrismaClient, batch: DemoBatch, idHashKey: string): Promise<void> {
  const rows = batch.orders.flatMap((o) => {
    const p = o.payment;
    if (!p) return [];
    return [{
      pay_code: p.payCode,
      pay_transaction_id: p.payTransactionId,
      ebp_code: o.ebpCode,
      order_no: o.orderNo,
      direction: o.direction,
      zone: o.zone,
      amount_paid: p.amountPaid,
      currency: p.currency,
      pay_time: p.payTime,
      payer_name: p.payer.name,
      payer_id_type: o.buyerHasResidentId ? '1' : '2',
      payer_id_hash: o.buyerHasResidentId ? hashIdNumber(p.payer.idNumber, idHashKey) : null,
      payer_id_masked: o.buyerHasResidentId ? maskIdNumber(p.payer.idNumber) : null,
    }];
  });
  await bulkInsert(prisma, 'payment', PAYMENT_COLUMNS, rows);
}
