import { verifyAttestationToken, type KeyDirectory } from '@zone/common';
import { demoResident } from '../scripts/demo/generate';
import { TEST_SEED } from './support/constants';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * Customs' attestations (监管互认): three documents matched, released (800), cleared (899), each
 * signed when customs decides, relying on public security's identity attestation for an import,
 * and revoked when the decision is reversed (a list cancelled, returned or rejected); tax's
 * attestation of the list's bill, relying on customs', revoked when the bill is cancelled.
 */

let stack: Stack;
let platform: string;
let seller: string;
let payer: string;
let carrier: string;
let directory: KeyDirectory;

const RUN = String(Date.now()).slice(-8);
let sequence = 0;
const HOUR_AGO = new Date(Date.now() - 3600_000).toISOString();
const SHOES = { hsCode: '6404110090', itemName: '运动跑鞋', qty: '1', price: '300.00', unit: '025' };
const MILK = { hsCode: '1901101000', itemName: '婴儿配方奶粉', qty: '2', price: '150.00', unit: '122' };
type Line = typeof SHOES;

interface AttestationView {
  token: string;
  serial: string;
  claim: string;
  issuer: string;
  revoked: boolean;
  revocationReason: string | null;
}
interface ListView {
  invtNo: string;
  status: string;
  attestation: AttestationView | null;
  attestations: AttestationView[];
}
const ATTESTATION = 'token serial claim issuer revoked revocationReason';
const LIST = `invtNo status attestation { ${ATTESTATION} } attestations { ${ATTESTATION} }`;

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const officer = async () => ({ authorization: `Bearer ${await stack.token({ role: 'OFFICER', org: 'CUSTOMS-SHAOGUAN', department: 'customs', zone: 'SHAOGUAN' })}` });

/** Order, payment, waybill and the buyer's identity check (a MATCH), then the list declared. */
async function declaredList(line: Line, buyerIndex: number): Promise<{ list: ListView; identitySerial: string; logisticsNo: string }> {
  sequence += 1;
  const orderNo = `CA${RUN}${sequence}`;
  const logisticsNo = `CAL${RUN}${sequence}`;
  const buyer = demoResident(TEST_SEED, buyerIndex);
  const value = (Number(line.qty) * Number(line.price)).toFixed(2);
  const paid = (Number(value) + 10).toFixed(2);
  ok(await stack.query('mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }', {
    input: {
      ebpCode: platform, orderNo, direction: 'IMPORT', tradeMode: '9610', ebcCode: seller, goodsValue: value, freight: '10.00', discount: '0.00', taxTotal: '0.00',
      actualPaid: paid, currency: 'CNY', buyer: { name: buyer.name, idType: '1', idNumber: buyer.idNumber, phone: '13812345678' }, consignee: buyer.name,
      consigneeAddress: '韶关市浈江区某路1号', payCode: payer, payTransactionId: `PAY-${orderNo}`, orderedAt: HOUR_AGO,
      items: [{ gnum: 1, itemNo: 'SKU-1', ...line, totalPrice: value, country: 'NZL' }],
    },
  }));
  ok(await stack.query('mutation($input: PaymentInput!) { submitPayment(input: $input) { outcome } }', {
    input: { payCode: payer, payTransactionId: `PAY-${orderNo}`, ebpCode: platform, orderNo, amountPaid: paid, currency: 'CNY', payTime: HOUR_AGO, payer: { name: buyer.name, idType: '1', idNumber: buyer.idNumber }, zone: 'SHAOGUAN' },
  }));
  ok(await stack.query('mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome } }', {
    input: { logisticsCode: carrier, logisticsNo, ebpCode: platform, orderNo, zone: 'SHAOGUAN', freight: '10.00', insuredFee: '0.00', weight: '1.20', packNo: 1, consignee: buyer.name, consigneeAddress: '韶关市浈江区某路1号' },
  }));
  const check = ok(await stack.query<{ verifyIdentity: { verdict: string; attestation: { serial: string } } }>(
    'mutation($name: String!, $idNumber: IdNumber!, $ebpCode: String, $orderNo: String) { verifyIdentity(name: $name, idNumber: $idNumber, ebpCode: $ebpCode, orderNo: $orderNo) { verdict attestation { serial } } }',
    { name: buyer.name, idNumber: buyer.idNumber, ebpCode: platform, orderNo },
  ));
  expect(check.verifyIdentity.verdict).toBe('MATCH');
  const declared = ok(await stack.query<{ declareInventoryList: { list: ListView } }>(`mutation($input: InventoryListInput!) { declareInventoryList(input: $input) { list { ${LIST} } } }`, {
    input: {
      copNo: `COP-${orderNo}`, customsCode: '5171', ebpCode: platform, orderNo, ebcCode: seller, logisticsCode: carrier, logisticsNo, direction: 'IMPORT', tradeMode: '9610',
      zone: 'SHAOGUAN', statisticsFlag: null, freight: '10.00', insuredFee: '0.00', currency: 'CNY',
      items: [{ gnum: 1, itemNo: 'SKU-1', ...line, totalPrice: value, country: 'NZL' }],
    },
  }));
  return { list: declared.declareInventoryList.list, identitySerial: check.verifyIdentity.attestation.serial, logisticsNo };
}

async function verification(token: string) {
  return ok(await stack.query<{ verifyAttestation: { valid: boolean; reasons: { code: string }[]; claim: { claim: string; subjectKey: string; reliedOn: string[] } } }>(
    'query($token: String!) { verifyAttestation(token: $token) { valid reasons { code } claim { claim subjectKey reliedOn } } }', { token },
  )).verifyAttestation;
}

async function taxBillOf(invtNo: string): Promise<{ taxNo: string; status: string; attestation: AttestationView | null }> {
  const data = ok(await stack.query<{ inventoryList: { taxBill: { taxNo: string; status: string; attestation: AttestationView | null } } }>(
    `query($invtNo: String!) { inventoryList(invtNo: $invtNo) { taxBill { taxNo status attestation { ${ATTESTATION} } } } }`, { invtNo },
  ));
  return data.inventoryList.taxBill;
}

async function listOf(invtNo: string): Promise<ListView> {
  return ok(await stack.query<{ inventoryList: ListView }>(`query($invtNo: String!) { inventoryList(invtNo: $invtNo) { ${LIST} } }`, { invtNo })).inventoryList;
}

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack({ trustedDocuments: false });
  directory = stack.attestationKeys;
  const { enterprises } = ok(await stack.query<{ enterprises: { edges: { node: { uscc: string; roles: string[] } }[] } }>('{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc roles } } } }'));
  const all = enterprises.edges.map((e) => e.node);
  platform = all.find((e) => e.roles.includes('PLATFORM'))!.uscc;
  seller = all.find((e) => e.roles.includes('ECOMMERCE') && !e.roles.includes('PLATFORM'))!.uscc;
  payer = all.find((e) => e.roles.includes('PAYMENT'))!.uscc;
  carrier = all.find((e) => e.roles.includes('LOGISTICS'))!.uscc;
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('customs attestations', () => {
  it('signs a released list (800) and its three documents matched, relying on public security\'s identity attestation; the chain verifies; clearance (899) is signed too', async () => {
    const { list: declared, identitySerial } = await declaredList(SHOES, 21);
    let list = declared;
    if (list.status === 'MANUAL_REVIEW') {
      ok(await stack.query(`mutation { recordReviewOutcome(invtNo: "${list.invtNo}", outcome: RELEASE, reason: "documents in order") { status } }`, {}, await officer()));
      list = await listOf(list.invtNo);
    }
    expect(list.status).toBe('RELEASED');
    expect(list.attestations.map((a) => [a.claim, a.serial, a.issuer, a.revoked])).toEqual([
      ['THREE_DOCUMENTS_MATCHED', `customs:${list.invtNo}:M1`, 'customs', false],
      ['LIST_RELEASED', `customs:${list.invtNo}:800`, 'customs', false],
    ]);
    expect(list.attestation!.claim).toBe('LIST_RELEASED');
    const release = await verification(list.attestation!.token);
    expect(release).toMatchObject({ valid: true, reasons: [], claim: { claim: 'LIST_RELEASED', subjectKey: list.invtNo, reliedOn: [identitySerial] } });
    // A regulator walks the chain back: the identity attestation relied on is public security's, and verifies.
    const status = ok(await stack.query<{ attestationStatus: { issuer: string; claim: string; revoked: boolean } }>('query($s: ID!) { attestationStatus(serial: $s) { issuer claim revoked } }', { s: identitySerial }));
    expect(status.attestationStatus).toEqual({ issuer: 'public-security', claim: 'BUYER_IDENTITY_VERIFIED', revoked: false });
    // Offline, the same with the key directory alone.
    expect(verifyAttestationToken(list.attestation!.token, { directory }).valid).toBe(true);

    // Tax signed the bill it issued for the list, relying on customs' attestation of it: the next link.
    const bill = await taxBillOf(list.invtNo);
    expect(bill.attestation).toMatchObject({ serial: `tax:${bill.taxNo}`, claim: 'TAX_BILL_ISSUED', issuer: 'tax', revoked: false });
    const taxed = await verification(bill.attestation!.token);
    expect(taxed).toMatchObject({ valid: true, claim: { claim: 'TAX_BILL_ISSUED', subjectKey: list.invtNo } });
    expect(taxed.claim.reliedOn).toHaveLength(1);
    expect(taxed.claim.reliedOn[0]).toMatch(new RegExp(`^customs:${list.invtNo}:(M1|800)$`));

    ok(await stack.query(`mutation { clearInventoryList(invtNo: "${list.invtNo}") { status } }`, {}, await officer()));
    const cleared = await listOf(list.invtNo);
    expect(cleared.attestation).toMatchObject({ claim: 'LIST_CLEARED', serial: `customs:${list.invtNo}:899`, revoked: false });
    expect((await verification(cleared.attestation!.token)).valid).toBe(true);
  });

  it('revokes a list\'s attestations when it is cancelled, and verifyAttestation then answers REVOKED', async () => {
    const { list } = await declaredList(MILK, 22);
    expect(list.status).toBe('MANUAL_REVIEW');
    expect(list.attestation).toMatchObject({ claim: 'THREE_DOCUMENTS_MATCHED', revoked: false });
    expect((await verification(list.attestation!.token)).valid).toBe(true);
    const cancelled = ok(await stack.query<{ requestListCancellation: { state: string } }>(`mutation { requestListCancellation(invtNo: "${list.invtNo}", reason: "消费者取消订单") { state } }`));
    expect(cancelled.requestListCancellation.state).toBe('ACCEPTED');
    const after = await listOf(list.invtNo);
    expect(after.attestation).toMatchObject({ revoked: true, revocationReason: 'cancelled (623): 消费者取消订单' });
    const verified = await verification(list.attestation!.token);
    expect(verified.valid).toBe(false);
    expect(verified.reasons.map((r) => r.code)).toEqual(['REVOKED']);
    // The list's tax bill is cancelled with it, and tax's attestation of the bill revoked.
    const bill = await taxBillOf(list.invtNo);
    expect(bill.status).toBe('CANCELLED');
    expect(bill.attestation).toMatchObject({ revoked: true, revocationReason: expect.stringMatching(/^tax bill cancelled: /) });
  });

  it('revokes the release when the goods are returned (625) and when a list is rejected on review', async () => {
    const { list: released } = await declaredList(SHOES, 23);
    if (released.status === 'MANUAL_REVIEW') ok(await stack.query(`mutation { recordReviewOutcome(invtNo: "${released.invtNo}", outcome: RELEASE, reason: "ok") { status } }`, {}, await officer()));
    const returned = ok(await stack.query<{ requestListReturn: { state: string } }>(`mutation { requestListReturn(invtNo: "${released.invtNo}", reason: "质量问题退货") { state } }`));
    expect(returned.requestListReturn.state).toBe('ACCEPTED');
    const afterReturn = await listOf(released.invtNo);
    expect(afterReturn.attestations.every((a) => a.revoked && a.revocationReason === 'returned (625): 质量问题退货')).toBe(true);

    const { list: review } = await declaredList(MILK, 24);
    ok(await stack.query(`mutation { recordReviewOutcome(invtNo: "${review.invtNo}", outcome: REJECT, reason: "证件不全") { status } }`, {}, await officer()));
    expect((await listOf(review.invtNo)).attestation).toMatchObject({ revoked: true, revocationReason: 'rejected (REVIEW_REJECT): 证件不全' });
  });
});

describe('forex attestations', () => {
  it('signs an enterprise\'s registration in the FX directory, and a changed registration supersedes it', async () => {
    const forexOfficer = { authorization: `Bearer ${await stack.token({ role: 'OFFICER', org: 'SAFE-SHAOGUAN', department: 'forex', zone: 'SHAOGUAN' })}` };
    const REGISTER = `mutation($input: FxDirectoryRegistrationInput!) { registerInFxDirectory(input: $input) { outcome revision attestation { ${ATTESTATION} } } }`;
    const input = { uscc: seller, registeredAt: HOUR_AGO, registeredBy: '国家外汇管理局韶关市中心支局' };
    type Registered = { registerInFxDirectory: { outcome: string; revision: number; attestation: AttestationView } };
    const first = ok(await stack.query<Registered>(REGISTER, { input }, forexOfficer)).registerInFxDirectory;
    expect(first.attestation).toMatchObject({ serial: `forex:${seller}:R${first.revision}`, claim: 'FX_DIRECTORY_REGISTERED', issuer: 'forex', revoked: false });
    expect(await verification(first.attestation.token)).toMatchObject({ valid: true, claim: { claim: 'FX_DIRECTORY_REGISTERED', subjectKey: seller } });
    // The same registration again: the attestation as signed, not a new one.
    const again = ok(await stack.query<Registered>(REGISTER, { input }, forexOfficer)).registerInFxDirectory;
    expect(again).toMatchObject({ outcome: 'UNCHANGED', attestation: { token: first.attestation.token } });

    const changed = ok(await stack.query<Registered>(REGISTER, { input: { ...input, registeredBy: '国家外汇管理局广东省分局' } }, forexOfficer)).registerInFxDirectory;
    expect(changed.attestation.serial).toBe(`forex:${seller}:R${first.revision + 1}`);
    const superseded = await verification(first.attestation.token);
    expect(superseded.reasons.map((r) => r.code)).toEqual(['REVOKED']);
    expect((await verification(changed.attestation.token)).valid).toBe(true);
  });
});

describe('post attestations', () => {
  it('signs a waybill\'s delivery when its DELIVERED event is recorded, once', async () => {
    const { logisticsNo } = await declaredList(SHOES, 25);
    const ADD = `mutation($code: String!, $no: String!, $events: [TrackingEventInput!]!) { addTrackingEvents(logisticsCode: $code, logisticsNo: $no, events: $events) { status attestation { ${ATTESTATION} } } }`;
    const start = Date.now() - 3000_000;
    const step = (seq: number, code: string, minutes: number) => ({ seq, code, description: `${code} 扫描`, location: '韶关综试区监管仓', occurredAt: new Date(start + minutes * 60_000).toISOString() });
    type Added = { addTrackingEvents: { status: string; attestation: AttestationView | null } };
    const moving = ok(await stack.query<Added>(ADD, { code: carrier, no: logisticsNo, events: [step(1, 'ACCEPTED', 1), step(2, 'DEPARTED', 2)] })).addTrackingEvents;
    expect(moving.attestation).toBeNull();
    const delivered = ok(await stack.query<Added>(ADD, { code: carrier, no: logisticsNo, events: [step(3, 'OUT_FOR_DELIVERY', 3), step(4, 'DELIVERED', 4)] })).addTrackingEvents;
    expect(delivered.status).toBe('DELIVERED');
    expect(delivered.attestation).toMatchObject({ serial: `post:${carrier}/${logisticsNo}/G0`, claim: 'WAYBILL_DELIVERED', issuer: 'post', revoked: false });
    expect(await verification(delivered.attestation!.token)).toMatchObject({ valid: true, claim: { claim: 'WAYBILL_DELIVERED', subjectKey: `${carrier}/${logisticsNo}` } });
    // Resending the delivery changes nothing: the same token.
    const resent = ok(await stack.query<Added>(ADD, { code: carrier, no: logisticsNo, events: [step(4, 'DELIVERED', 4)] })).addTrackingEvents;
    expect(resent.attestation!.token).toBe(delivered.attestation!.token);
  });
});
