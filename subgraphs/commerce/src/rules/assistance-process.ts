/**
 * Mutual assistance in enforcement (执法互助, contract.md §2): the process of one assistance
 * request as pure functions. A department files a request about a subject and addresses it to one
 * or more other departments; each addressee answers its own part: it acknowledges the request, then
 * answers it (findings and the evidence behind them) or declines it with a reason. The requester
 * closes the request; parts still open then are withdrawn. Commerce routes the requests (domain.md
 * §6) and keeps this register; every other department acts on it through the gateway.
 */
import type { Department } from '@zone/common';

/** Where one addressed department stands on its part. */
export type PartStatus = 'ADDRESSED' | 'ACKNOWLEDGED' | 'ANSWERED' | 'DECLINED' | 'WITHDRAWN';
export const PART_STATUSES: readonly PartStatus[] = ['ADDRESSED', 'ACKNOWLEDGED', 'ANSWERED', 'DECLINED', 'WITHDRAWN'];

/** The steps of the process. ACKNOWLEDGE, ANSWER and DECLINE act on one part; CLOSE on the request. */
export type Transition = 'ACKNOWLEDGE' | 'ANSWER' | 'DECLINE' | 'CLOSE';
export const TRANSITIONS: readonly Transition[] = ['ACKNOWLEDGE', 'ANSWER', 'DECLINE', 'CLOSE'];

/**
 * Who acts, relative to the request: the department that filed it, the department whose part it
 * is, or anyone else (another department, a regulator, the platform, a bank).
 */
export type Actor = 'REQUESTER' | 'ADDRESSEE' | 'OTHER';
export const ACTORS: readonly Actor[] = ['REQUESTER', 'ADDRESSEE', 'OTHER'];

/** The state a transition is judged in: the part's status, and whether the request is closed. */
export interface ProcessState {
  part: PartStatus;
  closed: boolean;
}

/** Stable codes of a refused transition (extensions.refusal), each with its own reason. */
export type RefusalCode =
  | 'NOT_THE_ADDRESSEE'
  | 'NOT_THE_REQUESTER'
  | 'REQUEST_CLOSED'
  | 'NOT_ACKNOWLEDGED'
  | 'ALREADY_ACKNOWLEDGED'
  | 'ALREADY_SETTLED';

export type TransitionResult =
  | { allowed: true; part: PartStatus; closed: boolean }
  | { allowed: false; refusal: RefusalCode; kind: 'FORBIDDEN' | 'CONFLICT'; reason: string };

const refuse = (refusal: RefusalCode, reason: string): TransitionResult => ({
  allowed: false,
  refusal,
  kind: refusal === 'NOT_THE_ADDRESSEE' || refusal === 'NOT_THE_REQUESTER' ? 'FORBIDDEN' : 'CONFLICT',
  reason,
});

/** Settled parts: the addressee has said its last word. */
export const SETTLED: ReadonlySet<PartStatus> = new Set(['ANSWERED', 'DECLINED', 'WITHDRAWN']);

/**
 * The state machine: what `transition` by `actor` does in `state`, or why it is refused. The actor
 * is checked first (a department that may not act learns nothing about the state), then whether
 * the request is still open, then the part's own order: acknowledge once, then answer or decline
 * once.
 */
export function nextState(state: ProcessState, transition: Transition, actor: Actor): TransitionResult {
  if (transition === 'CLOSE') {
    if (actor !== 'REQUESTER') return refuse('NOT_THE_REQUESTER', 'only the department that filed the request may close it');
    if (state.closed) return refuse('REQUEST_CLOSED', 'the request is closed already');
    return { allowed: true, part: SETTLED.has(state.part) ? state.part : 'WITHDRAWN', closed: true };
  }
  if (actor !== 'ADDRESSEE') return refuse('NOT_THE_ADDRESSEE', `only the addressed department may ${transition.toLowerCase()} its part of the request`);
  if (state.closed) return refuse('REQUEST_CLOSED', 'the requester has closed the request');
  if (SETTLED.has(state.part)) return refuse('ALREADY_SETTLED', `this part is ${state.part.toLowerCase()} already`);
  if (transition === 'ACKNOWLEDGE') {
    return state.part === 'ADDRESSED' ? { allowed: true, part: 'ACKNOWLEDGED', closed: false } : refuse('ALREADY_ACKNOWLEDGED', 'this part is acknowledged already');
  }
  if (state.part !== 'ACKNOWLEDGED') return refuse('NOT_ACKNOWLEDGED', `a part is acknowledged before it is ${transition === 'ANSWER' ? 'answered' : 'declined'}`);
  return { allowed: true, part: transition === 'ANSWER' ? 'ANSWERED' : 'DECLINED', closed: false };
}

/** The actor a caller of `department` is for the part of `partDepartment` of a request filed by `filedBy`. */
export function actorOf(callerDepartment: Department | null, filedBy: string, partDepartment: string | null): Actor {
  if (!callerDepartment) return 'OTHER';
  if (partDepartment !== null && callerDepartment === partDepartment) return 'ADDRESSEE';
  if (partDepartment === null && callerDepartment === filedBy) return 'REQUESTER';
  return 'OTHER';
}

/** Status of a request as a whole, derived from its parts. */
export type RequestStatus = 'OPEN' | 'ANSWERED' | 'CLOSED';

export function requestStatusOf(closed: boolean, parts: readonly PartStatus[]): RequestStatus {
  if (closed) return 'CLOSED';
  return parts.every((part) => SETTLED.has(part)) ? 'ANSWERED' : 'OPEN';
}

/**
 * Hours an addressee has to acknowledge a request (two days), never later than the request's due
 * date. The EU's Internal Market Information system measures the same two times: to accept, to
 * answer.
 */
export const ACKNOWLEDGE_WITHIN_HOURS = 48;

export function acknowledgeDueAt(filedAt: Date, dueAt: Date): Date {
  const due = new Date(filedAt.getTime() + ACKNOWLEDGE_WITHIN_HOURS * 3_600_000);
  return due < dueAt ? due : dueAt;
}

export interface PartTimes {
  status: PartStatus;
  acknowledgeDueAt: Date;
  acknowledgedAt: Date | null;
  dueAt: Date;
  settledAt: Date | null;
}

/** Overdue flags of one part at `now`: late steps stay flagged once done late. */
export function overdueOf(part: PartTimes, now: Date): { acknowledgement: boolean; answer: boolean } {
  const acknowledgedBy = part.acknowledgedAt ?? (part.status === 'WITHDRAWN' ? null : now);
  const answeredBy = part.settledAt ?? (part.status === 'WITHDRAWN' ? null : now);
  return {
    acknowledgement: acknowledgedBy !== null && acknowledgedBy > part.acknowledgeDueAt,
    answer: answeredBy !== null && answeredBy > part.dueAt,
  };
}

/** Longest reason, legal basis, findings or note kept. */
export const ASSISTANCE_TEXT_MAX = 1000;
/** A due date at least an hour and at most a year ahead. */
export const DUE_MIN_HOURS = 1;
export const DUE_MAX_DAYS = 366;
