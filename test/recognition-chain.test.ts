import { verifyAttestationToken, type KeyDirectory } from '@zone/common';
import { demoResident } from '../scripts/demo/generate';
import { TEST_SEED } from './support/constants';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * The chain of recognition (监管互认) through the gateway: customs' matching accepts public
 * security's identity attestation (verified, its serial recorded), tax's bill relies on customs'
 * attestation of the list, and forex accepts the settlement basis relying on customs' release and
 * tax's bill. A regulator (or the bank) walks it back from the settlement to the identity check
 * with reliedOn, each link verified by the gateway and again offline with the key directory.
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


async function listOf(invtNo: string): Promise<ListView> {
  return ok(await stack.query<{ inventoryList: ListView }>(`query($invtNo: String!) { inventoryList(invtNo: $invtNo) { ${LIST} } }`, { invtNo })).inventoryList;
}

const LINK = 'serial claim issuer revoked token verification { valid reasons { code message } }';
interface Link { serial: string; claim: string; issuer: string; revoked: boolean; token: string; verification: { valid: boolean; reasons: { code: string; message: string }[] }; reliedOn?: Link[] }
const ACCEPT = `mutation($ebpCode: String!, $orderNo: String!) {
  acceptSettlementBasis(ebpCode: $ebpCode, orderNo: $orderNo) {
    serialNo mayProceed reasons { code message }
    attestation { ${LINK} reliedOn { ${LINK} reliedOn { ${LINK} reliedOn { ${LINK} } } } }
  }
}`;

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

describe('the chain of recognition from a settlement back to the identity check', () => {
  it('is recorded by every relying department and verifies link by link, through the gateway and offline', async () => {
    const { list: declared, identitySerial } = await declaredList(SHOES, 31);
    let list = declared;
    if (list.status === 'MANUAL_REVIEW') {
      ok(await stack.query(`mutation { recordReviewOutcome(invtNo: "${list.invtNo}", outcome: RELEASE, reason: "documents in order") { status } }`, {}, await officer()));
      list = await listOf(list.invtNo);
    }
    expect(list.status).toBe('RELEASED');
    const orderNo = list.invtNo && (await stack.query<{ inventoryList: { orderNo: string; ebpCode: string } }>('query($i: String!) { inventoryList(invtNo: $i) { orderNo ebpCode } }', { i: list.invtNo })).data!.inventoryList.orderNo;

    const bank = { authorization: `Bearer ${await stack.token({ role: 'BANK', org: payer })}` };
    const accepted = ok(await stack.query<{ acceptSettlementBasis: { mayProceed: boolean; reasons: unknown[]; serialNo: string; attestation: Link } }>(ACCEPT, { ebpCode: platform, orderNo }, bank));
    expect(accepted.acceptSettlementBasis).toMatchObject({ mayProceed: true, reasons: [] });
    const settlement = accepted.acceptSettlementBasis.attestation;
    expect(settlement).toMatchObject({ claim: 'SETTLEMENT_BASIS_ACCEPTED', issuer: 'forex', serial: `forex:${accepted.acceptSettlementBasis.serialNo}`, verification: { valid: true, reasons: [] } });

    // Settlement -> customs' release and tax's bill.
    const [release, taxBill] = settlement.reliedOn!;
    expect(release).toMatchObject({ claim: 'LIST_RELEASED', issuer: 'customs', serial: `customs:${list.invtNo}:800`, revoked: false, verification: { valid: true } });
    expect(taxBill).toMatchObject({ claim: 'TAX_BILL_ISSUED', issuer: 'tax', revoked: false, verification: { valid: true } });
    // Release -> public security's identity attestation, the one customs verified at matching.
    expect(release!.reliedOn!.map((link) => [link.serial, link.claim, link.issuer, link.verification.valid])).toEqual([[identitySerial, 'BUYER_IDENTITY_VERIFIED', 'public-security', true]]);
    expect(release!.reliedOn![0]!.reliedOn).toEqual([]);
    // Tax's bill -> customs' attestation of the list -> the same identity check.
    expect(taxBill!.reliedOn!).toHaveLength(1);
    expect(taxBill!.reliedOn![0]!.issuer).toBe('customs');
    expect(taxBill!.reliedOn![0]!.reliedOn!.map((link) => link.serial)).toEqual([identitySerial]);

    // Offline: every token of the chain verifies with the key directory alone.
    const tokens = [settlement, release!, taxBill!, release!.reliedOn![0]!, taxBill!.reliedOn![0]!].map((link) => link.token);
    for (const token of tokens) expect(verifyAttestationToken(token, { directory }).reasons).toEqual([]);
  });

  it('refuses to accept a settlement basis for a regulator, and answers a bank about another institution\'s order with NOT_FOUND', async () => {
    const regulator = { authorization: `Bearer ${await stack.token({ role: 'REGULATOR', org: 'SAFE-GD' })}` };
    // A regulator's variant of the API has no mutations at all.
    const refused = await stack.query(ACCEPT, { ebpCode: platform, orderNo: 'NO-SUCH-ORDER' }, regulator);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const otherBank = { authorization: `Bearer ${await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' })}` };
    const unknown = await stack.query(ACCEPT, { ebpCode: platform, orderNo: `CA${RUN}1` }, otherBank);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
