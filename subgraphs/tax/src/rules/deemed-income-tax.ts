import Decimal from 'decimal.js';
import { parseDecimalField } from '@zone/common';

/**
 * 核定征收: corporate income tax of a pilot-zone retail exporter levied on a deemed profit rate.
 *
 * Sources: 国家税务总局《关于跨境电子商务综合试验区零售出口企业所得税核定征收有关问题的公告》
 * (国家税务总局公告2019年第36号): the deemed profit rate (应税所得率) is 4% of revenue, and an
 * enterprise that meets the small low-profit conditions keeps that preference; the zone plans
 * (粤府函〔2022〕58号: "实行核定征收的跨境电子商务企业符合小型微利企业优惠政策条件的，可享受小型微利企业所得税优惠政策");
 * domain brief §5.7.
 * Small low-profit enterprise (小型微利企业): taxable income <= CNY 3,000,000, employees <= 300,
 * total assets <= CNY 50,000,000 (conditions of 财税〔2019〕13号, restated in 财政部 税务总局公告2023年
 * 第12号); its taxable income is reduced to 25% and taxed at 20%, an effective 5% (2023年第12号,
 * in force to 2027-12-31). Otherwise the standard rate of 25% applies (企业所得税法 art. 4).
 *
 * Taxable income is rounded to the fen (half up) before the conditions are tested, so that the
 * figure reported is the figure judged: revenue of 75,000,000.12 gives 3,000,000.0048, reported
 * and judged as 3,000,000.00. Tax due is rounded once, to the fen, half up.
 */

/** 应税所得率 of 国家税务总局公告2019年第36号. */
export const DEEMED_PROFIT_RATE = '0.04';
/** Standard corporate income tax rate. */
export const STANDARD_RATE = '0.25';
/** Upper limits (inclusive) of a small low-profit enterprise. */
export const SMALL_LOW_PROFIT_LIMITS = {
  taxableIncome: '3000000.00',
  employees: 300,
  totalAssets: '50000000.00',
} as const;
/** Share of a small low-profit enterprise's taxable income that is taxed, and the rate it is taxed at. */
export const SMALL_LOW_PROFIT_INCOME_SHARE = '0.25';
export const SMALL_LOW_PROFIT_RATE = '0.20';
/** 25% × 20%. */
export const SMALL_LOW_PROFIT_EFFECTIVE_RATE = '0.05';

export type SmallLowProfitReasonCode = 'TAXABLE_INCOME_ABOVE_LIMIT' | 'EMPLOYEES_ABOVE_LIMIT' | 'TOTAL_ASSETS_ABOVE_LIMIT';

export interface SmallLowProfitReason {
  code: SmallLowProfitReasonCode;
  message: string;
}

export type SmallLowProfitConditionKind = 'TAXABLE_INCOME' | 'EMPLOYEES' | 'TOTAL_ASSETS';

/** One small low-profit condition as judged: the figure, the inclusive limit and whether it holds. */
export interface SmallLowProfitCondition {
  condition: SmallLowProfitConditionKind;
  value: string;
  limit: string;
  met: boolean;
}

export interface DeemedIncomeTaxInput {
  /** Revenue of the tax year (收入总额), CNY, at most 2 decimals. */
  revenue: string;
  /**
   * Employees (从业人数) as the annual average of quarterly averages, which may be fractional
   * (e.g. 300.5), hence a number and not an integer.
   */
  employees: number;
  /** Total assets (资产总额), annual average, CNY, at most 2 decimals. */
  totalAssets: string;
}

export interface DeemedIncomeTax {
  /** revenue × 4%, rounded to the fen. */
  taxableIncome: string;
  smallLowProfit: boolean;
  /** The three conditions in the order of the notice, each with its figure and limit. */
  conditions: SmallLowProfitCondition[];
  /** Every small low-profit condition that fails; empty when the preference applies. */
  reasons: SmallLowProfitReason[];
  /** Effective rate on taxable income: "0.05" with the preference, "0.25" without. */
  rateApplied: string;
  /** Tax due, CNY, rounded to the fen half up. */
  taxDue: string;
}

const fen = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** Corporate income tax of a zone retail exporter under deemed levy, with its small low-profit status. */
export function deemedIncomeTax(input: DeemedIncomeTaxInput): DeemedIncomeTax {
  const revenue = parseDecimalField('revenue', input.revenue, { min: 'zero', maxDecimals: 2 });
  const totalAssets = parseDecimalField('totalAssets', input.totalAssets, { min: 'zero', maxDecimals: 2 });
  if (!Number.isFinite(input.employees) || input.employees < 0) {
    throw new RangeError(`employees must be a finite number not below 0, got ${input.employees}`);
  }

  const taxableIncome = fen(revenue.mul(DEEMED_PROFIT_RATE));
  const reasons: SmallLowProfitReason[] = [];
  if (taxableIncome.gt(SMALL_LOW_PROFIT_LIMITS.taxableIncome)) {
    reasons.push({
      code: 'TAXABLE_INCOME_ABOVE_LIMIT',
      message: `taxable income ${taxableIncome.toFixed(2)} exceeds CNY ${SMALL_LOW_PROFIT_LIMITS.taxableIncome}`,
    });
  }
  if (input.employees > SMALL_LOW_PROFIT_LIMITS.employees) {
    reasons.push({ code: 'EMPLOYEES_ABOVE_LIMIT', message: `${input.employees} employees exceed ${SMALL_LOW_PROFIT_LIMITS.employees}` });
  }
  if (totalAssets.gt(SMALL_LOW_PROFIT_LIMITS.totalAssets)) {
    reasons.push({
      code: 'TOTAL_ASSETS_ABOVE_LIMIT',
      message: `total assets ${totalAssets.toFixed(2)} exceed CNY ${SMALL_LOW_PROFIT_LIMITS.totalAssets}`,
    });
  }

  const conditions: SmallLowProfitCondition[] = [
    { condition: 'TAXABLE_INCOME', value: taxableIncome.toFixed(2), limit: SMALL_LOW_PROFIT_LIMITS.taxableIncome, met: taxableIncome.lte(SMALL_LOW_PROFIT_LIMITS.taxableIncome) },
    { condition: 'EMPLOYEES', value: String(input.employees), limit: String(SMALL_LOW_PROFIT_LIMITS.employees), met: input.employees <= SMALL_LOW_PROFIT_LIMITS.employees },
    { condition: 'TOTAL_ASSETS', value: totalAssets.toFixed(2), limit: SMALL_LOW_PROFIT_LIMITS.totalAssets, met: totalAssets.lte(SMALL_LOW_PROFIT_LIMITS.totalAssets) },
  ];
  const smallLowProfit = reasons.length === 0;
  const taxDue = smallLowProfit
    ? fen(taxableIncome.mul(SMALL_LOW_PROFIT_INCOME_SHARE).mul(SMALL_LOW_PROFIT_RATE))
    : fen(taxableIncome.mul(STANDARD_RATE));
  return {
    taxableIncome: taxableIncome.toFixed(2),
    smallLowProfit,
    conditions,
    reasons,
    rateApplied: smallLowProfit ? SMALL_LOW_PROFIT_EFFECTIVE_RATE : STANDARD_RATE,
    taxDue: taxDue.toFixed(2),
  };
}
