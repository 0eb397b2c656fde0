import { createHmac } from 'node:crypto';

/**
 * Keyed hash of a resident ID number (HMAC with SM3). Every department that must recognise the
 * same person (annual import quota, identity checks) shares the key; nobody can reverse the hash
 * without it, and a leaked table of hashes is useless without the key.
 */
export function hashIdNumber(idNumber: string, key: string): string {
  return createHmac('sm3', key).update(idNumber.toUpperCase(), 'utf8').digest('hex');
}
