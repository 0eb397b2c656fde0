import { errors, jwtVerify, type FlattenedJWSInput, type JWTHeaderParameters, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { departmentOfSystemKeyId, systemKeyIdOf, unauthenticated, type Caller } from '@zone/common';
import { callerFromClaims } from './caller-claims';

/** Finds out who sent a request, or throws UNAUTHENTICATED (HTTP 401) saying why not. */
export type Authenticate = (headers: Headers) => Promise<Caller>;

export interface JwtAuthenticatorOptions {
  /** Keys of the token issuer (a local JWKS file or a JWKS URL). */
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  /** Verified tokens kept until their `exp` (DEFAULT_VERIFIED_TOKEN_CACHE_SIZE); 0 verifies every request anew. */
  cacheSize?: number;
  /** The clock (tests). */
  now?: () => number;
}

/** Most verified bearer tokens the gateway keeps (least recently used dropped first). */
export const DEFAULT_VERIFIED_TOKEN_CACHE_SIZE = 10000;

/** Asymmetric algorithms only: `none` and shared-secret HMAC tokens are refused outright. */
export const ACCEPTED_ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `token claim "${error.claim}" is not accepted (${error.reason})`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'token is signed with a key the gateway does not know';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'token algorithm is not accepted';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature is invalid';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'token is malformed';
  return 'token could not be verified';
}

/**
 * A department system speaks only with its own department's key: a SYSTEM token must be signed
 * by the key `system:<department>` of the department it names, and such a key signs nothing else.
 */
export function systemKeyProblem(kid: string | undefined, caller: Caller): string | null {
  const keyDepartment = departmentOfSystemKeyId(kid);
  if (caller.role === 'SYSTEM' && keyDepartment !== caller.department) return `a SYSTEM token for ${caller.department} must be signed with the key ${systemKeyIdOf(caller.department!)}`;
  if (keyDepartment !== null && caller.role !== 'SYSTEM') return `the key ${kid} signs only SYSTEM tokens of its department`;
  return null;
}

interface VerifiedToken {
  caller: Caller;
  /** `exp` in milliseconds: the entry is never served from then on. */
  expiresAt: number;
  header: JWTHeaderParameters;
  input: FlattenedJWSInput;
  /** The key that verified the signature, as `keys` answered it then. */
  key: unknown;
}

/** The token's parts as jose's key resolver receives them. */
function flattened(token: string): FlattenedJWSInput {
  const [protectedHeader, payload, signature] = token.split('.');
  return { protected: protectedHeader, payload: payload ?? '', signature: signature ?? '' };
}

/**
 * Bearer JWTs verified for signature, issuer, audience, expiry and not-before.
 *
 * A verified token is kept (an LRU of `cacheSize` entries keyed by the token) until its `exp`, so
 * a caller's later requests cost a lookup instead of a signature verification. A kept token is
 * served only while `keys` still answers, for its header, the very key that verified it: a key
 * removed from the key set (rotated out, or withdrawn because it leaked) ends the entry, and the
 * token is verified again, and refused, as on its first request. Nothing else of a token can
 * change while it is kept: its claims are signed.
 */
export function createJwtAuthenticator(options: JwtAuthenticatorOptions): Authenticate {
  const now = options.now ?? Date.now;
  const cacheSize = options.cacheSize ?? DEFAULT_VERIFIED_TOKEN_CACHE_SIZE;
  const verified = cacheSize > 0 ? new LRUCache<string, VerifiedToken>({ max: cacheSize }) : null;

  const cached = async (token: string): Promise<Caller | null> => {
    const entry = verified?.get(token);
    if (!entry) return null;
    let key: unknown;
    try {
      key = await options.keys(entry.header, entry.input);
    } catch {
      key = null;
    }
    if (entry.expiresAt <= now() || key !== entry.key) {
      verified!.delete(token);
      return null;
    }
    return { ...entry.caller, scopes: [...entry.caller.scopes] };
  };

  return async (headers) => {
    const header = headers.get('authorization');
    if (!header) throw unauthenticated('Authentication required: send Authorization: Bearer <token>');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated('Authorization header must be "Bearer <token>"');
    const token = match[1]!;
    const hit = await cached(token);
    if (hit) return hit;
    let payload;
    let protectedHeader;
    let key: unknown = null;
    try {
      ({ payload, protectedHeader } = await jwtVerify(
        token,
        async (h, input) => {
          key = await options.keys(h, input);
          return key as Awaited<ReturnType<JWTVerifyGetKey>>;
        },
        {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ACCEPTED_ALGORITHMS,
          requiredClaims: ['exp'],
          currentDate: new Date(now()),
        },
      ));
    } catch (error) {
      throw unauthenticated(`Invalid bearer token: ${reasonOf(error)}`);
    }
    const caller = callerFromClaims(payload as Record<string, unknown>);
    if (typeof caller === 'string') throw unauthenticated(`Invalid bearer token: ${caller}`);
    const problem = systemKeyProblem(protectedHeader.kid, caller);
    if (problem) throw unauthenticated(`Invalid bearer token: ${problem}`);
    const expiresAt = (payload.exp as number) * 1000;
    if (verified && expiresAt > now()) {
      verified.set(token, { caller: { ...caller, scopes: [...caller.scopes] }, expiresAt, header: protectedHeader, input: flattened(token), key }, { ttl: expiresAt - now() });
    }
    return caller;
  };
}

/** Development only: every request is a province-wide PLATFORM caller without scopes. */
export const insecurePlatformCaller: Authenticate = async () => ({
  organisation: 'INSECURE-DEVELOPMENT',
  role: 'PLATFORM',
  zone: null,
  department: null,
  scopes: [],
});
