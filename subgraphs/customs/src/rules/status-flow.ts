/**
 * The moves customs officers (or the customs system) make on a list after its declaration: a
 * review (300) is concluded by release, inspection or rejection; an inspection (500) ends in
 * release or rejection; released goods (800) are cleared (899). Each move starts from one status,
 * and the target must be a transition RECEIPT_STATUS_TRANSITIONS allows, so the two tables cannot
 * drift apart unnoticed.
 */
import { RECEIPT_STATUS_CODES, receiptStatusOf } from './receipt-status';
import { canTransition } from './release-decision';

export type OfficerAction = 'REVIEW_RELEASE' | 'REVIEW_INSPECT' | 'REVIEW_REJECT' | 'INSPECTION_PASSED' | 'INSPECTION_FAILED' | 'CLEAR';

const { MANUAL_REVIEW, INSPECTION, RELEASED, CLEARED, REJECTED } = RECEIPT_STATUS_CODES;

/** The status each move starts from and the one it leads to. */
export const OFFICER_MOVES: Readonly<Record<OfficerAction, { from: number; to: number }>> = Object.freeze({
  REVIEW_RELEASE: { from: MANUAL_REVIEW, to: RELEASED },
  REVIEW_INSPECT: { from: MANUAL_REVIEW, to: INSPECTION },
  REVIEW_REJECT: { from: MANUAL_REVIEW, to: REJECTED },
  INSPECTION_PASSED: { from: INSPECTION, to: RELEASED },
  INSPECTION_FAILED: { from: INSPECTION, to: REJECTED },
  CLEAR: { from: RELEASED, to: CLEARED },
});

export type OfficerMove = { allowed: true; to: number } | { allowed: false; reason: string };

function nameOf(code: number): string {
  return `${receiptStatusOf(code) ?? 'UNKNOWN'} (${code})`;
}

/** Where a move takes a list of the given status, or why it cannot be made. */
export function officerMove(action: OfficerAction, currentCode: number): OfficerMove {
  const { from, to } = OFFICER_MOVES[action];
  if (currentCode !== from || !canTransition(currentCode, to)) {
    return { allowed: false, reason: `the list is ${nameOf(currentCode)}; ${action} moves a list from ${nameOf(from)} to ${nameOf(to)} only` };
  }
  return { allowed: true, to };
}
