import { hashIdNumber, maskIdNumber, type DemoBatch } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';

/** Writes forex's part of a demo batch: the payment of every paid order. Re-running skips what exists. */
export async function seedForex(prisma: PrismaClient, batch: DemoBatch, idHashKey: string): Promise<void> {
  const data = batch.orders.flatMap((o) => {
    const p = o.payment;
    if (!p) return [];
    return [{
      payCode: p.payCode,
      payTransactionId: p.payTransactionId,
      ebpCode: o.ebpCode,
      orderNo: o.orderNo,
      direction: o.direction,
      zone: o.zone,
      amountPaid: p.amountPaid,
      currency: p.currency,
      payTime: p.payTime,
      payerName: p.payer.name,
      payerIdType: o.buyerHasResidentId ? '1' : '2',
      payerIdHash: o.buyerHasResidentId ? hashIdNumber(p.payer.idNumber, idHashKey) : null,
      payerIdMasked: o.buyerHasResidentId ? maskIdNumber(p.payer.idNumber) : null,
    }];
  });
  if (data.length > 0) await prisma.payment.createMany({ data, skipDuplicates: true });
}
