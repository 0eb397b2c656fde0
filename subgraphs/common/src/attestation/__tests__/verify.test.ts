import { canonicalJson } from '../../writes';
import { base64url, decodeAttestation, evidenceOf, signAttestation, tokenShapeProblem, type AttestationPayload } from '../format';
import { createAttestationKeyRing, keyDirectoryOf, parseKeyDirectory, rotateAttestationKeyRing, signerOf, type KeyDirectory } from '../key-directory';
import { signRevocationList, verifyRevocationList } from '../revocations';
import { sm2Sign } from '../sm2';
import { verifyAttestationToken, type AttestationFailure } from '../verify';

const NOW = new Date('2026-12-03T10:00:00Z');
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const ring = createAttestationKeyRing('public-security', new Date('2026-01-01T00:00:00Z'));
const customsRing = createAttestationKeyRing('customs', new Date('2026-01-01T00:00:00Z'));
const signer = signerOf(ring);
const directory: KeyDirectory = keyDirectoryOf([ring, customsRing]);

function payload(overrides: Partial<AttestationPayload> = {}): AttestationPayload {
  return {
    iss: 'public-security',
    sub: { type: 'Order', key: '91440300MA5FTEST01/ORD-1' },
    claim: 'BUYER_IDENTITY_VERIFIED',
    basis: '海关总署公告2018年第194号',
    evidence: evidenceOf({ serialNo: 'GA202612030000001', verdict: 'MATCH' }),
    iat: seconds(NOW) - 60,
    exp: seconds(NOW) + 86400,
    jti: 'public-security:GA202612030000001',
    ...overrides,
  };
}

/** A token with its header and payload as given, signed (or not) as given: for forged cases. */
function forge(header: object, body: object, sign: (input: string) => string = (input) => sm2Sign(input, signer)): string {
  const input = `${base64url(canonicalJson(header))}.${base64url(canonicalJson(body))}`;
  return `${input}.${base64url(Buffer.from(sign(input), 'hex'))}`;
}

const good = signAttestation(payload(), signer);
const [goodHeader, goodPayload, goodSignature] = good.split('.') as [string, string, string];
const other = signAttestation(payload({ jti: 'public-security:GA202612030000002' }), signer);

describe('attestation format', () => {
  it('writes the fixed header and a canonical payload', () => {
    expect(Buffer.from(goodHeader, 'base64url').toString()).toBe(`{"alg":"SM2-SM3","kid":"public-security:1","typ":"zone-attestation+v1"}`);
    expect(Buffer.from(goodPayload, 'base64url').toString()).toBe(canonicalJson(payload()));
    expect(Buffer.from(goodSignature, 'base64url')).toHaveLength(64);
    const decoded = decodeAttestation(good);
    expect(decoded.ok && decoded.value.payload).toEqual(payload());
  });

  it('refuses to sign a payload of another department with this key', () => {
    expect(() => signAttestation(payload({ iss: 'customs' }), signer)).toThrow('cannot be signed with a key of public-security');
  });

  it('tells garbage arguments apart from tokens worth decoding', () => {
    expect(tokenShapeProblem('')).toMatch('empty');
    expect(tokenShapeProblem('x'.repeat(9000))).toMatch('at most 8192');
    expect(tokenShapeProblem('not a token!')).toMatch('three base64url parts');
    expect(tokenShapeProblem(good)).toBeNull();
  });
});

describe('verifyAttestationToken', () => {
  it('accepts a well-signed attestation and returns its claim', () => {
    const result = verifyAttestationToken(good, { directory, now: NOW });
    expect(result).toMatchObject({ valid: true, reasons: [], payload: payload() });
  });

  const retiredRing = rotateAttestationKeyRing(ring, new Date('2026-06-01T00:00:00Z'));
  const retiredDirectory = keyDirectoryOf([retiredRing]);
  const cases: [string, string, Partial<{ directory: KeyDirectory; now: Date; revoked: boolean }>, AttestationFailure[]][] = [
    ['a tampered payload', `${goodHeader}.${base64url(canonicalJson(payload({ sub: { type: 'Order', key: 'OTHER/ORD-9' } })))}.${goodSignature}`, {}, ['BAD_SIGNATURE']],
    ['a signature swapped in from another attestation', `${goodHeader}.${goodPayload}.${other.split('.')[2]}`, {}, ['BAD_SIGNATURE']],
    ['a signature by another department\'s key', forge({ alg: 'SM2-SM3', kid: 'public-security:1', typ: 'zone-attestation+v1' }, payload(), (input) => sm2Sign(input, signerOf(customsRing))), {}, ['BAD_SIGNATURE']],
    ['an unknown kid', forge({ alg: 'SM2-SM3', kid: 'public-security:7', typ: 'zone-attestation+v1' }, payload()), {}, ['UNKNOWN_KEY']],
    ['a kid of another department than iss', forge({ alg: 'SM2-SM3', kid: 'customs:1', typ: 'zone-attestation+v1' }, payload(), (input) => sm2Sign(input, signerOf(customsRing))), {}, ['ISSUER_MISMATCH']],
    ['a retired key used after its validity', good, { directory: retiredDirectory }, ['KEY_NOT_VALID']],
    ['alg other than SM2-SM3', forge({ alg: 'ES256', kid: 'public-security:1', typ: 'zone-attestation+v1' }, payload()), {}, ['UNSUPPORTED_ALGORITHM']],
    ['alg none without a signature', `${base64url('{"alg":"none","kid":"public-security:1","typ":"zone-attestation+v1"}')}.${goodPayload}.`, {}, ['BAD_ENCODING']],
    ['another typ', forge({ alg: 'SM2-SM3', kid: 'public-security:1', typ: 'JWT' }, payload()), {}, ['MALFORMED_HEADER']],
    ['an expired attestation', good, { now: new Date(NOW.getTime() + 2 * 86400_000) }, ['EXPIRED']],
    ['one issued in the future', good, { now: new Date(NOW.getTime() - 3600_000) }, ['NOT_YET_VALID']],
    ['a revoked attestation', good, { revoked: true }, ['REVOKED']],
    ['an expired and revoked one: every reason', good, { now: new Date(NOW.getTime() + 2 * 86400_000), revoked: true }, ['EXPIRED', 'REVOKED']],
    ['a payload without evidence', forge({ alg: 'SM2-SM3', kid: 'public-security:1', typ: 'zone-attestation+v1' }, { ...payload(), evidence: undefined }), {}, ['MALFORMED_PAYLOAD']],
    ['a payload with iss outside the six', forge({ alg: 'SM2-SM3', kid: 'public-security:1', typ: 'zone-attestation+v1' }, { ...payload(), iss: 'bank' }), {}, ['MALFORMED_PAYLOAD']],
    ['a header without kid', forge({ alg: 'SM2-SM3', typ: 'zone-attestation+v1' }, payload()), {}, ['MALFORMED_HEADER']],
    ['two parts', `${goodHeader}.${goodPayload}`, {}, ['BAD_ENCODING']],
    ['a payload that is not JSON', `${goodHeader}.${base64url('{"iss":')}.${goodSignature}`, {}, ['BAD_ENCODING']],
    ['a payload that is a JSON array', `${goodHeader}.${base64url('[1,2]')}.${goodSignature}`, {}, ['BAD_ENCODING']],
    ['padding in a part', `${goodHeader}.${goodPayload}.${goodSignature}==`, {}, ['BAD_ENCODING']],
  ];

  it.each(cases)('%s is not valid, for that reason', (_name, token, options, expected) => {
    const result = verifyAttestationToken(token, {
      directory: options.directory ?? directory,
      now: options.now ?? NOW,
      revocationOf: (jti) => (options.revoked && jti === payload().jti ? { reason: 'identity check superseded', revokedAt: NOW.toISOString() } : null),
    });
    expect(result.valid).toBe(false);
    expect(result.reasons.map((reason) => reason.code)).toEqual(expected);
    for (const reason of result.reasons) expect(reason.message.length).toBeGreaterThan(5);
  });

  it('verifies an attestation of a retired key signed while the key was current', () => {
    const old = signAttestation(payload({ iat: seconds(new Date('2026-03-01T00:00:00Z')), exp: seconds(NOW) + 3600 }), signer);
    const rotated = rotateAttestationKeyRing(ring, new Date('2026-06-01T00:00:00Z'));
    expect(rotated.keys.map((key) => [key.kid, key.validUntil, Boolean(key.privateKey)])).toEqual([
      ['public-security:1', '2026-06-01T00:00:00.000Z', false],
      ['public-security:2', null, true],
    ]);
    expect(verifyAttestationToken(old, { directory: keyDirectoryOf([rotated]), now: NOW }).valid).toBe(true);
    const fresh = signAttestation(payload(), signerOf(rotated));
    expect(verifyAttestationToken(fresh, { directory: keyDirectoryOf([rotated]), now: NOW }).valid).toBe(true);
  });

  it('never throws on arbitrary input', () => {
    for (const token of ['', '.', '..', '...', 'a.b.c', '\u0000.\u0000.\u0000', `${goodHeader}.${goodHeader}.${goodHeader}`, 'x'.repeat(20000)]) {
      expect(verifyAttestationToken(token, { directory, now: NOW }).valid).toBe(false);
    }
  });
});

describe('key directory', () => {
  it('publishes public keys only, each naming its department, algorithm and validity', () => {
    const published = JSON.parse(JSON.stringify(directory)) as KeyDirectory;
    expect(JSON.stringify(published)).not.toContain('privateKey');
    expect(parseKeyDirectory(published)).toEqual(directory);
    expect(published.keys[0]).toEqual({ department: 'public-security', kid: 'public-security:1', algorithm: 'SM2-SM3', publicKey: signer.publicKey, validFrom: '2026-01-01T00:00:00.000Z', validUntil: null });
  });

  it.each([
    [{ keys: 'x' }, 'keys array'],
    [{ keys: [{ ...directory.keys[0], kid: 'bank:1' }] }, 'keys[0].kid'],
    [{ keys: [{ ...directory.keys[0], department: 'customs' }] }, 'keys[0].department'],
    [{ keys: [{ ...directory.keys[0], publicKey: '04ab' }] }, 'keys[0].publicKey'],
    [{ keys: [{ ...directory.keys[0], algorithm: 'ES256' }] }, 'keys[0].algorithm'],
    [{ keys: [directory.keys[0], directory.keys[0]] }, 'appears twice'],
  ])('refuses a malformed directory, naming the field (%#)', (value, message) => {
    expect(() => parseKeyDirectory(value)).toThrow(message);
  });
});

describe('revocation lists', () => {
  it('are signed by their issuer and refused when altered', () => {
    const token = signRevocationList([{ jti: 'public-security:GA1', reason: 'superseded', revokedAt: NOW.toISOString() }], signer, NOW);
    const verified = verifyRevocationList(token, directory);
    expect(verified.ok && verified.list.revoked).toEqual([{ jti: 'public-security:GA1', reason: 'superseded', revokedAt: NOW.toISOString() }]);
    const [header, , signature] = token.split('.');
    const emptied = `${header}.${base64url(canonicalJson({ iss: 'public-security', iat: seconds(NOW), revoked: [] }))}.${signature}`;
    expect(verifyRevocationList(emptied, directory)).toMatchObject({ ok: false });
  });
});
