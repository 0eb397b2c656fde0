import { SignJWT, jwtVerify, type KeyLike } from 'jose';
import { GraphQLError } from 'graphql';
import { DEPARTMENTS, type Caller, type CallerRole, type Department } from './caller';
import { isZoneCode } from './zones';

/** Header carrying the gateway's signed statement of who the caller is. */
export const ASSERTION_HEADER = 'x-zone-assertion';
const ISSUER = 'zone-gateway';
const AUDIENCE = 'zone-departments';
const ALGORITHM = 'ES256';
const ROLES: readonly CallerRole[] = ['PLATFORM', 'BANK', 'REGULATOR', 'OFFICER', 'SYSTEM'];

/** Lifetime of an assertion: long enough for one request and its retries, too short to be replayed later. */
export const ASSERTION_TTL_SECONDS = 60;

/** Signs the caller for the departments (ES256, 60 s). */
export async function signCallerAssertion(caller: Caller, privateKey: KeyLike, requestId: string): Promise<string> {
  return new SignJWT({
    org: caller.organisation,
    role: caller.role,
    zone: caller.zone,
    department: caller.department,
    scope: caller.scopes.join(' '),
    ...(caller.purpose ? { purpose: caller.purpose } : {}),
    rid: requestId,
  })
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ASSERTION_TTL_SECONDS}s`)
    .sign(privateKey);
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Verifies the gateway's assertion; a department answers nothing without a valid one, so calling
 * a department directly, or with a forged or stale assertion, fails.
 */
export async function verifyCallerAssertion(token: string | undefined, publicKey: KeyLike): Promise<Caller> {
  if (!token) throw unauthenticated('Requests reach a department only through the gateway (no caller assertion)');
  let payload;
  try {
    ({ payload } = await jwtVerify(token, publicKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALGORITHM] }));
  } catch (error) {
    throw unauthenticated(`Caller assertion rejected: ${(error as Error).message}`);
  }
  const role = payload.role as CallerRole;
  if (typeof payload.org !== 'string' || !ROLES.includes(role)) throw unauthenticated('Caller assertion has no valid organisation or role');
  const zone = typeof payload.zone === 'string' && isZoneCode(payload.zone) ? payload.zone : null;
  const department = DEPARTMENTS.includes(payload.department as Department) ? (payload.department as Department) : null;
  const scopes = typeof payload.scope === 'string' && payload.scope.length > 0 ? payload.scope.split(' ') : [];
  const purpose = typeof payload.purpose === 'string' && payload.purpose ? { purpose: payload.purpose } : {};
  return { organisation: payload.org, role, zone, department, scopes, ...purpose };
}
