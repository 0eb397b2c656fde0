import { DEFAULT_REFUND_CANCELLED_HS_PREFIXES } from './rules/invoice-free-exemption';
import { DEFAULT_TAX_RATE_TABLE, taxRateTableProblems, type TaxRateTable } from './rules/tax-rates';

/** Settings of tax beyond those every department has. */
export interface TaxConfig {
  /**
   * TAX_RATE_TABLE: JSON object of HS prefix to `{ vatRate?, consumptionTaxRate?, tariffRate?, basis }`
   * (rates as decimal strings), laid over the default table of rules/tax-rates.ts: an entry for a
   * prefix the default has replaces it, others are added. Default: the built-in table.
   */
  rateTable: TaxRateTable;
  /**
   * TAX_REFUND_CANCELLED_HS_PREFIXES: comma-separated HS prefixes (2 to 10 digits) of goods whose
   * export refund was cancelled, which 无票免税 does not exempt; replaces the default list
   * (coal 2701, coke 2704, wood charcoal 4402, raw hides 4101, modified oils 1518).
   */
  refundCancelledHsPrefixes: readonly string[];
}

/** Reads tax's settings from the environment, failing with the variable's name when one is wrong; call once per process. */
export function loadTaxConfig(env: NodeJS.ProcessEnv): TaxConfig {
  return { rateTable: rateTableOf(env.TAX_RATE_TABLE), refundCancelledHsPrefixes: refundCancelledOf(env.TAX_REFUND_CANCELLED_HS_PREFIXES) };
}

function rateTableOf(raw: string | undefined): TaxRateTable {
  if (raw === undefined || raw.trim() === '') return DEFAULT_TAX_RATE_TABLE;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new Error(`TAX_RATE_TABLE must be a JSON object of HS prefix to rates: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('TAX_RATE_TABLE must be a JSON object of HS prefix to rates');
  const table = { ...DEFAULT_TAX_RATE_TABLE, ...(parsed as TaxRateTable) };
  const problems = taxRateTableProblems(parsed as TaxRateTable);
  if (problems.length > 0) throw new Error(`TAX_RATE_TABLE is wrong: ${problems.join('; ')}`);
  return table;
}

function refundCancelledOf(raw: string | undefined): readonly string[] {
  if (raw === undefined) return DEFAULT_REFUND_CANCELLED_HS_PREFIXES;
  const prefixes = raw.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const wrong = prefixes.filter((p) => !/^\d{2,10}$/.test(p));
  if (wrong.length > 0) throw new Error(`TAX_REFUND_CANCELLED_HS_PREFIXES must list HS prefixes of 2 to 10 digits, got ${wrong.join(', ')}`);
  return prefixes;
}
