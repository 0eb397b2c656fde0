import { hashIdNumber, idNumberCheckChar } from '@zone/common';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * Watch flags (public security) through the gateway: a case of suspected non-genuine trade or
 * money laundering on an enterprise raises a flag that forex's settlement check and customs'
 * release read through the signed department-to-department path, other departments see as a flag
 * only (never the case file), and closing the case lifts; a person's flag by keyed ID hash.
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
let forex: Headers;

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
  // A plain seller of its own, away from other files' sellers.
  seller = withRole('ECOMMERCE').filter((e) => !e.roles.includes('PLATFORM')).at(-2)!;
  payer = withRole('PAYMENT')[0]!;
  carrier = withRole('LOGISTICS')[0]!;
  publicSecurity = await bearer({ role: 'OFFICER', org: 'PSB-SHAOGUAN', department: 'public-security', zone: 'SHAOGUAN' });
  forex = await bearer({ role: 'OFFICER', org: 'SAFE-SHAOGUAN', department: 'forex', zone: 'SHAOGUAN' });
}, 120_000);
afterAll(async () => {
  await stack?.close();
});

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const SHOES = { gnum: 1, itemNo: 'SKU-1', itemName: '运动跑鞋', hsCode: '6404110090', qty: '1', unit: '025', price: '300.00', totalPrice: '300.00', country: 'CHN' };

/** An export order of the seller with its payment received and waybill: everything customs matches a list against. */
async function exportOrder(): Promise<{ orderNo: string; logisticsNo: string }> {
  sequence += 1;
  const orderNo = `JM${RUN}${sequence}`;
  const logisticsNo = `JML${RUN}${sequence}`;
  ok(await stack.query('mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }', {
    input: {
      ebpCode: platform.uscc, orderNo, direction: 'EXPORT', tradeMode: '9610', ebcCode: seller.uscc,
      goodsValue: '300.00', freight: '10.00', discount: '0.00', taxTotal: '0.00', actualPaid: '310.00', currency: 'USD',
      buyer: { name: 'John Smith', idType: '2', phone: '+15550100' }, consignee: 'John Smith', consigneeAddress: '1 Main Street, Hamburg',
      payCode: payer.uscc, payTransactionId: `PAY-${orderNo}`, orderedAt: HOUR_AGO, items: [SHOES],
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

async function declareList(order: { orderNo: string; logisticsNo: string }) {
  const response = await stack.query<{ declareInventoryList: { list: { invtNo: string; releaseDecision: { decision: string; reasons: { code: string }[] } } } }>(
    'mutation($input: InventoryListInput!) { declareInventoryList(input: $input) { list { invtNo releaseDecision { decision reasons { code } } } } }',
    {
      input: {
        copNo: `COP-${order.orderNo}`, customsCode: '5171', ebpCode: platform.uscc, orderNo: order.orderNo, ebcCode: seller.uscc,
        logisticsCode: carrier.uscc, logisticsNo: order.logisticsNo, direction: 'EXPORT', tradeMode: '9610', zone: 'SHAOGUAN', statisticsFlag: 'B',
        freight: '10.00', insuredFee: '0.00', currency: 'USD', items: [SHOES],
      },
    },
  );
  return ok(response).declareInventoryList.list;
}

async function settlement(orderNo: string): Promise<{ mayProceed: boolean; codes: string[] }> {
  const response = await stack.query<{ settlementCheck: { mayProceed: boolean; reasons: { code: string }[] } }>(
    'query($ebpCode: String!, $orderNo: String!) { settlementCheck(ebpCode: $ebpCode, orderNo: $orderNo) { mayProceed reasons { code } } }', { ebpCode: platform.uscc, orderNo }, forex,
  );
  const check = ok(response).settlementCheck;
  return { mayProceed: check.mayProceed, codes: check.reasons.map((r) => r.code) };
}

const OPEN = `mutation($kind: WatchSubjectKind!, $uscc: ID, $idNumber: IdNumber, $zone: Zone) {
  openWatchCase(subjectKind: $kind, uscc: $uscc, idNumber: $idNumber, zone: $zone, category: NON_GENUINE_TRADE_MONEY_LAUNDERING,
    summary: "货物与资金流向不符，疑似虚构交易", legalBasis: "《反洗钱法》第三十二条") {
    caseNo subjectKind uscc zone summary openedAt closedAt flag { category since caseReference } } }`;
const CLOSE = 'mutation($caseNo: ID!) { closeWatchCase(caseNo: $caseNo, reason: "经核查排除嫌疑") { caseNo closedAt closeReason flag { caseReference } } }';
const FLAG = 'query($uscc: ID!) { enterprise(uscc: $uscc) { uscc watchFlag { category since caseReference } } }';

describe('a watch flag on an enterprise', () => {
  it('refuses its settlement and holds its lists for inspection while the case is open, and lifts with the case', async () => {
    const order = await exportOrder();
    await declareList(order);
    const before = await settlement(order.orderNo);
    expect(before.codes).not.toContain('WATCH_FLAG');

    const opened = ok(await stack.query<{ openWatchCase: { caseNo: string; uscc: string; zone: string; flag: { caseReference: string } } }>(OPEN, { kind: 'ENTERPRISE', uscc: seller.uscc }, publicSecurity)).openWatchCase;
    expect(opened).toMatchObject({ uscc: seller.uscc, zone: 'SHAOGUAN', flag: { caseReference: opened.caseNo } });
    expect(opened.caseNo).toMatch(/^GAWC\d{10}$/);
    // The same case again is the case already open: nothing new.
    const again = ok(await stack.query<{ openWatchCase: { caseNo: string } }>(OPEN, { kind: 'ENTERPRISE', uscc: seller.uscc }, publicSecurity)).openWatchCase;
    expect(again.caseNo).toBe(opened.caseNo);

    // Forex reads the flag through the gateway as its own system and refuses the settlement.
    const refused = await settlement(order.orderNo);
    expect(refused.mayProceed).toBe(false);
    expect(refused.codes).toContain('WATCH_FLAG');
    // Customs reads it the same way: a new list of the enterprise goes to inspection.
    const held = await declareList(await exportOrder());
    expect(held.releaseDecision.decision).toBe('INSPECTION');
    expect(held.releaseDecision.reasons.map((r) => r.code)).toContain('WATCH_FLAG');
    // Other departments see the flag only.
    const seen = ok(await stack.query<{ enterprise: { watchFlag: { category: string; caseReference: string } | null } }>(FLAG, { uscc: seller.uscc }, forex)).enterprise;
    expect(seen.watchFlag).toMatchObject({ category: 'NON_GENUINE_TRADE_MONEY_LAUNDERING', caseReference: opened.caseNo });
    const file = await stack.query('query($caseNo: ID!) { watchCase(caseNo: $caseNo) { summary } }', { caseNo: opened.caseNo }, forex);
    expect(file.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(file)).not.toContain('疑似虚构交易');

    const closed = ok(await stack.query<{ closeWatchCase: { closedAt: string | null; flag: unknown } }>(CLOSE, { caseNo: opened.caseNo }, publicSecurity)).closeWatchCase;
    expect(closed.closedAt).not.toBeNull();
    expect(closed.flag).toBeNull();
    expect(ok(await stack.query<{ enterprise: { watchFlag: unknown } }>(FLAG, { uscc: seller.uscc }, forex)).enterprise.watchFlag).toBeNull();
    expect((await settlement(order.orderNo)).codes).not.toContain('WATCH_FLAG');
  }, 180_000);

  it('is opened only by public security of the enterprise\'s zone, and seen by no other zone', async () => {
    const otherZone = await bearer({ role: 'OFFICER', org: 'PSB-HEYUAN', department: 'public-security', zone: 'HEYUAN' });
    const refused = await stack.query(OPEN, { kind: 'ENTERPRISE', uscc: seller.uscc }, otherZone);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const customsOfficer = await bearer({ role: 'OFFICER', org: 'CUSTOMS-SHAOGUAN', department: 'customs', zone: 'SHAOGUAN' });
    expect((await stack.query(OPEN, { kind: 'ENTERPRISE', uscc: seller.uscc }, customsOfficer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const opened = ok(await stack.query<{ openWatchCase: { caseNo: string } }>(OPEN, { kind: 'ENTERPRISE', uscc: seller.uscc }, publicSecurity)).openWatchCase;
    const heyuanForex = await bearer({ role: 'OFFICER', org: 'SAFE-HEYUAN', department: 'forex', zone: 'HEYUAN' });
    const seen = await stack.query<{ enterprise: { watchFlag: unknown } | null }>(FLAG, { uscc: seller.uscc }, heyuanForex);
    expect(seen.data?.enterprise?.watchFlag ?? null).toBeNull();
    ok(await stack.query(CLOSE, { caseNo: opened.caseNo }, publicSecurity));
  }, 120_000);

  it('names every wrong field of a case at once', async () => {
    const response = await stack.query(OPEN, { kind: 'PERSON', uscc: seller.uscc }, await bearer({ role: 'SYSTEM', org: 'SYSTEM-PSB', department: 'public-security' }));
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((response.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field).sort()).toEqual(['idNumber', 'uscc', 'zone']);
  });
});

describe('a watch flag on a person', () => {
  it('is kept by keyed ID hash and read by department systems holding identity:match only', async () => {
    const first17 = '44020319850101031';
    const idNumber = first17 + idNumberCheckChar(first17);
    const opened = ok(await stack.query<{ openWatchCase: { caseNo: string; uscc: string | null; subjectKind: string } }>(OPEN, { kind: 'PERSON', idNumber }, publicSecurity)).openWatchCase;
    expect(opened).toMatchObject({ subjectKind: 'PERSON', uscc: null });
    const idHash = hashIdNumber(idNumber, process.env.TEST_ID_HASH_KEY!);
    const query = 'query($h: String!) { personWatchFlag(idHash: $h) { caseReference } }';
    const system = await bearer({ role: 'SYSTEM', org: 'SYSTEM-FOREX', department: 'forex', scopes: ['identity:match'] });
    expect(ok(await stack.query<{ personWatchFlag: { caseReference: string } }>(query, { h: idHash }, system)).personWatchFlag.caseReference).toBe(opened.caseNo);
    expect((await stack.query(query, { h: idHash }, forex)).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHORIZED|GRAPHQL_VALIDATION_FAILED/);
    ok(await stack.query(CLOSE, { caseNo: opened.caseNo }, publicSecurity));
    expect(ok(await stack.query<{ personWatchFlag: unknown }>(query, { h: idHash }, system)).personWatchFlag).toBeNull();
  }, 120_000);
});
