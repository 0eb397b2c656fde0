import { badUserInput } from './errors';

/** Throws BAD_USER_INPUT naming the argument when `problemOf` finds the value invalid. */
export function requireValid(field: string, value: string, problemOf: (value: string) => string | null): string {
  const problem = problemOf(value);
  if (problem) throw badUserInput({ field, reason: problem });
  return value;
}

/** Clamps a page size to 1..max, rejecting negatives with a clear error. */
export function pageSize(field: string, value: number | null | undefined, fallback: number, max: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw badUserInput({ field, reason: 'must be a non-negative integer' });
  if (value > max) throw badUserInput({ field, reason: `must be at most ${max}` });
  return value;
}
