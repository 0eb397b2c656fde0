import { orderTimeline, waybillStatus, type TimelineEvent } from '../waybill-status';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 8, minute));
const timeline = (...codes: string[]): TimelineEvent[] => codes.map((code, i) => ({ seq: i + 1, code, occurredAt: at(i) }));

describe('waybill status from the tracking timeline', () => {
  it.each([
    ['no events', [], 'CREATED'],
    ['accepted by the carrier', ['ACCEPTED'], 'PICKED_UP'],
    ['picked up', ['PICKED_UP'], 'PICKED_UP'],
    ['departed', ['ACCEPTED', 'DEPARTED'], 'IN_TRANSIT'],
    ['arrived', ['ACCEPTED', 'DEPARTED', 'ARRIVED'], 'ARRIVED'],
    ['cleared by customs', ['ACCEPTED', 'DEPARTED', 'ARRIVED', 'CLEARED'], 'CUSTOMS_CLEARED'],
    ['cleared, long spelling', ['ARRIVED', 'CUSTOMS_CLEARED'], 'CUSTOMS_CLEARED'],
    ['out for delivery', ['ACCEPTED', 'DEPARTED', 'ARRIVED', 'CLEARED', 'OUT_FOR_DELIVERY'], 'OUT_FOR_DELIVERY'],
    ['delivered', ['ACCEPTED', 'DEPARTED', 'ARRIVED', 'CLEARED', 'OUT_FOR_DELIVERY', 'DELIVERED'], 'DELIVERED'],
    ['returned after a failed delivery', ['ACCEPTED', 'OUT_FOR_DELIVERY', 'RETURNED'], 'RETURNED'],
    ['an unknown code keeps the previous status', ['ACCEPTED', 'DEPARTED', 'TRANSFER'], 'IN_TRANSIT'],
    ['only unknown codes', ['TRANSFER', 'SCANNED'], 'CREATED'],
    ['a prototype key is an unknown code', ['ACCEPTED', 'constructor'], 'PICKED_UP'],
    ['codes are case-sensitive', ['ACCEPTED', 'delivered'], 'PICKED_UP'],
  ] as const)('%s', (_case, codes, expected) => {
    expect(waybillStatus(timeline(...codes))).toBe(expected);
  });

  it.each([
    [
      'sequence number decides, not arrival order',
      [{ seq: 2, code: 'DELIVERED', occurredAt: at(5) }, { seq: 1, code: 'ACCEPTED', occurredAt: at(1) }],
      'DELIVERED',
    ],
    [
      'sequence number decides even against the clock',
      [{ seq: 1, code: 'DELIVERED', occurredAt: at(9) }, { seq: 2, code: 'DEPARTED', occurredAt: at(1) }],
      'IN_TRANSIT',
    ],
    [
      'time breaks a tie in sequence numbers',
      [{ seq: 3, code: 'DELIVERED', occurredAt: at(9) }, { seq: 3, code: 'OUT_FOR_DELIVERY', occurredAt: at(2) }],
      'DELIVERED',
    ],
  ])('%s', (_case, events, expected) => {
    expect(waybillStatus(events)).toBe(expected);
  });

  it('orders the timeline without touching the input', () => {
    const events = [
      { seq: 2, code: 'B', occurredAt: at(2) },
      { seq: 1, code: 'A', occurredAt: at(1) },
      { seq: 2, code: 'C', occurredAt: at(0) },
    ];
    expect(orderTimeline(events).map((e) => e.code)).toEqual(['A', 'C', 'B']);
    expect(events.map((e) => e.code)).toEqual(['B', 'A', 'C']);
  });
});
