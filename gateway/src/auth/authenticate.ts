import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { departmentOfSystemKeyId, systemKeyIdOf, unauthenticated, type Caller } from '@zone/common';
import { callerFromClaims } from './caller-claims';

/** Finds out who sent a request, or throws UNAUTHENTICATED (HTTP 401) saying why not. */
export type Authenticate = (headers: Headers) => Promise<Caller>;

export interface JwtAuthenticatorOptions {
  /** Keys of the token issuer (a local JWKS file or a JWKS URL). */
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
}

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

/** Bearer JWTs verified for signature, issuer, audience, expiry and not-before. */
export function createJwtAuthenticator(options: JwtAuthenticatorOptions): Authenticate {
  return async (headers) => {
    const header = headers.get('authorization');
    if (!header) throw unauthenticated('Authentication required: send Authorization: Bearer <token>');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated('Authorization header must be "Bearer <token>"');
    let payload;
    let protectedHeader;
    try {
      ({ payload, protectedHeader } = await jwtVerify(match[1]!, options.keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw unauthenticated(`Invalid bearer token: ${reasonOf(error)}`);
    }
    const caller = callerFromClaims(payload as Record<string, unknown>);
    if (typeof caller === 'string') throw unauthenticated(`Invalid bearer token: ${caller}`);
    const problem = systemKeyProblem(protectedHeader.kid, caller);
    if (problem) throw unauthenticated(`Invalid bearer token: ${problem}`);
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
