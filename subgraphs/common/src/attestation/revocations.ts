import { isDepartment, type Department } from '../caller';
import { canonicalJson } from '../writes';
import { base64url } from './format';
import { ATTESTATION_ALGORITHM, parseKeyId, type AttestationSigner, type KeyDirectory } from './key-directory';
import { sm2Sign, sm2Verify } from './sm2';
import type { RevocationEntry } from './verify';

/**
 * A department's revocation list, signed like an attestation (header typ zone-revocations+v1), for
 * verifiers that work offline: `GET /keys/revocations.json` publishes one per issuing department.
 */
export const REVOCATION_LIST_TYPE = 'zone-revocations+v1';

export interface RevokedSerial extends RevocationEntry {
  jti: string;
}

export interface RevocationListPayload {
  iss: Department;
  /** When the list was made, seconds since the epoch. */
  iat: number;
  revoked: RevokedSerial[];
}

export function signRevocationList(revoked: readonly RevokedSerial[], signer: AttestationSigner, now = new Date()): string {
  const header = { alg: ATTESTATION_ALGORITHM, kid: signer.kid, typ: REVOCATION_LIST_TYPE };
  const payload: RevocationListPayload = { iss: signer.department, iat: Math.floor(now.getTime() / 1000), revoked: [...revoked] };
  const signingInput = `${base64url(canonicalJson(header))}.${base64url(canonicalJson(payload))}`;
  return `${signingInput}.${base64url(Buffer.from(sm2Sign(signingInput, signer), 'hex'))}`;
}

/** The list's entries when its signature is its issuer's under a key of the directory; else the reason. */
export function verifyRevocationList(token: string, directory: KeyDirectory): { ok: true; list: RevocationListPayload } | { ok: false; reason: string } {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'a revocation list has three base64url parts' };
  let header: { alg?: unknown; kid?: unknown; typ?: unknown };
  let payload: RevocationListPayload;
  try {
    header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as typeof header;
    payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as RevocationListPayload;
  } catch {
    return { ok: false, reason: 'a revocation list is base64url of JSON' };
  }
  if (header.alg !== ATTESTATION_ALGORITHM || header.typ !== REVOCATION_LIST_TYPE || typeof header.kid !== 'string') return { ok: false, reason: `the header must be ${ATTESTATION_ALGORITHM}, ${REVOCATION_LIST_TYPE}` };
  const key = directory.keys.find((entry) => entry.kid === header.kid);
  if (!key) return { ok: false, reason: `no key ${header.kid} in the key directory` };
  if (!isDepartment(String(payload?.iss)) || parseKeyId(header.kid)?.department !== payload.iss || !Array.isArray(payload.revoked)) return { ok: false, reason: 'the list is not its issuer\'s' };
  if (!sm2Verify(`${parts[0]}.${parts[1]}`, Buffer.from(parts[2]!, 'base64url').toString('hex'), key.publicKey)) return { ok: false, reason: `the signature is not ${header.kid}'s` };
  return { ok: true, list: payload };
}
