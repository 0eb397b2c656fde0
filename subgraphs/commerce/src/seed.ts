import { hashIdNumber, maskIdNumber, type DemoBatch } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';

/** Writes commerce's part of a demo batch: enterprises and orders with their items. Re-running skips what exists. */
export async function seedCommerce(prisma: PrismaClient, batch: DemoBatch, idHashKey: string): Promise<void> {
  if (batch.enterprises.length > 0) {
    await prisma.enterprise.createMany({ data: batch.enterprises, skipDuplicates: true });
  }
  if (batch.orders.length === 0) return;
  await prisma.$transaction(async (tx) => {
    const created = await tx.order.createManyAndReturn({
      data: batch.orders.map((o) => ({
        ebpCode: o.ebpCode,
        orderNo: o.orderNo,
        direction: o.direction,
        tradeMode: o.tradeMode,
        zone: o.zone,
        ebcCode: o.ebcCode,
        goodsValue: o.goodsValue,
        freight: o.freight,
        discount: o.discount,
        taxTotal: o.taxTotal,
        actualPaid: o.actualPaid,
        currency: o.currency,
        buyerName: o.buyer.name,
        buyerIdType: o.buyerHasResidentId ? '1' : '2',
        buyerIdHash: o.buyerHasResidentId ? hashIdNumber(o.buyer.idNumber, idHashKey) : null,
        buyerIdMasked: o.buyerHasResidentId ? maskIdNumber(o.buyer.idNumber) : null,
        buyerPhone: o.buyer.phone,
        consignee: o.consignee,
        consigneeAddress: o.consigneeAddress,
        payCode: o.payCode,
        payTransactionId: o.payTransactionId,
        orderedAt: o.orderedAt,
      })),
      skipDuplicates: true,
      select: { id: true, ebpCode: true, orderNo: true },
    });
    const byKey = new Map(batch.orders.map((o) => [`${o.ebpCode}/${o.orderNo}`, o]));
    const items = created.flatMap((row) => (byKey.get(`${row.ebpCode}/${row.orderNo}`)?.items ?? []).map((item) => ({ ...item, orderId: row.id })));
    if (items.length > 0) await tx.orderItem.createMany({ data: items });
  });
}
