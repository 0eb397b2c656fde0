import { startStack, type Stack } from './support/stack';

/**
 * Commerce's attestations through the gateway: an enterprise registered in its zone and not on the
 * negative list as of now, each verifying; placing the enterprise on the list revokes the standing
 * with the listing's reason, and verifyAttestation then says REVOKED.
 */

let stack: Stack;
let uscc: string;
let zone: string;

const as = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });

interface View { token: string; serial: string; claim: string; issuer: string; revoked: boolean; revocationReason: string | null }
const FIELDS = 'token serial claim issuer revoked revocationReason';
const ATTEST = `mutation($uscc: ID!) { attestEnterprise(uscc: $uscc) { uscc registrationAttestation { ${FIELDS} } standingAttestation { ${FIELDS} } } }`;
const READ = `query($uscc: ID!) { enterprise(uscc: $uscc) { registrationAttestation { ${FIELDS} } standingAttestation { ${FIELDS} } } }`;
const VERIFY = 'query($token: String!) { verifyAttestation(token: $token) { valid reasons { code message } claim { issuer subjectType subjectKey claim } } }';
const STATUS = 'query($serial: ID!) { attestationStatus(serial: $serial) { serial issuer revoked revocationReason } }';

async function verify(token: string) {
  const response = await stack.query<{ verifyAttestation: { valid: boolean; reasons: { code: string; message: string }[]; claim: Record<string, string> } }>(VERIFY, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.verifyAttestation;
}

beforeAll(async () => {
  stack = await startStack({ contracts: false });
  const page = await stack.query<{ enterprises: { edges: { node: { uscc: string; zone: string } }[] } }>('{ enterprises(zone: HEYUAN, first: 3) { edges { node { uscc zone } } } }');
  ({ uscc, zone } = page.data!.enterprises.edges[2]!.node);
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('commerce attests enterprises (监管互认)', () => {
  it('is signed by commerce officers of the zone and the commerce system only', async () => {
    const otherZone = zone === 'SHAOGUAN' ? 'HEYUAN' : 'SHAOGUAN';
    for (const headers of [{}, await as({ role: 'OFFICER', org: 'C', department: 'commerce', zone: otherZone as never }), await as({ role: 'SYSTEM', org: 'SYSTEM-CUSTOMS', department: 'customs' })]) {
      const refused = await stack.query(ATTEST, { uscc }, headers);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const bad = await stack.query(ATTEST, { uscc: '91440200MA4UTEST01' }, await as({ role: 'SYSTEM', org: 'SYSTEM-COMMERCE', department: 'commerce' }));
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ field: 'uscc' })]);
  });

  it('signs registration once and standing at each request; a listing revokes the standing with its reason', async () => {
    const commerce = await as({ role: 'OFFICER', org: `COMMERCE-${zone}`, department: 'commerce', zone: zone as never });
    const first = await stack.query<{ attestEnterprise: { registrationAttestation: View; standingAttestation: View } }>(ATTEST, { uscc }, commerce);
    expect(first.errors).toBeUndefined();
    const { registrationAttestation: registration, standingAttestation: standing } = first.data!.attestEnterprise;
    expect(registration).toMatchObject({ claim: 'ENTERPRISE_REGISTERED_IN_ZONE', issuer: 'commerce', revoked: false });
    expect(standing).toMatchObject({ claim: 'NOT_ON_NEGATIVE_LIST', issuer: 'commerce', revoked: false });
    for (const view of [registration, standing]) {
      const checked = await verify(view.token);
      expect(checked).toMatchObject({ valid: true, reasons: [], claim: { issuer: 'commerce', subjectType: 'Enterprise', subjectKey: uscc } });
    }

    const again = await stack.query<{ attestEnterprise: { registrationAttestation: View; standingAttestation: View } }>(ATTEST, { uscc }, commerce);
    expect(again.data!.attestEnterprise.registrationAttestation.serial).toBe(registration.serial);
    expect(again.data!.attestEnterprise.standingAttestation.serial).not.toBe(standing.serial);

    const placed = await stack.query('mutation($u: ID!) { placeOnNegativeList(uscc: $u, reason: "非真实贸易", legalBasis: "联合惩戒备忘录") { uscc } }', { u: uscc }, commerce);
    expect(placed.errors).toBeUndefined();

    const read = await stack.query<{ enterprise: { registrationAttestation: View; standingAttestation: View } }>(READ, { uscc });
    expect(read.data!.enterprise.standingAttestation).toMatchObject({ revoked: true, revocationReason: 'placed on the negative list: 非真实贸易 (联合惩戒备忘录)' });
    expect(read.data!.enterprise.registrationAttestation).toMatchObject({ serial: registration.serial, revoked: false });
    for (const serial of [standing.serial, again.data!.attestEnterprise.standingAttestation.serial]) {
      const status = await stack.query<{ attestationStatus: { revoked: boolean; issuer: string } }>(STATUS, { serial });
      expect(status.data!.attestationStatus).toMatchObject({ issuer: 'commerce', revoked: true });
    }
    const revoked = await verify(standing.token);
    expect(revoked.valid).toBe(false);
    expect(revoked.reasons.map((r) => r.code)).toEqual(['REVOKED']);
    expect(revoked.reasons[0]!.message).toContain('非真实贸易');

    // A listed enterprise is attested nothing new about its standing.
    const listed = await stack.query<{ attestEnterprise: { standingAttestation: View } }>(ATTEST, { uscc }, commerce);
    expect(listed.data!.attestEnterprise.standingAttestation).toMatchObject({ serial: again.data!.attestEnterprise.standingAttestation.serial, revoked: true });
  });

  it('publishes commerce\'s signed revocation list with the revoked standing', async () => {
    const response = await fetch(`${stack.gatewayBase}/keys/revocations.json`);
    const body = (await response.json()) as { lists: { department: string; list: string }[] };
    const commerce = body.lists.find((entry) => entry.department === 'commerce');
    expect(commerce).toBeDefined();
    const payload = JSON.parse(Buffer.from(commerce!.list.split('.')[1]!, 'base64url').toString('utf8')) as { revoked: { jti: string; reason: string }[] };
    expect(payload.revoked.filter((entry) => entry.jti.startsWith(`commerce:${uscc}:NL:`))).toHaveLength(2);
  });
});
