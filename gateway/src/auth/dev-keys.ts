import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { auditSigningKeyFile, generateAuditSigningKey } from '../audit/transparency/signing';
import { DEPARTMENTS, DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER, createAttestationKeyRing, keyDirectoryOf, loadAttestationKeyRing, systemKeyIdOf, type CallerRole, type Department, type ZoneCode } from '@zone/common';

/** Issuer and audience of the development tokens made by `npm run token`. */
export const DEV_ISSUER = DEV_TOKEN_ISSUER;
export const DEV_AUDIENCE = DEV_TOKEN_AUDIENCE;

export interface DevKeyPaths {
  /** Public keys of the development token issuer (JWKS_PATH). */
  jwks: string;
  issuerPrivate: string;
  /** The gateway's key for caller assertions (ASSERTION_KEY_PATH) and its public half (ASSERTION_PUBLIC_KEY_PATH). */
  assertionPrivate: string;
  assertionPublic: string;
  /** Each department system's signing key (SYSTEM_KEY_PATH); its public half is in the JWKS. */
  systemPrivate: Record<Department, string>;
  /** The gateway's SM2 key for the audit log's tree heads (AUDIT_SIGNING_KEY_PATH), key id audit:1. */
  auditSigning: string;
  /** Each department's SM2 attestation key ring (ATTESTATION_KEY_PATH), key ids <department>:<n>. */
  attestation: Record<Department, string>;
  /** The public key directory of every department's attestation keys (ATTESTATION_KEY_DIRECTORY_PATH). */
  attestationDirectory: string;
}

export function devKeyPaths(dir: string): DevKeyPaths {
  return {
    jwks: path.join(dir, 'jwks.json'),
    issuerPrivate: path.join(dir, 'issuer-private.jwk.json'),
    assertionPrivate: path.join(dir, 'assertion-private.jwk.json'),
    assertionPublic: path.join(dir, 'assertion-public.jwk.json'),
    systemPrivate: Object.fromEntries(DEPARTMENTS.map((department) => [department, path.join(dir, `system-${department}-private.jwk.json`)])) as Record<Department, string>,
    auditSigning: path.join(dir, 'audit-signing-key.json'),
    attestation: Object.fromEntries(DEPARTMENTS.map((department) => [department, path.join(dir, `attestation-${department}.json`)])) as Record<Department, string>,
    attestationDirectory: path.join(dir, 'attestation-key-directory.json'),
  };
}

async function keyPair(kid: string = randomUUID()): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
}

/** Creates the development keys in `dir` on first use (private keys readable by the owner only); never in git. */
export async function ensureDevKeys(dir: string): Promise<DevKeyPaths> {
  const paths = devKeyPaths(dir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const systemKeysMissing = DEPARTMENTS.some((department) => !fs.existsSync(paths.systemPrivate[department]));
  if (!fs.existsSync(paths.issuerPrivate) || !fs.existsSync(paths.jwks) || systemKeysMissing) {
    const issuer = await keyPair();
    const systems = await Promise.all(DEPARTMENTS.map((department) => keyPair(systemKeyIdOf(department))));
    fs.writeFileSync(paths.issuerPrivate, JSON.stringify(issuer.privateJwk), { mode: 0o600 });
    DEPARTMENTS.forEach((department, index) => fs.writeFileSync(paths.systemPrivate[department], JSON.stringify(systems[index]!.privateJwk), { mode: 0o600 }));
    fs.writeFileSync(paths.jwks, JSON.stringify({ keys: [issuer.publicJwk, ...systems.map((system) => system.publicJwk)] }, null, 2));
  }
  if (!fs.existsSync(paths.assertionPrivate) || !fs.existsSync(paths.assertionPublic)) {
    const assertion = await keyPair();
    fs.writeFileSync(paths.assertionPrivate, JSON.stringify(assertion.privateJwk), { mode: 0o600 });
    fs.writeFileSync(paths.assertionPublic, JSON.stringify(assertion.publicJwk, null, 2));
  }
  if (!fs.existsSync(paths.auditSigning)) fs.writeFileSync(paths.auditSigning, auditSigningKeyFile(generateAuditSigningKey()), { mode: 0o600 });
  ensureAttestationKeys(paths);
  return paths;
}

/**
 * Each department's attestation key ring, created on first use (and kept: rotating one, see
 * rotateAttestationKeyRing, adds a key), and the public key directory written anew from the rings
 * every time, so a rotation shows in it at the next start.
 */
function ensureAttestationKeys(paths: DevKeyPaths): void {
  const rings = DEPARTMENTS.map((department) => {
    const file = paths.attestation[department];
    if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify(createAttestationKeyRing(department), null, 2), { mode: 0o600 });
    return loadAttestationKeyRing(file);
  });
  fs.writeFileSync(paths.attestationDirectory, JSON.stringify(keyDirectoryOf(rings), null, 2));
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

/** A development token from the keys in `dir` (SYSTEM tokens under their department's key). */
export async function issueDevToken(dir: string, claims: TokenClaims, expiresIn = '8h'): Promise<string> {
  const paths = await ensureDevKeys(dir);
  // A department system's token is signed with that department's key, as the gateway requires.
  const keyFile = claims.role === 'SYSTEM' && claims.department ? paths.systemPrivate[claims.department] : paths.issuerPrivate;
  const jwk = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as JWK;
  const key = (await importJWK(jwk, 'ES256')) as KeyLike;
  return signToken(key, jwk.kid, claims, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, expiresIn });
}

export interface LocalIssuer {
  issuer: string;
  audience: string;
  /** Verification keys, as the gateway gets them from a JWKS. */
  keys: JWTVerifyGetKey;
  /** A token as its holder would get it: SYSTEM tokens signed by their department's key, all others by the issuer. */
  issue: (claims: TokenClaims, expiresIn?: string, notBefore?: string) => Promise<string>;
  /** A token signed by the key given, whatever it claims: for tests of keys that speak beyond their remit. */
  issueSignedBy: (signer: 'issuer' | Department, claims: TokenClaims) => Promise<string>;
  /** Each department system's own signing key, trusted by `keys` under the key id system:<department>. */
  systemKeys: Record<Department, KeyLike>;
}

/** An in-memory token issuer: for tests and benchmarks, which must not depend on files. */
export async function createLocalIssuer(issuer = 'zone-local-issuer', audience = DEV_AUDIENCE): Promise<LocalIssuer> {
  const { privateJwk, publicJwk } = await keyPair();
  const key = (await importJWK(privateJwk, 'ES256')) as KeyLike;
  const systems = await Promise.all(DEPARTMENTS.map((department) => keyPair(systemKeyIdOf(department))));
  const systemKeys = {} as Record<Department, KeyLike>;
  for (const [index, department] of DEPARTMENTS.entries()) systemKeys[department] = (await importJWK(systems[index]!.privateJwk, 'ES256')) as KeyLike;
  return {
    issuer,
    audience,
    systemKeys,
    keys: createLocalJWKSet({ keys: [publicJwk, ...systems.map((system) => system.publicJwk)] }),
    issue: (claims, expiresIn = '10m', notBefore) =>
      claims.role === 'SYSTEM' && claims.department
        ? signToken(systemKeys[claims.department], systemKeyIdOf(claims.department), claims, { issuer, audience, expiresIn, notBefore })
        : signToken(key, privateJwk.kid, claims, { issuer, audience, expiresIn, notBefore }),
    issueSignedBy: (signer, claims) =>
      signer === 'issuer'
        ? signToken(key, privateJwk.kid, claims, { issuer, audience, expiresIn: '10m' })
        : signToken(systemKeys[signer], systemKeyIdOf(signer), claims, { issuer, audience, expiresIn: '10m' }),
  };
}

/** A fresh ES256 key pair for caller assertions. */
export async function createAssertionKeys(): Promise<{ privateKey: KeyLike; publicKey: KeyLike }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { privateKey, publicKey };
}
