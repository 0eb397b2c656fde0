import { decodeAttestation, ATTESTATION_TYPE, type AttestationHeader, type AttestationPayload } from './format';
import { ATTESTATION_ALGORITHM, parseKeyId, type KeyDirectory } from './key-directory';
import { sm2Verify } from './sm2';

/** Every reason an attestation can fail, in the order they are checked. */
export type AttestationFailure =
  | 'BAD_ENCODING'
  | 'MALFORMED_HEADER'
  | 'UNSUPPORTED_ALGORITHM'
  | 'MALFORMED_PAYLOAD'
  | 'UNKNOWN_KEY'
  | 'KEY_NOT_VALID'
  | 'ISSUER_MISMATCH'
  | 'BAD_SIGNATURE'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'REVOKED';

export interface AttestationReason {
  code: AttestationFailure;
  message: string;
}

/** A revocation as its issuer records it. */
export interface RevocationEntry {
  reason: string;
  revokedAt: string;
}

export interface AttestationVerificationResult {
  valid: boolean;
  /** Every reason against; empty when valid. */
  reasons: AttestationReason[];
  header: AttestationHeader | null;
  /** The decoded payload whenever the token decodes, valid or not. */
  payload: AttestationPayload | null;
}

export interface VerifyOptions {
  directory: KeyDirectory;
  now?: Date;
  /** The issuer's revocation of a serial, when it has one (from attestationStatus or a revocation list). */
  revocationOf?: (jti: string) => RevocationEntry | null;
}

/** A few seconds of clock difference between the issuer and the verifier are tolerated at iat. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Verifies an attestation with the key directory alone: a pure function, the same offline and at
 * the gateway. Never throws; whatever is wrong comes back as reasons, every one that applies.
 */
export function verifyAttestationToken(token: string, options: VerifyOptions): AttestationVerificationResult {
  const decoded = decodeAttestation(token);
  if (!decoded.ok) return { valid: false, reasons: [decoded.failure], header: null, payload: null };
  const { header, payload, signingInput, signature } = decoded.value;
  const reasons: AttestationReason[] = [];
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);

  if (header.typ !== ATTESTATION_TYPE) reasons.push({ code: 'MALFORMED_HEADER', message: `typ must be ${ATTESTATION_TYPE}, not ${header.typ}` });
  const algorithmOk = header.alg === ATTESTATION_ALGORITHM;
  if (!algorithmOk) reasons.push({ code: 'UNSUPPORTED_ALGORITHM', message: `alg must be ${ATTESTATION_ALGORITHM}, not ${header.alg}` });
  const key = options.directory.keys.find((entry) => entry.kid === header.kid);
  if (!key) {
    reasons.push({ code: 'UNKNOWN_KEY', message: `no key ${header.kid} in the key directory` });
  } else {
    const from = Math.floor(Date.parse(key.validFrom) / 1000);
    const until = key.validUntil === null ? null : Math.floor(Date.parse(key.validUntil) / 1000);
    if (payload.iat + CLOCK_SKEW_SECONDS < from || (until !== null && payload.iat >= until)) {
      reasons.push({ code: 'KEY_NOT_VALID', message: `key ${header.kid} signs from ${key.validFrom}${key.validUntil ? ` until ${key.validUntil}` : ''}, not at the attestation's iat` });
    }
    if (parseKeyId(header.kid)?.department !== payload.iss) reasons.push({ code: 'ISSUER_MISMATCH', message: `key ${header.kid} is not a key of the issuer ${payload.iss}` });
    if (algorithmOk && !sm2Verify(signingInput, signature, key.publicKey)) reasons.push({ code: 'BAD_SIGNATURE', message: `the signature is not ${header.kid}'s over header.payload` });
  }
  if (payload.exp <= now) reasons.push({ code: 'EXPIRED', message: `expired at ${new Date(payload.exp * 1000).toISOString()}` });
  if (payload.iat > now + CLOCK_SKEW_SECONDS) reasons.push({ code: 'NOT_YET_VALID', message: `issued in the future (${new Date(payload.iat * 1000).toISOString()})` });
  const revocation = options.revocationOf?.(payload.jti) ?? null;
  if (revocation) reasons.push({ code: 'REVOKED', message: `revoked at ${revocation.revokedAt}: ${revocation.reason}` });
  return { valid: reasons.length === 0, reasons, header, payload };
}
