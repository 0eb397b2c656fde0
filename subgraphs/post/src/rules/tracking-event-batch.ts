import type { InputProblems } from '@zone/common';
import { validateTrackingEvent } from './tracking-timeline';
import { orderTimeline } from './waybill-status';

/**
 * Which events of one submission are appended to a parcel's recorded timeline.
 *
 * Source: 全程可验可测可控 (domain brief §6, post): a timeline others rely on as evidence only
 * grows. Carriers resend what they are not sure arrived, so a recorded event sent again with the
 * same content is accepted and ignored; the same sequence number with other content would
 * rewrite history and is refused. Events of one submission are taken in sequence order, each
 * checked against the recorded timeline plus the events before it (tracking-timeline rule).
 */

export interface TrackingEventContent {
  seq: number;
  code: string;
  description: string;
  location: string;
  occurredAt: Date;
}

/** Most events one submission may carry: a whole journey has a dozen or so. */
export const MAX_EVENTS_PER_SUBMISSION = 100;
export const MAX_DESCRIPTION_LENGTH = 500;
export const MAX_LOCATION_LENGTH = 200;

function textProblem(value: string, max: number): string | null {
  const length = Array.from(value.trim()).length;
  if (length === 0) return 'must not be empty';
  if (length > max) return `must be at most ${max} characters, got ${length}`;
  return null;
}

const sameContent = (a: TrackingEventContent, b: TrackingEventContent) =>
  a.code === b.code && a.description === b.description && a.location === b.location && a.occurredAt.getTime() === b.occurredAt.getTime();

/**
 * Records every problem of `submitted` under `path[i].field` (i: the event's position as sent)
 * and returns the events to append, trimmed, in sequence order. Nothing is to be appended when
 * any problem was recorded.
 */
export function planTrackingEvents(
  recorded: readonly TrackingEventContent[],
  submitted: readonly TrackingEventContent[],
  problems: InputProblems,
  path = 'events',
): TrackingEventContent[] {
  const before = problems.count;
  if (submitted.length === 0) problems.add(path, 'must hold at least one event');
  if (submitted.length > MAX_EVENTS_PER_SUBMISSION) {
    problems.add(path, `must hold at most ${MAX_EVENTS_PER_SUBMISSION} events, got ${submitted.length}`);
    return [];
  }

  const timeline = orderTimeline(recorded);
  const bySeq = new Map(recorded.map((event) => [event.seq, { event, sentAt: null as number | null }]));
  const append: TrackingEventContent[] = [];
  const inSeqOrder = submitted.map((event, index) => ({ event, index })).sort((a, b) => a.event.seq - b.event.seq || a.index - b.index);

  for (const { event: raw, index } of inSeqOrder) {
    const field = `${path}[${index}]`;
    const textProblems = problems.count;
    problems
      .check(`${field}.description`, raw.description, (v) => textProblem(v, MAX_DESCRIPTION_LENGTH))
      .check(`${field}.location`, raw.location, (v) => textProblem(v, MAX_LOCATION_LENGTH));
    if (problems.count > textProblems) continue;
    const event = { ...raw, description: raw.description.trim(), location: raw.location.trim() };

    const known = bySeq.get(event.seq);
    if (known) {
      if (!sameContent(known.event, event)) {
        problems.add(`${field}.seq`, known.sentAt === null
          ? `seq ${event.seq} is already recorded with other content (${known.event.code} at ${known.event.occurredAt.toISOString()}); a recorded event never changes`
          : `seq ${event.seq} is also sent as ${path}[${known.sentAt}] with other content`);
      }
      continue;
    }

    const validation = validateTrackingEvent(timeline, event);
    for (const problem of validation.problems) problems.add(`${field}.${problem.field}`, problem.reason);
    if (!validation.ok) continue;
    timeline.push(event);
    bySeq.set(event.seq, { event, sentAt: index });
    append.push(event);
  }
  return problems.count > before ? [] : append;
}
