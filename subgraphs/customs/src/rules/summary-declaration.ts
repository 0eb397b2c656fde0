/**
 * 清单核放、汇总统计 (domain brief §5.3; 海关总署公告2018年第194号): export retail lists flagged
 * for summary declaration (statisticsFlag B) are released one by one, then an enterprise summarises
 * its released lists of a period into one summary application (701) for statistics and for the
 * tax and forex departments that rely on a declaration. A list belongs to at most one summary, or
 * the same export would be counted twice.
 */
import Decimal from 'decimal.js';
import { RECEIPT_STATUS_CODES } from './receipt-status';
import { formatAmount, parseAmount, type RuleReason } from './rule-reason';

export type SummaryExclusionCode = 'NOT_FOUND' | 'NOT_RELEASED' | 'NOT_FLAG_B' | 'OTHER_ENTERPRISE' | 'OUTSIDE_PERIOD' | 'ALREADY_SUMMARISED';

/** An export inventory list as customs holds it. */
export interface SummaryCandidateList {
  invtNo: string;
  /** E-commerce enterprise (电商企业) that declared the list. */
  ebcCode: string;
  /** Customs receipt code. */
  statusCode: number;
  /** A simplified / B summary declaration; null on import lists. */
  statisticsFlag: string | null;
  declaredAt: Date;
  totalPrice: string;
  /** ISO 4217. */
  currency: string;
  /** The summary the list already belongs to, or null. */
  sumNo: string | null;
}

export interface SummaryRequest {
  /** The enterprise applying for the summary. */
  ebcCode: string;
  /** First instant of the period, inclusive. */
  periodStart: Date;
  /** End of the period, exclusive, so consecutive periods neither overlap nor leave a gap. */
  periodEnd: Date;
  /**
   * The lists the application names. When given, exactly these are considered and each one that
   * cannot be included is reported; when absent, every eligible list among the candidates is taken.
   */
  invtNos?: readonly string[];
}

export interface SummaryExclusion {
  invtNo: string;
  /** Every reason that applies to the list. */
  reasons: RuleReason<SummaryExclusionCode>[];
}

export interface SummarySelection {
  /** invtNo of the lists to summarise, in the order considered. */
  invtNos: string[];
  count: number;
  /** Exact sums of totalPrice per currency, by currency code. */
  totals: { currency: string; amount: string }[];
  /** Lists considered but not included; empty when nothing stands in the way. */
  excluded: SummaryExclusion[];
}

const RELEASED_CODES: ReadonlySet<number> = new Set([RECEIPT_STATUS_CODES.RELEASED, RECEIPT_STATUS_CODES.CLEARED]);

function exclusionReasons(list: SummaryCandidateList, request: SummaryRequest): RuleReason<SummaryExclusionCode>[] {
  const reasons: RuleReason<SummaryExclusionCode>[] = [];
  if (!RELEASED_CODES.has(list.statusCode)) {
    reasons.push({ code: 'NOT_RELEASED', message: `list ${list.invtNo} has receipt status ${list.statusCode}, not released (800) or cleared (899)` });
  }
  if (list.statisticsFlag !== 'B') {
    reasons.push({
      code: 'NOT_FLAG_B',
      message: `list ${list.invtNo} is ${list.statisticsFlag === null ? 'not flagged' : `flagged ${list.statisticsFlag}`}, only lists flagged B are summarised`,
    });
  }
  if (list.ebcCode !== request.ebcCode) {
    reasons.push({ code: 'OTHER_ENTERPRISE', message: `list ${list.invtNo} was declared by enterprise ${list.ebcCode}, not ${request.ebcCode}` });
  }
  const declared = list.declaredAt.getTime();
  if (Number.isNaN(declared)) throw new RangeError(`declaredAt of list ${list.invtNo} must be a valid Date`);
  if (declared < request.periodStart.getTime() || declared >= request.periodEnd.getTime()) {
    reasons.push({
      code: 'OUTSIDE_PERIOD',
      message: `list ${list.invtNo} was declared at ${list.declaredAt.toISOString()}, outside [${request.periodStart.toISOString()}, ${request.periodEnd.toISOString()})`,
    });
  }
  if (list.sumNo !== null) {
    reasons.push({ code: 'ALREADY_SUMMARISED', message: `list ${list.invtNo} is already in summary ${list.sumNo}` });
  }
  return reasons;
}

/**
 * The lists a summary application (701) covers and their totals. Candidates are the lists the
 * caller loaded (typically the enterprise's export lists of the period, plus any named ones).
 */
export function selectListsForSummary(candidates: readonly SummaryCandidateList[], request: SummaryRequest): SummarySelection {
  const start = request.periodStart.getTime();
  const end = request.periodEnd.getTime();
  if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError('periodStart and periodEnd must be valid Dates');
  if (start >= end) throw new RangeError('periodStart must be before periodEnd');

  const byInvtNo = new Map<string, SummaryCandidateList>();
  for (const list of candidates) {
    // Two rows for one list would count its value twice: that is a loading bug, not a reason.
    if (byInvtNo.has(list.invtNo)) throw new RangeError(`list ${list.invtNo} appears twice among the candidates`);
    byInvtNo.set(list.invtNo, list);
  }

  const considered = request.invtNos ? [...new Set(request.invtNos)] : [...byInvtNo.keys()];
  const invtNos: string[] = [];
  const excluded: SummaryExclusion[] = [];
  const totals = new Map<string, Decimal>();
  for (const invtNo of considered) {
    const list = byInvtNo.get(invtNo);
    if (!list) {
      excluded.push({ invtNo, reasons: [{ code: 'NOT_FOUND', message: `list ${invtNo} is not a list customs knows` }] });
      continue;
    }
    const reasons = exclusionReasons(list, request);
    if (reasons.length > 0) {
      excluded.push({ invtNo, reasons });
      continue;
    }
    invtNos.push(invtNo);
    const price = parseAmount(`totalPrice of list ${invtNo}`, list.totalPrice);
    totals.set(list.currency, (totals.get(list.currency) ?? new Decimal(0)).plus(price));
  }

  return {
    invtNos,
    count: invtNos.length,
    totals: [...totals.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, amount]) => ({ currency, amount: formatAmount(amount) })),
    excluded,
  };
}
