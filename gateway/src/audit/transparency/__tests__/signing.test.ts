import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sm2 } from 'sm-crypto-v2';
import {
  auditKeysDocument,
  auditSigningKeyFile,
  generateAuditSigningKey,
  loadAuditSigningKey,
  signTreeHead,
  treeHeadMessage,
  treeHeadProblem,
  verifyTreeHeadSignature,
  type SignedTreeHead,
} from '../signing';

const key = generateAuditSigningKey();
const keys = auditKeysDocument(key);
const head = signTreeHead(key, { treeSize: 7, rootHash: 'ab'.repeat(32), timestamp: new Date('2026-12-03T10:00:00.123Z') });

describe('signed tree heads (SM2, GB/T 32918)', () => {
  it('signs the UTF-8 text treeSize.rootHash.timestamp, r ‖ s in 128 hex, under the key id audit:1', () => {
    expect(treeHeadMessage(head)).toBe(`7.${'ab'.repeat(32)}.2026-12-03T10:00:00.123Z`);
    expect(head).toMatchObject({ treeSize: 7, timestamp: '2026-12-03T10:00:00.123Z', keyId: 'audit:1' });
    expect(head.signature).toMatch(/^[0-9a-f]{128}$/);
    expect(keys).toEqual({ keys: [{ kid: 'audit:1', algorithm: 'SM2-SM3', publicKey: key.publicKey }] });
    expect(key.publicKey).toMatch(/^04[0-9a-f]{128}$/);
  });

  it('verifies with the published key, as any SM2 implementation does with the default user id', () => {
    expect(verifyTreeHeadSignature(head, keys)).toEqual({ ok: true });
    // Plain sm-crypto-v2 over the text, its default user id (1234567812345678), raw r ‖ s.
    expect(sm2.doVerifySignature(treeHeadMessage(head), head.signature, key.publicKey, { hash: true, der: false })).toBe(true);
  });

  it.each<[string, Partial<SignedTreeHead>]>([
    ['a larger size', { treeSize: 8 }],
    ['another root', { rootHash: 'cd'.repeat(32) }],
    ['another time', { timestamp: '2026-12-03T10:00:00.124Z' }],
    ['a signature of another head', { signature: signTreeHead(key, { treeSize: 6, rootHash: 'ab'.repeat(32), timestamp: new Date('2026-12-03T10:00:00.123Z') }).signature }],
  ])('rejects a head rewritten with %s', (_name, change) => {
    const verdict = verifyTreeHeadSignature({ ...head, ...change }, keys);
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/does not verify/) });
  });

  it('rejects a head signed by another key under the same id, and one whose key is not published', () => {
    const other = generateAuditSigningKey();
    expect(verifyTreeHeadSignature(signTreeHead(other, { treeSize: 7, rootHash: head.rootHash, timestamp: new Date(head.timestamp) }), keys).ok).toBe(false);
    expect(verifyTreeHeadSignature({ ...head, keyId: 'audit:2' }, keys)).toEqual({ ok: false, reason: 'no published key has the id audit:2' });
  });

  it.each([
    [{ ...head, treeSize: -1 }, 'treeSize'],
    [{ ...head, rootHash: 'AB'.repeat(32) }, 'rootHash'],
    [{ ...head, timestamp: '2026-12-03T10:00:00Z' }, 'timestamp'],
    [{ ...head, signature: head.signature.slice(2) }, 'signature'],
    [null, 'JSON object'],
  ])('names the field of a malformed head (%#)', (value, field) => {
    expect(treeHeadProblem(value)).toContain(field);
  });
});

describe('the audit signing key file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-key-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads what it writes', () => {
    const file = path.join(dir, 'key.json');
    fs.writeFileSync(file, auditSigningKeyFile(key));
    expect(loadAuditSigningKey(file)).toEqual(key);
  });

  it.each([
    ['a public key of another private key', () => ({ ...key, publicKey: generateAuditSigningKey().publicKey }), /not the public key/],
    ['no key id', () => ({ ...key, kid: '' }), /"kid"/],
    ['a short private key', () => ({ ...key, privateKey: 'ab' }), /"privateKey"/],
  ])('refuses %s, naming the variable', (_name, make, message) => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(make()));
    expect(() => loadAuditSigningKey(file)).toThrow(message);
    expect(() => loadAuditSigningKey(file)).toThrow(/^AUDIT_SIGNING_KEY_PATH/);
  });

  it('refuses a missing file, naming the variable', () => {
    expect(() => loadAuditSigningKey(path.join(dir, 'none.json'))).toThrow(/^AUDIT_SIGNING_KEY_PATH: cannot read/);
  });
});
