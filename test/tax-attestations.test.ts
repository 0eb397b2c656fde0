import { startStack, type Stack } from './support/stack';

/**
 * Tax's attestations of its export-side decisions through the gateway: 无票免税 granted on an
 * export list, resting on customs' release attestation (verified, its serial recorded), and 核定征收
 * in force for a year, revoked with the reason when a later revision (the negative list) revokes it.
 */

let stack: Stack;

interface View { token: string; serial: string; claim: string; issuer: string; issuedAt: string; expiresAt: string; revoked: boolean; revocationReason: string | null }
interface Verification { valid: boolean; reasons: { code: string; message: string }[]; claim: { issuer: string; claim: string; subjectType: string; subjectKey: string; reliedOn: string[] } | null }
interface ExportOrder { orderNo: string; zone: string; ebcCode: string; inventoryList: { invtNo: string; statusCode: number } | null }

const FIELDS = 'token serial claim issuer issuedAt expiresAt revoked revocationReason';
const VERIFY = 'query($token: String!) { verifyAttestation(token: $token) { valid reasons { code message } claim { issuer claim subjectType subjectKey reliedOn } } }';
const as = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });
const TAX_SYSTEM = { role: 'SYSTEM' as const, org: 'SYSTEM-TAX', department: 'tax' as const };

async function verify(token: string): Promise<Verification> {
  const response = await stack.query<{ verifyAttestation: Verification }>(VERIFY, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.verifyAttestation;
}

function ok<T>(response: { data?: T | null; errors?: unknown }): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

beforeAll(async () => {
  stack = await startStack({ trustedDocuments: false });
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('tax attests 无票免税 granted, resting on customs\' release attestation', () => {
  it('verifies customs\' release, records its serial, and signs the exemption', async () => {
    const page = ok(await stack.query<{ enterprises: { edges: { node: { orders: ExportOrder[] } }[] } }>(
      '{ enterprises(first: 40) { edges { node { orders(first: 20) { orderNo zone ebcCode direction inventoryList { invtNo statusCode } } } } } }',
    ));
    const exported = page.enterprises.edges.flatMap((e) => e.node.orders).find((o) => (o as ExportOrder & { direction: string }).direction === 'EXPORT' && o.inventoryList?.statusCode === 800)!;
    const invtNo = exported.inventoryList!.invtNo;
    // Customs clears the list through its own write path, signing its release and clearance.
    const cleared = ok(await stack.query<{ clearInventoryList: { attestation: View } }>(
      `mutation($invtNo: String!) { clearInventoryList(invtNo: $invtNo) { attestation { ${FIELDS} } } }`,
      { invtNo }, await as({ role: 'OFFICER', org: `CUSTOMS-${exported.zone}`, department: 'customs', zone: exported.zone as never }),
    ));
    expect(cleared.clearInventoryList.attestation).toMatchObject({ claim: 'LIST_CLEARED', issuer: 'customs', revoked: false });

    const assessed = ok(await stack.query<{ assessInvoiceFreeExemption: { exempt: boolean; attestation: View } }>(
      `mutation($invtNo: String!) { assessInvoiceFreeExemption(invtNo: $invtNo) { exempt reasons { code message } attestation { ${FIELDS} } } }`,
      { invtNo }, await as(TAX_SYSTEM),
    ));
    expect(assessed.assessInvoiceFreeExemption.exempt).toBe(true);
    const attestation = assessed.assessInvoiceFreeExemption.attestation;
    expect(attestation).toMatchObject({ claim: 'INVOICE_FREE_EXEMPTION_GRANTED', issuer: 'tax', serial: `tax:${invtNo}:E1`, revoked: false });
    expect(await verify(attestation.token)).toEqual({
      valid: true, reasons: [],
      claim: { issuer: 'tax', claim: 'INVOICE_FREE_EXEMPTION_GRANTED', subjectType: 'InventoryList', subjectKey: invtNo, reliedOn: [cleared.clearInventoryList.attestation.serial] },
    });

    // The same decision again is the recorded revision: nothing is signed again.
    const again = ok(await stack.query<{ inventoryList: { invoiceFreeExemption: { revision: number; attestation: View } } }>(
      `query($invtNo: String!) { inventoryList(invtNo: $invtNo) { invoiceFreeExemption { revision attestation { ${FIELDS} } } } }`, { invtNo },
    ));
    expect(again.inventoryList.invoiceFreeExemption).toMatchObject({ revision: 1, attestation: { serial: attestation.serial, token: attestation.token } });
  });
});

describe('tax attests 核定征收 in force for a year', () => {
  const ASSESS = `mutation($input: DeemedIncomeTaxInput!) { assessDeemedIncomeTax(input: $input) { status revision revocationReason attestation { ${FIELDS} } } }`;
  const input = (uscc: string) => ({ uscc, year: 2026, revenue: '1000000.00', employees: 12, totalAssets: '800000.00' });

  it('signs deemed taxation in force, and a revocation by the negative list revokes it with the reason', async () => {
    const page = ok(await stack.query<{ enterprises: { edges: { node: { uscc: string; roles: string[] } }[] } }>('{ enterprises(zone: CHAOZHOU, first: 40) { edges { node { uscc roles } } } }'));
    const seller = page.enterprises.edges.map((e) => e.node).find((e) => e.roles.includes('ECOMMERCE') && !e.roles.includes('PLATFORM'))!;

    const assessed = ok(await stack.query<{ assessDeemedIncomeTax: { status: string; attestation: View } }>(ASSESS, { input: input(seller.uscc) }, await as(TAX_SYSTEM)));
    const inForce = assessed.assessDeemedIncomeTax.attestation;
    expect(inForce).toMatchObject({ claim: 'DEEMED_TAXATION_IN_FORCE', issuer: 'tax', serial: `tax:${seller.uscc}:2026:D1`, revoked: false });
    expect(Date.parse(inForce.expiresAt) - Date.parse(inForce.issuedAt)).toBe(365 * 24 * 3600 * 1000);
    expect(await verify(inForce.token)).toMatchObject({ valid: true, claim: { subjectType: 'Enterprise', subjectKey: seller.uscc } });

    ok(await stack.query('mutation($u: ID!) { placeOnNegativeList(uscc: $u, reason: "虚假出口申报", legalBasis: "联合惩戒") { uscc } }', { u: seller.uscc },
      await as({ role: 'SYSTEM', org: 'SYSTEM-COMMERCE', department: 'commerce' })));
    const revoked = ok(await stack.query<{ assessDeemedIncomeTax: { status: string; revision: number; attestation: View | null } }>(ASSESS, { input: input(seller.uscc) }, await as(TAX_SYSTEM)));
    expect(revoked.assessDeemedIncomeTax).toMatchObject({ status: 'REVOKED', revision: 2, attestation: null });

    const status = ok(await stack.query<{ attestationStatus: { revoked: boolean; revocationReason: string } }>(
      'query($s: ID!) { attestationStatus(serial: $s) { revoked revocationReason } }', { s: inForce.serial },
    ));
    expect(status.attestationStatus).toEqual({ revoked: true, revocationReason: 'DEEMED_TAXATION_IN_FORCE revoked at revision 2: on the negative list: 虚假出口申报' });
    expect((await verify(inForce.token)).reasons.map((r) => r.code)).toEqual(['REVOKED']);
  });
});
