import Decimal from 'decimal.js';
import { parseDecimalField } from '@zone/common';
import { retailImportTax } from './retail-import-tax';
import { DEFAULT_TAX_RATE_TABLE, statutoryRatesOf, type TaxRateTable } from './tax-rates';

/**
 * The tax bill (816 电子税款单) of one retail import list, line by line.
 *
 * Dutiable value (完税价格) of a line = its goods price + its share of the list's freight and
 * insurance (财关税〔2018〕49号: the actual transaction price including freight and insurance).
 * Freight and insurance are shared out in proportion to the lines' goods prices, in whole fen,
 * by largest remainder, so the shares add up exactly to the list's figures.
 * Each line is taxed with retailImportTax at the rates of its HS code; the bill's totals are the
 * sums of its lines, so they add up exactly.
 *
 * PREFERENTIAL (within the CNY 5,000 / 26,000 limits): tariff 0, VAT and consumption tax at 70%.
 * FULL_TAX (a single indivisible item above CNY 5,000 within the annual limit): tariff, VAT and
 * consumption tax in full at the statutory rates; a line with no known tariff rate cannot be taxed.
 */

export type RetailTaxTreatment = 'PREFERENTIAL' | 'FULL_TAX';

export interface TaxableItem {
  gnum: number;
  hsCode: string;
  /** Goods price of the line as declared (totalPrice), CNY. */
  totalPrice: string;
}

export interface RetailImportTaxBillInput {
  treatment: RetailTaxTreatment;
  freight: string;
  insuredFee: string;
  items: readonly TaxableItem[];
}

export interface RetailImportTaxLine {
  gnum: number;
  hsCode: string;
  itemValue: string;
  freightShare: string;
  insuredFeeShare: string;
  dutiableValue: string;
  /** Tariff rate as applied: 0 within the preference. */
  tariffRate: string;
  customsTax: string;
  statutoryVatRate: string;
  vatRate: string;
  valueAddedTax: string;
  statutoryConsumptionTaxRate: string;
  consumptionTaxRate: string;
  consumptionTax: string;
  totalTax: string;
  /** Sources of the rates. */
  rateBasis: string;
}

export interface RetailImportTaxBill {
  treatment: RetailTaxTreatment;
  lines: RetailImportTaxLine[];
  dutiableValue: string;
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
  totalTax: string;
  /** The applied rate when every line has the same, else null (see the lines). */
  vatRate: string | null;
  consumptionTaxRate: string | null;
}

/** Raised for a full-tax line whose goods have no configured tariff rate. */
export class TariffRateUnknownError extends Error {
  constructor(readonly hsCodes: readonly string[]) {
    super(`no tariff rate is configured for HS code ${hsCodes.join(', ')}, so the list cannot be taxed in full`);
    this.name = 'TariffRateUnknownError';
  }
}

const FEN = new Decimal(100);

/**
 * Splits `total` (at most 2 decimals, not negative) over the weights in whole fen, in proportion,
 * by largest remainder (ties to the earlier line); the parts add up to `total` exactly. With all
 * weights zero the total is split evenly.
 */
export function allocateProportionally(total: string, weights: readonly string[]): string[] {
  if (weights.length === 0) throw new RangeError('allocateProportionally needs at least one weight');
  const fen = parseDecimalField('total', total, { min: 'zero', maxDecimals: 2 }).mul(FEN);
  const parsed = weights.map((w, i) => parseDecimalField(`weights[${i}]`, w, { min: 'zero' }));
  const sum = parsed.reduce((a, b) => a.plus(b), new Decimal(0));
  const basis = sum.isZero() ? parsed.map(() => new Decimal(1)) : parsed;
  const basisSum = sum.isZero() ? new Decimal(parsed.length) : sum;
  const exact = basis.map((w) => fen.mul(w).div(basisSum));
  const parts = exact.map((x) => x.floor());
  let left = fen.minus(parts.reduce((a, b) => a.plus(b), new Decimal(0))).toNumber();
  const order = exact.map((x, i) => ({ i, remainder: x.minus(x.floor()) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = parts[i]!.plus(1);
    left -= 1;
  }
  return parts.map((p) => p.div(FEN).toFixed(2));
}

const sum = (values: readonly string[]) => values.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2);
const sameOrNull = (values: readonly string[]) => (values.every((v) => new Decimal(v).eq(values[0]!)) ? values[0]! : null);

/** Computes the bill of one import list: lines in gnum order, totals the sums of the lines. */
export function retailImportTaxBill(input: RetailImportTaxBillInput, table: TaxRateTable = DEFAULT_TAX_RATE_TABLE): RetailImportTaxBill {
  if (input.items.length === 0) throw new RangeError('a list without goods cannot be taxed');
  const items = [...input.items].sort((a, b) => a.gnum - b.gnum);
  items.forEach((item, i) => parseDecimalField(`items[${i}].totalPrice`, item.totalPrice, { min: 'zero', maxDecimals: 2 }));
  const preferential = input.treatment === 'PREFERENTIAL';
  const rates = items.map((item) => statutoryRatesOf(item.hsCode, table));
  if (!preferential) {
    const unknown = items.filter((_, i) => rates[i]!.tariffRate === null).map((item) => item.hsCode);
    if (unknown.length > 0) throw new TariffRateUnknownError([...new Set(unknown)]);
  }
  const prices = items.map((item) => item.totalPrice);
  const freightShares = allocateProportionally(input.freight, prices);
  const insuranceShares = allocateProportionally(input.insuredFee, prices);

  const lines = items.map((item, i): RetailImportTaxLine => {
    const rate = rates[i]!;
    const dutiableValue = new Decimal(item.totalPrice).plus(freightShares[i]!).plus(insuranceShares[i]!).toFixed(2);
    const tax = retailImportTax({
      dutiableValue,
      vatRate: rate.vatRate,
      consumptionTaxRate: rate.consumptionTaxRate,
      tariffRate: rate.tariffRate ?? '0',
      preferential,
    });
    return {
      gnum: item.gnum,
      hsCode: item.hsCode,
      itemValue: new Decimal(item.totalPrice).toFixed(2),
      freightShare: freightShares[i]!,
      insuredFeeShare: insuranceShares[i]!,
      dutiableValue,
      tariffRate: preferential ? '0' : rate.tariffRate!,
      customsTax: tax.customsTax,
      statutoryVatRate: rate.vatRate,
      vatRate: tax.appliedVatRate,
      valueAddedTax: tax.valueAddedTax,
      statutoryConsumptionTaxRate: rate.consumptionTaxRate,
      consumptionTaxRate: tax.appliedConsumptionTaxRate,
      consumptionTax: tax.consumptionTax,
      totalTax: tax.totalTax,
      rateBasis: preferential ? `${rate.basis}; 70% within the retail limits, no tariff (财关税〔2018〕49号)` : `${rate.basis}; full tax (财关税〔2018〕49号)`,
    };
  });
  return {
    treatment: input.treatment,
    lines,
    dutiableValue: sum(lines.map((l) => l.dutiableValue)),
    customsTax: sum(lines.map((l) => l.customsTax)),
    valueAddedTax: sum(lines.map((l) => l.valueAddedTax)),
    consumptionTax: sum(lines.map((l) => l.consumptionTax)),
    totalTax: sum(lines.map((l) => l.totalTax)),
    vatRate: sameOrNull(lines.map((l) => l.vatRate)),
    consumptionTaxRate: sameOrNull(lines.map((l) => l.consumptionTaxRate)),
  };
}
