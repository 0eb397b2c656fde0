import { SignJWT, jwtVerify, type KeyLike } from 'jose';
import { GraphQLError } from 'graphql';
import { DEPARTMENTS, type Caller, type CallerRole, type Department } from './caller';
import { isZoneCode } from './zones';
import { departmentError } from './errors';

/** Header carrying the gateway's signed statement of who the caller is. */
export const ASSERTION_HEADER = 'x-zone-assertion';
const ISSUER = 'zone-gateway';
const AUDIENCE = 'zone-departments';
const ALGORITHM = 'ES256';
const ROLES: readonly CallerRole[] = ['PLATFORM', 'BANK', 'REGULATOR', 'OFFICER', 'SYSTEM'];

/** Lifetime of an assertion: long enough for one request and its retries, too short to be replayed later. */
export const ASSERTION_TTL_SECONDS = 60;

/** Signs the caller for the departments (ES256, 60 s), bound to one request when its id is given. */
export async function signCallerAssertion(caller: Caller, privateKey: KeyLike, requestId?: string): Promise<string> {
  return new SignJWT({
    org: caller.organisation,
    role: caller.role,
    zone: caller.zone,
    department: caller.department,
    scope: caller.scopes.join(' '),
    ...(caller.purpose ? { purpose: caller.purpose } : {}),
    ...(requestId ? { rid: requestId } : {}),
  })
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ASSERTION_TTL_SECONDS}s`)
    .sign(privateKey);
}

/** How many assertions a gateway keeps for reuse, and a department keeps verified (the oldest go first). */
const CACHE_ENTRIES = 10_000;
/** An assertion is reused while more than this is left of its lifetime (a retry still fits in it). */
const REUSE_MARGIN_SECONDS = 30;

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
}

const signedByKey = new WeakMap<KeyLike, Map<string, { token: Promise<string>; reuseUntil: number }>>();

/**
 * The caller's assertion for every department call of every request made within half its
 * lifetime: one ES256 signature per caller and 30 s instead of one per request. The request id
 * travels beside it (x-request-id). A failed signature is not kept.
 */
export function reusableCallerAssertion(caller: Caller, privateKey: KeyLike, now = Date.now()): Promise<string> {
  let cache = signedByKey.get(privateKey);
  if (!cache) signedByKey.set(privateKey, (cache = new Map()));
  const key = JSON.stringify([caller.organisation, caller.role, caller.zone, caller.department, caller.scopes, caller.purpose ?? null]);
  const cached = cache.get(key);
  if (cached && cached.reuseUntil > now) return cached.token;
  const token = signCallerAssertion(caller, privateKey);
  remember(cache, key, { token, reuseUntil: now + (ASSERTION_TTL_SECONDS - REUSE_MARGIN_SECONDS) * 1000 });
  token.catch(() => cache.delete(key));
  return token;
}

export function unauthenticated(message: string): GraphQLError {
  return departmentError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

/**
 * Verifies the gateway's assertion; a department answers nothing without a valid one, so calling
 * a department directly, or with a forged or stale assertion, fails.
 */
export async function verifyCallerAssertion(token: string | undefined, publicKey: KeyLike, now = Date.now()): Promise<Caller> {
  if (!token) throw unauthenticated('Requests reach a department only through the gateway (no caller assertion)');
  // An assertion verified before is taken again until it expires (same token, same key: same answer).
  let cache = verifiedByKey.get(publicKey);
  if (!cache) verifiedByKey.set(publicKey, (cache = new Map()));
  const cached = cache.get(token);
  if (cached && cached.expiresAt > now) return { ...cached.caller, scopes: [...cached.caller.scopes] };
  const { caller, expiresAt } = await verifyUncached(token, publicKey);
  if (expiresAt > now) remember(cache, token, { caller: { ...caller, scopes: [...caller.scopes] }, expiresAt });
  return caller;
}

const verifiedByKey = new WeakMap<KeyLike, Map<string, { caller: Caller; expiresAt: number }>>();

async function verifyUncached(token: string, publicKey: KeyLike): Promise<{ caller: Caller; expiresAt: number }> {
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
  // An assertion without exp (jose accepts it) is verified every time, never kept.
  return { caller: { organisation: payload.org, role, zone, department, scopes, ...purpose }, expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : 0 };
}
