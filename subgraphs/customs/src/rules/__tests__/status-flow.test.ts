import { RECEIPT_STATUS_CODES } from '../receipt-status';
import { canTransition } from '../release-decision';
import { OFFICER_MOVES, officerMove, type OfficerAction } from '../status-flow';

const { ACCEPTED, MANUAL_REVIEW, INSPECTION, RELEASED, CLEARED, REJECTED } = RECEIPT_STATUS_CODES;
const ALL = [1, 2, 3, 4, ACCEPTED, MANUAL_REVIEW, 399, INSPECTION, RELEASED, CLEARED, REJECTED];

describe('officer moves through review, inspection and clearance', () => {
  it.each<[OfficerAction, number, number]>([
    ['REVIEW_RELEASE', MANUAL_REVIEW, RELEASED],
    ['REVIEW_INSPECT', MANUAL_REVIEW, INSPECTION],
    ['REVIEW_REJECT', MANUAL_REVIEW, REJECTED],
    ['INSPECTION_PASSED', INSPECTION, RELEASED],
    ['INSPECTION_FAILED', INSPECTION, REJECTED],
    ['CLEAR', RELEASED, CLEARED],
  ])('%s moves %i to %i', (action, from, to) => {
    expect(officerMove(action, from)).toEqual({ allowed: true, to });
  });

  it.each(Object.keys(OFFICER_MOVES) as OfficerAction[])('%s refuses every other starting status, saying why', (action) => {
    for (const code of ALL.filter((c) => c !== OFFICER_MOVES[action].from)) {
      const move = officerMove(action, code);
      expect(move.allowed).toBe(false);
      if (!move.allowed) expect(move.reason).toContain(`(${code})`);
    }
  });

  it('makes only moves the receipt status transitions allow', () => {
    for (const { from, to } of Object.values(OFFICER_MOVES)) expect(canTransition(from, to)).toBe(true);
  });

  it('names the status a cleared list is in when clearing again', () => {
    expect(officerMove('CLEAR', CLEARED)).toEqual({ allowed: false, reason: 'the list is CLEARED (899); CLEAR moves a list from RELEASED (800) to CLEARED (899) only' });
  });
});
