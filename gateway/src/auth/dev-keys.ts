import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, type JWTVerifyGetKey, type KeyLike } from 'jose';
import type { CallerRole, Department, ZoneCode } from '@zone/common';

/** Issuer and audience of the development tokens made by `npm run token`. */
export const DEV_ISSUER = 'zone-dev-issuer';
export const DEV_AUDIENCE = 'zone-gateway';

export interface DevKeyPaths {
  /** Public keys of the development token issuer (JWKS_PATH). */
  jwks: string;
  issuerPrivate: string;
  /** The gateway's key for caller assertions (ASSERTION_KEY_PATH) and its public half (ASSERTION_PUBLIC_KEY_PATH). */
  assertionPrivate: string;
  assertionPublic: string;
}

export function devKeyPaths(dir: string): DevKeyPaths {
  return {
    jwks: path.join(dir, 'jwks.json'),
    issuerPrivate: path.join(dir, 'issuer-private.jwk.json'),
    assertionPrivate: path.join(dir, 'assertion-private.jwk.json'),
    assertionPublic: path.join(dir, 'assertion-public.jwk.json'),
  };
}

async function keyPair(): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
}

/** Creates the development keys in `dir` on first use (private keys readable by the owner only); never in git. */
export async function ensureDevKeys(dir: string): Promise<DevKeyPaths> {
  const paths = devKeyPaths(dir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(paths.issuerPrivate) || !fs.existsSync(paths.jwks)) {
    const issuer = await keyPair();
    fs.writeFileSync(paths.issuerPrivate, JSON.stringify(issuer.privateJwk), { mode: 0o600 });
    fs.writeFileSync(paths.jwks, JSON.stringify({ keys: [issuer.publicJwk] }, null, 2));
  }
  if (!fs.existsSync(paths.assertionPrivate) || !fs.existsSync(paths.assertionPublic)) {
    const assertion = await keyPair();
    fs.writeFileSync(paths.assertionPrivate, JSON.stringify(assertion.privateJwk), { mode: 0o600 });
    fs.writeFileSync(paths.assertionPublic, JSON.stringify(assertion.publicJwk, null, 2));
  }
  return paths;
}

export interface TokenClaims {
  role: CallerRole;
  org: string;
  zone?: ZoneCode;
  department?: Department;
  scopes?: string[];
}

/** Signs a token as the development issuer would (ES256, with its key id). */
export async function signToken(privateKey: KeyLike, kid: string | undefined, claims: TokenClaims, options: { issuer: string; audience: string; expiresIn: string; notBefore?: string; subject?: string }): Promise<string> {
  return new SignJWT({
    org: claims.org,
    role: claims.role,
    ...(claims.zone ? { zone: claims.zone } : {}),
    ...(claims.department ? { department: claims.department } : {}),
    ...(claims.scopes?.length ? { scope: claims.scopes.join(' ') } : {}),
  })
    .setProtectedHeader({ alg: 'ES256', ...(kid ? { kid } : {}) })
    .setSubject(options.subject ?? claims.org)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setNotBefore(options.notBefore ?? '0s')
    .setExpirationTime(options.expiresIn)
    .sign(privateKey);
}

/** A development token from the keys in `dir`. */
export async function issueDevToken(dir: string, claims: TokenClaims, expiresIn = '8h'): Promise<string> {
  const paths = await ensureDevKeys(dir);
  const jwk = JSON.parse(fs.readFileSync(paths.issuerPrivate, 'utf8')) as JWK;
  const key = (await importJWK(jwk, 'ES256')) as KeyLike;
  return signToken(key, jwk.kid, claims, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, expiresIn });
}

export interface LocalIssuer {
  issuer: string;
  audience: string;
  /** Verification keys, as the gateway gets them from a JWKS. */
  keys: JWTVerifyGetKey;
  issue: (claims: TokenClaims, expiresIn?: string, notBefore?: string) => Promise<string>;
}

/** An in-memory token issuer: for tests and benchmarks, which must not depend on files. */
export async function createLocalIssuer(issuer = 'zone-local-issuer', audience = DEV_AUDIENCE): Promise<LocalIssuer> {
  const { privateJwk, publicJwk } = await keyPair();
  const key = (await importJWK(privateJwk, 'ES256')) as KeyLike;
  return {
    issuer,
    audience,
    keys: createLocalJWKSet({ keys: [publicJwk] }),
    issue: (claims, expiresIn = '10m', notBefore) => signToken(key, privateJwk.kid, claims, { issuer, audience, expiresIn, notBefore }),
  };
}

/** A fresh ES256 key pair for caller assertions. */
export async function createAssertionKeys(): Promise<{ privateKey: KeyLike; publicKey: KeyLike }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { privateKey, publicKey };
}
