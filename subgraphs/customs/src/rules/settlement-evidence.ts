import type { SettlementEvidenceFact } from '@zone/common';
import { RECEIPT_STATUS_CODES } from './receipt-status';

const { REJECTED, RELEASED } = RECEIPT_STATUS_CODES;

/**
 * The fact a bank's settlement answer rests on that a list's status move makes (forex puts the
 * order's payment back into the transaction feed): released (800) or rejected (100), entered
 * from another status or at declaration (`from` null). Every other move (review, inspection,
 * clearance of a released list) changes no settlement answer: null.
 */
export function listMoveFact(from: number | null, to: number): SettlementEvidenceFact | null {
  if (from === to) return null;
  if (to === RELEASED) return 'LIST_RELEASED';
  if (to === REJECTED) return 'LIST_REJECTED';
  return null;
}
