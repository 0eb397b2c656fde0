/**
 * Joint rewards and punishments (联合奖惩, domain.md §5.11, contract.md §2): measures in force on a
 * subject, each applied by one department inside its own process. A measure comes from one of
 * three sources, and follows it: the credit system's negative list (commerce), the customs credit
 * class (customs), or an assistance request answered by the department that applies it.
 */
import type { Department, FieldProblem } from '@zone/common';

export type SubjectType = 'ENTERPRISE' | 'ORDER' | 'INVENTORY_LIST' | 'WAYBILL' | 'PAYMENT' | 'PERSON';

export type MeasureKind =
  | 'CUSTOMS_NO_AUTO_RELEASE'
  | 'FOREX_SETTLEMENT_REFUSED'
  | 'TAX_DEEMED_TAXATION_REVOKED'
  | 'POST_PARCELS_HELD'
  | 'PUBLIC_SECURITY_REVERIFICATION'
  | 'REWARD_LOWER_REVIEW';

export type AssistanceAction = 'PROVIDE_RECORDS' | 'VERIFY' | 'HOLD_GOODS' | 'REFUSE_SETTLEMENT' | 'SUSPEND_DEEMED_TAX' | 'INVESTIGATE';

export type MeasureSource = 'NEGATIVE_LIST' | 'CREDIT_CLASS' | 'ASSISTANCE_REQUEST';

/** The department that applies each measure, and the step of its process where it bites. */
export const MEASURES: Readonly<Record<MeasureKind, { department: Department; reward: boolean; effect: string }>> = {
  CUSTOMS_NO_AUTO_RELEASE: { department: 'customs', reward: false, effect: 'inventory lists are never released automatically: at least document review' },
  FOREX_SETTLEMENT_REFUSED: { department: 'forex', reward: false, effect: 'the settlement check answers no' },
  TAX_DEEMED_TAXATION_REVOKED: { department: 'tax', reward: false, effect: 'deemed income tax (核定征收) is refused: the enterprise is taxed on its accounts' },
  POST_PARCELS_HELD: { department: 'post', reward: false, effect: 'parcels are held: no delivery is recorded' },
  PUBLIC_SECURITY_REVERIFICATION: { department: 'public-security', reward: false, effect: 'identity checks are made afresh: an earlier MATCH is not relied on' },
  REWARD_LOWER_REVIEW: { department: 'customs', reward: true, effect: 'medium-risk goods need no document review' },
};

/** Every punishment the negative list puts in force (the rewards are not). */
export const NEGATIVE_LIST_MEASURES: readonly MeasureKind[] = (Object.keys(MEASURES) as MeasureKind[]).filter((kind) => !MEASURES[kind].reward);

/** The measures a customs credit class carries (defined beside customs' use of them, in common). */
export { creditClassMeasures } from '@zone/common';

/** The measure an action asked for puts in force in `department` once that department answers, or null. */
export function measureOfAction(action: AssistanceAction, department: string): MeasureKind | null {
  switch (action) {
    case 'HOLD_GOODS':
      return department === 'customs' ? 'CUSTOMS_NO_AUTO_RELEASE' : department === 'post' ? 'POST_PARCELS_HELD' : null;
    case 'REFUSE_SETTLEMENT':
      return department === 'forex' ? 'FOREX_SETTLEMENT_REFUSED' : null;
    case 'SUSPEND_DEEMED_TAX':
      return department === 'tax' ? 'TAX_DEEMED_TAXATION_REVOKED' : null;
    case 'VERIFY':
      return department === 'public-security' ? 'PUBLIC_SECURITY_REVERIFICATION' : null;
    default:
      return null;
  }
}

/**
 * Problems with the measures an addressee says its answer puts in force: each must be one its own
 * department applies, for an action the request asked for.
 */
export function appliedMeasureProblems(measures: readonly MeasureKind[], actions: readonly AssistanceAction[], department: string, field: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const allowed = new Set(actions.map((action) => measureOfAction(action, department)).filter((kind): kind is MeasureKind => kind !== null));
  measures.forEach((kind, i) => {
    if (MEASURES[kind].department !== department) problems.push({ field: `${field}[${i}]`, reason: `${kind} is applied by ${MEASURES[kind].department}, not ${department}` });
    else if (!allowed.has(kind)) problems.push({ field: `${field}[${i}]`, reason: `the request asks for no action that ${kind} answers` });
  });
  if (new Set(measures).size !== measures.length) problems.push({ field, reason: 'names a measure twice' });
  return problems;
}

/**
 * The id of a measure as jointMeasures shows it and departments report effects under: its source,
 * the source's own key and the kind, e.g. NEGATIVE_LIST:12:FOREX_SETTLEMENT_REFUSED.
 */
export function measureId(source: MeasureSource, sourceKey: string, kind: MeasureKind): string {
  return `${source}:${sourceKey}:${kind}`;
}

export function parseMeasureId(id: string): { source: MeasureSource; sourceKey: string; kind: MeasureKind } | null {
  const match = /^(NEGATIVE_LIST|CREDIT_CLASS|ASSISTANCE_REQUEST):([A-Z0-9]{1,30}):([A-Z_]{1,40})$/.exec(id);
  if (!match || !(match[3]! in MEASURES)) return null;
  return { source: match[1] as MeasureSource, sourceKey: match[2]!, kind: match[3] as MeasureKind };
}
