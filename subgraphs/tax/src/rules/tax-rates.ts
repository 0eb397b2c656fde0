import { decimalFieldProblem } from '@zone/common';

/**
 * Statutory rates of the taxes levied on a retail import, by HS code prefix.
 *
 * Sources of the defaults:
 * - VAT: 13% standard rate, 9% for the goods of the lower-rate list (增值税暂行条例 art. 2(2), rate
 *   cut from 10% to 9% by 财政部 税务总局 海关总署公告2019年第39号, kept by 增值税法 art. 10(2) from
 *   2026-01-01): among them grain, edible vegetable oils, and books, newspapers and periodicals.
 *   The default covers only headings that are unambiguously of that list: chapter 10 (cereals),
 *   1509 (olive oil, an edible vegetable oil), 4901 (printed books), 4902 (newspapers and
 *   periodicals), 4903 (children's picture books).
 * - Consumption tax (消费税暂行条例, 税目税率表): 3304 high-end beauty and make-up preparations 15%
 *   (财税〔2016〕103号), 2204 wine 10% (其他酒). Jewellery (7113) and watches (9101/9102) are not in
 *   the default: jewellery of gold, silver and platinum is taxed at retail, not on import
 *   (财税〔1994〕95号), and only watches selling at CNY 10,000 or more are taxed (财税〔2006〕33号),
 *   neither of which an HS prefix can tell; a deployment that knows its goods configures them.
 * - Tariff (customs tariff, 进出口税则): charged only outside the retail preference. The default
 *   knows one most-favoured-nation rate, 14% for wine in containers of 2 litres or less (220421);
 *   a full-tax line whose goods have no configured tariff rate is refused rather than taxed at a
 *   guessed rate.
 *
 * The longest matching prefix wins, field by field: a table entry for 330499 with only a
 * consumption tax rate keeps the VAT rate of a shorter entry or the default.
 */

export interface TaxRateEntry {
  /** Statutory VAT rate, e.g. "0.09". */
  vatRate?: string;
  /** Statutory ad valorem consumption tax rate, e.g. "0.15". */
  consumptionTaxRate?: string;
  /** Statutory (MFN) tariff rate, e.g. "0.14". */
  tariffRate?: string;
  /** Where the rates come from, shown on the bill. */
  basis: string;
}

/** HS code prefix (2 to 10 digits) to the rates it carries. */
export type TaxRateTable = Readonly<Record<string, TaxRateEntry>>;

export const STANDARD_VAT_RATE = '0.13';
export const STANDARD_VAT_BASIS = '增值税 13% (增值税暂行条例 art. 2, 2019年第39号)';

const LOWER_VAT = (goods: string): TaxRateEntry => ({ vatRate: '0.09', basis: `增值税 9% lower rate: ${goods} (2019年第39号)` });

export const DEFAULT_TAX_RATE_TABLE: TaxRateTable = {
  '10': LOWER_VAT('cereals (粮食)'),
  '1509': LOWER_VAT('olive oil (食用植物油)'),
  '4901': LOWER_VAT('books (图书)'),
  '4902': LOWER_VAT('newspapers and periodicals (报纸、杂志)'),
  '4903': LOWER_VAT('children\'s picture books (图书)'),
  '3304': { consumptionTaxRate: '0.15', basis: '消费税 15% high-end cosmetics (财税〔2016〕103号)' },
  '2204': { consumptionTaxRate: '0.10', basis: '消费税 10% wine (其他酒, 消费税暂行条例 税目税率表)' },
  '220421': { tariffRate: '0.14', basis: 'tariff 14% MFN, wine in containers of 2 l or less (进出口税则)' },
};

export interface StatutoryRates {
  vatRate: string;
  consumptionTaxRate: string;
  /** Null when no tariff rate is configured for the goods. */
  tariffRate: string | null;
  /** The sources of the rates applied, most specific first. */
  basis: string;
}

/** Problems of a rate table, as "<prefix>.<field>: reason"; empty when it is usable. */
export function taxRateTableProblems(table: TaxRateTable): string[] {
  const problems: string[] = [];
  for (const [prefix, entry] of Object.entries(table)) {
    if (!/^\d{2,10}$/.test(prefix)) problems.push(`${prefix}: an HS prefix must be 2 to 10 digits`);
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${prefix}: must be an object`);
      continue;
    }
    for (const field of ['vatRate', 'consumptionTaxRate', 'tariffRate'] as const) {
      const value = entry[field];
      if (value === undefined) continue;
      const problem = typeof value === 'string' ? decimalFieldProblem(value, { min: 'zero' }) : 'must be a decimal string';
      if (problem !== null) problems.push(`${prefix}.${field}: ${problem}`);
      else if (Number(value) >= 1) problems.push(`${prefix}.${field}: must be below 1`);
    }
    if (typeof entry.basis !== 'string' || entry.basis.trim() === '') problems.push(`${prefix}.basis: must name the source of the rates`);
  }
  return problems;
}

/** The statutory rates of a 10-digit HS code: for each rate the entry of the longest matching prefix. */
export function statutoryRatesOf(hsCode: string, table: TaxRateTable = DEFAULT_TAX_RATE_TABLE): StatutoryRates {
  if (!/^\d{10}$/.test(hsCode)) throw new RangeError(`hsCode must be 10 digits, got ${JSON.stringify(hsCode)}`);
  const matching = Object.keys(table)
    .filter((prefix) => hsCode.startsWith(prefix))
    .sort((a, b) => b.length - a.length)
    .map((prefix) => table[prefix]!);
  const pick = (field: 'vatRate' | 'consumptionTaxRate' | 'tariffRate') => matching.find((entry) => entry[field] !== undefined);
  const vat = pick('vatRate');
  const consumption = pick('consumptionTaxRate');
  const tariff = pick('tariffRate');
  const bases = [vat?.basis ?? STANDARD_VAT_BASIS, consumption?.basis, tariff?.basis].filter((b): b is string => b !== undefined);
  return {
    vatRate: vat?.vatRate ?? STANDARD_VAT_RATE,
    consumptionTaxRate: consumption?.consumptionTaxRate ?? '0',
    tariffRate: tariff?.tariffRate ?? null,
    basis: [...new Set(bases)].join('; '),
  };
}
