import type { DemoBatch } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';

/** Writes post's part of a demo batch: waybills with their tracking events. Re-running skips what exists. */
export async function seedPost(prisma: PrismaClient, batch: DemoBatch): Promise<void> {
  const shipped = batch.orders.flatMap((o) => (o.waybill ? [{ order: o, waybill: o.waybill }] : []));
  if (shipped.length === 0) return;
  await prisma.$transaction(async (tx) => {
    const created = await tx.waybill.createManyAndReturn({
      data: shipped.map(({ order, waybill }) => ({
        logisticsCode: waybill.logisticsCode,
        logisticsNo: waybill.logisticsNo,
        ebpCode: order.ebpCode,
        orderNo: order.orderNo,
        zone: order.zone,
        freight: waybill.freight,
        insuredFee: waybill.insuredFee,
        weight: waybill.weight,
        packNo: waybill.packNo,
        consignee: waybill.consignee,
        consigneeAddress: waybill.consigneeAddress,
        // The demo set has no issue time; the order time keeps re-seeding deterministic.
        createdAt: order.orderedAt,
      })),
      skipDuplicates: true,
      select: { id: true, logisticsCode: true, logisticsNo: true },
    });
    const byKey = new Map(shipped.map(({ waybill }) => [`${waybill.logisticsCode}/${waybill.logisticsNo}`, waybill]));
    const events = created.flatMap((row) =>
      (byKey.get(`${row.logisticsCode}/${row.logisticsNo}`)?.events ?? []).map((event) => ({ ...event, waybillId: row.id })));
    if (events.length > 0) await tx.trackingEvent.createMany({ data: events });
  });
}
