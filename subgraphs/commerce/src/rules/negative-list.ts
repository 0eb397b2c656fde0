/**
 * The credit system's negative list (一库三系: credit database with evaluation, supervision and
 * negative-list systems; domain brief §5.11). Commerce keeps the list for the zone platform; the
 * joint measures it triggers (联合奖惩: no automatic release at customs, FX settlement refused,
 * deemed taxation revoked) are applied by each department, which reads `Enterprise.negativeListed`
 * through the federated API.
 *
 * Listing and lifting are enforcement acts: each names its reason and legal basis, and only
 * commerce's own officers (in their zone) and commerce's system may perform them, never the
 * platform acting for enterprises.
 */
import type { Caller, FieldProblem, ZoneCode } from '@zone/common';

/** Longest reason or legal basis kept; longer text belongs in the case file, not the list. */
export const NEGATIVE_LIST_TEXT_MAX = 500;

export interface NegativeListAct {
  reason: string;
  legalBasis: string;
}

/** Problems with the text of a listing or lifting, each naming its field. */
export function negativeListActProblems(act: Partial<NegativeListAct>, fields: readonly (keyof NegativeListAct)[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of fields) {
    const value = act[field]?.trim() ?? '';
    if (value.length === 0) problems.push({ field, reason: 'must not be empty' });
    else if (value.length > NEGATIVE_LIST_TEXT_MAX) problems.push({ field, reason: `must be at most ${NEGATIVE_LIST_TEXT_MAX} characters` });
  }
  return problems;
}

/** Why the caller may not list or lift an enterprise of `zone`, or null when it may. */
export function negativeListRefusal(caller: Caller, zone: ZoneCode): string | null {
  if (caller.role === 'SYSTEM' && caller.department === 'commerce') return null;
  if (caller.role === 'OFFICER' && caller.department === 'commerce') {
    return caller.zone === zone ? null : `a commerce officer of ${caller.zone} may not act on an enterprise registered in ${zone}`;
  }
  return `only commerce officers and the commerce system keep the negative list, not a ${caller.role}${caller.department ? ` of ${caller.department}` : ''}`;
}
