import { bulkInsert, compositeKey, type DemoBatch } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';

const WAYBILL_COLUMNS = {
  logistics_code: 'text', logistics_no: 'text', ebp_code: 'text', order_no: 'text', zone: '"Zone"', freight: 'numeric',
  insured_fee: 'numeric', weight: 'numeric', pack_no: 'int', consignee: 'text', consignee_address: 'text', created_at: 'timestamptz', direction: '"Direction"',
};
const EVENT_COLUMNS = { waybill_id: 'bigint', seq: 'int', code: 'text', description: 'text', location: 'text', occurred_at: 'timestamptz' };

/** Writes post's part of a demo batch: waybills with their tracking events. Re-running skips what exists. */
export async function seedPost(prisma: PrismaClient, batch: DemoBatch): Promise<void> {
  const shipped = batch.orders.flatMap((o) => (o.waybill ? [{ order: o, waybill: o.waybill }] : []));
  if (shipped.length === 0) return;
  await prisma.$transaction(async (tx) => {
    const created = await bulkInsert<{ id: bigint; logistics_code: string; logistics_no: string }>(tx, 'waybill', WAYBILL_COLUMNS, shipped.map(({ order, waybill }) => ({
      logistics_code: waybill.logisticsCode,
      logistics_no: waybill.logisticsNo,
      ebp_code: order.ebpCode,
      order_no: order.orderNo,
      zone: order.zone,
      freight: waybill.freight,
      insured_fee: waybill.insuredFee,
      weight: waybill.weight,
      pack_no: waybill.packNo,
      consignee: waybill.consignee,
      consignee_address: waybill.consigneeAddress,
      // The demo set has no issue time; the order time keeps re-seeding deterministic.
      created_at: order.orderedAt,
      direction: order.direction,
    })), { returning: ['id', 'logistics_code', 'logistics_no'] });
    const byKey = new Map(shipped.map(({ waybill }) => [compositeKey(waybill.logisticsCode, waybill.logisticsNo), waybill]));
    const events = created.flatMap((row) =>
      (byKey.get(compositeKey(row.logistics_code, row.logistics_no))?.events ?? []).map((event) => ({
        waybill_id: row.id,
        seq: event.seq,
        code: event.code,
        description: event.description,
        location: event.location,
        occurred_at: event.occurredAt,
      })));
    await bulkInsert(tx, 'tracking_event', EVENT_COLUMNS, events);
  }, { timeout: 120000 });
}
