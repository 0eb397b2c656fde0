import { decodeJwt, generateKeyPair } from 'jose';
import { reusableCallerAssertion, verifyCallerAssertion } from '../assertion';
import type { Caller } from '../caller';

const platform: Caller = { organisation: 'ZONE-PLATFORM', role: 'PLATFORM', zone: null, department: null, scopes: ['pii:read'], purpose: 'dispute review' };
const bank: Caller = { organisation: 'BANK-0001', role: 'BANK', zone: null, department: null, scopes: [] };

describe('caller assertions reused and verified once', () => {
  it('gives the same caller the same assertion for 30 s, then a new one; another caller, purpose or key gets its own', async () => {
    const keys = await generateKeyPair('ES256');
    const other = await generateKeyPair('ES256');
    const t0 = Date.now();
    const first = await reusableCallerAssertion(platform, keys.privateKey, t0);
    expect(await reusableCallerAssertion({ ...platform }, keys.privateKey, t0 + 29_000)).toBe(first);
    expect(await reusableCallerAssertion(platform, keys.privateKey, t0 + 31_000)).not.toBe(first);
    expect(await reusableCallerAssertion(bank, keys.privateKey, t0)).not.toBe(first);
    expect(await reusableCallerAssertion({ ...platform, purpose: 'another purpose' }, keys.privateKey, t0)).not.toBe(first);
    expect(await reusableCallerAssertion({ ...platform, scopes: [] }, keys.privateKey, t0)).not.toBe(first);
    expect(await reusableCallerAssertion(platform, other.privateKey, t0)).not.toBe(first);
    // No request id inside: it travels beside the assertion.
    expect(decodeJwt(first).rid).toBeUndefined();
  });

  it('answers a verified assertion from the cache only for the key that verified it, and never a tampered one', async () => {
    const keys = await generateKeyPair('ES256');
    const other = await generateKeyPair('ES256');
    const token = await reusableCallerAssertion(platform, keys.privateKey);
    expect(await verifyCallerAssertion(token, keys.publicKey)).toEqual(platform);
    // Cached now; a caller changed by one request does not change the next one's.
    const again = await verifyCallerAssertion(token, keys.publicKey);
    (again.scopes as string[]).push('audit:read');
    expect(await verifyCallerAssertion(token, keys.publicKey)).toEqual(platform);
    await expect(verifyCallerAssertion(token, other.publicKey)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${payload}.${signature!.slice(0, -4)}AAAA`;
    await expect(verifyCallerAssertion(tampered, keys.publicKey)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // Past its expiry the cached answer is not used: the token is verified again (and jose still accepts it now).
    expect(await verifyCallerAssertion(token, keys.publicKey, Date.now() + 120_000)).toEqual(platform);
  });
});
