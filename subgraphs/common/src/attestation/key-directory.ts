import fs from 'node:fs';
import { isDepartment, type Department } from '../caller';
import { generateSm2KeyPair, isSm2PrivateKey, isSm2PublicKey, sm2PublicKeyOf, type Sm2KeyPair } from './sm2';

/** The one signature algorithm of attestations: SM2 with SM3, GB/T 32918.2. */
export const ATTESTATION_ALGORITHM = 'SM2-SM3';

/** A department's public attestation key as the key directory publishes it. */
export interface DepartmentKey {
  department: Department;
  /** `<department>:<n>`, n counting the department's keys from 1. */
  kid: string;
  algorithm: typeof ATTESTATION_ALGORITHM;
  /** Uncompressed point, 130 hex characters `04…`. */
  publicKey: string;
  /** ISO 8601 instant from which the key signs. */
  validFrom: string;
  /** ISO 8601 instant from which it no longer signs (retired); null while current. */
  validUntil: string | null;
}

/** Every department's current and retired public keys: `GET /keys/departments.json`. */
export interface KeyDirectory {
  keys: DepartmentKey[];
}

/** A department's own key file (ATTESTATION_KEY_PATH): its keys, the private half of the current one only. */
export interface AttestationKeyRing {
  department: Department;
  keys: (DepartmentKey & { privateKey?: string })[];
}

/** What a department signs with: its current key. */
export interface AttestationSigner extends Sm2KeyPair {
  department: Department;
  kid: string;
}

export function keyIdOf(department: Department, n: number): string {
  return `${department}:${n}`;
}

/** The department and number of a key id, or null when it is not `<department>:<n>`. */
export function parseKeyId(kid: string): { department: Department; n: number } | null {
  const match = /^([a-z-]+):([1-9][0-9]{0,5})$/.exec(kid);
  if (!match || !isDepartment(match[1]!)) return null;
  return { department: match[1] as Department, n: Number(match[2]) };
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

/** The problem of one directory entry, naming the field, or null. */
function keyProblem(entry: unknown, index: number): string | null {
  const at = `keys[${index}]`;
  if (typeof entry !== 'object' || entry === null) return `${at} must be an object`;
  const key = entry as Record<string, unknown>;
  const kid = typeof key.kid === 'string' ? parseKeyId(key.kid) : null;
  if (!kid) return `${at}.kid must be <department>:<n>`;
  if (key.department !== kid.department) return `${at}.department must be the department of its kid (${kid.department})`;
  if (key.algorithm !== ATTESTATION_ALGORITHM) return `${at}.algorithm must be ${ATTESTATION_ALGORITHM}`;
  if (typeof key.publicKey !== 'string' || !isSm2PublicKey(key.publicKey)) return `${at}.publicKey must be an uncompressed SM2 point, 130 hex characters 04…`;
  if (!isInstant(key.validFrom)) return `${at}.validFrom must be an ISO 8601 instant`;
  if (key.validUntil !== null && !isInstant(key.validUntil)) return `${at}.validUntil must be an ISO 8601 instant or null`;
  if ('privateKey' in key && key.privateKey !== undefined && (typeof key.privateKey !== 'string' || !isSm2PrivateKey(key.privateKey) || sm2PublicKeyOf(key.privateKey) !== key.publicKey)) {
    return `${at}.privateKey must be the 64-hex private half of its publicKey`;
  }
  return null;
}

function publicEntry(key: DepartmentKey): DepartmentKey {
  return { department: key.department, kid: key.kid, algorithm: ATTESTATION_ALGORITHM, publicKey: key.publicKey, validFrom: key.validFrom, validUntil: key.validUntil };
}

/** Checks a parsed key directory; throws an Error naming the entry and field at fault. */
export function parseKeyDirectory(value: unknown): KeyDirectory {
  const keys = (value as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) throw new Error('a key directory is an object with a keys array');
  const seen = new Set<string>();
  keys.forEach((entry, index) => {
    const problem = keyProblem(entry, index);
    if (problem) throw new Error(problem);
    const { kid } = entry as DepartmentKey;
    if (seen.has(kid)) throw new Error(`keys[${index}].kid ${kid} appears twice`);
    seen.add(kid);
  });
  return { keys: (keys as DepartmentKey[]).map(publicEntry) };
}

/** Reads a key directory file; the message names the file (and the setting, when given). */
export function loadKeyDirectory(path: string, setting?: string): KeyDirectory {
  try {
    return parseKeyDirectory(JSON.parse(fs.readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`${setting ? `${setting}: ` : ''}cannot read a key directory from ${path} (${(error as Error).message})`);
  }
}

export function keyDirectoryOf(rings: readonly AttestationKeyRing[]): KeyDirectory {
  return { keys: rings.flatMap((ring) => ring.keys.map(publicEntry)) };
}

/** A new key ring with the department's first key, valid from `now`. */
export function createAttestationKeyRing(department: Department, now = new Date()): AttestationKeyRing {
  const pair = generateSm2KeyPair();
  return { department, keys: [{ department, kid: keyIdOf(department, 1), algorithm: ATTESTATION_ALGORITHM, publicKey: pair.publicKey, privateKey: pair.privateKey, validFrom: now.toISOString(), validUntil: null }] };
}

/**
 * Rotation: the current key is retired at `now` (its public half stays, so what it signed still
 * verifies; its private half is dropped) and key n+1 signs from then on.
 */
export function rotateAttestationKeyRing(ring: AttestationKeyRing, now = new Date()): AttestationKeyRing {
  const at = now.toISOString();
  const n = Math.max(...ring.keys.map((key) => parseKeyId(key.kid)?.n ?? 0)) + 1;
  const pair = generateSm2KeyPair();
  const retired = ring.keys.map((key) => publicEntry({ ...key, validUntil: key.validUntil ?? at }));
  return { department: ring.department, keys: [...retired, { department: ring.department, kid: keyIdOf(ring.department, n), algorithm: ATTESTATION_ALGORITHM, publicKey: pair.publicKey, privateKey: pair.privateKey, validFrom: at, validUntil: null }] };
}

/** Checks a key ring: entries as in a directory, of one department, exactly one current key holding its private half. */
export function parseAttestationKeyRing(value: unknown): AttestationKeyRing {
  const ring = value as { department?: unknown; keys?: unknown } | null;
  if (typeof ring?.department !== 'string' || !isDepartment(ring.department)) throw new Error('department must be one of the six departments');
  const department = ring.department;
  if (!Array.isArray(ring.keys)) throw new Error('keys must be an array');
  ring.keys.forEach((entry, index) => {
    const problem = keyProblem(entry, index);
    if (problem) throw new Error(problem);
    if ((entry as DepartmentKey).department !== department) throw new Error(`keys[${index}] is not a key of ${department}`);
  });
  const keys = ring.keys as AttestationKeyRing['keys'];
  const current = keys.filter((key) => key.validUntil === null);
  if (current.length !== 1 || !current[0]!.privateKey) throw new Error('exactly one key must be current (validUntil null) and hold its privateKey');
  return { department, keys };
}

/** The ring's current key, which signs. */
export function signerOf(ring: AttestationKeyRing): AttestationSigner {
  const current = ring.keys.find((key) => key.validUntil === null && key.privateKey);
  if (!current?.privateKey) throw new Error(`the attestation keys of ${ring.department} have no current private key`);
  return { department: ring.department, kid: current.kid, privateKey: current.privateKey, publicKey: current.publicKey };
}

/** Reads a department's key ring (ATTESTATION_KEY_PATH); the message names the setting and file. */
export function loadAttestationKeyRing(path: string, setting = 'ATTESTATION_KEY_PATH'): AttestationKeyRing {
  try {
    return parseAttestationKeyRing(JSON.parse(fs.readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`${setting}: cannot read attestation keys from ${path} (${(error as Error).message})`);
  }
}
