import {
  ACTORS,
  PART_STATUSES,
  TRANSITIONS,
  acknowledgeDueAt,
  nextState,
  overdueOf,
  requestStatusOf,
  type Actor,
  type PartStatus,
  type Transition,
} from '../assistance-process';

/**
 * Every (state, transition, actor) of the assistance process (contract.md §2: each addressee
 * acknowledges, then answers or declines; the requester closes). A cell is the state reached
 * ("ACKNOWLEDGED", "WITHDRAWN+closed") or the refusal code. Actors: [REQUESTER, ADDRESSEE, OTHER].
 */
type Cell = string;
type Row = Record<Transition, [Cell, Cell, Cell]>;
const X = 'NOT_THE_ADDRESSEE';
const R = 'NOT_THE_REQUESTER';

const OPEN: Record<PartStatus, Row> = {
  ADDRESSED: {
    ACKNOWLEDGE: [X, 'ACKNOWLEDGED', X],
    ANSWER: [X, 'NOT_ACKNOWLEDGED', X],
    DECLINE: [X, 'NOT_ACKNOWLEDGED', X],
    CLOSE: ['WITHDRAWN+closed', R, R],
  },
  ACKNOWLEDGED: {
    ACKNOWLEDGE: [X, 'ALREADY_ACKNOWLEDGED', X],
    ANSWER: [X, 'ANSWERED', X],
    DECLINE: [X, 'DECLINED', X],
    CLOSE: ['WITHDRAWN+closed', R, R],
  },
  ANSWERED: {
    ACKNOWLEDGE: [X, 'ALREADY_SETTLED', X],
    ANSWER: [X, 'ALREADY_SETTLED', X],
    DECLINE: [X, 'ALREADY_SETTLED', X],
    CLOSE: ['ANSWERED+closed', R, R],
  },
  DECLINED: {
    ACKNOWLEDGE: [X, 'ALREADY_SETTLED', X],
    ANSWER: [X, 'ALREADY_SETTLED', X],
    DECLINE: [X, 'ALREADY_SETTLED', X],
    CLOSE: ['DECLINED+closed', R, R],
  },
  // A part is withdrawn only by closing, so an open request never has one; the machine still answers.
  WITHDRAWN: {
    ACKNOWLEDGE: [X, 'ALREADY_SETTLED', X],
    ANSWER: [X, 'ALREADY_SETTLED', X],
    DECLINE: [X, 'ALREADY_SETTLED', X],
    CLOSE: ['WITHDRAWN+closed', R, R],
  },
};

/** Once closed, nothing moves: addressees learn the request is closed, the requester that it is closed already. */
const closedRow: Row = {
  ACKNOWLEDGE: [X, 'REQUEST_CLOSED', X],
  ANSWER: [X, 'REQUEST_CLOSED', X],
  DECLINE: [X, 'REQUEST_CLOSED', X],
  CLOSE: ['REQUEST_CLOSED', R, R],
};
const CLOSED: Record<PartStatus, Row> = Object.fromEntries(PART_STATUSES.map((status) => [status, closedRow])) as Record<PartStatus, Row>;

const cases: [PartStatus, boolean, Transition, Actor, Cell][] = [];
for (const closed of [false, true]) {
  for (const part of PART_STATUSES) {
    for (const transition of TRANSITIONS) {
      ACTORS.forEach((actor, i) => cases.push([part, closed, transition, actor, (closed ? CLOSED : OPEN)[part][transition][i]!]));
    }
  }
}

describe('the assistance request state machine', () => {
  it('has a row for every state, transition and actor', () => {
    expect(cases).toHaveLength(PART_STATUSES.length * 2 * TRANSITIONS.length * ACTORS.length);
  });

  it.each(cases)('part %s (closed: %s), %s by the %s: %s', (part, closed, transition, actor, expected) => {
    const result = nextState({ part, closed }, transition, actor);
    if (result.allowed) {
      expect(`${result.part}${result.closed ? '+closed' : ''}`).toBe(expected);
    } else {
      expect(result.refusal).toBe(expected);
      expect(result.reason.length).toBeGreaterThan(10);
      expect(result.kind).toBe(expected === X || expected === R ? 'FORBIDDEN' : 'CONFLICT');
    }
  });
});

describe('request status and overdue flags', () => {
  it.each([
    ['a part still addressed', false, ['ANSWERED', 'ADDRESSED'], 'OPEN'],
    ['a part acknowledged only', false, ['ACKNOWLEDGED', 'DECLINED'], 'OPEN'],
    ['every part answered or declined', false, ['ANSWERED', 'DECLINED'], 'ANSWERED'],
    ['closed by the requester', true, ['ANSWERED', 'WITHDRAWN'], 'CLOSED'],
  ] as const)('%s is %s', (_name, closed, parts, status) => {
    expect(requestStatusOf(closed, parts)).toBe(status);
  });

  const filed = new Date('2026-12-01T00:00:00Z');
  const due = new Date('2026-12-10T00:00:00Z');
  it('gives two days to acknowledge, never beyond the due date', () => {
    expect(acknowledgeDueAt(filed, due).toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(acknowledgeDueAt(filed, new Date('2026-12-01T05:00:00Z')).toISOString()).toBe('2026-12-01T05:00:00.000Z');
  });

  const ackDue = acknowledgeDueAt(filed, due);
  it.each([
    ['addressed, before the acknowledgement is due', { status: 'ADDRESSED', acknowledgedAt: null, settledAt: null }, '2026-12-02T23:59:59Z', false, false],
    ['addressed, a second after it is due', { status: 'ADDRESSED', acknowledgedAt: null, settledAt: null }, '2026-12-03T00:00:01Z', true, false],
    ['acknowledged in time, unanswered past the due date', { status: 'ACKNOWLEDGED', acknowledgedAt: new Date('2026-12-02T00:00:00Z'), settledAt: null }, '2026-12-10T00:00:01Z', false, true],
    ['acknowledged late, answered in time: stays flagged late', { status: 'ANSWERED', acknowledgedAt: new Date('2026-12-04T00:00:00Z'), settledAt: new Date('2026-12-05T00:00:00Z') }, '2026-12-20T00:00:00Z', true, false],
    ['answered after the due date', { status: 'ANSWERED', acknowledgedAt: new Date('2026-12-02T00:00:00Z'), settledAt: new Date('2026-12-11T00:00:00Z') }, '2026-12-20T00:00:00Z', false, true],
    ['withdrawn unacknowledged: nothing more is owed', { status: 'WITHDRAWN', acknowledgedAt: null, settledAt: null }, '2026-12-20T00:00:00Z', false, false],
  ] as const)('%s', (_name, part, now, acknowledgement, answer) => {
    expect(overdueOf({ ...part, acknowledgeDueAt: ackDue, dueAt: due }, new Date(now))).toEqual({ acknowledgement, answer });
  });
});
