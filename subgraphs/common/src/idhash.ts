import { createHmac } from 'node:crypto';

/**
 * Keyed hash of a resident ID number (HMAC with SM3). Every department that must recognise the
 * same person (annual import quota, identity checks) shares the key; nobody can reverse the hash
 * without it, and a leaked table of hashes is useless without the key.
 */
export function hashIdNumber(idNumber: string, key: string): string {
  return createHmac('sm3', key).update(idNumber.toUpperCase(), 'utf8').digest('hex');
}

/**
 * The key of the keyed hash (HMAC-SM3) under which ID numbers are stored, from ID_HASH_KEY: the
 * same key in every department, so that all of them recognise the same person.
 *
 * Read when a write first needs it and kept from then on, rather than when this module loads: an
 * in-process stack (tests, benchmarks) loads the department before it sets the variable. main.ts
 * checks it at start-up so that a misconfigured process stops at once.
 */
export function idHashKeyFromEnv(env: NodeJS.ProcessEnv): () => string {
  let key: string | undefined;
  return () => {
    key ??= env.ID_HASH_KEY || undefined;
    if (key === undefined) {
      throw new Error('ID_HASH_KEY must be set: it is the key under which ID numbers are hashed, the same in every department');
    }
    return key;
  };
}
