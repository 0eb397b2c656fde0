import { sm2 } from 'sm-crypto-v2';

/**
 * SM2 signatures as GB/T 32918.2 defines them (SM3 over Z_A ‖ M, Z_A from the signer's user id
 * and public key), by sm-crypto-v2. Node's own crypto.sign('sm3', …) on an SM2 key computes plain
 * ECDSA over the SM2 curve, which no GB/T verifier accepts: it is never used here.
 */

/** The default signer identity of GM/T 0009 (§10), which every attestation uses. */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

export interface Sm2KeyPair {
  /** 64 lowercase hex characters. */
  privateKey: string;
  /** The uncompressed point: `04`, then x and y, 130 lowercase hex characters. */
  publicKey: string;
}

const PUBLIC_KEY = /^04[0-9a-f]{128}$/;
const PRIVATE_KEY = /^[0-9a-f]{64}$/;
const SIGNATURE = /^[0-9a-f]{128}$/;

export function generateSm2KeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}

/** Whether a string is an uncompressed SM2 public key (`04…`, 130 lowercase hex) on the curve. */
export function isSm2PublicKey(value: string): boolean {
  if (!PUBLIC_KEY.test(value)) return false;
  try {
    return sm2.verifyPublicKey(value);
  } catch {
    return false;
  }
}

export function isSm2PrivateKey(value: string): boolean {
  return PRIVATE_KEY.test(value) && /[1-9a-f]/.test(value);
}

export function sm2PublicKeyOf(privateKey: string): string {
  if (!isSm2PrivateKey(privateKey)) throw new Error('an SM2 private key is 64 lowercase hex characters');
  return sm2.getPublicKeyFromPrivateKey(privateKey);
}

/** The 64-byte r‖s signature (128 hex) of the message's bytes (a string is taken as UTF-8). */
export function sm2Sign(message: string | Uint8Array, key: Sm2KeyPair, userId = SM2_DEFAULT_USER_ID): string {
  return sm2.doSignature(message, key.privateKey, { hash: true, publicKey: key.publicKey, userId });
}

/**
 * Public keys verified with, as precomputed curve points (sm-crypto-v2's precomputePublicKey:
 * verification about eight times faster). The key directory is small; the cache is bounded anyway.
 */
const precomputed = new Map<string, ReturnType<typeof sm2.precomputePublicKey>>();
const MAX_PRECOMPUTED = 256;

function pointOf(publicKey: string): ReturnType<typeof sm2.precomputePublicKey> {
  let point = precomputed.get(publicKey);
  if (!point) {
    point = sm2.precomputePublicKey(publicKey);
    if (precomputed.size >= MAX_PRECOMPUTED) precomputed.delete(precomputed.keys().next().value!);
    precomputed.set(publicKey, point);
  }
  return point;
}

/** Whether an r‖s signature (128 hex) is the signer's over the message; false for anything malformed. */
export function sm2Verify(message: string | Uint8Array, signature: string, publicKey: string, userId = SM2_DEFAULT_USER_ID): boolean {
  if (!SIGNATURE.test(signature) || !PUBLIC_KEY.test(publicKey)) return false;
  try {
    return sm2.doVerifySignature(message, signature, pointOf(publicKey), { hash: true, userId });
  } catch {
    return false;
  }
}
