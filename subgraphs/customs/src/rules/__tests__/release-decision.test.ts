import { RECEIPT_STATUS_CODES } from '../receipt-status';
import {
  DEFAULT_HS_CHAPTER_RISK,
  RECEIPT_STATUS_TRANSITIONS,
  canTransition,
  decideRelease,
  type CustomsCreditClass,
  type ReleaseDecisionInput,
  type ReleaseDecisionKind,
} from '../release-decision';

const matched = { matched: true, reasons: [] };
const failed = { matched: false, reasons: [{ code: 'PAYMENT_MISSING', message: 'no payment' }, { code: 'AMOUNT_MISMATCH', message: 'differs' }] };

const base: ReleaseDecisionInput = { matching: matched, creditClass: 'GENERAL', hsChapters: ['61'], onNegativeList: false };

describe('risk-graded release (domain brief §5.4)', () => {
  it.each<[string, Partial<ReleaseDecisionInput>, ReleaseDecisionKind, number]>([
    ['low-risk goods of a general-credit enterprise', {}, 'AUTO_RELEASE', 800],
    ['low-risk goods of an advanced-certified enterprise', { creditClass: 'ADVANCED' }, 'AUTO_RELEASE', 800],
    ['a list that failed matching', { matching: failed }, 'REJECT', 100],
    ['a failed list even of a discredited, negative-listed enterprise with arms', { matching: failed, creditClass: 'DISCREDITED', onNegativeList: true, hsChapters: ['93'] }, 'REJECT', 100],
    ['low-risk goods of a negative-listed enterprise', { onNegativeList: true }, 'INSPECTION', 500],
    ['low-risk goods of a negative-listed advanced enterprise', { onNegativeList: true, creditClass: 'ADVANCED' }, 'INSPECTION', 500],
    ['low-risk goods of a discredited enterprise', { creditClass: 'DISCREDITED' }, 'INSPECTION', 500],
    ['low-risk goods under a joint measure excluding automatic release', { noAutoRelease: true }, 'DOCUMENT_REVIEW', 300],
    ['low-risk goods of an advanced enterprise under such a joint measure', { noAutoRelease: true, creditClass: 'ADVANCED' }, 'DOCUMENT_REVIEW', 300],
    ['high-risk goods under such a joint measure', { noAutoRelease: true, hsChapters: ['30'] }, 'INSPECTION', 500],
    ['pharmaceuticals (chapter 30)', { hsChapters: ['30'] }, 'INSPECTION', 500],
    ['arms (chapter 93)', { hsChapters: ['93'] }, 'INSPECTION', 500],
    ['antiques (chapter 97) of an advanced enterprise', { hsChapters: ['97'], creditClass: 'ADVANCED' }, 'INSPECTION', 500],
    ['one high-risk line among low and medium ones', { hsChapters: ['61', '33', '30'] }, 'INSPECTION', 500],
    ['cosmetics (chapter 33)', { hsChapters: ['33'] }, 'DOCUMENT_REVIEW', 300],
    ['dairy (chapter 04)', { hsChapters: ['04'] }, 'DOCUMENT_REVIEW', 300],
    ['cereal preparations (chapter 19)', { hsChapters: ['19'] }, 'DOCUMENT_REVIEW', 300],
    ['edible preparations (chapter 21)', { hsChapters: ['21'] }, 'DOCUMENT_REVIEW', 300],
    ['beverages (chapter 22) among low-risk goods', { hsChapters: ['61', '22'] }, 'DOCUMENT_REVIEW', 300],
    ['medium-risk goods of an advanced enterprise', { hsChapters: ['33', '04'], creditClass: 'ADVANCED' }, 'AUTO_RELEASE', 800],
    ['medium-risk goods of a discredited enterprise', { hsChapters: ['33'], creditClass: 'DISCREDITED' }, 'INSPECTION', 500],
    ['chapter 01, unlisted', { hsChapters: ['01'] }, 'AUTO_RELEASE', 800],
    ['an enterprise under a public-security watch flag', { watchFlagged: true }, 'INSPECTION', 500],
    ['an advanced enterprise under a watch flag: the flag still excludes automatic release', { watchFlagged: true, creditClass: 'ADVANCED' }, 'INSPECTION', 500],
  ])('grades %s', (_description, override, decision, statusCode) => {
    const result = decideRelease({ ...base, ...override });
    expect(result.decision).toBe(decision);
    expect(result.statusCode).toBe(statusCode);
    expect(result.reasons.length === 0).toBe(decision === 'AUTO_RELEASE');
  });

  it('lists every factor, the matching codes first', () => {
    const result = decideRelease({ matching: failed, creditClass: 'DISCREDITED', onNegativeList: true, watchFlagged: true, hsChapters: ['97', '30', '33', '30'] });
    expect(result.reasons).toEqual([
      { code: 'MATCHING_FAILED', message: 'three-document matching failed (PAYMENT_MISSING, AMOUNT_MISMATCH)' },
      { code: 'NEGATIVE_LIST', message: 'the enterprise is on the negative list' },
      { code: 'WATCH_FLAG', message: 'the enterprise is under a public-security watch flag' },
      { code: 'DISCREDITED_ENTERPRISE', message: 'the enterprise is of the discredited customs credit class' },
      { code: 'HIGH_RISK_GOODS', message: 'goods of high-risk HS chapter 30, 97' },
      { code: 'MEDIUM_RISK_GOODS', message: 'goods of medium-risk HS chapter 33' },
    ]);
  });

  it('does not list a medium-risk chapter that advanced certification waives', () => {
    expect(decideRelease({ ...base, creditClass: 'ADVANCED', hsChapters: ['33', '30'] }).reasons).toEqual([
      { code: 'HIGH_RISK_GOODS', message: 'goods of high-risk HS chapter 30' },
    ]);
  });

  it.each<[string, Partial<ReleaseDecisionInput>, string[]]>([
    ['medium-risk goods of an advanced enterprise: the review is waived', { creditClass: 'ADVANCED', hsChapters: ['33', '61'] }, ['goods of medium-risk HS chapter 33']],
    ['the same goods of a general-credit enterprise: nothing waived, reviewed', { hsChapters: ['33', '61'] }, []],
    ['low-risk goods of an advanced enterprise: nothing to waive', { creditClass: 'ADVANCED' }, []],
    ['medium- and high-risk goods of an advanced enterprise: inspected anyway, the reward lowers nothing', { creditClass: 'ADVANCED', hsChapters: ['33', '30'] }, []],
    ['medium-risk goods of an advanced enterprise under a joint measure: reviewed anyway', { creditClass: 'ADVANCED', hsChapters: ['33'], noAutoRelease: true }, []],
    ['medium-risk goods of an advanced enterprise that failed matching', { creditClass: 'ADVANCED', hsChapters: ['04'], matching: failed }, []],
  ])('waives by reward: %s', (_description, override, waived) => {
    expect(decideRelease({ ...base, ...override }).waived.map((reason) => reason.message)).toEqual(waived);
  });

  it('grades by a configured table instead of the default', () => {
    const chapterRisk = { '85': 'HIGH', '61': 'MEDIUM' } as const;
    expect(decideRelease({ ...base, hsChapters: ['85'], chapterRisk }).decision).toBe('INSPECTION');
    expect(decideRelease({ ...base, hsChapters: ['61'], chapterRisk }).decision).toBe('DOCUMENT_REVIEW');
    expect(decideRelease({ ...base, hsChapters: ['30'], chapterRisk }).decision).toBe('AUTO_RELEASE');
  });

  it('keeps the default table to the chapters it documents', () => {
    expect(DEFAULT_HS_CHAPTER_RISK).toEqual({ '30': 'HIGH', '93': 'HIGH', '97': 'HIGH', '04': 'MEDIUM', '19': 'MEDIUM', '21': 'MEDIUM', '22': 'MEDIUM', '33': 'MEDIUM' });
    expect(Object.isFrozen(DEFAULT_HS_CHAPTER_RISK)).toBe(true);
  });

  it.each<[readonly string[], string]>([
    [[], 'at least one item'],
    [['3'], 'two digits'],
    [['3004900000'], 'two digits'],
    [['ab'], 'two digits'],
  ])('rejects chapters %j', (hsChapters, message) => {
    expect(() => decideRelease({ ...base, hsChapters })).toThrow(message);
  });

  it.each<[CustomsCreditClass]>([['ADVANCED'], ['GENERAL'], ['DISCREDITED']])('never auto-releases a negative-listed %s enterprise', (creditClass) => {
    expect(decideRelease({ ...base, creditClass, onNegativeList: true }).decision).not.toBe('AUTO_RELEASE');
  });
});

describe('receipt status transitions', () => {
  const { ACCEPTED, MANUAL_REVIEW, INSPECTION, RELEASED, CLEARED, REJECTED } = RECEIPT_STATUS_CODES;
  const allowed: [number, number][] = [
    [ACCEPTED, MANUAL_REVIEW],
    [ACCEPTED, INSPECTION],
    [ACCEPTED, RELEASED],
    [ACCEPTED, REJECTED],
    [MANUAL_REVIEW, INSPECTION],
    [MANUAL_REVIEW, RELEASED],
    [MANUAL_REVIEW, REJECTED],
    [INSPECTION, RELEASED],
    [INSPECTION, REJECTED],
    [RELEASED, CLEARED],
  ];

  it.each(allowed)('allows %i -> %i', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  const codes = Object.values(RECEIPT_STATUS_CODES);
  const forbidden = codes.flatMap((from) => codes.map((to): [number, number] => [from, to])).filter(([from, to]) => !allowed.some(([f, t]) => f === from && t === to));

  it.each(forbidden)('forbids %i -> %i', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it.each([[999, 800], [120, 999], [-1, 100]])('forbids moves from or to unknown code %i -> %i', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it.each<[ReleaseDecisionKind, Partial<ReleaseDecisionInput>]>([
    ['AUTO_RELEASE', {}],
    ['DOCUMENT_REVIEW', { hsChapters: ['33'] }],
    ['INSPECTION', { hsChapters: ['30'] }],
    ['REJECT', { matching: failed }],
  ])('lets an accepted list move to the status of %s', (decision, override) => {
    const result = decideRelease({ ...base, ...override });
    expect(result.decision).toBe(decision);
    expect(canTransition(ACCEPTED, result.statusCode)).toBe(true);
  });

  it('makes clearance and rejection final', () => {
    expect(RECEIPT_STATUS_TRANSITIONS.get(CLEARED)).toEqual([]);
    expect(RECEIPT_STATUS_TRANSITIONS.get(REJECTED)).toEqual([]);
  });
});
