/** Where a parcel stands, from the waybill's issue to its delivery or return. */
export type WaybillStatus = 'CREATED' | 'PICKED_UP' | 'IN_TRANSIT' | 'ARRIVED' | 'CUSTOMS_CLEARED' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'RETURNED';

/**
 * Tracking event codes and the status each puts a waybill in. Carriers word the same step
 * differently (ACCEPTED / PICKED_UP, CLEARED / CUSTOMS_CLEARED), so both spellings are accepted.
 * A Map, not an object literal, so that codes such as "constructor" are simply unknown.
 */
export const EVENT_STATUS: ReadonlyMap<string, WaybillStatus> = new Map<string, WaybillStatus>([
  ['ACCEPTED', 'PICKED_UP'],
  ['PICKED_UP', 'PICKED_UP'],
  ['DEPARTED', 'IN_TRANSIT'],
  ['ARRIVED', 'ARRIVED'],
  ['CLEARED', 'CUSTOMS_CLEARED'],
  ['CUSTOMS_CLEARED', 'CUSTOMS_CLEARED'],
  ['OUT_FOR_DELIVERY', 'OUT_FOR_DELIVERY'],
  ['DELIVERED', 'DELIVERED'],
  ['RETURNED', 'RETURNED'],
]);

export interface TimelineEvent {
  seq: number;
  code: string;
  occurredAt: Date;
}

/** The timeline in carrier order: by sequence number, then by time for carriers that repeat a number. */
export function orderTimeline<E extends TimelineEvent>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => a.seq - b.seq || a.occurredAt.getTime() - b.occurredAt.getTime());
}

/**
 * Status of a waybill from its tracking events: CREATED without events, otherwise the status of
 * the last event with a known code. An unknown code (a carrier's own step) keeps the status before it.
 */
export function waybillStatus(events: readonly TimelineEvent[]): WaybillStatus {
  let status: WaybillStatus = 'CREATED';
  for (const event of orderTimeline(events)) status = EVENT_STATUS.get(event.code) ?? status;
  return status;
}
