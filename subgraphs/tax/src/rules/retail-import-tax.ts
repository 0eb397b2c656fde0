import Decimal from 'decimal.js';

/** Share of the statutory import VAT and consumption tax levied within the retail limits (财关税〔2018〕49号). */
export const RETAIL_REDUCTION = new Decimal('0.7');

export interface RetailImportTaxInput {
  /** Actual transaction price including freight and insurance (CNY). */
  dutiableValue: string;
  /** Statutory VAT rate, e.g. "0.13". */
  vatRate: string;
  /** Statutory ad valorem consumption tax rate, e.g. "0.15"; "0" when none applies. */
  consumptionTaxRate: string;
  /** Statutory tariff rate; charged only when the retail preference does not apply. */
  tariffRate: string;
  /** Within the per-order and annual limits: tariff 0, VAT and consumption tax at 70%. */
  preferential: boolean;
}

export interface RetailImportTax {
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
  totalTax: string;
  /** Rates as applied (after the 70% reduction when preferential). */
  appliedVatRate: string;
  appliedConsumptionTaxRate: string;
}

const money = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * Tax on a retail import: consumption tax on the composite base (value + tariff) / (1 - rate),
 * VAT on value + tariff + consumption tax; each component rounded to the fen.
 * 13% VAT and no consumption tax within the limits gives 9.1% of the dutiable value.
 */
export function retailImportTax(input: RetailImportTaxInput): RetailImportTax {
  const value = new Decimal(input.dutiableValue);
  const vat = new Decimal(input.vatRate);
  const ct = new Decimal(input.consumptionTaxRate);
  if (value.isNegative()) throw new RangeError('dutiableValue must not be negative');
  if (ct.gte(1) || ct.isNegative()) throw new RangeError('consumptionTaxRate must be in [0, 1)');
  const factor = input.preferential ? RETAIL_REDUCTION : new Decimal(1);
  const tariff = input.preferential ? new Decimal(0) : money(value.mul(input.tariffRate));
  const consumptionBase = value.plus(tariff).div(new Decimal(1).minus(ct));
  const statutoryConsumption = consumptionBase.mul(ct);
  const statutoryVat = value.plus(tariff).plus(statutoryConsumption).mul(vat);
  const consumptionTax = money(statutoryConsumption.mul(factor));
  const valueAddedTax = money(statutoryVat.mul(factor));
  return {
    customsTax: tariff.toFixed(2),
    valueAddedTax: valueAddedTax.toFixed(2),
    consumptionTax: consumptionTax.toFixed(2),
    totalTax: tariff.plus(valueAddedTax).plus(consumptionTax).toFixed(2),
    appliedVatRate: vat.mul(factor).toString(),
    appliedConsumptionTaxRate: ct.mul(factor).toString(),
  };
}
