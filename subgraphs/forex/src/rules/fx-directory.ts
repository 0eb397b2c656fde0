import Decimal from 'decimal.js';
import { ExactDecimal, parseDecimalField } from '@zone/common';

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
  let total = new ExactDecimal(0);
  transactions.forEach((transaction, i) => {
    const amount = parseDecimalField(`transactions[${i}].amount`, transaction.amount, { min: 'zero', maxDecimals: 2 });
    const rate = rates.get(transaction.currency);
    if (rate === undefined) {
      const known = ['USD', ...[...rates.keys()].filter((code) => code !== 'USD')].join(', ');
      throw new RangeError(`transactions[${i}].currency ${JSON.stringify(transaction.currency)} has no USD rate (rates given for: ${known})`);
    }
    total = total.plus(amount.mul(rate));
  });
  return total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
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
