import Decimal from 'decimal.js';
import { ExactDecimal, chinaCalendarYearRange, chinaDateOf, formatChinaDate, parseDecimalField } from '@zone/common';

/**
 * Exemption from the trade FX directory (贸易外汇收支企业名录) for small cross-border e-commerce
 * enterprises.
 *
 * Source: 国家外汇管理局《关于支持贸易新业态发展的通知》(汇发〔2020〕11号): an enterprise whose
 * annual goods-trade FX receipts or payments are below USD 200,000 (exclusive) need not register
 * in the directory; restated in the zone plans (粤府函〔2022〕58号: "年度货物贸易收汇或付汇累计金额
 * 低于等值20万美元（不含）的小微跨境电子商务企业，可免于办理'贸易外汇收支企业名录'登记"); domain
 * brief §5.8. At or above the threshold a bank must see the registration before handling the
 * enterprise's goods-trade FX.
 *
 * Both texts read "收汇或付汇累计金额": receipts or payments. This module sums receipts and
 * payments into one volume, the stricter reading: a sum below the threshold means each direction
 * is below it, so it never exempts an enterprise that the per-direction reading would not.
 * The volume is rounded to the cent (half up) before it is compared, so the figure reported is
 * the figure judged.
 */

/** The directory threshold, USD; volumes at or above it require registration. */
export const DIRECTORY_THRESHOLD_USD = '200000.00';

export type DirectoryStatus = 'EXEMPT' | 'REGISTERED' | 'REGISTRATION_REQUIRED';

/** One goods-trade FX receipt or payment; the direction does not matter, both count. */
export interface FxTransaction {
  /** Amount, a non-negative decimal string with at most 2 decimals. */
  amount: string;
  /** ISO 4217 code, e.g. "CNY". */
  currency: string;
}

/**
 * Rate of each currency to USD: how many USD one unit is worth (CNY "0.1389" means 1 CNY =
 * 0.1389 USD). USD itself needs no entry; an entry for it must be 1.
 */
export type UsdRates = Readonly<Record<string, string>>;

/**
 * The enterprise's annual goods-trade FX volume in USD: every receipt and payment converted
 * exactly, summed, rounded to the cent half up. Throws on an unknown currency, a malformed
 * amount or rate, naming the transaction.
 */
export function annualFxVolumeUsd(transactions: readonly FxTransaction[], usdRates: UsdRates): string {
  const rates = checkedRates(usdRates);
  return volumeUsd(transactions, (transaction, i) => {
    const rate = rates.get(transaction.currency);
    if (rate === undefined) {
      const known = ['USD', ...[...rates.keys()].filter((code) => code !== 'USD')].join(', ');
      throw new RangeError(`transactions[${i}].currency ${JSON.stringify(transaction.currency)} has no USD rate (rates given for: ${known})`);
    }
    return rate;
  });
}

function volumeUsd<T extends FxTransaction>(transactions: readonly T[], rateOf: (transaction: T, index: number) => Decimal): string {
  let total = new ExactDecimal(0);
  transactions.forEach((transaction, i) => {
    const amount = parseDecimalField(`transactions[${i}].amount`, transaction.amount, { min: 'zero', maxDecimals: 2 });
    total = total.plus(amount.mul(rateOf(transaction, i)));
  });
  return total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * A conversion rate to USD as SAFE publishes it monthly (国家外汇管理局 各种货币对美元折算率): in
 * force from its month until the next month with a rate for the currency.
 */
export interface UsdRateEntry {
  /** ISO 4217 code. */
  currency: string;
  /** First month the rate applies to, YYYY-MM. */
  month: string;
  /** USD per unit, positive. */
  usdPerUnit: string;
}

/** A receipt or payment with the month (YYYY-MM, Beijing time) whose rate converts it. */
export interface DatedFxTransaction extends FxTransaction {
  month: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether a string is a month YYYY-MM. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The month (YYYY-MM) of an instant in Beijing time: the month whose rate converts it. */
export function fxMonthOf(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('at must be a valid date');
  return formatChinaDate(chinaDateOf(at)).slice(0, 7);
}

/** The instants of a calendar year in Beijing time, [start, end): the year the volume is counted over. */
export function fxYearBounds(year: number): { start: Date; end: Date } {
  if (!Number.isInteger(year) || year < 1970 || year > 9998) throw new RangeError(`year must be a whole year from 1970 to 9998, got ${year}`);
  return chinaCalendarYearRange(year);
}

/**
 * The rate in force for a currency in a month: the entry of the latest month at or before it.
 * USD is always 1; undefined when the currency has no rate that early.
 */
export function usdRateInForce(rates: readonly UsdRateEntry[], currency: string, month: string): string | undefined {
  if (!isMonth(month)) throw new RangeError(`month must be YYYY-MM, got ${JSON.stringify(month)}`);
  if (currency === 'USD') return '1';
  let best: UsdRateEntry | undefined;
  for (const rate of rates) {
    if (rate.currency !== currency || rate.month > month) continue;
    if (best === undefined || rate.month > best.month) best = rate;
  }
  return best?.usdPerUnit;
}

export interface DirectoryVolume {
  receiptsUsd: string;
  paymentsUsd: string;
  /** receiptsUsd + paymentsUsd: the figure judged against the threshold. */
  totalUsd: string;
}

/**
 * An enterprise's annual goods-trade FX in USD: receipts and payments each converted at the rate
 * in force in their month, summed exactly and rounded to the cent half up; the total is the sum
 * of the two rounded figures, so that the three reported figures add up. Throws when a
 * transaction has no rate in force, naming it.
 */
export function directoryVolume(
  receipts: readonly DatedFxTransaction[],
  payments: readonly DatedFxTransaction[],
  rates: readonly UsdRateEntry[],
): DirectoryVolume {
  for (const [i, rate] of rates.entries()) {
    if (!/^[A-Z]{3}$/.test(rate.currency)) throw new RangeError(`rates[${i}].currency must be a three-letter ISO 4217 code`);
    if (!isMonth(rate.month)) throw new RangeError(`rates[${i}].month must be YYYY-MM`);
    parseDecimalField(`rates[${i}].usdPerUnit`, rate.usdPerUnit, { min: 'positive' });
  }
  const receiptsUsd = usdVolume(receipts, rates, 'receipts');
  const paymentsUsd = usdVolume(payments, rates, 'payments');
  return { receiptsUsd, paymentsUsd, totalUsd: new ExactDecimal(receiptsUsd).plus(paymentsUsd).toFixed(2) };
}

/**
 * Transactions converted to USD, each at the rate in force in its month, summed exactly and
 * rounded to the cent half up. Throws when one has no rate in force, naming it as `what[i]`.
 */
export function usdVolume(transactions: readonly DatedFxTransaction[], rates: readonly UsdRateEntry[], what: string): string {
  return volumeUsd(transactions, (transaction, i) => {
    const rate = usdRateInForce(rates, transaction.currency, transaction.month);
    if (rate === undefined) throw new RangeError(`${what}[${i}]: no USD rate for ${transaction.currency} is in force in ${transaction.month}`);
    return new ExactDecimal(rate);
  });
}

/** Whether a volume is below the threshold (exclusive): the exemption, whatever the registration. */
export function exemptFromDirectory(volumeUsd: string): boolean {
  return parseDecimalField('volumeUsd', volumeUsd, { min: 'zero' }).lt(DIRECTORY_THRESHOLD_USD);
}

/**
 * Whether a bank may proceed without a directory registration. A registered enterprise is
 * REGISTERED whatever its volume; an unregistered one is EXEMPT below USD 200,000.00 and
 * REGISTRATION_REQUIRED from USD 200,000.00 on.
 */
export function directoryStatus(volumeUsd: string, registered: boolean): DirectoryStatus {
  const volume = parseDecimalField('volumeUsd', volumeUsd, { min: 'zero' });
  if (registered) return 'REGISTERED';
  return volume.lt(DIRECTORY_THRESHOLD_USD) ? 'EXEMPT' : 'REGISTRATION_REQUIRED';
}

/** The rates as a Map (so that "constructor" or "__proto__" is simply unknown), USD included. */
function checkedRates(usdRates: UsdRates): Map<string, Decimal> {
  const rates = new Map<string, Decimal>([['USD', new ExactDecimal(1)]]);
  for (const [currency, raw] of Object.entries(usdRates)) {
    if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`usdRates key ${JSON.stringify(currency)} must be a three-letter ISO 4217 code`);
    const rate = parseDecimalField(`usdRates.${currency}`, raw, { min: 'positive' });
    if (currency === 'USD' && !rate.eq(1)) throw new RangeError(`usdRates.USD must be 1, got ${JSON.stringify(raw)}`);
    rates.set(currency, rate);
  }
  return rates;
}
