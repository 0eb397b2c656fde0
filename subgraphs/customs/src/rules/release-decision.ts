/**
 * Risk-graded release of an inventory list (domain brief §5.4; 粤府函〔2022〕58号 asks each zone for
 * 分类监管 of low- and high-risk goods and for joint punishment of negative-list subjects, and the
 * customs enterprise credit rules, 海关总署令第251号, set the credit classes). Grades in order of
 * precedence:
 * 1. matching failed: REJECT (receipt 100), there is nothing yet to release;
 * 2. enterprise on the negative list, or of the discredited class: INSPECTION (500), because the
 *    joint measures of the negative list exclude automatic release;
 * 3. any goods of a HIGH-risk HS chapter: INSPECTION (500);
 * 3a. a joint measure in force excluding automatic release (联合惩戒: an assistance request answered
 *    by customs to hold the goods): at least DOCUMENT_REVIEW (300);
 * 4. any goods of a MEDIUM-risk chapter: DOCUMENT_REVIEW (300), unless the enterprise holds
 *    advanced certification, whose own controls customs recognises instead of a review (the
 *    reward REWARD_LOWER_REVIEW; the decision lists what it waived);
 * 5. otherwise AUTO_RELEASE (800).
 */
import { RECEIPT_STATUS_CODES } from './receipt-status';
import type { RuleReason } from './rule-reason';

/** Customs enterprise credit class: 高级认证 / 一般信用 / 失信. */
export type CustomsCreditClass = 'ADVANCED' | 'GENERAL' | 'DISCREDITED';

export type GoodsRisk = 'LOW' | 'MEDIUM' | 'HIGH';

/** Risk by two-digit HS chapter ("04", "30"); chapters not listed are LOW. */
export type HsChapterRiskTable = Readonly<Record<string, GoodsRisk>>;

/**
 * Default goods risk by HS chapter. HIGH where a wrong release harms health or safety or cannot be
 * undone: 30 pharmaceuticals (drug import control), 93 arms and ammunition (controlled goods),
 * 97 works of art and antiques (cultural-relic control, and values that are hard to verify). MEDIUM where food-safety or
 * product-registration checks are usual and documents settle most cases: 04 dairy (infant formula),
 * 19 cereal and milk preparations (infant food), 21 miscellaneous edible preparations (health foods
 * and supplements), 22 beverages and spirits, 33 cosmetics. Everything else is LOW.
 */
export const DEFAULT_HS_CHAPTER_RISK: HsChapterRiskTable = Object.freeze({
  '30': 'HIGH',
  '93': 'HIGH',
  '97': 'HIGH',
  '04': 'MEDIUM',
  '19': 'MEDIUM',
  '21': 'MEDIUM',
  '22': 'MEDIUM',
  '33': 'MEDIUM',
});

export type ReleaseDecisionKind = 'AUTO_RELEASE' | 'DOCUMENT_REVIEW' | 'INSPECTION' | 'REJECT';

/** Receipt code customs sends for each decision. */
export const RELEASE_DECISION_STATUS_CODES = {
  AUTO_RELEASE: RECEIPT_STATUS_CODES.RELEASED,
  DOCUMENT_REVIEW: RECEIPT_STATUS_CODES.MANUAL_REVIEW,
  INSPECTION: RECEIPT_STATUS_CODES.INSPECTION,
  REJECT: RECEIPT_STATUS_CODES.REJECTED,
} as const satisfies Record<ReleaseDecisionKind, number>;

export interface ReleaseDecisionInput {
  /** Result of three-document matching for the list. */
  matching: { matched: boolean; reasons: readonly RuleReason[] };
  creditClass: CustomsCreditClass;
  /** Two-digit HS chapters of the goods on the list (hsChapter of each item); at least one. */
  hsChapters: readonly string[];
  /** The enterprise is on the credit system's negative list (joint punishment applies). */
  onNegativeList: boolean;
  /** Public security has a watch flag in force on the enterprise (suspected non-genuine trade or laundering). */
  watchFlagged?: boolean;
  /** A joint measure in force (CUSTOMS_NO_AUTO_RELEASE of an answered assistance request) excludes automatic release. */
  noAutoRelease?: boolean;
  /** Risk by chapter; defaults to DEFAULT_HS_CHAPTER_RISK. */
  chapterRisk?: HsChapterRiskTable;
}

export interface ReleaseDecision {
  decision: ReleaseDecisionKind;
  statusCode: (typeof RELEASE_DECISION_STATUS_CODES)[ReleaseDecisionKind];
  /**
   * Every factor that raises the grade above automatic release, the deciding one among them, in
   * the order of the grading above; empty for AUTO_RELEASE. A medium-risk chapter waived by
   * advanced certification is not listed.
   */
  reasons: RuleReason<ReleaseReasonCode>[];
  /**
   * The factors a reward waived (联合激励: REWARD_LOWER_REVIEW of advanced certification): a
   * medium-risk chapter whose document review the enterprise's own controls answer for instead.
   * Listed only when the waiver lowered the grade, i.e. nothing else kept the list from automatic release.
   */
  waived: RuleReason<ReleaseReasonCode>[];
}

/** Why a list is graded above automatic release, one code per factor of the grading. */
export type ReleaseReasonCode = 'MATCHING_FAILED' | 'NEGATIVE_LIST' | 'WATCH_FLAG' | 'DISCREDITED_ENTERPRISE' | 'HIGH_RISK_GOODS' | 'JOINT_MEASURE' | 'MEDIUM_RISK_GOODS';

const SEVERITY: Record<ReleaseDecisionKind, number> = { AUTO_RELEASE: 0, DOCUMENT_REVIEW: 1, INSPECTION: 2, REJECT: 3 };

function riskOf(chapter: string, table: HsChapterRiskTable): GoodsRisk {
  // Object.hasOwn, so a configured table can never answer from Object.prototype.
  return Object.hasOwn(table, chapter) ? table[chapter]! : 'LOW';
}

/** Chapters of one risk level, each once, in ascending order for a stable message. */
function chaptersOfRisk(chapters: readonly string[], table: HsChapterRiskTable, risk: GoodsRisk): string[] {
  return [...new Set(chapters)].filter((chapter) => riskOf(chapter, table) === risk).sort();
}

/** Grades a list for release; see the module comment for the order of precedence. */
export function decideRelease(input: ReleaseDecisionInput): ReleaseDecision {
  const table = input.chapterRisk ?? DEFAULT_HS_CHAPTER_RISK;
  if (input.hsChapters.length === 0) throw new RangeError('hsChapters must name the chapter of at least one item');
  for (const chapter of input.hsChapters) {
    if (!/^\d{2}$/.test(chapter)) throw new RangeError(`HS chapter must be two digits, got "${chapter}"`);
  }

  const reasons: RuleReason<ReleaseReasonCode>[] = [];
  let decision: ReleaseDecisionKind = 'AUTO_RELEASE';
  const raise = (to: ReleaseDecisionKind, code: ReleaseReasonCode, message: string) => {
    reasons.push({ code, message });
    if (SEVERITY[to] > SEVERITY[decision]) decision = to;
  };

  if (!input.matching.matched) {
    const codes = input.matching.reasons.map((reason) => reason.code);
    raise('REJECT', 'MATCHING_FAILED', `three-document matching failed${codes.length > 0 ? ` (${codes.join(', ')})` : ''}`);
  }
  if (input.onNegativeList) raise('INSPECTION', 'NEGATIVE_LIST', 'the enterprise is on the negative list');
  if (input.watchFlagged) raise('INSPECTION', 'WATCH_FLAG', 'the enterprise is under a public-security watch flag');
  if (input.creditClass === 'DISCREDITED') raise('INSPECTION', 'DISCREDITED_ENTERPRISE', 'the enterprise is of the discredited customs credit class');
  const high = chaptersOfRisk(input.hsChapters, table, 'HIGH');
  if (high.length > 0) raise('INSPECTION', 'HIGH_RISK_GOODS', `goods of high-risk HS chapter ${high.join(', ')}`);
  if (input.noAutoRelease) raise('DOCUMENT_REVIEW', 'JOINT_MEASURE', 'a joint measure in force excludes automatic release');
  const medium = chaptersOfRisk(input.hsChapters, table, 'MEDIUM');
  const mediumReason = { code: 'MEDIUM_RISK_GOODS' as const, message: `goods of medium-risk HS chapter ${medium.join(', ')}` };
  const waived: RuleReason<ReleaseReasonCode>[] = [];
  if (medium.length > 0 && input.creditClass !== 'ADVANCED') raise('DOCUMENT_REVIEW', mediumReason.code, mediumReason.message);
  else if (medium.length > 0 && decision === 'AUTO_RELEASE') waived.push(mediumReason);

  return { decision, statusCode: RELEASE_DECISION_STATUS_CODES[decision], reasons, waived };
}

/**
 * Receipt status moves customs makes once a list is accepted (120): review (300) and inspection
 * (500) end in release (800) or rejection (100), inspection never goes back to review, release is
 * followed only by clearance (899), and clearance and rejection are final. Codes before acceptance
 * (1-4) are the Single Window's and 399 (adjudicated) is not used by this grading, so none of
 * them has a move here.
 */
export const RECEIPT_STATUS_TRANSITIONS: ReadonlyMap<number, readonly number[]> = new Map<number, readonly number[]>([
  [RECEIPT_STATUS_CODES.ACCEPTED, [RECEIPT_STATUS_CODES.MANUAL_REVIEW, RECEIPT_STATUS_CODES.INSPECTION, RECEIPT_STATUS_CODES.RELEASED, RECEIPT_STATUS_CODES.REJECTED]],
  [RECEIPT_STATUS_CODES.MANUAL_REVIEW, [RECEIPT_STATUS_CODES.INSPECTION, RECEIPT_STATUS_CODES.RELEASED, RECEIPT_STATUS_CODES.REJECTED]],
  [RECEIPT_STATUS_CODES.INSPECTION, [RECEIPT_STATUS_CODES.RELEASED, RECEIPT_STATUS_CODES.REJECTED]],
  [RECEIPT_STATUS_CODES.RELEASED, [RECEIPT_STATUS_CODES.CLEARED]],
  [RECEIPT_STATUS_CODES.CLEARED, []],
  [RECEIPT_STATUS_CODES.REJECTED, []],
]);

/** Whether customs may move a list from one receipt code to another; unknown codes move nowhere. */
export function canTransition(from: number, to: number): boolean {
  return RECEIPT_STATUS_TRANSITIONS.get(from)?.includes(to) ?? false;
}
