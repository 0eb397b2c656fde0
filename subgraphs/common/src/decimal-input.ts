import Decimal from 'decimal.js';

/**
 * Plain decimal notation only. Decimal itself would also take "1e3", "0x10", "Infinity" or
 * " 5 ", none of which a money or quantity field should ever carry.
 */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Decimal with room for every digit these rules produce. The default precision of 20 significant
 * digits would round a product such as 123456789.123 × 98765432.19 and break exact comparisons.
 */
export const ExactDecimal = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP });

export interface DecimalFieldOptions {
  /** Lowest value accepted: "zero" rejects negatives, "positive" also rejects zero. Default: no bound. */
  min?: 'zero' | 'positive';
  /** Most fractional digits accepted; money uses 2 (the fen). Default: no limit. */
  maxDecimals?: number;
}

/** Why a decimal string is not acceptable for a field, or null when it is. */
export function decimalFieldProblem(value: string, options: DecimalFieldOptions = {}): string | null {
  if (typeof value !== 'string' || !PLAIN_DECIMAL.test(value)) return 'must be a plain decimal string such as "1234.56"';
  const fraction = value.split('.')[1] ?? '';
  if (options.maxDecimals !== undefined && fraction.length > options.maxDecimals) {
    return `must have at most ${options.maxDecimals} fractional digits`;
  }
  const decimal = new ExactDecimal(value);
  // lt/lte rather than isNegative: Decimal keeps the sign of "-0", which is not a negative amount.
  if (options.min === 'zero' && decimal.lt(0)) return 'must not be negative';
  if (options.min === 'positive' && decimal.lte(0)) return 'must be greater than zero';
  return null;
}

/** The value as a Decimal, or a RangeError naming the field and what is wrong with it. */
export function parseDecimalField(field: string, value: string, options: DecimalFieldOptions = {}): Decimal {
  const problem = decimalFieldProblem(value, options);
  if (problem !== null) throw new RangeError(`${field} ${problem}, got ${JSON.stringify(value)}`);
  return new ExactDecimal(value);
}
