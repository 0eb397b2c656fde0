import fs from 'node:fs';
import { sm2 } from 'sm-crypto-v2';

/** The one signature algorithm of tree heads: SM2 (GB/T 32918) over SM3, as named in keys.json. */
export const TREE_HEAD_ALGORITHM = 'SM2-SM3';

/** The user id of SM2's Z value (GB/T 32918's default, 16 bytes of ASCII). */
export const SM2_USER_ID = '1234567812345678';

/** Key id of the gateway's audit key. */
export const DEFAULT_AUDIT_KEY_ID = 'audit:1';

/** The tree head as published: GET /audit/tree-head, the audit subgraph's SignedTreeHead. */
export interface SignedTreeHead {
  treeSize: number;
  /** MTH of the first treeSize entries, 64 lowercase hex. */
  rootHash: string;
  /** ISO 8601 UTC with milliseconds, e.g. 2026-12-03T10:00:00.000Z. */
  timestamp: string;
  keyId: string;
  /** SM2 signature r ‖ s, 128 lowercase hex, over treeHeadMessage(). */
  signature: string;
}

/** The gateway's SM2 key for tree heads (AUDIT_SIGNING_KEY_PATH), never in git. */
export interface AuditSigningKey {
  kid: string;
  /** 64 hex: the private scalar. */
  privateKey: string;
  /** 130 hex: the uncompressed point 04 ‖ x ‖ y. */
  publicKey: string;
}

/** A public key as published in keys.json. */
export interface AuditPublicKey {
  kid: string;
  algorithm: typeof TREE_HEAD_ALGORITHM;
  publicKey: string;
}

/** What GET /audit/keys.json answers. */
export interface AuditKeysDocument {
  keys: AuditPublicKey[];
}

const HEX64 = /^[0-9a-f]{64}$/;
const PUBLIC_KEY = /^04[0-9a-f]{128}$/;
const SIGNATURE = /^[0-9a-f]{128}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The signed text: `treeSize.rootHash.timestamp` (decimal size, lowercase hex root, ISO 8601 UTC with milliseconds), as UTF-8. */
export function treeHeadMessage(head: Pick<SignedTreeHead, 'treeSize' | 'rootHash' | 'timestamp'>): string {
  return `${head.treeSize}.${head.rootHash}.${head.timestamp}`;
}

/** A fresh SM2 key pair. */
export function generateAuditSigningKey(kid: string = DEFAULT_AUDIT_KEY_ID): AuditSigningKey {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { kid, privateKey: privateKey.padStart(64, '0'), publicKey };
}

/** Signs a tree head with SM2 (user id 1234567812345678, signature r ‖ s in hex). */
export function signTreeHead(key: AuditSigningKey, head: { treeSize: number; rootHash: string; timestamp: Date }): SignedTreeHead {
  const unsigned = { treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp.toISOString() };
  const message = Buffer.from(treeHeadMessage(unsigned), 'utf8');
  const signature = sm2.doSignature(message, key.privateKey, { hash: true, der: false, publicKey: key.publicKey, userId: SM2_USER_ID });
  return { ...unsigned, keyId: key.kid, signature: signature.padStart(128, '0') };
}

/** Why a value is not a SignedTreeHead, naming the field; null when it is one. */
export function treeHeadProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'a tree head must be a JSON object';
  const head = value as Record<string, unknown>;
  if (!Number.isSafeInteger(head.treeSize) || (head.treeSize as number) < 0) return 'treeSize must be a whole number';
  if (typeof head.rootHash !== 'string' || !HEX64.test(head.rootHash)) return 'rootHash must be 64 lowercase hex digits';
  if (typeof head.timestamp !== 'string' || !TIMESTAMP.test(head.timestamp) || Number.isNaN(Date.parse(head.timestamp))) {
    return 'timestamp must be ISO 8601 UTC with milliseconds (2026-12-03T10:00:00.000Z)';
  }
  if (typeof head.keyId !== 'string' || head.keyId.length === 0) return 'keyId must be a key id';
  if (typeof head.signature !== 'string' || !SIGNATURE.test(head.signature)) return 'signature must be 128 lowercase hex digits (r ‖ s)';
  return null;
}

/** Verifies a tree head's SM2 signature with the public key of its keyId among `keys`. */
export function verifyTreeHeadSignature(head: SignedTreeHead, keys: AuditKeysDocument): { ok: true } | { ok: false; reason: string } {
  const problem = treeHeadProblem(head);
  if (problem) return { ok: false, reason: problem };
  const key = keys.keys.find((k) => k.kid === head.keyId);
  if (!key) return { ok: false, reason: `no published key has the id ${head.keyId}` };
  if (key.algorithm !== TREE_HEAD_ALGORITHM || !PUBLIC_KEY.test(key.publicKey)) return { ok: false, reason: `key ${key.kid} is not an ${TREE_HEAD_ALGORITHM} public key` };
  let valid = false;
  try {
    valid = sm2.doVerifySignature(Buffer.from(treeHeadMessage(head), 'utf8'), head.signature, key.publicKey, { hash: true, der: false, userId: SM2_USER_ID });
  } catch {
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, reason: `the signature does not verify with key ${key.kid}: the tree head was changed or signed by another key` };
}

/** The public half as published at GET /audit/keys.json. */
export function auditKeysDocument(key: AuditSigningKey): AuditKeysDocument {
  return { keys: [{ kid: key.kid, algorithm: TREE_HEAD_ALGORITHM, publicKey: key.publicKey }] };
}

/** Why a value is not a keys.json document; null when it is one. */
export function keysDocumentProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { keys?: unknown }).keys)) return 'keys must be a JSON object with a "keys" array';
  for (const [i, key] of ((value as { keys: unknown[] }).keys).entries()) {
    const k = key as Record<string, unknown>;
    if (typeof k?.kid !== 'string' || typeof k.publicKey !== 'string' || !PUBLIC_KEY.test(k.publicKey)) return `keys[${i}] must have a kid and a publicKey of 130 lowercase hex digits starting 04`;
  }
  return null;
}

/** The file AUDIT_SIGNING_KEY_PATH names: {"kid","algorithm","privateKey","publicKey"}. */
export function auditSigningKeyFile(key: AuditSigningKey): string {
  return JSON.stringify({ kid: key.kid, algorithm: TREE_HEAD_ALGORITHM, privateKey: key.privateKey, publicKey: key.publicKey }, null, 2);
}

/** Reads and checks the audit signing key; throws naming the variable and what is wrong. */
export function loadAuditSigningKey(file: string, variable = 'AUDIT_SIGNING_KEY_PATH'): AuditSigningKey {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${variable}: cannot read the audit signing key at ${file}: ${(error as Error).message}`);
  }
  const { kid, privateKey, publicKey } = parsed;
  if (typeof kid !== 'string' || kid.length === 0) throw new Error(`${variable}: the key file has no "kid"`);
  if (typeof privateKey !== 'string' || !HEX64.test(privateKey)) throw new Error(`${variable}: "privateKey" must be 64 lowercase hex digits`);
  if (typeof publicKey !== 'string' || !PUBLIC_KEY.test(publicKey)) throw new Error(`${variable}: "publicKey" must be 130 lowercase hex digits starting 04`);
  if (sm2.getPublicKeyFromPrivateKey(privateKey) !== publicKey) throw new Error(`${variable}: "publicKey" is not the public key of "privateKey"`);
  return { kid, privateKey, publicKey };
}
