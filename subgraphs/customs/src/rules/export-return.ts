import { addCalendarMonths, chinaDateOf, chinaMidnight, formatChinaDate, type ChinaDate } from '@zone/common';
/**
 * Tax-free re-entry of returned cross-border e-commerce exports, 财政部 海关总署 税务总局公告2023年
 * 第4号 (关于跨境电子商务出口退运商品税收政策的公告), as extended: goods exported under 1210, 9610,
 * 9710 or 9810 that come back unchanged, for being unsold or returned, within 6 months of their
 * export release are exempt from import duty, import VAT and consumption tax. Where an export VAT
 * rebate was received it must first be repaid (the seed: "出口退税已补税证明 → 不征税复运进境").
 *
 * The six months run in Beijing calendar days: the last day is the day of the release date six
 * months on, or the month's last day when that month is shorter (民法典 第二百零二、二百零三条), and
 * the period ends at 24:00 of that day. So goods released on 2026-08-31 may come back until the end
 * of 2027-02-28, whatever the hour of release.
 */
import type { RuleReason } from './rule-reason';

/** Trade modes the announcement covers: bonded, direct B2C, B2B direct export, overseas warehouse. */
export const RETURN_ELIGIBLE_TRADE_MODES: ReadonlySet<string> = new Set(['1210', '9610', '9710', '9810']);

/** Months after export release within which a return qualifies. */
export const RETURN_PERIOD_MONTHS = 6;

export type ExportReturnReasonCode = 'TRADE_MODE_NOT_ELIGIBLE' | 'OUTSIDE_SIX_MONTHS' | 'GOODS_CHANGED' | 'REBATE_NOT_REPAID';

export interface ExportReturnInput {
  /** Trade mode (监管方式) of the original export list. */
  tradeMode: string;
  /** When customs released the export. */
  releasedAt: Date;
  /** When the goods were declared back in. */
  returnedAt: Date;
  /** The goods come back in the state they left in (原状退运). */
  goodsUnchanged: boolean;
  /** An export VAT rebate was paid out for the goods. */
  rebateReceived: boolean;
  /** The tax office certifies that rebate repaid (出口退税已补税证明); irrelevant without a rebate. */
  rebateRepaid: boolean;
}

export interface ExportReturnAssessment {
  taxFree: boolean;
  /** Every condition not met, empty when taxFree. */
  reasons: RuleReason<ExportReturnReasonCode>[];
  /** Last Beijing calendar day a return qualifies, "YYYY-MM-DD". */
  lastReturnDate: string;
}

function lastReturnDay(releasedAt: Date): ChinaDate {
  return addCalendarMonths(chinaDateOf(releasedAt), RETURN_PERIOD_MONTHS);
}

/** Last Beijing calendar day, "YYYY-MM-DD", on which goods released at releasedAt may come back. */
export function exportReturnLastDate(releasedAt: Date): string {
  return formatChinaDate(lastReturnDay(releasedAt));
}

/** Whether a return re-enters free of import duty, VAT and consumption tax, and if not, why. */
export function assessExportReturn(input: ExportReturnInput): ExportReturnAssessment {
  const released = input.releasedAt.getTime();
  const returned = input.returnedAt.getTime();
  if (Number.isNaN(released) || Number.isNaN(returned)) throw new RangeError('releasedAt and returnedAt must be valid Dates');
  const lastDay = lastReturnDay(input.releasedAt);
  const lastReturnDate = formatChinaDate(lastDay);
  const periodEnd = chinaMidnight(lastDay.year, lastDay.month, lastDay.day + 1).getTime();

  const reasons: RuleReason<ExportReturnReasonCode>[] = [];
  if (!RETURN_ELIGIBLE_TRADE_MODES.has(input.tradeMode)) {
    reasons.push({ code: 'TRADE_MODE_NOT_ELIGIBLE', message: `trade mode ${input.tradeMode} is not one of 1210, 9610, 9710, 9810` });
  }
  if (returned < released) {
    reasons.push({ code: 'OUTSIDE_SIX_MONTHS', message: 'the goods are declared returned before their export was released' });
  } else if (returned >= periodEnd) {
    reasons.push({ code: 'OUTSIDE_SIX_MONTHS', message: `the goods came back after ${lastReturnDate}, six months after their export release` });
  }
  if (!input.goodsUnchanged) {
    reasons.push({ code: 'GOODS_CHANGED', message: 'the goods do not come back in the state they were exported in' });
  }
  if (input.rebateReceived && !input.rebateRepaid) {
    reasons.push({ code: 'REBATE_NOT_REPAID', message: 'an export tax rebate was received and has not been shown repaid' });
  }
  return { taxFree: reasons.length === 0, reasons, lastReturnDate };
}
