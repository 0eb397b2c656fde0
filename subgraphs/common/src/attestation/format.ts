import { isDepartment, type Department } from '../caller';
import { canonicalJson, contentHash } from '../writes';
import { ATTESTATION_ALGORITHM, type AttestationSigner } from './key-directory';
import { sm2Sign } from './sm2';

/**
 * The attestation format, fixed because banks verify attestations with their own tools: three
 * base64url parts `header.payload.signature` (no padding), like a JWS compact serialisation.
 * - header: canonical JSON `{"alg":"SM2-SM3","kid":"<department>:<n>","typ":"zone-attestation+v1"}`
 * - payload: canonical JSON (keys sorted, no spaces) of AttestationPayload
 * - signature: the 64-byte r‖s SM2 signature (GB/T 32918.2, user id 1234567812345678) over the
 *   ASCII bytes of `header.payload` as they appear in the token.
 */
export const ATTESTATION_TYPE = 'zone-attestation+v1';

/** Longest token accepted for verification; longer input is refused before decoding. */
export const MAX_TOKEN_LENGTH = 8192;

export interface AttestationHeader {
  alg: string;
  kid: string;
  typ: string;
}

export interface AttestationSubject {
  /** What the claim is about: Order, CustomsList, … */
  type: string;
  /** Its business key, e.g. `<ebpCode>/<orderNo>` or a list's copNo. */
  key: string;
}

export interface AttestationPayload {
  /** The issuing department. */
  iss: Department;
  sub: AttestationSubject;
  /** What was decided, e.g. BUYER_IDENTITY_VERIFIED. */
  claim: string;
  /** The legal basis of the decision. */
  basis: string;
  /** SM3 hex digest of the canonical JSON of the record content the decision rests on. */
  evidence: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
  /** Serial, unique per issuer: `<department>:<record serial>`. */
  jti: string;
  /** Serials of other departments' attestations the decision relied on, when any. */
  rel?: string[];
}

/** A token split and parsed, before any check of its signature. */
export interface DecodedAttestation {
  header: AttestationHeader;
  payload: AttestationPayload;
  /** `header.payload` as the token has them: what the signature covers. */
  signingInput: string;
  /** r‖s, 128 hex characters. */
  signature: string;
}

/** Why a token could not be decoded: not three base64url parts of JSON objects, or a payload without its fields. */
export type DecodeFailure = { code: 'BAD_ENCODING' | 'MALFORMED_PAYLOAD' | 'MALFORMED_HEADER'; message: string };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function base64url(bytes: string | Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** The evidence digest of a record: SM3 of its canonical JSON, as contentHash writes it everywhere. */
export function evidenceOf(content: unknown): string {
  return contentHash(content);
}

/**
 * Whether a verification argument is worth decoding: a string of at most MAX_TOKEN_LENGTH
 * characters of the base64url alphabet and dots. Anything else is bad input of the caller
 * (BAD_USER_INPUT), not an attestation that failed.
 */
export function tokenShapeProblem(token: string): string | null {
  if (token.length === 0) return 'must not be empty';
  if (token.length > MAX_TOKEN_LENGTH) return `must be at most ${MAX_TOKEN_LENGTH} characters`;
  if (!/^[A-Za-z0-9_.-]+$/.test(token)) return 'must be three base64url parts separated by dots (header.payload.signature)';
  return null;
}

/** Signs a payload with the department's current key: the token, as stored and handed out. */
export function signAttestation(payload: AttestationPayload, signer: AttestationSigner): string {
  if (payload.iss !== signer.department) throw new Error(`an attestation of ${payload.iss} cannot be signed with a key of ${signer.department}`);
  const header: AttestationHeader = { alg: ATTESTATION_ALGORITHM, kid: signer.kid, typ: ATTESTATION_TYPE };
  const signingInput = `${base64url(canonicalJson(header))}.${base64url(canonicalJson(payload))}`;
  const signature = Buffer.from(sm2Sign(signingInput, signer), 'hex');
  return `${signingInput}.${base64url(signature)}`;
}

function parseJsonPart(part: string): unknown {
  if (!BASE64URL.test(part)) return undefined;
  const text = Buffer.from(part, 'base64url').toString('utf8');
  // A part that does not survive the round trip held bytes outside base64url or was not UTF-8.
  if (Buffer.from(text, 'utf8').toString('base64url') !== part) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 500): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;
const isSeconds = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The first field of a payload that is missing or of the wrong kind, or null. */
export function payloadProblem(payload: Record<string, unknown>): string | null {
  if (typeof payload.iss !== 'string' || !isDepartment(payload.iss)) return 'iss must be one of the six departments';
  if (!isObject(payload.sub) || !isText(payload.sub.type, 60) || !isText(payload.sub.key, 200)) return 'sub must be {type, key}, both non-empty strings';
  if (!isText(payload.claim, 100)) return 'claim must be a non-empty string';
  if (!isText(payload.basis)) return 'basis must be a non-empty string';
  if (typeof payload.evidence !== 'string' || !/^[0-9a-f]{64}$/.test(payload.evidence)) return 'evidence must be an SM3 digest, 64 lowercase hex characters';
  if (!isSeconds(payload.iat)) return 'iat must be seconds since the epoch';
  if (!isSeconds(payload.exp) || payload.exp < payload.iat) return 'exp must be seconds since the epoch, not before iat';
  if (!isText(payload.jti, 120)) return 'jti must be a non-empty string';
  if (payload.rel !== undefined && (!Array.isArray(payload.rel) || !payload.rel.every((serial) => isText(serial, 120)))) return 'rel must be a list of serials';
  return null;
}

/** Splits and parses a token without checking its signature. Never throws. */
export function decodeAttestation(token: string): { ok: true; value: DecodedAttestation } | { ok: false; failure: DecodeFailure } {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, failure: { code: 'BAD_ENCODING', message: `an attestation has three base64url parts separated by dots, this has ${parts.length}` } };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = parseJsonPart(headerPart);
  const payload = parseJsonPart(payloadPart);
  if (!isObject(header)) return { ok: false, failure: { code: 'BAD_ENCODING', message: 'the header is not base64url of a JSON object' } };
  if (!isObject(payload)) return { ok: false, failure: { code: 'BAD_ENCODING', message: 'the payload is not base64url of a JSON object' } };
  if (!BASE64URL.test(signaturePart) || Buffer.from(signaturePart, 'base64url').toString('base64url') !== signaturePart) {
    return { ok: false, failure: { code: 'BAD_ENCODING', message: 'the signature is not base64url' } };
  }
  if (typeof header.alg !== 'string' || typeof header.kid !== 'string' || typeof header.typ !== 'string') {
    return { ok: false, failure: { code: 'MALFORMED_HEADER', message: 'the header must hold alg, kid and typ as strings' } };
  }
  const problem = payloadProblem(payload);
  if (problem) return { ok: false, failure: { code: 'MALFORMED_PAYLOAD', message: `the payload is malformed: ${problem}` } };
  return {
    ok: true,
    value: {
      header: { alg: header.alg, kid: header.kid, typ: header.typ },
      payload: payload as unknown as AttestationPayload,
      signingInput: `${headerPart}.${payloadPart}`,
      signature: Buffer.from(signaturePart, 'base64url').toString('hex'),
    },
  };
}
