import Decimal from 'decimal.js';

/**
 * Why a rule refused something: a stable code that callers branch on and that GraphQL exposes as
 * an enum, plus an English sentence for officers and enterprises. Messages may quote amounts and
 * document numbers but never names or ID hashes: they end up in logs and in other departments'
 * views, where personal data has no place.
 */
export interface RuleReason<Code extends string = string> {
  code: Code;
  message: string;
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * An amount as an exact decimal. Only plain notation is accepted: decimal.js would also take
 * "1e3", "0x10" or "Infinity", none of which is a sum of money a record can hold.
 */
export function parseAmount(field: string, value: string): Decimal {
  if (!PLAIN_DECIMAL.test(value)) throw new RangeError(`${field} must be a plain decimal number, got "${value}"`);
  return new Decimal(value);
}

/** The same amount as a non-negative decimal, for values no record can hold below zero. */
export function parseNonNegativeAmount(field: string, value: string): Decimal {
  const amount = parseAmount(field, value);
  if (amount.isNegative()) throw new RangeError(`${field} must not be negative, got ${value}`);
  return amount;
}

/**
 * Money in messages and outputs: at least two decimals, so "100" and "100.0" read the same, and
 * never fewer than the amount has, so formatting cannot round a sum away from its exact value.
 */
export function formatAmount(amount: Decimal): string {
  return amount.toFixed(Math.max(2, amount.decimalPlaces()));
}
