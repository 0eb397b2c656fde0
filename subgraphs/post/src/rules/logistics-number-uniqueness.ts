/**
 * A waybill number (logisticsNo) is unique per logistics enterprise (logisticsCode) for six
 * months, after which the carrier may issue it again.
 *
 * Source: the waybill message (511 import / 505 export) of the cross-border e-commerce message
 * standard under 海关总署公告2018年第194号, as summarised in domain brief §4: logisticsNo is unique
 * per carrier for six months.
 *
 * Six calendar months are counted on the Beijing calendar (UTC+08:00, no daylight saving), the
 * calendar customs works in, whole days: a number first used on day D is reserved up to the end
 * of the same day six months later, and free from the next midnight. When that month is shorter,
 * the period ends on its last day: a number used on 2026-08-31 is reserved through 2027-02-28
 * and may be reused from 2027-03-01 00:00 Beijing time.
 *
 * A resubmission for the same order (same ebpCode and orderNo) is an idempotent repeat whatever
 * its age, never a reuse: one order has one waybill.
 */

import { addCalendarMonths, chinaDateOf, chinaMidnight, formatChinaDateTime } from '@zone/common';

export type LogisticsNoDecision = 'ACCEPT' | 'DUPLICATE' | 'CONFLICT';

export type LogisticsNoReasonCode = 'REUSED_AFTER_SIX_MONTHS' | 'SAME_ORDER_RESUBMITTED' | 'LOGISTICS_NO_IN_USE';

export interface LogisticsNoReason {
  code: LogisticsNoReasonCode;
  message: string;
}

/** A waybill number as claimed for an order at a point in time. */
export interface WaybillNumberUse {
  logisticsCode: string;
  logisticsNo: string;
  /** The order the waybill is for. */
  ebpCode: string;
  orderNo: string;
  createdAt: Date;
}

export interface LogisticsNoUniqueness {
  decision: LogisticsNoDecision;
  /** Why, when there was an existing waybill; empty for a number never used. */
  reasons: LogisticsNoReason[];
  /** When the existing waybill's number becomes free; null when there is none. */
  reusableFrom: Date | null;
}

/** Months a waybill number stays reserved. */
export const LOGISTICS_NO_RESERVATION_MONTHS = 6;

/**
 * The first instant at which a waybill number created at `createdAt` may be issued again:
 * Beijing midnight after the same day six calendar months later (clamped to month end).
 */
export function logisticsNoReusableFrom(createdAt: Date): Date {
  validTime('createdAt', createdAt);
  const lastReservedDay = addCalendarMonths(chinaDateOf(createdAt), LOGISTICS_NO_RESERVATION_MONTHS);
  return chinaMidnight(lastReservedDay.year, lastReservedDay.month, lastReservedDay.day + 1);
}

/**
 * Whether `claim` may use its logisticsCode + logisticsNo, given the waybill already holding that
 * key (null when none does): ACCEPT, DUPLICATE (same order: answer with the existing waybill) or
 * CONFLICT (another order within six months).
 */
export function logisticsNumberUniqueness(existing: WaybillNumberUse | null, claim: WaybillNumberUse): LogisticsNoUniqueness {
  const claimedAt = validTime('claim.createdAt', claim.createdAt);
  if (existing === null) return { decision: 'ACCEPT', reasons: [], reusableFrom: null };
  if (existing.logisticsCode !== claim.logisticsCode || existing.logisticsNo !== claim.logisticsNo) {
    throw new RangeError('existing must be the waybill holding the claimed logisticsCode and logisticsNo');
  }

  validTime('existing.createdAt', existing.createdAt);
  const number = `${claim.logisticsCode}/${claim.logisticsNo}`;
  const reusableFrom = logisticsNoReusableFrom(existing.createdAt);
  if (existing.ebpCode === claim.ebpCode && existing.orderNo === claim.orderNo) {
    return {
      decision: 'DUPLICATE',
      reasons: [{ code: 'SAME_ORDER_RESUBMITTED', message: `waybill ${number} already exists for order ${claim.ebpCode}/${claim.orderNo}` }],
      reusableFrom,
    };
  }
  if (claimedAt >= reusableFrom.getTime()) {
    return {
      decision: 'ACCEPT',
      reasons: [{
        code: 'REUSED_AFTER_SIX_MONTHS',
        message: `waybill number ${number} was last used on ${beijingDateTime(existing.createdAt)} and is free again since ${beijingDateTime(reusableFrom)}`,
      }],
      reusableFrom,
    };
  }
  return {
    decision: 'CONFLICT',
    reasons: [{
      code: 'LOGISTICS_NO_IN_USE',
      message: `waybill number ${number} is used by order ${existing.ebpCode}/${existing.orderNo} since ${beijingDateTime(existing.createdAt)} `
        + `and may not be reused before ${beijingDateTime(reusableFrom)}`,
    }],
    reusableFrom,
  };
}

function validTime(field: string, date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError(`${field} must be a valid date`);
  return time;
}

/** "2027-03-01 00:00:00 (UTC+08:00)": messages speak the calendar the rule is counted in. */
function beijingDateTime(date: Date): string {
  return `${formatChinaDateTime(date)} (UTC+08:00)`;
}
