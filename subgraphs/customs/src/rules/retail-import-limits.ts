/**
 * Personal limits of cross-border e-commerce retail imports, 财关税〔2018〕49号 (in force
 * 2019-01-01, raising the limits of 财关税〔2016〕18号): CNY 5,000 per transaction and CNY 26,000 per
 * person per calendar year. Within both, tariff is 0 and import VAT and consumption tax are levied
 * at 70% of the statutory amount. An order of one single item above the per-transaction limit may
 * still come in through the retail channel at full tax while the year's total stays within the
 * annual limit ("完税价格超过5000元单次交易限值但低于26000元年度交易限值，且订单下仅一件商品时…
 * 按照货物税率全额征收…交易额计入年度交易总额"); anything else above a limit is general trade and
 * is refused as a retail list.
 *
 * Amounts are CNY dutiable values (actual transaction price including freight and insurance), as
 * exact decimal strings.
 */
import Decimal from 'decimal.js';
import { formatAmount, parseNonNegativeAmount, type RuleReason } from './rule-reason';

export { chinaCalendarYear, chinaCalendarYearRange } from '@zone/common';

/** Per-transaction limit (单次交易限值), CNY; a value equal to it is within. */
export const SINGLE_TRANSACTION_LIMIT_CNY = new Decimal('5000');
/** Per-person calendar-year limit (年度交易限值), CNY; a year total equal to it is within. */
export const ANNUAL_LIMIT_CNY = new Decimal('26000');

/**
 * - PREFERENTIAL: within both limits; tariff 0, VAT and consumption tax at 70%; counts toward the year.
 * - FULL_TAX_SINGLE_ITEM: one indivisible item above the per-transaction limit, year still within
 *   the annual limit; full tariff, VAT and consumption tax; counts toward the year.
 * - REFUSED_SINGLE_LIMIT: above the per-transaction limit and not one indivisible item.
 * - REFUSED_ANNUAL_LIMIT: the year's total would exceed the annual limit.
 */
export type RetailImportLimitOutcome = 'PREFERENTIAL' | 'FULL_TAX_SINGLE_ITEM' | 'REFUSED_SINGLE_LIMIT' | 'REFUSED_ANNUAL_LIMIT';

export type RetailImportLimitReasonCode = 'SINGLE_LIMIT_EXCEEDED' | 'ANNUAL_LIMIT_EXCEEDED';

export interface RetailImportLimitInput {
  /** Dutiable value of this order in CNY: goods + freight + insurance. */
  dutiableValue: string;
  /** Pieces (件) in the order, summed over its lines; at least 1. */
  itemCount: number;
  /** The goods cannot be split into separate parcels (不可分割), e.g. one appliance rather than a set. */
  indivisible: boolean;
  /** What the buyer has already used of the annual limit in this Beijing calendar year, CNY. */
  usedThisYear: string;
}

export interface RetailImportLimitAssessment {
  outcome: RetailImportLimitOutcome;
  /**
   * Every limit the order breaks, empty unless refused. An order may break both, and three-document
   * matching reports both, although the outcome can name only one.
   */
  reasons: RuleReason<RetailImportLimitReasonCode>[];
}

/**
 * Where a retail import order stands against the personal limits. When an order breaks both
 * limits the outcome is REFUSED_SINGLE_LIMIT, the one that a fresh annual allowance would not cure.
 * A single indivisible item over 5,000 that breaks the annual limit is refused for the annual limit
 * only: with allowance left it would have been accepted at full tax.
 */
export function assessRetailImportLimits(input: RetailImportLimitInput): RetailImportLimitAssessment {
  const value = parseNonNegativeAmount('dutiableValue', input.dutiableValue);
  const used = parseNonNegativeAmount('usedThisYear', input.usedThisYear);
  if (!Number.isInteger(input.itemCount) || input.itemCount < 1) {
    throw new RangeError(`itemCount must be a whole number of at least 1, got ${input.itemCount}`);
  }

  const aboveSingleLimit = value.gt(SINGLE_TRANSACTION_LIMIT_CNY);
  const singleIndivisibleItem = input.itemCount === 1 && input.indivisible;
  const yearTotal = used.plus(value);
  const aboveAnnualLimit = yearTotal.gt(ANNUAL_LIMIT_CNY);

  const reasons: RuleReason<RetailImportLimitReasonCode>[] = [];
  if (aboveSingleLimit && !singleIndivisibleItem) {
    reasons.push({
      code: 'SINGLE_LIMIT_EXCEEDED',
      message:
        `dutiable value CNY ${formatAmount(value)} exceeds the CNY 5,000.00 per-transaction limit and the order is not `
        + `a single indivisible item (财关税〔2018〕49号)`,
    });
  }
  if (aboveAnnualLimit) {
    reasons.push({
      code: 'ANNUAL_LIMIT_EXCEEDED',
      message:
        `CNY ${formatAmount(used)} already used this year plus CNY ${formatAmount(value)} makes CNY ${formatAmount(yearTotal)}, `
        + `above the CNY 26,000.00 annual limit (财关税〔2018〕49号)`,
    });
  }

  if (aboveSingleLimit && !singleIndivisibleItem) return { outcome: 'REFUSED_SINGLE_LIMIT', reasons };
  if (aboveAnnualLimit) return { outcome: 'REFUSED_ANNUAL_LIMIT', reasons };
  return { outcome: aboveSingleLimit ? 'FULL_TAX_SINGLE_ITEM' : 'PREFERENTIAL', reasons };
}

/** Whether the outcome lets the list in, and so charges the order to the buyer's year. */
export function countsTowardAnnualLimit(outcome: RetailImportLimitOutcome): boolean {
  return outcome === 'PREFERENTIAL' || outcome === 'FULL_TAX_SINGLE_ITEM';
}

/**
 * The buyer's used amount once this order is settled: accepted orders, full-tax single items
 * included, count toward the year; refused ones do not.
 */
export function annualUsageAfter(used: string, value: string, outcome: RetailImportLimitOutcome): string {
  const usedAmount = parseNonNegativeAmount('used', used);
  const orderValue = parseNonNegativeAmount('value', value);
  return formatAmount(countsTowardAnnualLimit(outcome) ? usedAmount.plus(orderValue) : usedAmount);
}

/**
 * How the tax office taxes an accepted retail import (the contract field
 * InventoryList.retailTaxTreatment): PREFERENTIAL within both limits (tariff 0, VAT and consumption
 * tax at 70%), FULL_TAX for a single indivisible item above the per-transaction limit; null when
 * the limits refuse the order.
 */
export type RetailTaxTreatment = 'PREFERENTIAL' | 'FULL_TAX';

export function retailTaxTreatmentOf(outcome: RetailImportLimitOutcome): RetailTaxTreatment | null {
  if (outcome === 'PREFERENTIAL') return 'PREFERENTIAL';
  if (outcome === 'FULL_TAX_SINGLE_ITEM') return 'FULL_TAX';
  return null;
}
