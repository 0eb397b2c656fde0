import { sm2 as sm2v2 } from 'sm-crypto-v2';
import { generateSm2KeyPair, isSm2PublicKey, sm2PublicKeyOf, sm2Sign, sm2Verify, SM2_DEFAULT_USER_ID } from '../sm2';

// sm-crypto (the original library, independent of sm-crypto-v2's noble-curves arithmetic) ships no types.
interface LegacySm2 {
  generateKeyPairHex(): { privateKey: string; publicKey: string };
  doSignature(msg: string, privateKey: string, options: { hash: boolean; publicKey: string; userId: string }): string;
  doVerifySignature(msg: string, signature: string, publicKey: string, options: { hash: boolean; userId: string }): boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const legacy = (require('sm-crypto') as { sm2: LegacySm2 }).sm2;

/**
 * The published example of SM2 signing on the recommended curve: GM/T 0003.5-2012 Annex A (the
 * same values as GB/T 32918.5-2017), user id 1234567812345678, message "message digest". Values as
 * OpenSSL's test/sm2_internal_test.c (sm2_sig_test, "the field values are from GM/T 0003.5-2012,
 * Annex A") and emmansun/gmsm's sm2 tests carry them.
 */
const PUBLISHED = {
  privateKey: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  publicKey: '04' + '09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' + 'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  message: 'message digest',
  k: '59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21',
  r: 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3',
  s: 'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa',
};

describe('SM2 (GB/T 32918.2) with SM3 and the default user id', () => {
  it('uses the default user id of GM/T 0009', () => {
    expect(SM2_DEFAULT_USER_ID).toBe('1234567812345678');
  });

  it('derives the published public key from the published private key', () => {
    expect(sm2PublicKeyOf(PUBLISHED.privateKey)).toBe(PUBLISHED.publicKey);
    expect(isSm2PublicKey(PUBLISHED.publicKey)).toBe(true);
  });

  it('verifies the published signature and refuses it over another message or from another key', () => {
    const signature = PUBLISHED.r + PUBLISHED.s;
    expect(sm2Verify(PUBLISHED.message, signature, PUBLISHED.publicKey)).toBe(true);
    expect(sm2Verify('message digesT', signature, PUBLISHED.publicKey)).toBe(false);
    expect(sm2Verify(PUBLISHED.message, signature, generateSm2KeyPair().publicKey)).toBe(false);
    // The same signature under another user id: Z_A differs, so it fails.
    expect(sm2Verify(PUBLISHED.message, signature, PUBLISHED.publicKey, 'ALICE123@YAHOO.COM')).toBe(false);
  });

  it('reproduces the published r and s from the published nonce k (the library signs by the standard)', () => {
    const kG = sm2v2.getPublicKeyFromPrivateKey(PUBLISHED.k);
    const signature = sm2v2.doSignature(PUBLISHED.message, PUBLISHED.privateKey, {
      hash: true,
      publicKey: PUBLISHED.publicKey,
      userId: SM2_DEFAULT_USER_ID,
      pointPool: [{ k: BigInt(`0x${PUBLISHED.k}`), x1: BigInt(`0x${kG.slice(2, 66)}`) }],
    });
    expect(signature).toBe(PUBLISHED.r + PUBLISHED.s);
  });

  it('signs as 64 bytes r‖s that verify', () => {
    const key = generateSm2KeyPair();
    expect(key.publicKey).toMatch(/^04[0-9a-f]{128}$/);
    const signature = sm2Sign('abc', key);
    expect(signature).toMatch(/^[0-9a-f]{128}$/);
    expect(sm2Verify('abc', signature, key.publicKey)).toBe(true);
  });

  it('interoperates with sm-crypto: its signatures verify here and ours verify there', () => {
    for (let i = 0; i < 5; i += 1) {
      const message = `eyJhbGciOiJTTTItU00zIn0.payload-${i}`;
      const theirs = legacy.generateKeyPairHex();
      const theirSignature = legacy.doSignature(message, theirs.privateKey, { hash: true, publicKey: theirs.publicKey, userId: SM2_DEFAULT_USER_ID });
      expect(sm2Verify(message, theirSignature, theirs.publicKey)).toBe(true);
      expect(sm2Verify(`${message}x`, theirSignature, theirs.publicKey)).toBe(false);

      const ours = generateSm2KeyPair();
      const ourSignature = sm2Sign(message, ours);
      expect(legacy.doVerifySignature(message, ourSignature, ours.publicKey, { hash: true, userId: SM2_DEFAULT_USER_ID })).toBe(true);
      expect(legacy.doVerifySignature(`${message}x`, ourSignature, ours.publicKey, { hash: true, userId: SM2_DEFAULT_USER_ID })).toBe(false);
    }
  });

  it('answers false, never throws, for malformed signatures and keys', () => {
    const key = generateSm2KeyPair();
    for (const signature of ['', 'zz', '00'.repeat(64), 'f'.repeat(128), 'a'.repeat(127), 'A'.repeat(128)]) {
      expect(sm2Verify('abc', signature, key.publicKey)).toBe(false);
    }
    for (const publicKey of ['', '04', `04${'0'.repeat(128)}`, `02${key.publicKey.slice(2, 66)}`, key.publicKey.toUpperCase()]) {
      expect(sm2Verify('abc', sm2Sign('abc', key), publicKey)).toBe(false);
      expect(isSm2PublicKey(publicKey)).toBe(false);
    }
  });
});
