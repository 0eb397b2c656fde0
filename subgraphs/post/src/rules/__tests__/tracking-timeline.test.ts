import { validateTrackingEvent, type TimelineProblem } from '../tracking-timeline';
import type { TimelineEvent } from '../waybill-status';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 8, minute));
const timeline = (...codes: string[]): TimelineEvent[] => codes.map((code, i) => ({ seq: i + 1, code, occurredAt: at(i) }));
const inTransit = timeline('ACCEPTED', 'DEPARTED', 'ARRIVED');

const problemCodes = (existing: readonly TimelineEvent[], next: TimelineEvent) => validateTrackingEvent(existing, next).problems.map((p) => [p.field, p.code]);

describe('a new tracking event extends the timeline in order', () => {
  it.each([
    'ACCEPTED', 'PICKED_UP', 'DEPARTED', 'ARRIVED', 'CLEARED', 'CUSTOMS_CLEARED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'RETURNED',
  ])('accepts the known code %s', (code) => {
    expect(validateTrackingEvent(inTransit, { seq: 4, code, occurredAt: at(10) })).toEqual({ ok: true, problems: [] });
  });

  it.each<[string, TimelineEvent[], TimelineEvent, [string, string][]]>([
    ['the first event of a timeline', [], { seq: 1, code: 'ACCEPTED', occurredAt: at(0) }, []],
    ['a first event numbered above 1', [], { seq: 7, code: 'ACCEPTED', occurredAt: at(0) }, []],
    ['a gap in sequence numbers', inTransit, { seq: 10, code: 'CLEARED', occurredAt: at(5) }, []],
    ['the same time as the previous event', inTransit, { seq: 4, code: 'CLEARED', occurredAt: at(2) }, []],
    ['one millisecond after the previous event', inTransit, { seq: 4, code: 'CLEARED', occurredAt: new Date(at(2).getTime() + 1) }, []],
    ['one millisecond before the previous event', inTransit, { seq: 4, code: 'CLEARED', occurredAt: new Date(at(2).getTime() - 1) }, [['occurredAt', 'OCCURRED_BEFORE_PREVIOUS']]],
    ['a repeated sequence number', inTransit, { seq: 3, code: 'CLEARED', occurredAt: at(5) }, [['seq', 'SEQ_NOT_INCREASING']]],
    ['a lower sequence number', inTransit, { seq: 1, code: 'CLEARED', occurredAt: at(5) }, [['seq', 'SEQ_NOT_INCREASING']]],
    ['sequence number 0', [], { seq: 0, code: 'ACCEPTED', occurredAt: at(0) }, [['seq', 'SEQ_INVALID']]],
    ['a fractional sequence number', inTransit, { seq: 3.5, code: 'CLEARED', occurredAt: at(5) }, [['seq', 'SEQ_INVALID']]],
    ['an invalid time', inTransit, { seq: 4, code: 'CLEARED', occurredAt: new Date('nope') }, [['occurredAt', 'OCCURRED_AT_INVALID']]],
    ['an unknown code', inTransit, { seq: 4, code: 'TRANSFER', occurredAt: at(5) }, [['code', 'UNKNOWN_EVENT_CODE']]],
    ['a code in lower case', inTransit, { seq: 4, code: 'cleared', occurredAt: at(5) }, [['code', 'UNKNOWN_EVENT_CODE']]],
    ['a prototype key as code', inTransit, { seq: 4, code: 'constructor', occurredAt: at(5) }, [['code', 'UNKNOWN_EVENT_CODE']]],
    ['anything after DELIVERED', timeline('ACCEPTED', 'DELIVERED'), { seq: 3, code: 'OUT_FOR_DELIVERY', occurredAt: at(5) }, [['code', 'TIMELINE_CLOSED']]],
    ['a second DELIVERED', timeline('ACCEPTED', 'DELIVERED'), { seq: 3, code: 'DELIVERED', occurredAt: at(5) }, [['code', 'TIMELINE_CLOSED']]],
    ['RETURNED after DELIVERED', timeline('ACCEPTED', 'DELIVERED'), { seq: 3, code: 'RETURNED', occurredAt: at(5) }, [['code', 'TIMELINE_CLOSED']]],
    ['anything after RETURNED', timeline('ACCEPTED', 'RETURNED'), { seq: 3, code: 'DEPARTED', occurredAt: at(5) }, [['code', 'TIMELINE_CLOSED']]],
    [
      'everything wrong at once',
      timeline('ACCEPTED', 'DELIVERED'),
      { seq: 2, code: 'LOST', occurredAt: at(0) },
      [['code', 'UNKNOWN_EVENT_CODE'], ['code', 'TIMELINE_CLOSED'], ['seq', 'SEQ_NOT_INCREASING'], ['occurredAt', 'OCCURRED_BEFORE_PREVIOUS']],
    ],
  ])('%s', (_case, existing, next, expected) => {
    expect(problemCodes(existing, next)).toEqual(expected);
    expect(validateTrackingEvent(existing, next).ok).toBe(expected.length === 0);
  });

  it('compares with the last event by sequence number, whatever order the rows come in', () => {
    const shuffled = [inTransit[2]!, inTransit[0]!, inTransit[1]!];
    expect(problemCodes(shuffled, { seq: 3, code: 'CLEARED', occurredAt: at(5) })).toEqual([['seq', 'SEQ_NOT_INCREASING']]);
    expect(problemCodes(shuffled, { seq: 4, code: 'CLEARED', occurredAt: at(1) })).toEqual([['occurredAt', 'OCCURRED_BEFORE_PREVIOUS']]);
  });

  it('treats a DELIVERED anywhere in stored history as closing the timeline', () => {
    const odd = [{ seq: 1, code: 'DELIVERED', occurredAt: at(0) }, { seq: 2, code: 'TRANSFER', occurredAt: at(1) }];
    expect(problemCodes(odd, { seq: 3, code: 'DEPARTED', occurredAt: at(2) })).toEqual([['code', 'TIMELINE_CLOSED']]);
  });

  it('explains each problem', () => {
    const problems: TimelineProblem[] = validateTrackingEvent(timeline('ACCEPTED', 'DELIVERED'), { seq: 2, code: 'LOST', occurredAt: at(0) }).problems;
    expect(problems.map((p) => p.reason)).toEqual([
      'unknown event code "LOST" (known: ACCEPTED, PICKED_UP, DEPARTED, ARRIVED, CLEARED, CUSTOMS_CLEARED, OUT_FOR_DELIVERY, DELIVERED, RETURNED)',
      'the timeline ended with DELIVERED at seq 2; no event may follow',
      'seq 2 is not above the last recorded seq 2',
      'occurredAt 2026-03-01T08:00:00.000Z is earlier than the previous event (seq 2) at 2026-03-01T08:01:00.000Z',
    ]);
  });
});
