import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK, type JWTVerifyGetKey, type KeyLike } from 'jose';
import * as jose from 'jose';
import { createJwtAuthenticator } from '../authenticate';
import { signToken } from '../dev-keys';

// Counts signature verifications, leaving them as they are.
jest.mock('jose', () => {
  const actual = jest.requireActual<typeof import('jose')>('jose');
  return { ...actual, jwtVerify: jest.fn(actual.jwtVerify) };
});
const verifications = () => (jose.jwtVerify as jest.Mock).mock.calls.length;

const ISSUER = 'test-issuer';
const AUDIENCE = 'test-audience';

async function keyPair(kid: string): Promise<{ privateKey: KeyLike; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

const bearer = (token: string) => new Headers({ authorization: `Bearer ${token}` });
const claims = { org: '91440200MA4UX0000X', role: 'BANK' as const, zone: 'SHAOGUAN' as const };

describe('createJwtAuthenticator: verified tokens kept until expiry', () => {
  let current: JWTVerifyGetKey;
  let signer: Awaited<ReturnType<typeof keyPair>>;
  let clock: number;
  const keys: JWTVerifyGetKey = (header, input) => current(header, input);
  const authenticator = (cacheSize?: number) => createJwtAuthenticator({ keys, issuer: ISSUER, audience: AUDIENCE, now: () => clock, ...(cacheSize === undefined ? {} : { cacheSize }) });
  const issue = (expiresIn = '10m') => signToken(signer.privateKey, signer.publicJwk.kid, claims, { issuer: ISSUER, audience: AUDIENCE, expiresIn });
  const expiryOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp * 1000;

  beforeEach(async () => {
    signer = await keyPair('issuer-1');
    current = createLocalJWKSet({ keys: [signer.publicJwk] });
    clock = Date.now();
    (jose.jwtVerify as jest.Mock).mockClear();
  });

  it('verifies a token once and serves its later requests from the cache, each a copy of the caller', async () => {
    const authenticate = authenticator();
    const token = await issue();
    const first = await authenticate(bearer(token));
    expect(first).toMatchObject({ organisation: claims.org, role: 'BANK', zone: 'SHAOGUAN' });
    const again = await authenticate(bearer(token));
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    (again.scopes as string[]).push('pii:read');
    expect((await authenticate(bearer(token))).scopes).toEqual([]);
    expect(verifications()).toBe(1);
  });

  it('refuses a kept token from its exp on, as expired', async () => {
    const authenticate = authenticator();
    const token = await issue();
    const exp = expiryOf(token);
    await authenticate(bearer(token));
    clock = exp - 1;
    await expect(authenticate(bearer(token))).resolves.toMatchObject({ role: 'BANK' });
    expect(verifications()).toBe(1);
    clock = exp;
    await expect(authenticate(bearer(token))).rejects.toThrow('Invalid bearer token: token has expired');
    expect(verifications()).toBe(2);
  });

  it('refuses a kept token once its key is removed from the key set, and verifies again under a reloaded set', async () => {
    const authenticate = authenticator();
    const token = await issue();
    await authenticate(bearer(token));
    // The same key in a freshly loaded set (a JWKS refresh): verified again, and accepted.
    current = createLocalJWKSet({ keys: [signer.publicJwk] });
    await expect(authenticate(bearer(token))).resolves.toMatchObject({ role: 'BANK' });
    expect(verifications()).toBe(2);
    await authenticate(bearer(token));
    expect(verifications()).toBe(2);
    // The key rotated out.
    current = createLocalJWKSet({ keys: [(await keyPair('issuer-2')).publicJwk] });
    await expect(authenticate(bearer(token))).rejects.toThrow('Invalid bearer token: token is signed with a key the gateway does not know');
  });

  it('keeps at most cacheSize tokens, the least recently used dropped first; 0 keeps none', async () => {
    const authenticate = authenticator(2);
    const [a, b, c] = await Promise.all([issue('10m'), issue('11m'), issue('12m')]);
    for (const token of [a!, b!, c!]) await authenticate(bearer(token));
    expect(verifications()).toBe(3);
    await authenticate(bearer(c!));
    await authenticate(bearer(b!));
    expect(verifications()).toBe(3);
    await authenticate(bearer(a!));
    expect(verifications()).toBe(4);

    const uncached = authenticator(0);
    await uncached(bearer(a!));
    await uncached(bearer(a!));
    expect(verifications()).toBe(6);
  });

  it('keeps no refusal: a token refused once is refused again, after verifying it again', async () => {
    const authenticate = authenticator();
    const other = await keyPair('issuer-1');
    const forged = await signToken(other.privateKey, 'issuer-1', claims, { issuer: ISSUER, audience: AUDIENCE, expiresIn: '10m' });
    await expect(authenticate(bearer(forged))).rejects.toThrow('token signature is invalid');
    await expect(authenticate(bearer(forged))).rejects.toThrow('token signature is invalid');
    expect(verifications()).toBe(2);
  });
});
