import { GraphQLError } from 'graphql';
import type { Caller } from './caller';

/**
 * Masking of personal data for every output outside public security (domain brief §3).
 * Masked forms keep just enough to let a person recognise their own record.
 */

/** 张三丰 -> 张**; Latin names keep the first letter. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** 13812345678 -> 138****5678 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

/** 110101199003071234 -> 110***********1234: division prefix and last four only. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 8) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 3) + '*'.repeat(idNumber.length - 7) + idNumber.slice(-4);
}

/** Scope that, together with a stated purpose, lets a caller see names and phone numbers in clear. */
export const PII_SCOPE = 'pii:read';

/** Personal data is shown in clear only to a caller holding pii:read who stated a purpose; ID numbers never. */
export function maySeePersonalData(caller: Caller): boolean {
  return caller.scopes.includes(PII_SCOPE) && Boolean(caller.purpose);
}

/** The value in clear for callers who may see it, masked for everyone else. */
export function personalData(caller: Caller, value: string, mask: (value: string) => string): string {
  return maySeePersonalData(caller) ? value : mask(value);
}

/** Scope that lets a department system read the keyed hashes of ID numbers, to match buyer and payer. */
export const IDENTITY_MATCH_SCOPE = 'identity:match';

/**
 * The keyed hash of an ID number for callers holding identity:match, which only department systems
 * are given; anyone else asking gets an error naming the field and the scope it needs.
 */
export function identityHash(caller: Caller, hash: string | null, field: string): string | null {
  if (!caller.scopes.includes(IDENTITY_MATCH_SCOPE)) {
    throw new GraphQLError(`${field} requires the scope ${IDENTITY_MATCH_SCOPE}`, { extensions: { code: 'FORBIDDEN', field, requiredScope: IDENTITY_MATCH_SCOPE } });
  }
  return hash;
}
