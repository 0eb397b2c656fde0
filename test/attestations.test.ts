import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyAttestationToken, verifyRevocationList, type KeyDirectory } from '@zone/common';
import { demoResident } from '../scripts/demo/generate';
import { verifyOffline } from '../scripts/lib/attestation-verify';
import { TEST_SEED } from './support/constants';
import { startStack, type Stack } from './support/stack';

/**
 * Mutual recognition through the gateway: public security signs a buyer's identity MATCH for an
 * order when it records the check; the token verifies through verifyAttestation and offline with
 * the published key directory; a later check of the order supersedes it and it reads revoked.
 */

let stack: Stack;
let platform: string;
const BUYER = demoResident(TEST_SEED, 11);
const ORDER_NO = `AT-${Date.now().toString(36).toUpperCase()}`;
const ITEM = { gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.50', country: 'NZL' };

interface AttestationView {
  token: string;
  serial: string;
  claim: string;
  issuer: string;
  issuedAt: string;
  expiresAt: string;
  revoked: boolean;
  revocationReason: string | null;
}
interface Verification {
  valid: boolean;
  reasons: { code: string; message: string }[];
  claim: { serial: string; issuer: string; subjectType: string; subjectKey: string; claim: string; evidence: string; keyId: string } | null;
}

const VERIFY = `query($token: String!) { verifyAttestation(token: $token) { valid reasons { code message } claim { serial issuer keyId subjectType subjectKey claim evidence } } }`;
const CHECK = `mutation($name: String!, $idNumber: IdNumber!, $ebpCode: String, $orderNo: String) {
  verifyIdentity(name: $name, idNumber: $idNumber, ebpCode: $ebpCode, orderNo: $orderNo) {
    serialNo verdict attestation { token serial claim issuer issuedAt expiresAt revoked revocationReason }
  }
}`;

async function verify(token: string) {
  const response = await stack.query<{ verifyAttestation: Verification }>(VERIFY, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.verifyAttestation;
}

async function checkIdentity(): Promise<{ serialNo: string; verdict: string; attestation: AttestationView | null }> {
  const response = await stack.query<{ verifyIdentity: { serialNo: string; verdict: string; attestation: AttestationView | null } }>(CHECK, {
    name: BUYER.name, idNumber: BUYER.idNumber, ebpCode: platform, orderNo: ORDER_NO,
  });
  expect(response.errors).toBeUndefined();
  return response.data!.verifyIdentity;
}

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack({ trustedDocuments: false });
  const { data } = await stack.query<{ enterprises: { edges: { node: { uscc: string; roles: string[] } }[] } }>('{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc roles } } } }');
  const enterprises = data!.enterprises.edges.map((e) => e.node);
  platform = enterprises.find((e) => e.roles.includes('PLATFORM'))!.uscc;
  const seller = enterprises.find((e) => e.roles.includes('ECOMMERCE') && !e.roles.includes('PLATFORM'))!.uscc;
  const payer = enterprises.find((e) => e.roles.includes('PAYMENT'))!.uscc;
  const order = await stack.query('mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }', {
    input: {
      ebpCode: platform, orderNo: ORDER_NO, direction: 'IMPORT', tradeMode: '9610', ebcCode: seller,
      goodsValue: '300.50', freight: '10.00', discount: '0.00', taxTotal: '0.00', actualPaid: '310.50', currency: 'CNY',
      buyer: { name: BUYER.name, idType: '1', idNumber: BUYER.idNumber, phone: BUYER.phone },
      consignee: BUYER.name, consigneeAddress: '韶关市浈江区某路1号', payCode: payer, payTransactionId: `PAY-${ORDER_NO}`,
      orderedAt: new Date(Date.now() - 3600_000).toISOString(), items: [ITEM],
    },
  });
  expect(order.errors).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('identity attestations of public security', () => {
  let first: { serialNo: string; verdict: string; attestation: AttestationView | null };
  let directory: KeyDirectory;

  it('publishes every department\'s SM2 key: GET /keys/departments.json and departmentKeys alike, no private half', async () => {
    const response = await fetch(`${stack.gatewayBase}/keys/departments.json`);
    expect(response.status).toBe(200);
    directory = (await response.json()) as KeyDirectory;
    expect(directory).toEqual(stack.attestationKeys);
    expect(directory.keys.map((key) => key.kid).sort()).toEqual(['commerce:1', 'customs:1', 'forex:1', 'post:1', 'public-security:1', 'tax:1']);
    expect(JSON.stringify(directory)).not.toMatch(/private/i);
    for (const key of directory.keys) expect(key).toMatchObject({ algorithm: 'SM2-SM3', publicKey: expect.stringMatching(/^04[0-9a-f]{128}$/), validUntil: null });
    const { data, errors } = await stack.query<{ departmentKeys: { kid: string; publicKey: string; algorithm: string }[] }>('{ departmentKeys { department kid algorithm publicKey validFrom validUntil } }');
    expect(errors).toBeUndefined();
    expect(data!.departmentKeys.map((key) => key.publicKey).sort()).toEqual(directory.keys.map((key) => key.publicKey).sort());
  });

  it('signs a MATCH for an order when the check is recorded, and the token verifies through the gateway', async () => {
    first = await checkIdentity();
    expect(first.verdict).toBe('MATCH');
    const attestation = first.attestation!;
    expect(attestation).toMatchObject({ serial: `public-security:${first.serialNo}`, claim: 'BUYER_IDENTITY_VERIFIED', issuer: 'public-security', revoked: false, revocationReason: null });
    const header = JSON.parse(Buffer.from(attestation.token.split('.')[0]!, 'base64url').toString()) as unknown;
    expect(header).toEqual({ alg: 'SM2-SM3', kid: 'public-security:1', typ: 'zone-attestation+v1' });
    const verification = await verify(attestation.token);
    expect(verification).toMatchObject({ valid: true, reasons: [], claim: { serial: attestation.serial, issuer: 'public-security', keyId: 'public-security:1', subjectType: 'Order', subjectKey: `${platform}/${ORDER_NO}`, claim: 'BUYER_IDENTITY_VERIFIED' } });
    // Read again: the same token, stored when the decision was made, not signed anew.
    const again = await stack.query<{ identityCheck: { attestation: AttestationView } }>('query($s: ID!) { identityCheck(serialNo: $s) { attestation { token } } }', { s: first.serialNo });
    expect(again.data!.identityCheck.attestation.token).toBe(attestation.token);
  });

  it('verifies offline with the published key directory alone (npm run attestation:verify)', () => {
    const token = first.attestation!.token;
    expect(verifyAttestationToken(token, { directory })).toMatchObject({ valid: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attestation-'));
    const keys = path.join(dir, 'departments.json');
    fs.writeFileSync(keys, JSON.stringify(directory));
    const outcome = verifyOffline([token, '--keys', keys], '/nonexistent');
    expect(outcome.exitCode).toBe(0);
    expect(outcome.lines[0]).toBe('VALID');
    expect(outcome.lines.join('\n')).toContain(`BUYER_IDENTITY_VERIFIED of Order ${platform}/${ORDER_NO}`);
    // The same token against another department's key under its kid: not valid.
    const forged = { keys: directory.keys.map((key) => (key.kid === 'public-security:1' ? { ...key, publicKey: directory.keys.find((k) => k.kid === 'customs:1')!.publicKey } : key)) };
    fs.writeFileSync(keys, JSON.stringify(forged));
    const refused = verifyOffline([token, '--keys', keys], '/nonexistent');
    expect(refused.exitCode).toBe(1);
    expect(refused.lines.join('\n')).toContain('BAD_SIGNATURE');
    expect(verifyOffline(['not a token!', '--keys', keys], '/nonexistent').exitCode).toBe(2);
  });

  it('answers a tampered token with valid: false and the reason, and garbage with BAD_USER_INPUT, never a 500', async () => {
    const [header, payload, signature] = first.attestation!.token.split('.') as [string, string, string];
    const altered = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...altered, sub: { type: 'Order', key: `${platform}/OTHER` } })).toString('base64url')}.${signature}`;
    expect(await verify(tampered)).toMatchObject({ valid: false, reasons: [{ code: 'BAD_SIGNATURE' }] });
    expect(await verify('a.b.c')).toMatchObject({ valid: false, reasons: [{ code: 'BAD_ENCODING' }], claim: null });
    for (const token of ['not a token!', '', 'x'.repeat(9000)]) {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' })}` },
        body: JSON.stringify({ query: VERIFY, variables: { token } }),
      });
      expect(response.status).toBeLessThan(500);
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('revokes the attestation when a later check of the order supersedes it: status, verification and the signed revocation list say so', async () => {
    const second = await checkIdentity();
    expect(second.attestation).toMatchObject({ revoked: false });
    const status = await stack.query<{ attestationStatus: { revoked: boolean; revocationReason: string } }>('query($s: ID!) { attestationStatus(serial: $s) { serial issuer claim revoked revocationReason revokedAt } }', { s: first.attestation!.serial });
    expect(status.errors).toBeUndefined();
    expect(status.data!.attestationStatus).toMatchObject({ revoked: true, revocationReason: `superseded by identity check ${second.serialNo}` });
    const verification = await verify(first.attestation!.token);
    expect(verification.valid).toBe(false);
    expect(verification.reasons.map((reason) => reason.code)).toEqual(['REVOKED']);
    expect((await verify(second.attestation!.token)).valid).toBe(true);
    const reread = await stack.query<{ identityCheck: { attestation: AttestationView } }>('query($s: ID!) { identityCheck(serialNo: $s) { attestation { revoked revocationReason } } }', { s: first.serialNo });
    expect(reread.data!.identityCheck.attestation).toMatchObject({ revoked: true });

    const response = await fetch(`${stack.gatewayBase}/keys/revocations.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { lists: { department: string; list: string }[] };
    const list = document.lists.find((entry) => entry.department === 'public-security')!;
    const verified = verifyRevocationList(list.list, directory);
    expect(verified.ok && verified.list.revoked.map((entry) => entry.jti)).toContain(first.attestation!.serial);
    // Offline, with the saved revocation list: revoked too.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revocations-'));
    fs.writeFileSync(path.join(dir, 'keys.json'), JSON.stringify(directory));
    fs.writeFileSync(path.join(dir, 'revocations.json'), JSON.stringify(document));
    const offline = verifyOffline([first.attestation!.token, '--keys', path.join(dir, 'keys.json'), '--revocations', path.join(dir, 'revocations.json')], '/nonexistent');
    expect(offline.exitCode).toBe(1);
    expect(offline.lines.join('\n')).toContain('REVOKED');
  });

  it('answers null for a serial no issuer has, and gives no attestation to a check made for no order', async () => {
    const unknown = await stack.query<{ attestationStatus: unknown }>('query($s: ID!) { attestationStatus(serial: $s) { serial } }', { s: 'public-security:GA000' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.attestationStatus).toBeNull();
    const loose = await stack.query<{ verifyIdentity: { attestation: unknown } }>('mutation($name: String!, $idNumber: IdNumber!) { verifyIdentity(name: $name, idNumber: $idNumber, zone: SHAOGUAN) { attestation { serial } } }', { name: BUYER.name, idNumber: BUYER.idNumber });
    expect(loose.errors).toBeUndefined();
    expect(loose.data!.verifyIdentity.attestation).toBeNull();
  });
});
