import { Client } from 'pg';
import { chinaCalendarYear, chinaCalendarYearRange, hashIdNumber, idNumberCheckChar } from '@zone/common';
import { demoResident } from '../scripts/demo/generate';
import { TEST_SEED } from './support/constants';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * Customs write paths through the gateway: inventory lists matched against the order, payment,
 * waybill and identity check the other departments hold (read through the federated API), the
 * release flow, cancellation and return, summary declarations and export returns.
 */

let stack: Stack;
let db: Client;

interface SeededEnterprise {
  uscc: string;
  zone: string;
  roles: string[];
}
let platform: SeededEnterprise;
let sellers: SeededEnterprise[];
let payer: SeededEnterprise;
let carrier: SeededEnterprise;
/** Registered residents, least annual usage first. */
let buyers: Person[];

beforeAll(async () => {
  // Departments hash ID numbers under the key the test data was written with, as in production.
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack({ trustedDocuments: false });
  db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: SeededEnterprise }[] } }>(
    '{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc zone roles } } } }',
  );
  expect(errors).toBeUndefined();
  const enterprises = data!.enterprises.edges.map((e) => e.node);
  const withRole = (role: string) => enterprises.filter((e) => e.roles.includes(role));
  platform = withRole('PLATFORM')[0]!;
  sellers = withRole('ECOMMERCE').filter((e) => !e.roles.includes('PLATFORM'));
  payer = withRole('PAYMENT')[0]!;
  carrier = withRole('LOGISTICS')[0]!;
  expect(sellers.length).toBeGreaterThanOrEqual(4);
  // Buyers with the most of their annual allowance left, so the tests' own lists decide the limits.
  const usage = await Promise.all(Array.from({ length: 60 }, (_, i) => resident(i)).map(async (person) => ({ person, used: await usedThisYear(person) })));
  buyers = usage.sort((a, b) => a.used - b.used).map((u) => u.person);
});

afterAll(async () => {
  await db?.end();
  await stack?.close();
});

const bearer = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });
const customsOfficer = (zone: 'SHAOGUAN' | 'YUNFU' = 'SHAOGUAN') => bearer({ role: 'OFFICER', org: `CUSTOMS-${zone}`, department: 'customs', zone });

function expectNoErrors(response: GraphQLResponse<unknown>): void {
  expect(response.errors).toBeUndefined();
}

function problemsOf(response: GraphQLResponse<unknown>): { field: string; reason: string }[] {
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  return response.errors![0]!.extensions?.problems as { field: string; reason: string }[];
}

const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

interface Person {
  name: string;
  idNumber: string;
}

/** A registered resident of the test registry (public security answers MATCH for them). */
const resident = (index: number): Person => demoResident(TEST_SEED, index);

/** A valid ID number no demo resident has (born 1 January 1900). */
function unregistered(serial: number): Person {
  const first17 = `44020319000101${String(serial).padStart(3, '0')}`;
  return { name: '赵未登', idNumber: first17 + idNumberCheckChar(first17) };
}

const HOUR_AGO = new Date(Date.now() - 3600_000).toISOString();
const RUN = String(Date.now()).slice(-8);
let sequence = 0;
const nextKeys = () => {
  sequence += 1;
  return { orderNo: `CF${RUN}${String(sequence).padStart(3, '0')}`, logisticsNo: `CFL${RUN}${String(sequence).padStart(3, '0')}` };
};

interface Line {
  hsCode: string;
  itemName: string;
  qty: string;
  price: string;
  unit?: string;
}

const SHOES: Line = { hsCode: '6404110090', itemName: '运动跑鞋', qty: '1', price: '300.00', unit: '025' };
const MILK: Line = { hsCode: '1901101000', itemName: '婴儿配方奶粉', qty: '2', price: '150.00', unit: '122' };
const CERAMICS: Line = { hsCode: '6911101900', itemName: '陶瓷餐具套装', qty: '10', price: '12.50', unit: '011' };

const money = (n: number) => n.toFixed(2);
const itemsOf = (lines: Line[]) => lines.map((line, i) => ({
  gnum: i + 1,
  itemNo: `SKU-${i + 1}`,
  itemName: line.itemName,
  hsCode: line.hsCode,
  qty: line.qty,
  unit: line.unit ?? '011',
  price: line.price,
  totalPrice: money(Number(line.qty) * Number(line.price)),
  country: line.hsCode.startsWith('69') ? 'CHN' : 'NZL',
}));
const goodsValueOf = (lines: Line[]) => lines.reduce((sum, line) => sum + Number(line.qty) * Number(line.price), 0);

interface Case {
  orderNo: string;
  logisticsNo: string;
  seller: SeededEnterprise;
  lines: Line[];
  freight: number;
  buyer: Person;
  direction: 'IMPORT' | 'EXPORT';
}

interface Filing {
  buyer?: Person;
  payer?: Person | null;
  amountPaid?: string;
  waybill?: boolean;
  identity?: 'verified' | 'wrong-name' | 'none';
  /** The seller is under public security's re-verification measure (the negative list): the
   * automated check is withheld and a public-security officer's check re-verifies the buyer. */
  reverify?: boolean;
  lines?: Line[];
  freight?: number;
  seller?: SeededEnterprise;
  direction?: 'IMPORT' | 'EXPORT';
}

/** Files what the platform, payment company, carrier and public security send before a list. */
async function fileDocuments(filing: Filing = {}): Promise<Case> {
  const { orderNo, logisticsNo } = nextKeys();
  const direction = filing.direction ?? 'IMPORT';
  const lines = filing.lines ?? [SHOES];
  const freight = filing.freight ?? 10;
  const buyer = filing.buyer ?? buyers[0]!;
  const seller = filing.seller ?? sellers[0]!;
  const actualPaid = money(goodsValueOf(lines) + freight);
  const abroad = direction === 'EXPORT';
  const order = await stack.query('mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }', {
    input: {
      ebpCode: platform.uscc,
      orderNo,
      direction,
      tradeMode: abroad ? '9610' : '9610',
      ebcCode: seller.uscc,
      goodsValue: money(goodsValueOf(lines)),
      freight: money(freight),
      discount: '0.00',
      taxTotal: '0.00',
      actualPaid,
      currency: abroad ? 'USD' : 'CNY',
      buyer: abroad ? { name: 'John Smith', idType: '2', phone: '+15550100' } : { name: buyer.name, idType: '1', idNumber: buyer.idNumber, phone: '13812345678' },
      consignee: abroad ? 'John Smith' : buyer.name,
      consigneeAddress: abroad ? '1 Main Street, Hamburg' : '韶关市浈江区某路1号',
      payCode: payer.uscc,
      payTransactionId: `PAY-${orderNo}`,
      orderedAt: HOUR_AGO,
      items: itemsOf(lines),
    },
  });
  expectNoErrors(order);
  if (filing.payer !== null) {
    const who = filing.payer ?? buyer;
    const field = abroad ? 'submitPaymentReceived' : 'submitPayment';
    const payment = await stack.query(`mutation($input: PaymentInput!) { ${field}(input: $input) { outcome } }`, {
      input: {
        payCode: payer.uscc,
        payTransactionId: `PAY-${orderNo}`,
        ebpCode: platform.uscc,
        orderNo,
        amountPaid: filing.amountPaid ?? actualPaid,
        currency: abroad ? 'USD' : 'CNY',
        payTime: HOUR_AGO,
        payer: abroad ? { name: 'John Smith', idType: '2' } : { name: who.name, idType: '1', idNumber: who.idNumber },
        zone: 'SHAOGUAN',
      },
    });
    expectNoErrors(payment);
  }
  if (filing.waybill !== false) {
    const waybill = await stack.query('mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome } }', {
      input: {
        logisticsCode: carrier.uscc,
        logisticsNo,
        ebpCode: platform.uscc,
        orderNo,
        zone: 'SHAOGUAN',
        freight: money(freight),
        insuredFee: '0.00',
        weight: '1.20',
        packNo: 1,
        consignee: abroad ? 'John Smith' : buyer.name,
        consigneeAddress: abroad ? '1 Main Street, Hamburg' : '韶关市浈江区某路1号',
      },
    });
    expectNoErrors(waybill);
  }
  const identity = filing.identity ?? (abroad ? 'none' : 'verified');
  if (identity !== 'none') {
    const verify = (headers?: Record<string, string>) => stack.query<{ verifyIdentity: { verdict: string } }>(
      `mutation($name: String!, $idNumber: IdNumber!, $ebpCode: String, $orderNo: String, $zone: Zone) {
        verifyIdentity(name: $name, idNumber: $idNumber, ebpCode: $ebpCode, orderNo: $orderNo, zone: $zone) { verdict } }`,
      { name: identity === 'verified' ? buyer.name : '查无此名', idNumber: buyer.idNumber, ebpCode: platform.uscc, orderNo, zone: 'SHAOGUAN' },
      headers,
    );
    const check = await verify();
    expectNoErrors(check);
    if (filing.reverify) {
      expect(check.data!.verifyIdentity.verdict).toBe('REVERIFICATION_REQUIRED');
      const officer = await verify(await bearer({ role: 'OFFICER', org: 'PSB-SHAOGUAN', department: 'public-security', zone: 'SHAOGUAN' }));
      expectNoErrors(officer);
      expect(officer.data!.verifyIdentity.verdict).toBe(identity === 'verified' ? 'MATCH' : 'MISMATCH');
    } else {
      expect(check.data!.verifyIdentity.verdict).toBe(identity === 'verified' ? 'MATCH' : 'MISMATCH');
    }
  }
  return { orderNo, logisticsNo, seller, lines, freight, buyer, direction };
}

function listInput(c: Case, overrides: Record<string, unknown> = {}) {
  const abroad = c.direction === 'EXPORT';
  return {
    copNo: `COP-${c.orderNo}`,
    customsCode: '5171',
    ebpCode: platform.uscc,
    orderNo: c.orderNo,
    ebcCode: c.seller.uscc,
    logisticsCode: carrier.uscc,
    logisticsNo: c.logisticsNo,
    direction: c.direction,
    tradeMode: '9610',
    zone: 'SHAOGUAN',
    statisticsFlag: abroad ? 'B' : null,
    freight: money(c.freight),
    insuredFee: '0.00',
    currency: abroad ? 'USD' : 'CNY',
    items: itemsOf(c.lines),
    ...overrides,
  };
}

interface ListView {
  invtNo: string;
  preNo: string;
  status: string;
  statusCode: number;
  freight: string;
  insuredFee: string;
  totalPrice: string;
  revision: number;
  releasedAt: string | null;
  retailTaxTreatment: string | null;
  matching: { matched: boolean; reasons: { code: string; message: string }[] };
  releaseDecision: { decision: string; reasons: { code: string; message: string }[]; decidedAt: string } | null;
}
const LIST_FIELDS = `invtNo preNo status statusCode freight insuredFee totalPrice revision releasedAt retailTaxTreatment
  matching { matched reasons { code message } } releaseDecision { decision reasons { code message } decidedAt }`;

interface Declaration {
  outcome: string;
  revision: number;
  list: ListView;
}

async function declare(input: Record<string, unknown>, headers?: Record<string, string>) {
  const response = await stack.query<{ declareInventoryList: Declaration }>(
    `mutation($input: InventoryListInput!) { declareInventoryList(input: $input) { outcome revision list { ${LIST_FIELDS} } } }`,
    { input },
    headers,
  );
  return { ...response, result: response.data?.declareInventoryList };
}

async function declared(input: Record<string, unknown>): Promise<Declaration> {
  const response = await declare(input);
  expectNoErrors(response);
  return response.result!;
}

const reasonCodes = (reasons: { code: string }[]) => reasons.map((r) => r.code);

/** What a buyer has used of the annual limit this year, from customs' own lists. */
async function usedThisYear(person: Person): Promise<number> {
  const { start, end } = chinaCalendarYearRange(chinaCalendarYear(new Date()));
  const { rows } = await db.query<{ used: string | null }>(
    `SELECT sum(l.total_price + l.freight + l.insured_fee) AS used FROM customs.inventory_list l
     WHERE l.buyer_id_hash = $1 AND l.direction = 'IMPORT' AND l.matched AND l.status_code <> 100 AND l.declared_at >= $2 AND l.declared_at < $3
       AND NOT EXISTS (SELECT 1 FROM customs.list_request r WHERE r.list_id = l.id AND r.kind = 'RETURN' AND r.state = 'ACCEPTED')`,
    [hashIdNumber(person.idNumber, process.env.TEST_ID_HASH_KEY!), start, end],
  );
  return Number(rows[0]?.used ?? 0);
}

describe('declaring an inventory list (621) after order, payment, waybill and identity check', () => {
  let released: Case;
  let invtNo: string;

  it('matches the three documents, auto-releases low-risk goods and gets the tax bill from tax', async () => {
    released = await fileDocuments();
    const { outcome, revision, list } = await declared(listInput(released));
    expect(outcome).toBe('CREATED');
    expect(revision).toBe(1);
    invtNo = list.invtNo;
    expect(list.invtNo).toMatch(new RegExp(`^5171${chinaCalendarYear(new Date())}I\\d{9}$`));
    expect(list.preNo).toHaveLength(18);
    expect(list).toMatchObject({
      status: 'RELEASED',
      statusCode: 800,
      freight: '10.00',
      insuredFee: '0.00',
      totalPrice: '300.00',
      retailTaxTreatment: 'PREFERENTIAL',
      matching: { matched: true, reasons: [] },
      releaseDecision: { decision: 'AUTO_RELEASE', reasons: [] },
    });
    expect(list.releasedAt).not.toBeNull();

    const read = await stack.query<{ order: { inventoryList: { invtNo: string; taxBill: { taxNo: string; totalTax: string } | null } } }>(
      `query($ebpCode: String!, $orderNo: String!) { order(ebpCode: $ebpCode, orderNo: $orderNo) { inventoryList { invtNo taxBill { taxNo totalTax } } } }`,
      { ebpCode: platform.uscc, orderNo: released.orderNo },
    );
    expectNoErrors(read);
    expect(read.data!.order.inventoryList.invtNo).toBe(invtNo);
    // Tax issued the bill after customs committed the list, reading it through the federated API.
    expect(read.data!.order.inventoryList.taxBill).toEqual({ taxNo: expect.any(String), totalTax: expect.any(String) });
  });

  it('answers UNCHANGED to the same list again and refuses to change a released list', async () => {
    const again = await declared(listInput(released, { freight: '10', items: itemsOf(released.lines).map((i) => ({ ...i, qty: '1.00', price: '300' })) }));
    expect(again).toMatchObject({ outcome: 'UNCHANGED', revision: 1, list: { invtNo } });
    const changed = await declare(listInput(released, { insuredFee: '2.00' }));
    expect(codeOf(changed)).toBe('CONFLICT');
    expect(changed.errors![0]!.message).toContain('released');
  });

  it('reads the list by its number with its decision and items', async () => {
    const read = await stack.query<{ inventoryList: { items: { hsCode: string }[]; releaseDecision: { decision: string } } }>(
      `{ inventoryList(invtNo: "${invtNo}") { items { hsCode } releaseDecision { decision } } }`,
    );
    expectNoErrors(read);
    expect(read.data!.inventoryList).toEqual({ items: [{ hsCode: SHOES.hsCode }], releaseDecision: { decision: 'AUTO_RELEASE' } });
  });
});

describe('three-document matching failures, each with its own reason', () => {
  const cases: [string, Filing, string[]][] = [
    ['payment missing', { payer: null }, ['PAYMENT_MISSING']],
    ['waybill missing', { waybill: false }, ['WAYBILL_MISSING']],
    ['amount mismatch', { amountPaid: '309.99' }, ['AMOUNT_MISMATCH']],
    ['payer is not the buyer', { payer: unregistered(1) }, ['BUYER_PAYER_MISMATCH']],
    ['identity never checked', { identity: 'none' }, ['IDENTITY_NOT_VERIFIED']],
    ['identity registered under another name', { identity: 'wrong-name' }, ['IDENTITY_NOT_VERIFIED']],
    ['above the CNY 5,000 single limit', { lines: [{ ...SHOES, qty: '2', price: '2600.00' }] }, ['SINGLE_LIMIT_EXCEEDED']],
  ];

  it.each(cases)('rejects a list when %s', async (_label, filing, expected) => {
    const c = await fileDocuments(filing);
    const { list } = await declared(listInput(c));
    expect(reasonCodes(list.matching.reasons)).toEqual(expected);
    expect(list.matching.reasons[0]!.message).not.toContain(c.buyer.idNumber);
    expect(list).toMatchObject({ status: 'REJECTED', statusCode: 100, retailTaxTreatment: null, releaseDecision: { decision: 'REJECT', reasons: [{ code: 'MATCHING_FAILED' }] } });
  });

  it('examines a rejected list afresh when it is declared again after the missing payment arrives', async () => {
    const c = await fileDocuments({ payer: null });
    const first = await declared(listInput(c));
    expect(reasonCodes(first.list.matching.reasons)).toEqual(['PAYMENT_MISSING']);
    // Nothing changed yet: the same answer, nothing written.
    expect(await declared(listInput(c))).toMatchObject({ outcome: 'UNCHANGED', revision: 1 });

    const payment = await stack.query('mutation($input: PaymentInput!) { submitPayment(input: $input) { outcome } }', {
      input: {
        payCode: payer.uscc, payTransactionId: `PAY-${c.orderNo}`, ebpCode: platform.uscc, orderNo: c.orderNo, amountPaid: '310.00',
        currency: 'CNY', payTime: HOUR_AGO, payer: { name: c.buyer.name, idType: '1', idNumber: c.buyer.idNumber }, zone: 'SHAOGUAN',
      },
    });
    expectNoErrors(payment);
    const second = await declared(listInput(c));
    expect(second).toMatchObject({ outcome: 'CHANGED', revision: 2, list: { invtNo: first.list.invtNo, status: 'RELEASED', matching: { matched: true } } });
  });
});

describe('personal limits of retail imports (CNY 5,000 per order, CNY 26,000 per year)', () => {
  let buyer: Person;
  beforeAll(() => {
    buyer = buyers[1]!;
  });

  it('taxes a single indivisible item above 5,000 in full and counts it toward the year', async () => {
    const before = await usedThisYear(buyer);
    const c = await fileDocuments({ buyer, lines: [{ ...SHOES, itemName: '电动按摩椅', price: '6000.00' }] });
    const { list } = await declared(listInput(c, { indivisibleItem: true }));
    expect(list).toMatchObject({ retailTaxTreatment: 'FULL_TAX', matching: { matched: true, reasons: [] } });
    expect(await usedThisYear(buyer)).toBeCloseTo(before + 6010, 2);
  });

  it('lets only one of two lists that together break the annual limit in, even when declared at once', async () => {
    const used = await usedThisYear(buyer);
    // Each list alone fits what is left of the year; both together do not.
    const left = 26000 - used;
    const price = Math.floor((left * 0.6) - 10);
    expect(price).toBeGreaterThan(5000);
    const line = { ...SHOES, itemName: '电动按摩椅', price: money(price) };
    const cases = [await fileDocuments({ buyer, lines: [line] }), await fileDocuments({ buyer, lines: [line] })];
    const results = await Promise.all(cases.map((c) => declared(listInput(c, { indivisibleItem: true }))));
    const outcomes = results.map((r) => reasonCodes(r.list.matching.reasons).join(',')).sort();
    expect(outcomes).toEqual(['', 'ANNUAL_LIMIT_EXCEEDED']);
    const refused = results.find((r) => !r.list.matching.matched)!;
    expect(refused.list.matching.reasons[0]!.message).toContain('above the CNY 26,000.00 annual limit');
    expect(await usedThisYear(buyer)).toBeCloseTo(used + price + 10, 2);
  });
});

describe('risk-graded release and the officers\' status flow', () => {
  it('sends medium-risk goods to document review, then inspection, release and clearance', async () => {
    const c = await fileDocuments({ lines: [MILK], buyer: buyers[2]! });
    const { list } = await declared(listInput(c));
    expect(list).toMatchObject({ status: 'MANUAL_REVIEW', releaseDecision: { decision: 'DOCUMENT_REVIEW', reasons: [{ code: 'MEDIUM_RISK_GOODS', message: 'goods of medium-risk HS chapter 19' }] } });
    const invtNo = list.invtNo;
    const move = async (mutation: string, headers?: Record<string, string>) =>
      stack.query<Record<string, { status: string; releasedAt: string | null }>>(`mutation { ${mutation} { status releasedAt } }`, {}, headers ?? (await customsOfficer()));

    expect(codeOf(await move(`clearInventoryList(invtNo: "${invtNo}")`))).toBe('CONFLICT');
    // The platform does not even see the officers' mutations; another department's officer is refused.
    expect(codeOf(await move(`recordReviewOutcome(invtNo: "${invtNo}", outcome: RELEASE, reason: "ok")`, {}))).toBe('GRAPHQL_VALIDATION_FAILED');
    const taxOfficer = await bearer({ role: 'OFFICER', org: 'TAX-SG', department: 'tax', zone: 'SHAOGUAN' });
    expect(codeOf(await move(`recordReviewOutcome(invtNo: "${invtNo}", outcome: RELEASE, reason: "ok")`, taxOfficer))).toBe('FORBIDDEN');
    expect(codeOf(await move(`recordReviewOutcome(invtNo: "${invtNo}", outcome: RELEASE, reason: "ok")`, await customsOfficer('YUNFU')))).toBe('FORBIDDEN');

    const inspect = await move(`recordReviewOutcome(invtNo: "${invtNo}", outcome: INSPECT, reason: "health certificate unclear")`);
    expectNoErrors(inspect);
    expect(inspect.data!.recordReviewOutcome!.status).toBe('INSPECTION');
    const again = await move(`recordReviewOutcome(invtNo: "${invtNo}", outcome: RELEASE, reason: "ok")`);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toContain('the list is INSPECTION (500)');

    const passed = await move(`recordInspectionResult(invtNo: "${invtNo}", passed: true, findings: "goods as declared")`);
    expectNoErrors(passed);
    expect(passed.data!.recordInspectionResult!.status).toBe('RELEASED');
    expect(passed.data!.recordInspectionResult!.releasedAt).not.toBeNull();
    const cleared = await move(`clearInventoryList(invtNo: "${invtNo}")`, await bearer({ role: 'SYSTEM', org: 'SYSTEM-CUSTOMS', department: 'customs' }));
    expectNoErrors(cleared);
    expect(cleared.data!.clearInventoryList!.status).toBe('CLEARED');
    expect(codeOf(await move(`clearInventoryList(invtNo: "${invtNo}")`))).toBe('CONFLICT');

    const { rows } = await db.query('SELECT from_code, to_code FROM customs.list_status_event e JOIN customs.inventory_list l ON l.id = e.list_id WHERE l.invt_no = $1 ORDER BY e.id', [invtNo]);
    expect(rows.map((r) => [r.from_code, r.to_code])).toEqual([[120, 300], [300, 500], [500, 800], [800, 899]]);
  });

  it('inspects every list of a discredited enterprise and of one on the negative list', async () => {
    const [discredited, listed] = [sellers[1]!, sellers[2]!];
    const graded = await stack.query<{ setCustomsCreditClass: { uscc: string; customsCreditClass: string } }>(
      `mutation { setCustomsCreditClass(uscc: "${discredited.uscc}", creditClass: DISCREDITED, reason: "失信企业认定") { uscc customsCreditClass } }`, {}, await customsOfficer(),
    );
    expectNoErrors(graded);
    expect(graded.data!.setCustomsCreditClass.customsCreditClass).toBe('DISCREDITED');
    const placed = await stack.query(
      `mutation { placeOnNegativeList(uscc: "${listed.uscc}", reason: "非真实贸易", legalBasis: "粤府函〔2022〕58号 联合惩戒") { reason } }`, {},
      await bearer({ role: 'SYSTEM', org: 'SYSTEM-COMMERCE', department: 'commerce' }),
    );
    expectNoErrors(placed);

    const a = await declared(listInput(await fileDocuments({ seller: discredited, buyer: buyers[3]! })));
    expect(a.list).toMatchObject({ status: 'INSPECTION', releaseDecision: { decision: 'INSPECTION', reasons: [{ code: 'DISCREDITED_ENTERPRISE' }] } });
    const b = await declared(listInput(await fileDocuments({ seller: listed, buyer: buyers[3]!, reverify: true })));
    expect(b.list).toMatchObject({ status: 'INSPECTION', releaseDecision: { decision: 'INSPECTION', reasons: [{ code: 'NEGATIVE_LIST' }] } });

    const read = await stack.query<{ enterprise: { customsCreditClass: string } }>(`{ enterprise(uscc: "${sellers[3]!.uscc}") { customsCreditClass } }`);
    expect(read.data!.enterprise.customsCreditClass).toBe('GENERAL');
  });
});

describe('declaration input, idempotency and revisions', () => {
  it('names every wrong field in one BAD_USER_INPUT error', async () => {
    const c = await fileDocuments();
    const response = await declare(listInput(c, {
      customsCode: '5178', copNo: '', statisticsFlag: 'B', freight: '-1.00', currency: 'USD',
      items: itemsOf(c.lines).map((item) => ({ ...item, totalPrice: '299.99', unit: 'PCS' })),
    }));
    expect(problemsOf(response).map((p) => p.field)).toEqual([
      'input.copNo', 'input.customsCode', 'input.statisticsFlag', 'input.freight', 'input.currency', 'input.items[0].unit', 'input.items[0].totalPrice',
    ]);
  });

  it('requires the list to name a recorded order as it was recorded', async () => {
    const c = await fileDocuments();
    expect(problemsOf(await declare(listInput(c, { orderNo: `${c.orderNo}X` }))).map((p) => p.field)).toEqual(['input.orderNo']);
    expect(problemsOf(await declare(listInput(c, { ebcCode: sellers[3]!.uscc, tradeMode: '1210' }))).map((p) => p.field)).toEqual(['input.ebcCode', 'input.tradeMode']);
  });

  it('keeps a changed list under review as the next revision and matches it afresh', async () => {
    const c = await fileDocuments({ lines: [MILK], buyer: buyers[4]! });
    const first = await declared(listInput(c));
    expect(first).toMatchObject({ outcome: 'CREATED', revision: 1, list: { status: 'MANUAL_REVIEW' } });
    expect(await declared(listInput(c))).toMatchObject({ outcome: 'UNCHANGED', revision: 1 });
    const changed = await declared(listInput(c, { insuredFee: '3.00' }));
    expect(changed).toMatchObject({ outcome: 'CHANGED', revision: 2, list: { invtNo: first.list.invtNo, insuredFee: '3.00', status: 'MANUAL_REVIEW' } });
    const { rows } = await db.query(
      'SELECT r.revision, r.app_type, r.content FROM customs.inventory_list_revision r JOIN customs.inventory_list l ON l.id = r.list_id WHERE l.invt_no = $1 ORDER BY r.revision',
      [first.list.invtNo],
    );
    expect(rows.map((r) => [r.revision, r.app_type, r.content.insuredFee])).toEqual([[1, 1, '0.00'], [2, 2, '3.00']]);
  });

  it('records one list when the same declaration arrives three times at once', async () => {
    const c = await fileDocuments({ buyer: buyers[5]! });
    const results = await Promise.all([1, 2, 3].map(() => declared(listInput(c))));
    expect(results.map((r) => r.outcome).sort()).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED']);
    expect(new Set(results.map((r) => r.list.invtNo)).size).toBe(1);
  });

  it('lets only the platform and customs declare, an officer only in the own zone', async () => {
    const c = await fileDocuments({ buyer: buyers[6]! });
    // A bank's contract of the API has no declarations at all.
    expect(codeOf(await declare(listInput(c), await bearer({ role: 'BANK', org: 'BANK-1' })))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await declare(listInput(c), await bearer({ role: 'OFFICER', org: 'TAX-SG', department: 'tax', zone: 'SHAOGUAN' })))).toBe('FORBIDDEN');
    expect(codeOf(await declare(listInput(c), await customsOfficer('YUNFU')))).toBe('FORBIDDEN');
    expect((await declare(listInput(c), await customsOfficer())).result?.outcome).toBe('CREATED');
  });
});

describe('cancellation (623) and return (625)', () => {
  const REQUEST_FIELDS = 'kind state reason refusals { code message } list { invtNo status }';
  const request = (field: 'requestListCancellation' | 'requestListReturn', invtNo: string, reason = '消费者取消订单') =>
    stack.query<Record<string, { kind: string; state: string; refusals: { code: string }[]; list: { invtNo: string; status: string } }>>(
      `mutation($invtNo: String!, $reason: String!) { ${field}(invtNo: $invtNo, reason: $reason) { ${REQUEST_FIELDS} } }`, { invtNo, reason },
    );

  it('cancels a list customs still holds and refuses to cancel released goods', async () => {
    const review = await declared(listInput(await fileDocuments({ lines: [MILK], buyer: buyers[7]! })));
    const cancelled = await request('requestListCancellation', review.list.invtNo);
    expectNoErrors(cancelled);
    expect(cancelled.data!.requestListCancellation).toMatchObject({ kind: 'CANCELLATION', state: 'ACCEPTED', refusals: [], list: { status: 'REJECTED' } });
    // Asking again answers with the cancellation on record.
    expect((await request('requestListCancellation', review.list.invtNo)).data!.requestListCancellation!.state).toBe('ACCEPTED');

    const released = await declared(listInput(await fileDocuments({ buyer: buyers[7]! })));
    const refused = await request('requestListCancellation', released.list.invtNo);
    expect(refused.data!.requestListCancellation).toMatchObject({ state: 'REFUSED', refusals: [{ code: 'ALREADY_RELEASED' }], list: { status: 'RELEASED' } });
  });

  it('takes back released imports within 30 days and gives the buyer the amount back on the year', async () => {
    const buyer = buyers[8]!;
    const released = await declared(listInput(await fileDocuments({ buyer })));
    const before = await usedThisYear(buyer);
    const returned = await request('requestListReturn', released.list.invtNo, '商品质量问题退货');
    expectNoErrors(returned);
    expect(returned.data!.requestListReturn).toMatchObject({ kind: 'RETURN', state: 'ACCEPTED', refusals: [] });
    expect(await usedThisYear(buyer)).toBeCloseTo(before - 310, 2);

    const review = await declared(listInput(await fileDocuments({ lines: [MILK], buyer })));
    expect((await request('requestListReturn', review.list.invtNo)).data!.requestListReturn).toMatchObject({ state: 'REFUSED', refusals: [{ code: 'NOT_RELEASED' }] });

    const { rows } = await db.query<{ invt_no: string }>(
      "SELECT invt_no FROM customs.inventory_list WHERE direction = 'IMPORT' AND status_code = 899 AND released_at < now() - interval '60 days' AND zone = 'SHAOGUAN' LIMIT 1",
    );
    const old = await request('requestListReturn', rows[0]!.invt_no);
    expect(old.data!.requestListReturn).toMatchObject({ state: 'REFUSED', refusals: [{ code: 'OUTSIDE_RETURN_PERIOD' }] });
  });
});

describe('summary declaration (701) of released export lists', () => {
  const DECLARE = `mutation($input: SummaryDeclarationInput!) { declareSummary(input: $input) {
    outcome revision summary { sumNo ebcCode listCount totals { currency amount } lists { invtNo } } } }`;
  interface Result { outcome: string; revision: number; summary: { sumNo: string; listCount: number; totals: { currency: string; amount: string }[]; lists: { invtNo: string }[] } }
  const summarise = (input: Record<string, unknown>) => stack.query<{ declareSummary: Result }>(DECLARE, { input });
  const year = { periodStart: '2026-01-01T00:00:00+08:00', periodEnd: '2027-01-01T00:00:00+08:00' };

  it('gathers the released B lists of an enterprise and period with exact totals, each list once', async () => {
    const { rows: [busiest] } = await db.query<{ ebc_code: string }>(
      `SELECT ebc_code FROM customs.inventory_list WHERE direction = 'EXPORT' AND statistics_flag = 'B' AND status_code IN (800, 899) AND zone = 'SHAOGUAN'
       GROUP BY ebc_code ORDER BY count(*) DESC LIMIT 1`,
    );
    const ebcCode = busiest!.ebc_code;
    const expected = await db.query<{ currency: string; amount: string; n: string }>(
      `SELECT currency, sum(total_price)::text AS amount, count(*)::text AS n FROM customs.inventory_list
       WHERE ebc_code = $1 AND direction = 'EXPORT' AND statistics_flag = 'B' AND status_code IN (800, 899) AND declared_at >= $2 AND declared_at < $3 GROUP BY currency ORDER BY currency`,
      [ebcCode, year.periodStart, year.periodEnd],
    );
    const created = await summarise({ ebcCode, ...year });
    expectNoErrors(created);
    const result = created.data!.declareSummary;
    expect(result.outcome).toBe('CREATED');
    expect(result.summary.sumNo).toMatch(/^51712026S\d{9}$/);
    expect(result.summary.listCount).toBe(expected.rows.reduce((n, r) => n + Number(r.n), 0));
    expect(result.summary.totals).toEqual(expected.rows.map((r) => ({ currency: r.currency, amount: Number(r.amount).toFixed(2) })));
    expect(result.summary.lists).toHaveLength(result.summary.listCount);

    expect((await summarise({ ebcCode, ...year })).data!.declareSummary).toMatchObject({ outcome: 'UNCHANGED', revision: 1 });

    const read = await stack.query<{ summaryDeclaration: { listCount: number; lists: { summary: { sumNo: string } }[] } }>(
      `{ summaryDeclaration(sumNo: "${result.summary.sumNo}") { listCount lists { summary { sumNo } } } }`,
    );
    expectNoErrors(read);
    expect(read.data!.summaryDeclaration.listCount).toBe(result.summary.listCount);
    expect(new Set(read.data!.summaryDeclaration.lists.map((l) => l.summary.sumNo))).toEqual(new Set([result.summary.sumNo]));

    // Another summary naming a list already summarised is refused, naming that list.
    const taken = result.summary.lists[0]!.invtNo;
    const overlap = await summarise({ ebcCode, periodStart: '2026-01-01T00:00:00+08:00', periodEnd: '2026-12-31T00:00:00+08:00', invtNos: [taken] });
    const [problem] = problemsOf(overlap);
    expect(problem).toMatchObject({ field: 'input.invtNos[0]' });
    expect(problem!.reason).toContain(`ALREADY_SUMMARISED: list ${taken} is already in summary ${result.summary.sumNo}`);

    // The database holds the rule too: a list row can join only one summary.
    const other = await db.query<{ id: string }>(
      `INSERT INTO customs.summary_declaration (sum_no, ebc_code, zone, customs_code, period_start, period_end, list_count, totals, declared_at, declared_by)
       VALUES ('51712026S000000000', $1, 'SHAOGUAN', '5171', '2025-01-01', '2025-02-01', 0, '[]', now(), 'TEST') RETURNING id`,
      [ebcCode],
    );
    await expect(db.query(
      'INSERT INTO customs.summary_declaration_list (summary_id, list_id) SELECT $1, list_id FROM customs.summary_declaration_list e JOIN customs.inventory_list l ON l.id = e.list_id WHERE l.invt_no = $2',
      [other.rows[0]!.id, taken],
    )).rejects.toThrow(/summary_declaration_list_list_id_key/);
  });

  it('adds an export list released later in the period as the next revision', async () => {
    const seller = sellers[3]!;
    const exported = await declared(listInput(await fileDocuments({ direction: 'EXPORT', seller, lines: [CERAMICS], freight: 8 })));
    expect(exported.list).toMatchObject({ status: 'RELEASED', retailTaxTreatment: null, matching: { matched: true } });
    const first = await summarise({ ebcCode: seller.uscc, ...year });
    expectNoErrors(first);
    expect(first.data!.declareSummary.summary.lists.map((l) => l.invtNo)).toContain(exported.list.invtNo);

    const more = await declared(listInput(await fileDocuments({ direction: 'EXPORT', seller, lines: [CERAMICS], freight: 8 })));
    const second = await summarise({ ebcCode: seller.uscc, ...year });
    expectNoErrors(second);
    expect(second.data!.declareSummary).toMatchObject({ outcome: 'CHANGED', revision: first.data!.declareSummary.revision + 1 });
    expect(second.data!.declareSummary.summary.listCount).toBe(first.data!.declareSummary.summary.listCount + 1);
    expect(second.data!.declareSummary.summary.lists.map((l) => l.invtNo)).toContain(more.list.invtNo);
  });
});

describe('export returns (2023年第4号)', () => {
  const REQUEST = `mutation($input: ExportReturnInput!) { requestExportReturn(input: $input) {
    outcome revision exportReturn { taxFree reasons { code message } lastReturnDate list { invtNo } } } }`;
  interface Result { outcome: string; revision: number; exportReturn: { taxFree: boolean; reasons: { code: string; message: string }[]; lastReturnDate: string | null } }
  const requestReturn = (input: Record<string, unknown>) => stack.query<{ requestExportReturn: Result }>(REQUEST, { input });
  const exportListReleased = async (recent: boolean) => (await db.query<{ invt_no: string }>(
    `SELECT invt_no FROM customs.inventory_list WHERE direction = 'EXPORT' AND status_code = 800 AND zone = 'SHAOGUAN'
     AND ${recent ? "released_at BETWEEN now() - interval '150 days' AND now() - interval '1 day'" : "released_at < now() - interval '200 days'"} ORDER BY released_at ${recent ? 'DESC' : 'ASC'} LIMIT 1`,
  )).rows[0]!.invt_no;

  it('lets unchanged goods back tax-free within six months, and refuses while a rebate is not repaid', async () => {
    const invtNo = await exportListReleased(true);
    const input = { invtNo, goodsUnchanged: true, rebateReceived: false, rebateRepaid: false, reason: '海外仓滞销退回', returnedAt: HOUR_AGO };
    const accepted = await requestReturn(input);
    expectNoErrors(accepted);
    expect(accepted.data!.requestExportReturn).toMatchObject({ outcome: 'CREATED', revision: 1, exportReturn: { taxFree: true, reasons: [] } });
    expect((await requestReturn(input)).data!.requestExportReturn).toMatchObject({ outcome: 'UNCHANGED', revision: 1 });

    const rebate = await requestReturn({ ...input, rebateReceived: true });
    expect(rebate.data!.requestExportReturn).toMatchObject({ outcome: 'CHANGED', revision: 2, exportReturn: { taxFree: false, reasons: [{ code: 'REBATE_NOT_REPAID' }] } });
    const repaid = await requestReturn({ ...input, rebateReceived: true, rebateRepaid: true });
    expect(repaid.data!.requestExportReturn).toMatchObject({ outcome: 'CHANGED', revision: 3, exportReturn: { taxFree: true } });
    const read = await stack.query<{ inventoryList: { exportReturn: { taxFree: boolean; reasons: unknown[] } } }>(`{ inventoryList(invtNo: "${invtNo}") { exportReturn { taxFree reasons { code } } } }`);
    expect(read.data!.inventoryList.exportReturn).toEqual({ taxFree: true, reasons: [] });
  });

  it('refuses goods back after six months or changed, and import lists, with every reason', async () => {
    const old = await requestReturn({ invtNo: await exportListReleased(false), goodsUnchanged: false, rebateReceived: false, rebateRepaid: false, reason: '退运' });
    expectNoErrors(old);
    expect(reasonCodes(old.data!.requestExportReturn.exportReturn.reasons)).toEqual(['OUTSIDE_SIX_MONTHS', 'GOODS_CHANGED']);
    const { rows } = await db.query<{ invt_no: string }>("SELECT invt_no FROM customs.inventory_list WHERE direction = 'IMPORT' AND status_code = 800 AND zone = 'SHAOGUAN' LIMIT 1");
    const imported = await requestReturn({ invtNo: rows[0]!.invt_no, goodsUnchanged: true, rebateReceived: false, rebateRepaid: false, reason: '退运' });
    expect(reasonCodes(imported.data!.requestExportReturn.exportReturn.reasons)).toEqual(['NOT_AN_EXPORT_LIST']);
  });
});
