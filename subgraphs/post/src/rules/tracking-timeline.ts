import { EVENT_STATUS, orderTimeline, type TimelineEvent, type WaybillStatus } from './waybill-status';

/**
 * Whether a new tracking event may be appended to a parcel's timeline.
 *
 * Source: the zone plans (粤府函〔2022〕58号) ask for logistics that can be verified, measured and
 * controlled over the whole journey (全程可验可测可控), domain brief §6 (post); a timeline that
 * runs backwards or goes on after delivery cannot be verified.
 *
 * An event must carry a known code (the codes of `EVENT_STATUS` in waybill-status, both
 * spellings carriers use), a sequence number above every one recorded, a time no earlier than
 * the previous event's (equal is fine: carriers scan several steps in one second), and may not
 * follow a DELIVERED or RETURNED event. `waybillStatus` still tolerates unknown codes already
 * stored; this check keeps new ones out.
 */

export type TimelineProblemCode =
  | 'UNKNOWN_EVENT_CODE'
  | 'SEQ_INVALID'
  | 'SEQ_NOT_INCREASING'
  | 'OCCURRED_AT_INVALID'
  | 'OCCURRED_BEFORE_PREVIOUS'
  | 'TIMELINE_CLOSED';

export interface TimelineProblem {
  /** The field of the new event at fault. */
  field: 'code' | 'seq' | 'occurredAt';
  code: TimelineProblemCode;
  reason: string;
}

export interface TimelineValidation {
  ok: boolean;
  problems: TimelineProblem[];
}

/** Statuses after which a parcel's journey is over. */
export const FINAL_STATUSES: ReadonlySet<WaybillStatus> = new Set<WaybillStatus>(['DELIVERED', 'RETURNED']);

/** Checks `next` against the events already recorded for the same waybill, in any order. */
export function validateTrackingEvent(existing: readonly TimelineEvent[], next: TimelineEvent): TimelineValidation {
  const problems: TimelineProblem[] = [];
  const timeline = orderTimeline(existing);
  const previous = timeline.at(-1);

  if (!EVENT_STATUS.has(next.code)) {
    problems.push({ field: 'code', code: 'UNKNOWN_EVENT_CODE', reason: `unknown event code ${JSON.stringify(next.code)} (known: ${[...EVENT_STATUS.keys()].join(', ')})` });
  }
  const final = timeline.find((event) => FINAL_STATUSES.has(EVENT_STATUS.get(event.code) ?? 'CREATED'));
  if (final !== undefined) {
    problems.push({ field: 'code', code: 'TIMELINE_CLOSED', reason: `the timeline ended with ${final.code} at seq ${final.seq}; no event may follow` });
  }

  if (!Number.isSafeInteger(next.seq) || next.seq < 1) {
    problems.push({ field: 'seq', code: 'SEQ_INVALID', reason: `seq must be a whole number from 1, got ${next.seq}` });
  } else if (previous !== undefined && next.seq <= previous.seq) {
    problems.push({ field: 'seq', code: 'SEQ_NOT_INCREASING', reason: `seq ${next.seq} is not above the last recorded seq ${previous.seq}` });
  }

  if (Number.isNaN(next.occurredAt.getTime())) {
    problems.push({ field: 'occurredAt', code: 'OCCURRED_AT_INVALID', reason: 'occurredAt must be a valid date' });
  } else if (previous !== undefined && next.occurredAt.getTime() < previous.occurredAt.getTime()) {
    problems.push({
      field: 'occurredAt',
      code: 'OCCURRED_BEFORE_PREVIOUS',
      reason: `occurredAt ${next.occurredAt.toISOString()} is earlier than the previous event (seq ${previous.seq}) at ${previous.occurredAt.toISOString()}`,
    });
  }

  return { ok: problems.length === 0, problems };
}
