import { timingSafeEqual } from 'node:crypto';
import { chinaDateOf, formatChinaDate } from '@zone/common';

/**
 * Identity verification of cross-border buyers against the resident registry: the verdict only,
 * never the person's data.
 *
 * Sources: domain brief §5.1 (the buyer's identity is verified by public security before a list
 * is accepted), §3 (a resident ID number is sensitive personal information, 《个人信息保护法》
 * art. 28, kept only encrypted or as a keyed hash) and §6 (public security answers MATCH /
 * MISMATCH / NO_RECORD with a serial number and time, never the person's data).
 *
 * Nothing here takes an ID number: the registry is looked up by its keyed hash before these
 * functions are called, so no verdict, serial number or error can carry it. Hash inputs that are
 * malformed (a raw ID number passed by mistake, say) are rejected without echoing them.
 */

export type IdentityVerdict = 'MATCH' | 'MISMATCH' | 'NO_RECORD';

/** Hex HMAC-SM3 digest, as produced by `hashIdNumber` of common/idhash. */
const KEYED_HASH = /^[0-9a-f]{64}$/;

/**
 * The verdict for a presented name, given the registry entry found under the keyed hash of the
 * presented ID number: `registryNameHash` is the keyed hash of the registered name, or null when
 * no entry was found. Both name hashes must come from names normalised with `normaliseName`.
 */
export function verifyIdentity(registryNameHash: string | null, presentedNameHash: string): IdentityVerdict {
  if (!isKeyedHash(presentedNameHash)) throw new RangeError('presentedNameHash must be a keyed hash of 64 lower-case hex digits');
  if (registryNameHash === null) return 'NO_RECORD';
  if (!isKeyedHash(registryNameHash)) throw new RangeError('registryNameHash must be a keyed hash of 64 lower-case hex digits');
  // Constant time, so that response times do not reveal how much of a name hash was right.
  return timingSafeEqual(Buffer.from(registryNameHash, 'hex'), Buffer.from(presentedNameHash, 'hex')) ? 'MATCH' : 'MISMATCH';
}

function isKeyedHash(value: string): boolean {
  return typeof value === 'string' && KEYED_HASH.test(value);
}

/**
 * A name as it is hashed: NFKC (full-width letters, digits and the ideographic space become
 * their ordinary forms), outer whitespace trimmed, inner runs of whitespace collapsed to one
 * space. Nothing else changes: no case folding, no removal of the middle dot of names such as
 * 买买提·艾力, and Chinese characters are untouched. Without this, "张三 " typed with a trailing
 * space would not match the registered "张三".
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** Digits of the per-day sequence in a serial number. */
export const SERIAL_SEQUENCE_DIGITS = 6;
const MAX_SEQUENCE = 10 ** SERIAL_SEQUENCE_DIGITS - 1;

/**
 * Serial number of an identity check: prefix, the check's date in Beijing time as YYYYMMDD, and
 * the check's sequence number within that day zero-padded to six digits, e.g. GA20261127000123
 * for the 123rd check on 27 November 2026 under prefix GA (公安). Unique as long as the caller
 * hands out each (prefix, day, sequence) once; it sorts by day, then sequence. Prefix: 1 to 8
 * upper-case letters; sequence: 1 to 999999; at most 22 characters in all.
 */
export function serialNumber(prefix: string, checkedAt: Date, sequence: number): string {
  if (!/^[A-Z]{1,8}$/.test(prefix)) throw new RangeError(`prefix must be 1 to 8 upper-case letters, got ${JSON.stringify(prefix)}`);
  if (Number.isNaN(checkedAt.getTime())) throw new RangeError('checkedAt must be a valid date');
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`sequence must be a whole number from 1 to ${MAX_SEQUENCE}, got ${sequence}`);
  }
  const day = formatChinaDate(chinaDateOf(checkedAt)).replaceAll('-', '');
  return `${prefix}${day}${String(sequence).padStart(SERIAL_SEQUENCE_DIGITS, '0')}`;
}
