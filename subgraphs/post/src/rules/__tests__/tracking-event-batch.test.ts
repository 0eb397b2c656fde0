import { GraphQLError } from 'graphql';
import { InputProblems, type FieldProblem } from '@zone/common';
import { MAX_EVENTS_PER_SUBMISSION, planTrackingEvents, type TrackingEventContent } from '../tracking-event-batch';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 8, minute));
const event = (seq: number, code: string, minute: number, over: Partial<TrackingEventContent> = {}): TrackingEventContent => ({
  seq, code, description: `${code} scan`, location: '综试区监管仓', occurredAt: at(minute), ...over,
});
const recorded = [event(1, 'ACCEPTED', 0), event(2, 'DEPARTED', 10), event(3, 'ARRIVED', 20)];

function plan(existing: readonly TrackingEventContent[], submitted: readonly TrackingEventContent[]) {
  const problems = new InputProblems();
  const append = planTrackingEvents(existing, submitted, problems);
  let reported: FieldProblem[] = [];
  try {
    problems.throwIfAny();
  } catch (error) {
    reported = (error as GraphQLError).extensions.problems as FieldProblem[];
  }
  return { seqs: append.map((e) => e.seq), fields: reported.map((p) => p.field), reported };
}

describe('a submission of tracking events only ever extends the recorded timeline', () => {
  it.each<[string, TrackingEventContent[], TrackingEventContent[], number[], string[]]>([
    ['the first events of a parcel', [], [event(1, 'ACCEPTED', 0), event(2, 'DEPARTED', 5)], [1, 2], []],
    ['the next events', recorded, [event(4, 'CLEARED', 30), event(5, 'OUT_FOR_DELIVERY', 40), event(6, 'DELIVERED', 50)], [4, 5, 6], []],
    ['events sent out of sequence order, taken in sequence order', recorded, [event(5, 'OUT_FOR_DELIVERY', 40), event(4, 'CLEARED', 30)], [4, 5], []],
    ['a recorded event sent again unchanged (nothing to do)', recorded, [event(3, 'ARRIVED', 20)], [], []],
    ['recorded events resent along with a new one', recorded, [event(2, 'DEPARTED', 10), event(3, 'ARRIVED', 20), event(4, 'CLEARED', 30)], [4], []],
    ['the same new event twice in one submission', recorded, [event(4, 'CLEARED', 30), event(4, 'CLEARED', 30)], [4], []],
    ['a recorded seq with another code', recorded, [event(3, 'CLEARED', 20)], [], ['events[0].seq']],
    ['a recorded seq at another time', recorded, [event(3, 'ARRIVED', 21)], [], ['events[0].seq']],
    ['a recorded seq with another description', recorded, [event(3, 'ARRIVED', 20, { description: 'other' })], [], ['events[0].seq']],
    ['one seq twice in one submission with different content', recorded, [event(4, 'CLEARED', 30), event(4, 'DELIVERED', 30)], [], ['events[1].seq']],
    ['a seq below the last recorded one, in a gap', [event(2, 'ACCEPTED', 0), event(4, 'DEPARTED', 10)], [event(3, 'ARRIVED', 20)], [], ['events[0].seq']],
    ['seq 0', [], [event(0, 'ACCEPTED', 0)], [], ['events[0].seq']],
    ['an event earlier than the last recorded one', recorded, [event(4, 'CLEARED', 19)], [], ['events[0].occurredAt']],
    ['an unknown code', recorded, [event(4, 'LOST', 30)], [], ['events[0].code']],
    ['anything after DELIVERED in the same submission', recorded, [event(4, 'DELIVERED', 30), event(5, 'RETURNED', 40)], [], ['events[1].code']],
    ['anything after a recorded RETURNED', [event(1, 'ACCEPTED', 0), event(2, 'RETURNED', 5)], [event(3, 'DEPARTED', 10)], [], ['events[0].code']],
    ['an empty description and a blank location', recorded, [event(4, 'CLEARED', 30, { description: '', location: '  ' })], [], ['events[0].description', 'events[0].location']],
    ['an empty submission', recorded, [], [], ['events']],
  ])('%s', (_case, existing, submitted, seqs, fields) => {
    const result = plan(existing, submitted);
    expect(result.fields).toEqual(fields);
    expect(result.seqs).toEqual(seqs);
  });

  it('appends nothing when any event is wrong, and names each wrong one by its position as sent', () => {
    const result = plan(recorded, [event(4, 'CLEARED', 30), event(2, 'ARRIVED', 10), event(5, 'LOST', 40)]);
    expect(result.seqs).toEqual([]);
    expect(result.reported).toEqual([
      { field: 'events[1].seq', reason: 'seq 2 is already recorded with other content (DEPARTED at 2026-03-01T08:10:00.000Z); a recorded event never changes' },
      { field: 'events[2].code', reason: expect.stringContaining('unknown event code "LOST"') },
    ]);
  });

  it('compares trimmed text, so a resend with stray spaces is the same event', () => {
    expect(plan(recorded, [event(3, 'ARRIVED', 20, { description: ' ARRIVED scan ', location: '综试区监管仓 ' })])).toMatchObject({ seqs: [], fields: [] });
  });

  it(`refuses more than ${MAX_EVENTS_PER_SUBMISSION} events at once`, () => {
    const many = Array.from({ length: MAX_EVENTS_PER_SUBMISSION + 1 }, (_, i) => event(i + 4, 'DEPARTED', 30 + i));
    expect(plan(recorded, many).reported).toEqual([{ field: 'events', reason: `must hold at most ${MAX_EVENTS_PER_SUBMISSION} events, got ${MAX_EVENTS_PER_SUBMISSION + 1}` }]);
  });
});
