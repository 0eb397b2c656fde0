import { idNumberCheckChar, usccCheckChar } from '@zone/common';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH, loadManifest } from '../gateway/src/trusted-documents/manifest';
import type { ForexPrisma } from '../subgraphs/forex/src';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * Forex flows through the gateway: the trade FX directory and its USD 200,000 threshold, the
 * bank-facing settlement check, individuals' quota and overseas-warehouse settlements.
 */

let stack: Stack;
let forexDb: ForexPrisma;
let officer: Record<string, string>;
let regulator: Record<string, string>;

interface Enterprise {
  uscc: string;
  zone: string;
  roles: string[];
}
let platform: Enterprise;
let seller: Enterprise;
let payer: Enterprise;

interface SeedOrder {
  ebpCode: string;
  orderNo: string;
  ebcCode: string;
  payCode: string;
  direction: string;
  waybill: { logisticsNo: string } | null;
  inventoryList: { statusCode: number } | null;
}
let seedOrders: SeedOrder[];

const YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
const HOUR_AGO = new Date(Date.now() - 3600_000).toISOString();
const RUN = Date.now().toString(36).toUpperCase();

const manifest = loadManifest(DEFAULT_TRUSTED_DOCUMENTS_PATH);
const bankSettlementCheck = manifest.operations.find((o) => o.name === 'BankSettlementCheck')!;

const bearer = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack();
  forexDb = stack.runtimes.forex.prisma as unknown as ForexPrisma;
  officer = await bearer({ role: 'OFFICER', org: 'SAFE-SHAOGUAN-OFFICER', department: 'forex', zone: 'SHAOGUAN' });
  regulator = await bearer({ role: 'REGULATOR', org: 'GD-SAFE' });
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: Enterprise & { orders: SeedOrder[] } }[] } }>(
    `{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc zone roles
        orders(first: 50) { ebpCode orderNo ebcCode payCode direction waybill { logisticsNo } inventoryList { statusCode } } } } } }`,
  );
  expect(errors).toBeUndefined();
  const enterprises = data!.enterprises.edges.map((e) => e.node);
  const withRole = (role: string) => enterprises.find((e) => e.roles.includes(role))!;
  platform = withRole('PLATFORM');
  payer = withRole('PAYMENT');
  // The seller whose volume the tests push over the threshold sells none of the seed orders checked below.
  seedOrders = [...new Map(enterprises.flatMap((e) => e.orders).map((o) => [`${o.ebpCode}/${o.orderNo}`, o])).values()];
  seller = enterprises.filter((e) => e.roles.includes('ECOMMERCE') && !e.roles.includes('PLATFORM'))
    .find((e) => seedOrders.filter((o) => o.ebcCode === e.uscc).length > 0)!;
});

afterAll(async () => {
  await stack?.close();
});

/** A valid USCC no seeded enterprise has. */
function unknownUscc(): string {
  const first17 = '91440200MA0000000';
  return first17 + usccCheckChar(first17);
}

/** A valid resident ID number (GB 11643) that no seeded resident has: born 2 Jan 1900. */
function residentId(serial: number): string {
  const first17 = `44020319000102${String(serial).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

function exportOrder(orderNo: string, amount: string, ebcCode = seller.uscc) {
  return {
    ebpCode: platform.uscc, orderNo, direction: 'EXPORT', tradeMode: '9710', ebcCode,
    goodsValue: amount, freight: '0.00', discount: '0.00', taxTotal: '0.00', actualPaid: amount, currency: 'USD',
    buyer: { name: 'John Smith', idType: '2', phone: '+15550100' },
    consignee: 'John Smith', consigneeAddress: '1 Main Street, Los Angeles',
    payCode: payer.uscc, payTransactionId: `PAY-${orderNo}`, orderedAt: HOUR_AGO,
    items: [{ gnum: 1, itemNo: 'B2B-1', itemName: '陶瓷餐具', hsCode: '6911101900', qty: '1', unit: '011', price: amount, totalPrice: amount, country: 'CHN' }],
  };
}

function importOrder(orderNo: string, idNumber: string) {
  return {
    ebpCode: platform.uscc, orderNo, direction: 'IMPORT', tradeMode: '9610', ebcCode: seller.uscc,
    goodsValue: '500.00', freight: '0.00', discount: '0.00', taxTotal: '0.00', actualPaid: '500.00', currency: 'CNY',
    buyer: { name: '王小明', idType: '1', idNumber, phone: '13812345678' },
    consignee: '王小明', consigneeAddress: '韶关市浈江区某路1号',
    payCode: payer.uscc, payTransactionId: `PAY-${orderNo}`, orderedAt: HOUR_AGO,
    items: [{ gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '1', unit: '122', price: '500.00', totalPrice: '500.00', country: 'NZL' }],
  };
}

function payment(order: { orderNo: string; actualPaid: string; currency: string }, payerInput: Record<string, unknown>, amountPaid = order.actualPaid) {
  return {
    payCode: payer.uscc, payTransactionId: `PAY-${order.orderNo}`, ebpCode: platform.uscc, orderNo: order.orderNo,
    amountPaid, currency: order.currency, payTime: HOUR_AGO, payer: payerInput, zone: platform.zone,
  };
}

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function submitOrder(input: Record<string, unknown>) {
  ok(await stack.query('mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }', { input }));
}

async function submitPayment(input: Record<string, unknown>, field: 'submitPayment' | 'submitPaymentReceived') {
  return ok(await stack.query<Record<string, { outcome: string; payment: { ebcCode: string | null } }>>(
    `mutation($input: PaymentInput!) { ${field}(input: $input) { outcome payment { ebcCode } } }`, { input },
  ))[field]!;
}

interface DirectoryStatus {
  receiptsUsd: string;
  paymentsUsd: string;
  totalUsd: string;
  thresholdUsd: string;
  exempt: boolean;
  registered: boolean;
  registeredAt: string | null;
  decision: string;
  bankMustSeeRegistration: boolean;
}

async function fxDirectory(uscc: string, headers: Record<string, string> = officer): Promise<DirectoryStatus> {
  return ok(await stack.query<{ enterprise: { fxDirectory: DirectoryStatus } }>(
    `query($uscc: ID!, $year: Int!) { enterprise(uscc: $uscc) { fxDirectory(year: $year) {
      receiptsUsd paymentsUsd totalUsd thresholdUsd exempt registered registeredAt decision bankMustSeeRegistration } } }`,
    { uscc, year: YEAR }, headers,
  )).enterprise.fxDirectory;
}

interface Check {
  serialNo: string;
  mayProceed: boolean;
  reasons: { code: string; message: string }[];
  usesIndividualQuota: boolean;
  directoryDecision: string | null;
  evidence: Record<string, unknown>;
}

const CHECK = `query($ebpCode: String!, $orderNo: String!) { settlementCheck(ebpCode: $ebpCode, orderNo: $orderNo) {
  serialNo mayProceed reasons { code message } usesIndividualQuota directoryDecision
  evidence { ebcCode orderAmount orderCurrency paymentAmount paymentCurrency logisticsCode logisticsNo invtNo listStatusCode } } }`;

async function check(order: { ebpCode: string; orderNo: string }, headers: Record<string, string> = officer): Promise<Check> {
  return ok(await stack.query<{ settlementCheck: Check }>(CHECK, { ebpCode: order.ebpCode, orderNo: order.orderNo }, headers)).settlementCheck;
}

const codes = (result: Check) => result.reasons.map((r) => r.code);

async function postAsBank(bankCode: string, payload: Record<string, unknown>) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await bearer({ role: 'BANK', org: bankCode })) },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<{ settlementCheck: Check }> };
}

/** A seed order with waybill and released list whose enterprise is not the seller the tests push over the threshold. */
function releasedSeedOrder(): SeedOrder {
  return seedOrders.find((o) => o.ebcCode !== seller.uscc && o.waybill !== null && [800, 899].includes(o.inventoryList?.statusCode ?? 0))!;
}

describe('the settlement check on transaction electronic information', () => {
  it('lets a bank run the registered operation for an order it processed: full evidence, may proceed, recorded', async () => {
    const order = releasedSeedOrder();
    const { status, body } = await postAsBank(order.payCode, {
      query: bankSettlementCheck.body,
      extensions: { persistedQuery: { version: 1, sha256Hash: bankSettlementCheck.id } },
      variables: { ebpCode: order.ebpCode, orderNo: order.orderNo },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const result = body.data!.settlementCheck;
    expect(result).toMatchObject({ mayProceed: true, reasons: [], usesIndividualQuota: false, directoryDecision: 'EXEMPT' });
    expect(result.evidence).toMatchObject({ ebcCode: order.ebcCode, logisticsNo: order.waybill!.logisticsNo, listStatusCode: order.inventoryList!.statusCode });
    expect(result.evidence.paymentAmount).toBe(result.evidence.orderAmount);
    expect(result.serialNo).toMatch(/^FXSC\d{12}$/);
    const recorded = await forexDb.settlementCheck.findUnique({ where: { id: BigInt(result.serialNo.slice(4)) } });
    expect(recorded).toMatchObject({ ebpCode: order.ebpCode, orderNo: order.orderNo, mayProceed: true, askedBy: order.payCode, askedByRole: 'BANK' });
  });

  it('runs for a bank by the registered id alone', async () => {
    const order = releasedSeedOrder();
    const { status, body } = await postAsBank(order.payCode, {
      extensions: { persistedQuery: { version: 1, sha256Hash: bankSettlementCheck.id } },
      variables: { ebpCode: order.ebpCode, orderNo: order.orderNo },
    });
    expect(status).toBe(200);
    expect(body.data!.settlementCheck.mayProceed).toBe(true);
  });

  it("refuses a bank asking about another bank's order exactly as about an order that does not exist", async () => {
    const order = releasedSeedOrder();
    // Every seed order of a zone is paid through one payment enterprise: any other code is another bank.
    const otherBank = unknownUscc();
    expect(otherBank).not.toBe(order.payCode);
    const before = await forexDb.settlementCheck.count();
    const answers = [];
    for (const orderNo of [order.orderNo, `NO-SUCH-${RUN}`]) {
      const { body } = await postAsBank(otherBank, {
        extensions: { persistedQuery: { version: 1, sha256Hash: bankSettlementCheck.id } },
        variables: { ebpCode: order.ebpCode, orderNo },
      });
      expect(body.data ?? null).toBeNull();
      answers.push(body.errors!.map((e) => [e.message, e.extensions?.code]));
    }
    expect(answers[0]).toEqual([['No such order among the orders this caller may check', 'NOT_FOUND']]);
    expect(answers[1]).toEqual(answers[0]);
    expect(await forexDb.settlementCheck.count()).toBe(before);
  });

  it('answers forex that no order, payment, waybill or list backs an unknown order', async () => {
    const result = await check({ ebpCode: platform.uscc, orderNo: `NO-SUCH-${RUN}` });
    expect(result).toMatchObject({ mayProceed: false, directoryDecision: null });
    expect(codes(result)).toEqual(['ORDER_MISSING', 'PAYMENT_MISSING', 'WAYBILL_MISSING', 'LIST_NOT_RELEASED']);
  });

  it('answers no while customs has not released the list', async () => {
    const order = seedOrders.find((o) => o.ebcCode !== seller.uscc && o.waybill !== null && [120, 300, 500].includes(o.inventoryList?.statusCode ?? 0))!;
    const result = await check(order, regulator);
    expect(codes(result)).toEqual(['LIST_NOT_RELEASED']);
    expect(result.reasons[0]!.message).toContain(`receipt status ${order.inventoryList!.statusCode}, not released (800) or cleared (899)`);
  });

  it('answers no for an order without payment', async () => {
    const orderNo = `FXNP${RUN}`;
    await submitOrder(exportOrder(orderNo, '10.00'));
    expect(codes(await check({ ebpCode: platform.uscc, orderNo }))).toEqual(['PAYMENT_MISSING', 'WAYBILL_MISSING', 'LIST_NOT_RELEASED']);
  });

  it('answers no, using the quota, for a resident whose payment differs from the order and has no waybill', async () => {
    const orderNo = `FXAM${RUN}`;
    const idNumber = residentId(7);
    await submitOrder(importOrder(orderNo, idNumber));
    const submitted = await submitPayment(payment({ orderNo, actualPaid: '500.00', currency: 'CNY' }, { name: '王小明', idType: '1', idNumber }, '499.99'), 'submitPayment');
    expect(submitted.payment.ebcCode).toBe(seller.uscc);
    const result = await check({ ebpCode: platform.uscc, orderNo });
    expect(codes(result)).toEqual(['WAYBILL_MISSING', 'LIST_NOT_RELEASED', 'AMOUNT_MISMATCH']);
    expect(result.reasons[2]!.message).toBe("the settlement of 499.99 CNY differs from the order's 500.00 CNY");
    expect(result.usesIndividualQuota).toBe(true);

    const read = ok(await stack.query<{ payment: { usesIndividualQuota: boolean } }>(
      'query($p: String!, $t: String!) { payment(payCode: $p, payTransactionId: $t) { usesIndividualQuota } }', { p: payer.uscc, t: `PAY-${orderNo}` },
    ));
    expect(read.payment.usesIndividualQuota).toBe(true);
    // 499.99 CNY at the demonstration rate in force (0.139 USD per CNY from 2026-07) = 69.49861 -> 69.50
    const quota = ok(await stack.query<{ individualFxQuota: Record<string, unknown> }>(
      `query($p: String!, $t: String!, $y: Int!) { individualFxQuota(payCode: $p, payTransactionId: $t, year: $y) {
        year payerName payerIdNumberMasked quotaUsd usedUsd remainingUsd payments paymentsNotCounted } }`,
      { p: payer.uscc, t: `PAY-${orderNo}`, y: YEAR }, officer,
    )).individualFxQuota;
    expect(quota).toEqual({
      year: YEAR, payerName: '王**', payerIdNumberMasked: `440***********${idNumber.slice(-4)}`,
      quotaUsd: '50000.00', usedUsd: '69.50', remainingUsd: '49930.50', payments: 1, paymentsNotCounted: 0,
    });
  });

  it("keeps individuals' quota to forex: another department's officer and the platform are refused", async () => {
    const QUOTA = 'query($y: Int!) { individualFxQuota(payCode: "X", payTransactionId: "Y", year: $y) { usedUsd } }';
    const customs = await bearer({ role: 'OFFICER', org: 'CUSTOMS-OFFICER', department: 'customs', zone: 'SHAOGUAN' });
    expect((await stack.query(QUOTA, { y: YEAR }, customs)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(['GRAPHQL_VALIDATION_FAILED', 'FORBIDDEN']).toContain((await stack.query(QUOTA, { y: YEAR })).errors?.[0]?.extensions?.code);
  });

  it('answers no while the enterprise is on the negative list, and yes again once it is lifted', async () => {
    const order = releasedSeedOrder();
    const ebc = ok(await stack.query<{ enterprise: { zone: 'SHAOGUAN' } }>('query($u: ID!) { enterprise(uscc: $u) { zone } }', { u: order.ebcCode })).enterprise;
    const commerce = await bearer({ role: 'OFFICER', org: 'COMMERCE-OFFICER', department: 'commerce', zone: ebc.zone });
    ok(await stack.query('mutation($u: ID!) { placeOnNegativeList(uscc: $u, reason: "非真实贸易", legalBasis: "联合惩戒备忘录") { uscc } }', { u: order.ebcCode }, commerce));
    try {
      const result = await check(order);
      expect(codes(result)).toEqual(['NEGATIVE_LIST']);
      expect(result.usesIndividualQuota).toBe(false);
    } finally {
      ok(await stack.query('mutation($u: ID!) { liftFromNegativeList(uscc: $u, reason: "整改完成") { uscc } }', { u: order.ebcCode }, commerce));
    }
    expect((await check(order)).mayProceed).toBe(true);
  });
});

describe('the trade FX directory: USD 200,000 exclusive', () => {
  it('keeps an enterprise exempt at USD 199,999.99 and requires registration from USD 200,000.00 until it registers', async () => {
    const start = await fxDirectory(seller.uscc);
    expect(start).toMatchObject({ thresholdUsd: '200000.00', exempt: true, registered: false, decision: 'EXEMPT', bankMustSeeRegistration: false });
    // The seeded payments of the seller's orders count toward it.
    expect(Number(start.totalUsd)).toBeGreaterThan(0);
    expect(Number(start.totalUsd)).toBeLessThan(100_000);

    // Export orders of USD paid to the seller bring its volume to one cent below the threshold.
    const toBelow = (199_999.99 * 100 - Math.round(Number(start.totalUsd) * 100)) / 100;
    const big = { orderNo: `FXBIG${RUN}`, actualPaid: toBelow.toFixed(2), currency: 'USD' };
    await submitOrder(exportOrder(big.orderNo, big.actualPaid));
    const received = await submitPayment(payment(big, { name: 'John Smith', idType: '2' }), 'submitPaymentReceived');
    expect(received).toMatchObject({ outcome: 'CREATED', payment: { ebcCode: seller.uscc } });
    const below = await fxDirectory(seller.uscc);
    expect(below).toMatchObject({ totalUsd: '199999.99', exempt: true, decision: 'EXEMPT', bankMustSeeRegistration: false });
    expect(Number(below.receiptsUsd) + Number(below.paymentsUsd)).toBeCloseTo(199_999.99, 2);

    const cent = { orderNo: `FXCENT${RUN}`, actualPaid: '0.01', currency: 'USD' };
    await submitOrder(exportOrder(cent.orderNo, cent.actualPaid));
    await submitPayment(payment(cent, { name: 'John Smith', idType: '2' }), 'submitPaymentReceived');
    const at = await fxDirectory(seller.uscc, regulator);
    expect(at).toMatchObject({ totalUsd: '200000.00', exempt: false, registered: false, decision: 'REGISTRATION_REQUIRED', bankMustSeeRegistration: true });

    const unregistered = await check({ ebpCode: platform.uscc, orderNo: big.orderNo });
    expect(unregistered.directoryDecision).toBe('REGISTRATION_REQUIRED');
    expect(codes(unregistered)).toEqual(['WAYBILL_MISSING', 'LIST_NOT_RELEASED', 'DIRECTORY_REGISTRATION_REQUIRED']);
    // A payer abroad has no quota here.
    expect(unregistered.usesIndividualQuota).toBe(false);

    const input = { uscc: seller.uscc, registeredAt: HOUR_AGO, registeredBy: '国家外汇管理局韶关市中心支局' };
    const REGISTER = 'mutation($input: FxDirectoryRegistrationInput!) { registerInFxDirectory(input: $input) { outcome revision uscc registeredBy } }';
    const customs = await bearer({ role: 'OFFICER', org: 'CUSTOMS-OFFICER', department: 'customs', zone: 'SHAOGUAN' });
    expect((await stack.query(REGISTER, { input }, customs)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ok(await stack.query(REGISTER, { input }, officer))).toEqual({
      registerInFxDirectory: { outcome: 'CREATED', revision: 1, uscc: seller.uscc, registeredBy: '国家外汇管理局韶关市中心支局' },
    });
    expect(ok(await stack.query<{ registerInFxDirectory: { outcome: string } }>(REGISTER, { input }, officer)).registerInFxDirectory.outcome).toBe('UNCHANGED');
    const changed = ok(await stack.query<{ registerInFxDirectory: { outcome: string; revision: number } }>(
      REGISTER, { input: { ...input, registeredBy: '国家外汇管理局广东省分局' } }, officer,
    )).registerInFxDirectory;
    expect(changed).toEqual({ outcome: 'CHANGED', revision: 2, uscc: seller.uscc, registeredBy: '国家外汇管理局广东省分局' });

    expect(await fxDirectory(seller.uscc)).toMatchObject({
      totalUsd: '200000.00', exempt: false, registered: true, registeredAt: new Date(HOUR_AGO).toISOString(), decision: 'REGISTERED', bankMustSeeRegistration: true,
    });
    const registered = await check({ ebpCode: platform.uscc, orderNo: big.orderNo });
    expect(registered.directoryDecision).toBe('REGISTERED');
    expect(codes(registered)).toEqual(['WAYBILL_MISSING', 'LIST_NOT_RELEASED']);
  });

  it('refuses to register an enterprise commerce does not know, naming the field', async () => {
    const response = await stack.query(
      'mutation($input: FxDirectoryRegistrationInput!) { registerInFxDirectory(input: $input) { outcome } }',
      { input: { uscc: unknownUscc(), registeredAt: HOUR_AGO, registeredBy: '国家外汇管理局韶关市中心支局' } }, officer,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(response.errors?.[0]?.message).toContain('(input.uscc) is not registered with commerce');
  });

  it('publishes the USD rates it converts by', async () => {
    const rates = ok(await stack.query<{ usdReferenceRates: { currency: string; month: string; usdPerUnit: string }[] }>(
      '{ usdReferenceRates(month: "2026-08") { currency month usdPerUnit } }',
    )).usdReferenceRates;
    expect(rates).toContainEqual({ currency: 'CNY', month: '2026-07', usdPerUnit: '0.139' });
    expect(rates).toContainEqual({ currency: 'EUR', month: '2026-01', usdPerUnit: '1.08' });
  });
});

describe('overseas-warehouse settlements', () => {
  const SUBMIT = `mutation($input: OverseasWarehouseSettlementInput!) { submitOverseasWarehouseSettlement(input: $input) {
    outcome revision settlement { ebcCode period zone currency declaredExportValue grossSalesRevenue storageCosts logisticsCosts taxCosts
      totalNettedCosts netRepatriated differenceFromDeclared revision } } }`;
  const input = () => ({
    ebcCode: seller.uscc, period: '2026-09', currency: 'USD', declaredExportValue: '10000.00', grossSalesRevenue: '12500.00',
    costs: [{ kind: 'STORAGE', amount: '800.00' }, { kind: 'LOGISTICS', amount: '1200.50' }, { kind: 'TAX', amount: '950.25' }, { kind: 'LOGISTICS', amount: '49.50' }],
  });

  it('keeps both figures, the declared export value and the net repatriated, by enterprise and month, with revisions', async () => {
    const created = ok(await stack.query<{ submitOverseasWarehouseSettlement: Record<string, unknown> }>(SUBMIT, { input: input() }));
    expect(created.submitOverseasWarehouseSettlement).toEqual({
      outcome: 'CREATED',
      revision: 1,
      settlement: {
        ebcCode: seller.uscc, period: '2026-09', zone: seller.zone, currency: 'USD', declaredExportValue: '10000.00', grossSalesRevenue: '12500.00',
        storageCosts: '800.00', logisticsCosts: '1250.00', taxCosts: '950.25', totalNettedCosts: '3000.25', netRepatriated: '9499.75',
        differenceFromDeclared: '-500.25', revision: 1,
      },
    });
    const again = ok(await stack.query<{ submitOverseasWarehouseSettlement: { outcome: string; revision: number } }>(SUBMIT, { input: input() }, officer));
    expect(again.submitOverseasWarehouseSettlement).toMatchObject({ outcome: 'UNCHANGED', revision: 1 });
    const changed = ok(await stack.query<{ submitOverseasWarehouseSettlement: { outcome: string; revision: number; settlement: { netRepatriated: string } } }>(
      SUBMIT, { input: { ...input(), grossSalesRevenue: '13000.00' } },
    ));
    expect(changed.submitOverseasWarehouseSettlement).toMatchObject({ outcome: 'CHANGED', revision: 2, settlement: { netRepatriated: '9999.75' } });

    const read = ok(await stack.query<{ overseasWarehouseSettlement: Record<string, unknown> }>(
      'query($e: String!) { overseasWarehouseSettlement(ebcCode: $e, period: "2026-09") { declaredExportValue netRepatriated differenceFromDeclared revision } }',
      { e: seller.uscc }, regulator,
    ));
    expect(read.overseasWarehouseSettlement).toEqual({ declaredExportValue: '10000.00', netRepatriated: '9999.75', differenceFromDeclared: '-0.25', revision: 2 });
    expect(await forexDb.recordRevision.count({ where: { kind: 'OVERSEAS_WAREHOUSE_SETTLEMENT', recordKey: `${seller.uscc}/2026-09` } })).toBe(2);
  });

  it('refuses costs above the revenue and a malformed month, naming each field', async () => {
    const response = await stack.query(SUBMIT, { input: { ...input(), period: '2026-9', grossSalesRevenue: '3000.24' } });
    expect(response.errors?.[0]?.extensions?.problems).toEqual([{ field: 'input.period', reason: 'must be a calendar month YYYY-MM' }]);
    const costs = await stack.query(SUBMIT, { input: { ...input(), grossSalesRevenue: '3000.24' } });
    expect(costs.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'input.costs', reason: 'add up to more than grossSalesRevenue: netting cannot make the proceeds negative' },
    ]);
  });
});
