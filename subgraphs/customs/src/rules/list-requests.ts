import { chinaDateOf, chinaMidnight, formatChinaDate } from '@zone/common';
/**
 * What customs does with a declarant's request to cancel (撤销申请单, message 623) or to take back
 * goods as a return (退货申请单, message 625) for an inventory list, and which export lists a
 * return of exported goods (2023年第4号) can refer to.
 *
 * Choices, from 海关总署公告2018年第194号 and the message standard:
 * - Cancellation withdraws a declaration whose goods customs has not let go: a list accepted (120),
 *   under manual review (300) or under inspection (500) may be cancelled, and then stands as
 *   rejected (100, 海关退单), the only final status the receipt codes offer for a withdrawn list.
 *   Once released (800) or cleared (899) the goods have left customs' control, so a cancellation is
 *   refused and the goods can only come back as a return; a rejected list has nothing to cancel.
 * - Return of retail imports: 194号 lets the enterprise apply for a return of goods customs has
 *   released, brought back unchanged to the supervised site within 30 days of the release
 *   (海关放行之日起30日内); the tax is then not levied and the buyer's annual total is adjusted. The
 *   30 days are counted in Beijing calendar days from the day of release and end at 24:00 of the
 *   30th day. Exported goods come back through the export return instead.
 */
import { RECEIPT_STATUS_CODES } from './receipt-status';
import type { RuleReason } from './rule-reason';

export type ListRequestKind = 'CANCELLATION' | 'RETURN';

export type ListRequestRefusalCode =
  | 'ALREADY_RELEASED'
  | 'ALREADY_REJECTED'
  | 'NOT_AN_IMPORT_LIST'
  | 'NOT_AN_EXPORT_LIST'
  | 'NOT_RELEASED'
  | 'OUTSIDE_RETURN_PERIOD';

/** Days after release within which retail imports may be returned (194号). */
export const IMPORT_RETURN_PERIOD_DAYS = 30;

/** A list as these rules need to see it. */
export interface RequestedList {
  invtNo: string;
  direction: 'IMPORT' | 'EXPORT';
  statusCode: number;
  /** When customs released the goods; null while not released. */
  releasedAt: Date | null;
}

export interface ListRequestAssessment<Code extends string = ListRequestRefusalCode> {
  accepted: boolean;
  /** Every reason the request is refused; empty when accepted. */
  refusals: RuleReason<Code>[];
}

const { ACCEPTED, MANUAL_REVIEW, INSPECTION, RELEASED, CLEARED, REJECTED } = RECEIPT_STATUS_CODES;
const CANCELLABLE: ReadonlySet<number> = new Set([ACCEPTED, MANUAL_REVIEW, INSPECTION]);
const RELEASED_CODES: ReadonlySet<number> = new Set([RELEASED, CLEARED]);

function assessment<Code extends string>(refusals: RuleReason<Code>[]): ListRequestAssessment<Code> {
  return { accepted: refusals.length === 0, refusals };
}

/** Whether a list may be cancelled (623): only while customs still holds the goods. */
export function assessCancellation(list: RequestedList): ListRequestAssessment {
  const refusals: RuleReason<ListRequestRefusalCode>[] = [];
  if (RELEASED_CODES.has(list.statusCode)) {
    refusals.push({
      code: 'ALREADY_RELEASED',
      message: `list ${list.invtNo} has been released (status ${list.statusCode}); released goods come back as a return, not a cancellation`,
    });
  } else if (list.statusCode === REJECTED) {
    refusals.push({ code: 'ALREADY_REJECTED', message: `list ${list.invtNo} has been rejected (status 100); there is nothing to cancel` });
  } else if (!CANCELLABLE.has(list.statusCode)) {
    refusals.push({ code: 'NOT_RELEASED', message: `list ${list.invtNo} has status ${list.statusCode}, which customs has not accepted` });
  }
  return assessment(refusals);
}

/** Last Beijing calendar day, "YYYY-MM-DD", on which goods released at releasedAt may be returned. */
export function importReturnLastDate(releasedAt: Date): string {
  const released = chinaDateOf(releasedAt);
  const last = chinaDateOf(chinaMidnight(released.year, released.month, released.day + IMPORT_RETURN_PERIOD_DAYS));
  return formatChinaDate(last);
}

/** Whether retail imports of a list may be returned (625) at requestedAt. */
export function assessImportReturn(list: RequestedList, requestedAt: Date): ListRequestAssessment {
  const refusals: RuleReason<ListRequestRefusalCode>[] = [];
  if (list.direction !== 'IMPORT') {
    refusals.push({ code: 'NOT_AN_IMPORT_LIST', message: `list ${list.invtNo} is an export list; exported goods come back through an export return` });
  }
  if (!RELEASED_CODES.has(list.statusCode) || list.releasedAt === null) {
    refusals.push({ code: 'NOT_RELEASED', message: `list ${list.invtNo} has status ${list.statusCode}; only released goods can be returned` });
  } else {
    const released = chinaDateOf(list.releasedAt);
    const periodEnd = chinaMidnight(released.year, released.month, released.day + IMPORT_RETURN_PERIOD_DAYS + 1);
    if (requestedAt.getTime() >= periodEnd.getTime()) {
      refusals.push({
        code: 'OUTSIDE_RETURN_PERIOD',
        message: `the return period of list ${list.invtNo} ended with ${importReturnLastDate(list.releasedAt)}, ${IMPORT_RETURN_PERIOD_DAYS} days after its release`,
      });
    }
  }
  return assessment(refusals);
}

/**
 * Whether an export list is one exported goods can come back under: an export list customs
 * released. The conditions on the goods themselves are assessExportReturn's.
 */
export function exportReturnListRefusals(list: RequestedList): RuleReason<ListRequestRefusalCode>[] {
  const refusals: RuleReason<ListRequestRefusalCode>[] = [];
  if (list.direction !== 'EXPORT') {
    refusals.push({ code: 'NOT_AN_EXPORT_LIST', message: `list ${list.invtNo} is an import list; imported goods come back as a return (625)` });
  }
  if (!RELEASED_CODES.has(list.statusCode) || list.releasedAt === null) {
    refusals.push({ code: 'NOT_RELEASED', message: `list ${list.invtNo} has status ${list.statusCode}; only released exports can come back tax-free` });
  }
  return refusals;
}

