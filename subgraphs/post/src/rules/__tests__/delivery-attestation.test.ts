import { deliveryAttestationKey, deliveryAttestationOf, deliveryOf } from '../delivery-attestation';

const at = new Date('2026-12-03T10:00:00Z');
const event = (seq: number, code: string) => ({ seq, code, occurredAt: at, location: '韶关' });
const waybill = { logisticsCode: '91440200MA4UTEST02', logisticsNo: 'SF123', reuseGeneration: 1, ebpCode: '91440200MA4UTEST01', orderNo: 'ORD-1' };

describe('what post attests of a waybill', () => {
  it.each([
    ['a batch ending in DELIVERED', [event(3, 'OUT_FOR_DELIVERY'), event(4, 'DELIVERED')], 4],
    ['a batch without it', [event(1, 'ACCEPTED')], null],
    ['an empty batch (everything already recorded)', [], null],
    ['a return', [event(5, 'RETURNED')], null],
  ])('%s', (_name, events, seq) => {
    expect(deliveryOf(events)?.seq ?? null).toBe(seq);
  });

  it('attests the delivery of one issue of the number, with the event as evidence', () => {
    expect(deliveryAttestationKey(waybill)).toBe('91440200MA4UTEST02/SF123/G1');
    expect(deliveryAttestationOf(waybill, event(4, 'DELIVERED'), at)).toMatchObject({
      subject: { type: 'Waybill', key: '91440200MA4UTEST02/SF123' }, claim: 'WAYBILL_DELIVERED', evidence: { ...waybill, event: event(4, 'DELIVERED') },
    });
  });
});
