import { Client } from 'pg';
import { hashIdNumber } from '@zone/common';
import { demoResident } from '../scripts/demo/generate';
import { TEST_SEED } from './support/constants';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * Joint measures (联合奖惩) biting inside customs, forex and tax, and lifting again, through the
 * gateway: public security asks three departments to act against an enterprise; each answers by
 * putting its own measure in force; each department's own process then applies it (customs'
 * release, forex's settlement check, tax's deemed taxation) and reports where it bit, which
 * jointMeasures(subject) shows; lifted, each stops biting.
 */

let stack: Stack;
interface SeededEnterprise {
  uscc: string;
  zone: string;
  roles: string[];
}
let platform: SeededEnterprise;
let seller: SeededEnterprise;
let payer: SeededEnterprise;
let carrier: SeededEnterprise;

const bearer = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });
type Headers = Record<string, string>;
let publicSecurity: Headers;
let customs: Headers;
let forex: Headers;
let tax: Headers;
let regulator: Headers;

const HOUR_AGO = new Date(Date.now() - 3600_000).toISOString();
const RUN = String(Date.now()).slice(-8);
let sequence = 0;

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack({ trustedDocuments: false });
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: SeededEnterprise }[] } }>('{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc zone roles } } } }');
  expect(errors).toBeUndefined();
  const enterprises = data!.enterprises.edges.map((e) => e.node);
  const withRole = (role: string) => enterprises.filter((e) => e.roles.includes(role));
  platform = withRole('PLATFORM')[0]!;
  // A seller no other test file of this stack touches: the last plain e-commerce enterprise.
  seller = withRole('ECOMMERCE').filter((e) => !e.roles.includes('PLATFORM')).at(-1)!;
  payer = withRole('PAYMENT')[0]!;
  carrier = withRole('LOGISTICS')[0]!;
  publicSecurity = await bearer({ role: 'OFFICER', org: 'PSB-SHAOGUAN', department: 'public-security', zone: 'SHAOGUAN' });
  customs = await bearer({ role: 'SYSTEM', org: 'SYSTEM-CUSTOMS', department: 'customs' });
  forex = await bearer({ role: 'OFFICER', org: 'SAFE-SHAOGUAN', department: 'forex', zone: 'SHAOGUAN' });
  tax = await bearer({ role: 'OFFICER', org: 'TAX-SHAOGUAN', department: 'tax', zone: 'SHAOGUAN' });
  regulator = await bearer({ role: 'REGULATOR', org: 'GD-COMMERCE' });
});
afterAll(async () => {
  await stack?.close();
});

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const SHOES = { gnum: 1, itemNo: 'SKU-1', itemName: '运动跑鞋', hsCode: '6404110090', qty: '1', unit: '025', price: '300.00', totalPrice: '300.00', country: 'CHN' };

/** An export order of the seller with its payment received and waybill: everything customs matches a list against. */
async function exportOrder(items: readonly (typeof SHOES)[] = [SHOES]): Promise<{ orderNo: string; logisticsNo: string }> {
  sequence += 1;
  const orderNo = `JM${RUN}${sequence}`;
  const logisticsNo = `JML${RUN}${sequence}`;
  ok(await stack.query('mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }', {
    input: {
      ebpCode: platform.uscc, orderNo, direction: 'EXPORT', tradeMode: '9610', ebcCode: seller.uscc,
      goodsValue: '300.00', freight: '10.00', discount: '0.00', taxTotal: '0.00', actualPaid: '310.00', currency: 'USD',
      buyer: { name: 'John Smith', idType: '2', phone: '+15550100' }, consignee: 'John Smith', consigneeAddress: '1 Main Street, Hamburg',
      payCode: payer.uscc, payTransactionId: `PAY-${orderNo}`, orderedAt: HOUR_AGO, items,
    },
  }));
  ok(await stack.query('mutation($input: PaymentInput!) { submitPaymentReceived(input: $input) { outcome } }', {
    input: {
      payCode: payer.uscc, payTransactionId: `PAY-${orderNo}`, ebpCode: platform.uscc, orderNo, amountPaid: '310.00', currency: 'USD',
      payTime: HOUR_AGO, payer: { name: 'John Smith', idType: '2' }, zone: 'SHAOGUAN',
    },
  }));
  ok(await stack.query('mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome } }', {
    input: {
      logisticsCode: carrier.uscc, logisticsNo, ebpCode: platform.uscc, orderNo, zone: 'SHAOGUAN', freight: '10.00', insuredFee: '0.00',
      weight: '1.20', packNo: 1, consignee: 'John Smith', consigneeAddress: '1 Main Street, Hamburg',
    },
  }));
  return { orderNo, logisticsNo };
}

async function declareList(order: { orderNo: string; logisticsNo: string }, items: readonly (typeof SHOES)[] = [SHOES]) {
  const response = await stack.query<{ declareInventoryList: { list: { invtNo: string; releaseDecision: { decision: string; reasons: { code: string }[] } } } }>(
    'mutation($input: InventoryListInput!) { declareInventoryList(input: $input) { list { invtNo releaseDecision { decision reasons { code } } } } }',
    {
      input: {
        copNo: `COP-${order.orderNo}`, customsCode: '5171', ebpCode: platform.uscc, orderNo: order.orderNo, ebcCode: seller.uscc,
        logisticsCode: carrier.uscc, logisticsNo: order.logisticsNo, direction: 'EXPORT', tradeMode: '9610', zone: 'SHAOGUAN', statisticsFlag: 'B',
        freight: '10.00', insuredFee: '0.00', currency: 'USD', items,
      },
    },
  );
  return ok(response).declareInventoryList.list;
}

async function settlementReasons(orderNo: string): Promise<string[]> {
  const response = await stack.query<{ settlementCheck: { reasons: { code: string }[] } }>(
    'query($ebpCode: String!, $orderNo: String!) { settlementCheck(ebpCode: $ebpCode, orderNo: $orderNo) { reasons { code } } }', { ebpCode: platform.uscc, orderNo }, forex,
  );
  return ok(response).settlementCheck.reasons.map((r) => r.code);
}

async function deemedTax(revenue: string) {
  const response = await stack.query<{ assessDeemedIncomeTax: { status: string; revocationReason: string | null } }>(
    'mutation($input: DeemedIncomeTaxInput!) { assessDeemedIncomeTax(input: $input) { status revocationReason } }',
    { input: { uscc: seller.uscc, year: 2026, revenue, employees: 12, totalAssets: '3000000.00' } }, tax,
  );
  return ok(response).assessDeemedIncomeTax;
}

interface Measure {
  id: string;
  kind: string;
  source: string;
  department: string;
  inForce: boolean;
  basis: string;
  effects: { process: string; recordRef: string; department: string }[];
}
const MEASURES = `query($uscc: String!, $inForceOnly: Boolean) {
  jointMeasures(subject: { type: ENTERPRISE, uscc: $uscc }, inForceOnly: $inForceOnly) { id kind source department inForce basis effects { process recordRef department } }
}`;
const measuresOf = async (inForceOnly: boolean) => ok(await stack.query<{ jointMeasures: Measure[] }>(MEASURES, { uscc: seller.uscc, inForceOnly }, regulator)).jointMeasures;

describe('joint measures biting in their departments', () => {
  it('puts each department\'s measure in force by its answer, applies it in its process, shows where it bit, and lifts it', async () => {
    const before = await exportOrder();
    expect((await declareList(before)).releaseDecision.decision).toBe('AUTO_RELEASE');
    expect(await settlementReasons(before.orderNo)).not.toContain('JOINT_MEASURE');
    expect((await deemedTax('1000000.00')).status).toBe('ASSESSED');

    const filed = ok(await stack.query<{ fileAssistanceRequest: { requestNo: string } }>(
      'mutation($input: AssistanceRequestInput!) { fileAssistanceRequest(input: $input) { requestNo } }',
      {
        input: {
          subject: { type: 'ENTERPRISE', uscc: seller.uscc },
          reason: '非真实贸易洗钱: payments from many unrelated payers through one export seller',
          legalBasis: '反洗钱法 第二十三条',
          actions: ['HOLD_GOODS', 'REFUSE_SETTLEMENT', 'SUSPEND_DEEMED_TAX'],
          dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          addressedTo: ['CUSTOMS', 'FOREX', 'TAX'],
        },
      },
      publicSecurity,
    )).fileAssistanceRequest;
    const no = filed.requestNo;
    for (const [headers, measure] of [[customs, 'CUSTOMS_NO_AUTO_RELEASE'], [forex, 'FOREX_SETTLEMENT_REFUSED'], [tax, 'TAX_DEEMED_TAXATION_REVOKED']] as const) {
      ok(await stack.query('mutation($no: ID!) { acknowledgeAssistanceRequest(requestNo: $no) { requestNo } }', { no }, headers));
      ok(await stack.query('mutation($no: ID!, $answer: AssistanceAnswerInput!) { answerAssistanceRequest(requestNo: $no, answer: $answer) { requestNo } }',
        { no, answer: { findings: `${measure} in force`, evidence: [], applyMeasures: [measure] } }, headers));
    }
    const inForce = await measuresOf(true);
    expect(inForce.filter((m) => m.source === 'ASSISTANCE_REQUEST').map((m) => [m.kind, m.department, m.basis]).sort()).toEqual([
      ['CUSTOMS_NO_AUTO_RELEASE', 'CUSTOMS', `assistance request ${no}`],
      ['FOREX_SETTLEMENT_REFUSED', 'FOREX', `assistance request ${no}`],
      ['TAX_DEEMED_TAXATION_REVOKED', 'TAX', `assistance request ${no}`],
    ]);

    // Each bites in its own department's process.
    const held = await exportOrder();
    const heldList = await declareList(held);
    expect(heldList.releaseDecision.decision).toBe('DOCUMENT_REVIEW');
    expect(heldList.releaseDecision.reasons.map((r) => r.code)).toEqual(['JOINT_MEASURE']);
    expect(await settlementReasons(held.orderNo)).toContain('JOINT_MEASURE');
    const revoked = await deemedTax('1000000.00');
    expect(revoked).toEqual({ status: 'REVOKED', revocationReason: `joint measure of assistance request ${no}` });

    // …and where it bit is on record with the measure.
    const bitten = (await measuresOf(true)).filter((m) => m.source === 'ASSISTANCE_REQUEST');
    const effectsOf = (kind: string) => bitten.find((m) => m.kind === kind)!.effects;
    expect(effectsOf('CUSTOMS_NO_AUTO_RELEASE')).toEqual([{ process: 'customs.release', recordRef: heldList.invtNo, department: 'CUSTOMS' }]);
    expect(effectsOf('FOREX_SETTLEMENT_REFUSED')).toEqual([expect.objectContaining({ process: 'forex.settlement-check', department: 'FOREX' })]);
    expect(effectsOf('FOREX_SETTLEMENT_REFUSED')[0]!.recordRef).toMatch(/^FXSC\d{12}$/);
    expect(effectsOf('TAX_DEEMED_TAXATION_REVOKED')).toEqual([expect.objectContaining({ process: 'tax.deemed-income-tax', department: 'TAX' })]);

    // Only the applying department lifts its measure, once.
    const LIFT = 'mutation($id: ID!, $reason: String!) { liftJointMeasure(measureId: $id, reason: $reason) { id inForce liftReason } }';
    const forexMeasure = `ASSISTANCE_REQUEST:${no}:FOREX_SETTLEMENT_REFUSED`;
    expect((await stack.query(LIFT, { id: forexMeasure, reason: 'not mine' }, tax)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [headers, kind] of [[customs, 'CUSTOMS_NO_AUTO_RELEASE'], [forex, 'FOREX_SETTLEMENT_REFUSED'], [tax, 'TAX_DEEMED_TAXATION_REVOKED']] as const) {
      const lifted = ok(await stack.query<{ liftJointMeasure: { inForce: boolean; liftReason: string } }>(LIFT, { id: `ASSISTANCE_REQUEST:${no}:${kind}`, reason: 'investigation closed without findings' }, headers));
      expect(lifted.liftJointMeasure).toEqual({ id: `ASSISTANCE_REQUEST:${no}:${kind}`, inForce: false, liftReason: 'investigation closed without findings' });
    }
    expect((await stack.query(LIFT, { id: forexMeasure, reason: 'again' }, forex)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await measuresOf(true)).filter((m) => m.source === 'ASSISTANCE_REQUEST')).toEqual([]);
    expect((await measuresOf(false)).filter((m) => m.source === 'ASSISTANCE_REQUEST').map((m) => m.inForce)).toEqual([false, false, false]);

    // Lifted, none of them bites any more.
    const after = await exportOrder();
    expect((await declareList(after)).releaseDecision.decision).toBe('AUTO_RELEASE');
    expect(await settlementReasons(held.orderNo)).not.toContain('JOINT_MEASURE');
    expect((await deemedTax('1000000.00')).status).toBe('ASSESSED');
  });

  it('holds a parcel in post while a measure on its order stands, and delivers it once lifted', async () => {
    const post = await bearer({ role: 'SYSTEM', org: 'SYSTEM-POST', department: 'post' });
    const order = await exportOrder();
    const filed = ok(await stack.query<{ fileAssistanceRequest: { requestNo: string } }>(
      'mutation($input: AssistanceRequestInput!) { fileAssistanceRequest(input: $input) { requestNo } }',
      {
        input: {
          subject: { type: 'ORDER', ebpCode: platform.uscc, orderNo: order.orderNo }, reason: 'goods suspected of infringing trademarks', legalBasis: '商标法 第六十条',
          actions: ['HOLD_GOODS'], dueAt: new Date(Date.now() + 86_400_000 * 3).toISOString(), addressedTo: ['POST'],
        },
      },
      customs,
    )).fileAssistanceRequest;
    ok(await stack.query('mutation($no: ID!) { acknowledgeAssistanceRequest(requestNo: $no) { requestNo } }', { no: filed.requestNo }, post));
    ok(await stack.query('mutation($no: ID!, $answer: AssistanceAnswerInput!) { answerAssistanceRequest(requestNo: $no, answer: $answer) { requestNo } }',
      { no: filed.requestNo, answer: { findings: 'parcel located at the Shaoguan depot', evidence: [order.logisticsNo], applyMeasures: ['POST_PARCELS_HELD'] } }, post));
    const TRACK = 'mutation($code: String!, $no: String!, $events: [TrackingEventInput!]!) { addTrackingEvents(logisticsCode: $code, logisticsNo: $no, events: $events) { logisticsNo } }';
    const deliver = (seq: number) => stack.query(TRACK, { code: carrier.uscc, no: order.logisticsNo, events: [{ seq, code: 'DELIVERED', description: 'delivered to the consignee', location: 'Hamburg', occurredAt: new Date().toISOString() }] });
    const held = await deliver(1);
    expect(held.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', refusal: 'PARCEL_HELD' });
    const measureId = `ASSISTANCE_REQUEST:${filed.requestNo}:POST_PARCELS_HELD`;
    const onOrder = ok(await stack.query<{ jointMeasures: Measure[] }>(
      'query($ebpCode: String!, $orderNo: String!) { jointMeasures(subject: { type: ORDER, ebpCode: $ebpCode, orderNo: $orderNo }) { id kind source department inForce basis effects { process recordRef department } } }',
      { ebpCode: platform.uscc, orderNo: order.orderNo }, regulator,
    )).jointMeasures;
    expect(onOrder.find((m) => m.id === measureId)!.effects).toEqual([{ process: 'post.delivery', recordRef: `${carrier.uscc}/${order.logisticsNo}`, department: 'POST' }]);
    ok(await stack.query('mutation($id: ID!) { liftJointMeasure(measureId: $id, reason: "released by court order") { id } }', { id: measureId }, post));
    ok(await deliver(1));
  });

  it('withholds the registry\'s verdict from automated identity checks while re-verification is demanded, lets public security re-verify, and lifts', async () => {
    // An import order of a resident the registry knows, with its payment and waybill.
    const resident = demoResident(TEST_SEED, 5);
    const idHash = hashIdNumber(resident.idNumber, process.env.TEST_ID_HASH_KEY!);
    sequence += 1;
    const orderNo = `RV${RUN}${sequence}`;
    const logisticsNo = `RVL${RUN}${sequence}`;
    const MILK = { gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.50', country: 'NZL' };
    ok(await stack.query('mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }', {
      input: {
        ebpCode: platform.uscc, orderNo, direction: 'IMPORT', tradeMode: '9610', ebcCode: seller.uscc,
        goodsValue: '300.50', freight: '10.00', discount: '0.00', taxTotal: '0.00', actualPaid: '310.50', currency: 'CNY',
        buyer: { name: resident.name, idType: '1', idNumber: resident.idNumber, phone: resident.phone },
        consignee: resident.name, consigneeAddress: '韶关市浈江区某路1号', payCode: payer.uscc, payTransactionId: `PAY-${orderNo}`, orderedAt: HOUR_AGO, items: [MILK],
      },
    }));
    ok(await stack.query('mutation($input: PaymentInput!) { submitPayment(input: $input) { outcome } }', {
      input: {
        payCode: payer.uscc, payTransactionId: `PAY-${orderNo}`, ebpCode: platform.uscc, orderNo, amountPaid: '310.50', currency: 'CNY',
        payTime: HOUR_AGO, payer: { name: resident.name, idType: '1', idNumber: resident.idNumber }, zone: 'SHAOGUAN',
      },
    }));
    ok(await stack.query('mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome } }', {
      input: {
        logisticsCode: carrier.uscc, logisticsNo, ebpCode: platform.uscc, orderNo, zone: 'SHAOGUAN',
        freight: '10.00', insuredFee: '0.00', weight: '0.50', packNo: 1, consignee: resident.name, consigneeAddress: '韶关市浈江区某路1号',
      },
    }));
    const VERIFY = `mutation($name: String!, $idNumber: IdNumber!, $ebpCode: String, $orderNo: String) {
      verifyIdentity(name: $name, idNumber: $idNumber, ebpCode: $ebpCode, orderNo: $orderNo) { serialNo verdict attestation { serial } } }`;
    type Check = { serialNo: string; verdict: string; attestation: { serial: string } | null };
    const verify = async (headers?: Headers) =>
      ok(await stack.query<{ verifyIdentity: Check }>(VERIFY, { name: resident.name, idNumber: resident.idNumber, ebpCode: platform.uscc, orderNo }, headers)).verifyIdentity;
    const declareImport = async () => ok(await stack.query<{ declareInventoryList: { list: { matching: { matched: boolean; reasons: { code: string; message: string }[] } } } }>(
      'mutation($input: InventoryListInput!) { declareInventoryList(input: $input) { list { matching { matched reasons { code message } } } } }',
      {
        input: {
          copNo: `COP-${orderNo}`, customsCode: '5171', ebpCode: platform.uscc, orderNo, ebcCode: seller.uscc, logisticsCode: carrier.uscc, logisticsNo,
          direction: 'IMPORT', tradeMode: '9610', zone: 'SHAOGUAN', freight: '10.00', insuredFee: '0.00', currency: 'CNY', items: [MILK],
        },
      },
    )).declareInventoryList.list.matching;

    const before = await verify();
    expect(before.verdict).toBe('MATCH');
    expect(before.attestation).not.toBeNull();

    // Customs asks public security to verify the person; public security's answer demands re-verification.
    const filed = ok(await stack.query<{ fileAssistanceRequest: { requestNo: string } }>(
      'mutation($input: AssistanceRequestInput!) { fileAssistanceRequest(input: $input) { requestNo } }',
      {
        input: {
          subject: { type: 'PERSON', idHash }, zone: 'SHAOGUAN', reason: 'one buyer identity used for many unrelated orders', legalBasis: '海关总署公告2018年第194号',
          actions: ['VERIFY'], dueAt: new Date(Date.now() + 86_400_000 * 3).toISOString(), addressedTo: ['PUBLIC_SECURITY'],
        },
      },
      customs,
    )).fileAssistanceRequest;
    ok(await stack.query('mutation($no: ID!) { acknowledgeAssistanceRequest(requestNo: $no) { requestNo } }', { no: filed.requestNo }, publicSecurity));
    ok(await stack.query('mutation($no: ID!, $answer: AssistanceAnswerInput!) { answerAssistanceRequest(requestNo: $no, answer: $answer) { requestNo } }',
      { no: filed.requestNo, answer: { findings: 'the identity is to be re-verified in person', evidence: [], applyMeasures: ['PUBLIC_SECURITY_REVERIFICATION'] } }, publicSecurity));
    const measureId = `ASSISTANCE_REQUEST:${filed.requestNo}:PUBLIC_SECURITY_REVERIFICATION`;

    // It bites: the platform's check is answered REVERIFICATION_REQUIRED, unsigned, and customs does not match the list on it.
    const withheld = await verify();
    expect(withheld).toMatchObject({ verdict: 'REVERIFICATION_REQUIRED', attestation: null });
    const refused = await declareImport();
    expect(refused.matched).toBe(false);
    expect(refused.reasons).toEqual([expect.objectContaining({ code: 'IDENTITY_NOT_VERIFIED', message: expect.stringContaining('re-verified') })]);
    // …and where it bit is on record with the measure.
    const PERSON_MEASURES = 'query($idHash: String!) { jointMeasures(subject: { type: PERSON, idHash: $idHash }) { id inForce effects { process recordRef outcome department } } }';
    const personMeasures = async () => ok(await stack.query<{ jointMeasures: { id: string; inForce: boolean; effects: { process: string; recordRef: string; outcome: string; department: string }[] }[] }>(PERSON_MEASURES, { idHash }, regulator)).jointMeasures;
    expect((await personMeasures()).find((m) => m.id === measureId)!.effects).toEqual([
      expect.objectContaining({ process: 'public-security.identity-check', recordRef: withheld.serialNo, department: 'PUBLIC_SECURITY', outcome: expect.stringContaining('REVERIFICATION_REQUIRED') }),
    ]);

    // Public security's own officer re-verifies the person: the registry's verdict, reported as the re-verification.
    const reverified = await verify(publicSecurity);
    expect(reverified.verdict).toBe('MATCH');
    expect((await personMeasures()).find((m) => m.id === measureId)!.effects.map((e) => e.outcome)).toContain('re-verified by a public-security officer: MATCH');

    // Lifted, an automated check gets the registry's verdict and its attestation again, and the list matches.
    ok(await stack.query('mutation($id: ID!) { liftJointMeasure(measureId: $id, reason: "re-verified in person") { id } }', { id: measureId }, publicSecurity));
    const after = await verify();
    expect(after.verdict).toBe('MATCH');
    expect(after.attestation).not.toBeNull();
    expect((await declareImport()).matched).toBe(true);
    expect((await personMeasures()).find((m) => m.id === measureId)!.effects.map((e) => e.recordRef)).not.toContain(after.serialNo);
  });

  it('waives the document review of medium-risk goods for an advanced-certified enterprise, reports it, and stops when the class is lowered', async () => {
    const customsOfficer = await bearer({ role: 'OFFICER', org: 'GD-CUSTOMS-SG', department: 'customs', zone: 'SHAOGUAN' });
    const CLASS = 'mutation($uscc: USCC!, $creditClass: CustomsCreditClass!) { setCustomsCreditClass(uscc: $uscc, creditClass: $creditClass, reason: "海关认证企业复核") { uscc } }';
    // Cosmetics (chapter 33) are medium-risk goods: a general-credit enterprise's list goes to document review.
    const COSMETICS = [{ ...SHOES, itemName: '护肤精华液', hsCode: '3304990099', unit: '142' }];
    const rewardId = `CREDIT_CLASS:${seller.uscc}:REWARD_LOWER_REVIEW`;
    const reviewed = await exportOrder(COSMETICS);
    expect((await declareList(reviewed, COSMETICS)).releaseDecision).toEqual({ decision: 'DOCUMENT_REVIEW', reasons: [{ code: 'MEDIUM_RISK_GOODS' }] });
    expect((await measuresOf(true)).map((m) => m.id)).not.toContain(rewardId);

    ok(await stack.query(CLASS, { uscc: seller.uscc, creditClass: 'ADVANCED' }, customsOfficer));
    try {
      expect((await measuresOf(true)).find((m) => m.id === rewardId)).toMatchObject({ kind: 'REWARD_LOWER_REVIEW', source: 'CREDIT_CLASS', department: 'CUSTOMS', inForce: true });
      const rewarded = await exportOrder(COSMETICS);
      const released = await declareList(rewarded, COSMETICS);
      expect(released.releaseDecision).toEqual({ decision: 'AUTO_RELEASE', reasons: [] });
      expect((await measuresOf(true)).find((m) => m.id === rewardId)!.effects).toEqual([{ process: 'customs.release', recordRef: released.invtNo, department: 'CUSTOMS' }]);
      // Low-risk goods need no review anyway: the reward did not bite, and nothing is reported.
      const plain = await declareList(await exportOrder());
      expect(plain.releaseDecision.decision).toBe('AUTO_RELEASE');
      expect((await measuresOf(true)).find((m) => m.id === rewardId)!.effects.map((e) => e.recordRef)).toEqual([released.invtNo]);
    } finally {
      ok(await stack.query(CLASS, { uscc: seller.uscc, creditClass: 'GENERAL' }, customsOfficer));
    }
    // Lowered to general credit: the reward is gone from the register and the review is back.
    expect((await measuresOf(true)).map((m) => m.id)).not.toContain(rewardId);
    // Both regradings were announced to the subject's zone (jointMeasureChanged), in customs' outbox.
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ payload: Record<string, unknown>; zone: string }>(
        `SELECT payload, zone FROM customs.event_outbox WHERE topic = 'jointMeasureChanged' AND payload->>'subjectKey' = $1 ORDER BY id`, [seller.uscc],
      );
      expect(rows.map((row) => [row.zone, row.payload.measure, row.payload.source, row.payload.inForce])).toEqual([
        ['SHAOGUAN', 'REWARD_LOWER_REVIEW', 'CREDIT_CLASS', true],
        ['SHAOGUAN', 'REWARD_LOWER_REVIEW', 'CREDIT_CLASS', false],
      ]);
    } finally {
      await db.end();
    }
    const again = await exportOrder(COSMETICS);
    expect((await declareList(again, COSMETICS)).releaseDecision.decision).toBe('DOCUMENT_REVIEW');
  });

  it('shows the negative list\'s measures in force in every department while the listing stands, and where they bit', async () => {
    const commerce = await bearer({ role: 'OFFICER', org: 'COMMERCE-SHAOGUAN', department: 'commerce', zone: 'SHAOGUAN' });
    const order = await exportOrder();
    ok(await stack.query('mutation($uscc: ID!) { placeOnNegativeList(uscc: $uscc, reason: "forged export records", legalBasis: "粤府函〔2022〕58号 credit system") { uscc } }', { uscc: seller.uscc }, commerce));
    const listed = (await measuresOf(true)).filter((m) => m.source === 'NEGATIVE_LIST');
    expect(listed.map((m) => m.department)).toEqual(['CUSTOMS', 'FOREX', 'TAX', 'POST', 'PUBLIC_SECURITY']);
    expect(await settlementReasons(order.orderNo)).toContain('NEGATIVE_LIST');
    const forexMeasure = (await measuresOf(true)).find((m) => m.source === 'NEGATIVE_LIST' && m.kind === 'FOREX_SETTLEMENT_REFUSED')!;
    expect(forexMeasure.effects.map((e) => e.process)).toEqual(['forex.settlement-check']);
    // A negative-list measure is lifted with the listing, not on its own.
    const lift = await stack.query('mutation($id: ID!) { liftJointMeasure(measureId: $id, reason: "no") { id } }', { id: forexMeasure.id }, forex);
    expect(lift.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    ok(await stack.query('mutation($uscc: ID!) { liftFromNegativeList(uscc: $uscc, reason: "rectified") { uscc } }', { uscc: seller.uscc }, commerce));
    expect((await measuresOf(true)).filter((m) => m.source === 'NEGATIVE_LIST')).toEqual([]);
    expect(await settlementReasons(order.orderNo)).not.toContain('NEGATIVE_LIST');
  });
});
