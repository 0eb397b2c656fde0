import type Decimal from 'decimal.js';
import { ExactDecimal, chinaCalendarYear, parseDecimalField } from '@zone/common';

/**
 * Individuals' annual FX convenience quota (个人年度便利化额度).
 *
 * Sources: 《个人外汇管理办法实施细则》(汇发〔2007〕1号) art. 2: each person may settle and buy up
 * to the equivalent of USD 50,000 a year under the convenience quota; the zone plans
 * (粤府函〔2022〕58号: "境内个人办理跨境电子商务项下结售汇，提供有交易额的证明材料或交易电子信息的，不占用个人年度
 * 便利化额度"); domain brief §5.9.
 *
 * The quota is per calendar year in Beijing time (UTC+08:00); callers sum a person's usage of the
 * year `quotaYear` names. A total of exactly USD 50,000.00 is within the quota.
 */

/** The annual quota, USD. */
export const INDIVIDUAL_ANNUAL_QUOTA_USD = '50000.00';

export type QuotaReasonCode = 'ANNUAL_QUOTA_EXCEEDED' | 'NOT_COUNTED_TRANSACTION_DATA';

export interface QuotaReason {
  code: QuotaReasonCode;
  message: string;
}

export interface QuotaOutcome {
  allowed: boolean;
  /** Whether the amount counts against this year's quota. */
  consumesQuota: boolean;
  /** Usage of the year after this settlement (unchanged when refused or not counted), USD. */
  usedAfter: string;
  /** Quota left after this settlement, USD; never below 0.00. */
  remaining: string;
  /** Why the quota was not used: refused above the quota, or not counted for transaction data. */
  reason?: QuotaReason;
}

/** The quota year of an instant: its calendar year in Beijing time. */
export function quotaYear(at: Date): number {
  if (Number.isNaN(at.getTime())) throw new RangeError('at must be a valid date');
  return chinaCalendarYear(at);
}

/**
 * The quota after a settlement of `amountUsd` by a person who has used `usedUsd` this year.
 * Settlement backed by transaction data is always allowed and never consumes the quota.
 */
export function quotaAfter(usedUsd: string, amountUsd: string, backedByTransactionData: boolean): QuotaOutcome {
  const used = parseDecimalField('usedUsd', usedUsd, { min: 'zero', maxDecimals: 2 });
  const amount = parseDecimalField('amountUsd', amountUsd, { min: 'positive', maxDecimals: 2 });
  const quota = new ExactDecimal(INDIVIDUAL_ANNUAL_QUOTA_USD);
  const remainingOf = (usage: Decimal) => ExactDecimal.max(quota.minus(usage), 0).toFixed(2);

  if (backedByTransactionData) {
    return {
      allowed: true,
      consumesQuota: false,
      usedAfter: used.toFixed(2),
      remaining: remainingOf(used),
      reason: { code: 'NOT_COUNTED_TRANSACTION_DATA', message: 'cross-border e-commerce settlement backed by transaction data does not use the annual quota' },
    };
  }
  const total = used.plus(amount);
  if (total.lte(quota)) {
    return { allowed: true, consumesQuota: true, usedAfter: total.toFixed(2), remaining: remainingOf(total) };
  }
  return {
    allowed: false,
    consumesQuota: false,
    usedAfter: used.toFixed(2),
    remaining: remainingOf(used),
    reason: {
      code: 'ANNUAL_QUOTA_EXCEEDED',
      message: `USD ${amount.toFixed(2)} on top of USD ${used.toFixed(2)} used would exceed the annual quota of USD ${INDIVIDUAL_ANNUAL_QUOTA_USD} by USD ${total.minus(quota).toFixed(2)}`,
    },
  };
}

/**
 * Whether a settlement uses a person's quota: only a resident's (a payer identified by resident
 * ID; payers abroad have no quota here) and only when transaction electronic information does not
 * back it, since cross-border e-commerce settlement backed by it does not use the quota.
 */
export function usesIndividualQuota(payerIsResident: boolean, backedByTransactionData: boolean): boolean {
  return payerIsResident && !backedByTransactionData;
}

export interface QuotaStanding {
  quotaUsd: string;
  usedUsd: string;
  /** Quota left, never below 0.00. */
  remainingUsd: string;
  /** Usage above the quota (settled beyond it, e.g. before the quota was known to forex). */
  exceeded: boolean;
}

/** Where a person stands with the year's quota after using `usedUsd`. */
export function quotaStanding(usedUsd: string): QuotaStanding {
  const used = parseDecimalField('usedUsd', usedUsd, { min: 'zero', maxDecimals: 2 });
  const quota = new ExactDecimal(INDIVIDUAL_ANNUAL_QUOTA_USD);
  return {
    quotaUsd: INDIVIDUAL_ANNUAL_QUOTA_USD,
    usedUsd: used.toFixed(2),
    remainingUsd: ExactDecimal.max(quota.minus(used), 0).toFixed(2),
    exceeded: used.gt(quota),
  };
}
