import { bulkInsert, compositeKey, type DemoBatch, type DemoTrackingEvent, type RawSql } from '@zone/common';
import { waybillStatus } from './rules/waybill-status';

const WAYBILL_COLUMNS = {
  logistics_code: 'text', logistics_no: 'text', ebp_code: 'text', order_no: 'text', zone: '"Zone"', freight: 'numeric',
  insured_fee: 'numeric', weight: 'numeric', pack_no: 'int', consignee: 'text', consignee_address: 'text', created_at: 'timestamptz', direction: '"Direction"',
  status: '"WaybillStatus"', shipped_at: 'timestamptz', delivered_at: 'timestamptz',
};
const EVENT_COLUMNS = { waybill_id: 'bigint', seq: 'int', code: 'text', description: 'text', location: 'text', occurred_at: 'timestamptz' };

/**
 * A waybill's timeline facts from its events, as the trigger on tracking_event keeps them
 * (waybill_refresh_timeline): the status of the last known step, the first event's time, the
 * first delivery's time. Written with the waybill, so a load that suspends the trigger has them.
 */
function timelineFacts(events: readonly DemoTrackingEvent[]): { status: string; shipped_at: Date | null; delivered_at: Date | null } {
  const earliest = (list: readonly DemoTrackingEvent[]) => (list.length === 0 ? null : new Date(Math.min(...list.map((e) => e.occurredAt.getTime()))));
  return { status: waybillStatus(events), shipped_at: earliest(events), delivered_at: earliest(events.filter((e) => e.code === 'DELIVERED')) };
}

/** Writes post's part of a demo batch, in the caller's transaction: waybills with their tracking events. Re-running skips what exists. */
export async function seedPost(db: RawSql, batch: DemoBatch): Promise<void> {
  const shipped = batch.orders.flatMap((o) => (o.waybill ? [{ order: o, waybill: o.waybill }] : []));
  if (shipped.length === 0) return;
  const created = await bulkInsert<{ id: string; logistics_code: string; logistics_no: string }>(db, 'waybill', WAYBILL_COLUMNS, shipped.map(({ order, waybill }) => ({
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
    ...timelineFacts(waybill.events),
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
  await bulkInsert(db, 'tracking_event', EVENT_COLUMNS, events);
}
