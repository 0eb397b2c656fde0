import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { Client } from 'pg';
import { idNumberCheckChar, usccCheckChar, type Department } from '@zone/common';
import { demoResident } from '../scripts/demo/generate';
import { TEST_SEED } from './support/constants';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * Every mutation of the supergraph checks the caller's department and the zone of its subject in
 * one way: an officer of another zone, or of another department, is FORBIDDEN and writes nothing;
 * a subject nobody registered is NOT_FOUND. The mutations come from schema/supergraph.graphql, so
 * a mutation added without a row here fails this test.
 */

let stack: Stack;
let db: Client;

/** Real subjects of the zone the officers are kept out of, from the test data. */
const SUBJECT_ZONE = 'HEYUAN';
const OTHER_ZONE = 'SHAOGUAN';

interface Subjects {
  platform: string;
  seller: string;
  payer: string;
  carrier: string;
  importList: { invtNo: string; ebpCode: string; orderNo: string; ebcCode: string; logisticsCode: string; logisticsNo: string };
  exportList: { invtNo: string; ebcCode: string };
  billedList: string;
  waybill: { logisticsCode: string; logisticsNo: string };
  order: { ebpCode: string; orderNo: string };
}
let subjects: Subjects;

const SCHEMAS: Record<Department, string> = {
  commerce: 'commerce', customs: 'customs', tax: 'tax', forex: 'forex', post: 'post', 'public-security': 'public_security',
};

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  // The rules under test are the departments': the gateway's audiences would refuse some callers first.
  stack = await startStack({ trustedDocuments: false, contracts: false });
  db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const one = async <T>(sql: string): Promise<T> => {
    const { rows } = await db.query(sql, [SUBJECT_ZONE]);
    if (!rows[0]) throw new Error(`the test data has nothing for: ${sql}`);
    return rows[0] as T;
  };
  const withRole = (role: string, extra = '') =>
    one<{ uscc: string }>(`SELECT uscc FROM commerce.enterprise WHERE zone = $1 AND '${role}' = ANY(roles::text[]) ${extra} ORDER BY uscc LIMIT 1`).then((r) => r.uscc);
  const importList = await one<Subjects['importList']>(`SELECT invt_no AS "invtNo", ebp_code AS "ebpCode", order_no AS "orderNo", ebc_code AS "ebcCode",
    logistics_code AS "logisticsCode", logistics_no AS "logisticsNo" FROM customs.inventory_list WHERE zone = $1 AND direction = 'IMPORT' ORDER BY id LIMIT 1`);
  subjects = {
    platform: await withRole('PLATFORM'),
    seller: await withRole('ECOMMERCE', "AND NOT 'PLATFORM' = ANY(roles::text[])"),
    payer: await withRole('PAYMENT'),
    carrier: await withRole('LOGISTICS'),
    importList,
    exportList: await one(`SELECT invt_no AS "invtNo", ebc_code AS "ebcCode" FROM customs.inventory_list WHERE zone = $1 AND direction = 'EXPORT' ORDER BY id LIMIT 1`),
    billedList: (await one<{ invtNo: string }>(`SELECT invt_no AS "invtNo" FROM tax.tax_bill WHERE zone = $1 ORDER BY tax_no LIMIT 1`)).invtNo,
    waybill: await one(`SELECT logistics_code AS "logisticsCode", logistics_no AS "logisticsNo" FROM post.waybill WHERE zone = $1 ORDER BY id LIMIT 1`),
    order: { ebpCode: importList.ebpCode, orderNo: importList.orderNo },
  };
}, 120_000);

afterAll(async () => {
  await db?.end();
  await stack?.close();
});

/** A valid USCC (GB 32100 check character) that no enterprise of the test data has. */
function unregisteredUscc(): string {
  const first17 = '91440200XXXXXXXXX';
  return first17 + usccCheckChar(first17);
}

/** A valid list number no list has (serial 999999999). */
const UNKNOWN_INVT_NO = '51002026I999999999';
const HOUR_AGO = new Date(Date.now() - 3600_000).toISOString();
const resident = demoResident(TEST_SEED, 0);
const residentId = (() => {
  const first17 = '44020319000101042';
  return first17 + idNumberCheckChar(first17);
})();

interface MutationRow {
  department: Department;
  document: string;
  /** Variables naming a real subject of SUBJECT_ZONE, valid in every other respect. */
  variables: () => Record<string, unknown>;
  /** The same mutation on a subject nobody registered, or null when the mutation creates its subject. */
  unknown: (() => Record<string, unknown>) | null;
  /**
   * The department of the zone that is refused, where the right to act is not one department's
   * (otherDepartmentOf by default): for an assistance request the department not addressed, or an
   * addressee closing what another filed. null where every department may call the mutation
   * (fileAssistanceRequest): test/assistance-requests.test.ts shows who may not (the platform,
   * banks, regulators, an officer of another zone).
   */
  outsider?: Department | null;
  /**
   * What an officer of the department in another zone gets: FORBIDDEN naming the zone by default;
   * NOT_FOUND where the mutation answers as the settlement check does, which tells a caller nothing of
   * orders it may not check (acceptSettlementBasis, subgraphs/forex/src/reads/settlement-check.ts).
   */
  otherZoneRefusal?: 'NOT_FOUND';
}

const ORDER_NO = `ZR-${Date.now().toString(36).toUpperCase()}`;

/** A watch case public security opened on a subject of SUBJECT_ZONE, for the closing row. */
let watchCaseNo = '';

beforeAll(async () => {
  const response = await stack.query<{ openWatchCase: { caseNo: string } }>(
    'mutation($uscc: ID!) { openWatchCase(subjectKind: ENTERPRISE, uscc: $uscc, category: NON_GENUINE_TRADE_MONEY_LAUNDERING, summary: "疑似虚构交易", legalBasis: "《反洗钱法》") { caseNo } }',
    { uscc: subjects.seller },
    await as({ department: 'public-security', zone: SUBJECT_ZONE }),
  );
  if (!response.data) throw new Error(`no watch case to close: ${JSON.stringify(response.errors)}`);
  watchCaseNo = response.data.openWatchCase.caseNo;
}, 60_000);

/**
 * An assistance request customs of SUBJECT_ZONE filed about the seller, addressed to forex (which
 * acknowledged its part, so that answering or declining it is the next step) and to tax (whose part
 * awaits acknowledgement); and a joint measure forex put in force by answering a second request.
 */
let requestNo = '';
let measureId = '';
const UNKNOWN_REQUEST_NO = 'AR999999999999';
const requestInput = (uscc: string, addressedTo: string[]) => ({
  subject: { type: 'ENTERPRISE', uscc },
  reason: '申报货值远低于收款金额，疑似非真实贸易',
  legalBasis: '海关法 第四十五条; 粤府函〔2022〕58号 执法互助',
  actions: ['PROVIDE_RECORDS', 'REFUSE_SETTLEMENT'],
  dueAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
  addressedTo,
});

beforeAll(async () => {
  const FILE = 'mutation($input: AssistanceRequestInput!) { fileAssistanceRequest(input: $input) { requestNo } }';
  const ACK = 'mutation($no: ID!) { acknowledgeAssistanceRequest(requestNo: $no) { requestNo } }';
  const customs = await as({ department: 'customs', zone: SUBJECT_ZONE });
  const forex = await as({ department: 'forex', zone: SUBJECT_ZONE });
  const step = async <T>(document: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> => {
    const response = await stack.query<T>(document, variables, headers);
    if (!response.data || response.errors) throw new Error(`fixture step failed: ${JSON.stringify(response.errors)}`);
    return response.data;
  };
  requestNo = (await step<{ fileAssistanceRequest: { requestNo: string } }>(FILE, { input: requestInput(subjects.seller, ['FOREX', 'TAX']) }, customs)).fileAssistanceRequest.requestNo;
  await step(ACK, { no: requestNo }, forex);
  const answered = (await step<{ fileAssistanceRequest: { requestNo: string } }>(FILE, { input: requestInput(subjects.seller, ['FOREX']) }, customs)).fileAssistanceRequest.requestNo;
  await step(ACK, { no: answered }, forex);
  await step('mutation($no: ID!, $answer: AssistanceAnswerInput!) { answerAssistanceRequest(requestNo: $no, answer: $answer) { requestNo } }',
    { no: answered, answer: { findings: '收款与申报不符', evidence: [], applyMeasures: ['FOREX_SETTLEMENT_REFUSED'] } }, forex);
  measureId = `ASSISTANCE_REQUEST:${answered}:FOREX_SETTLEMENT_REFUSED`;
}, 120_000);

const rows: Record<string, MutationRow> = {
  openWatchCase: {
    department: 'public-security',
    document: 'mutation($uscc: ID) { openWatchCase(subjectKind: ENTERPRISE, uscc: $uscc, category: NON_GENUINE_TRADE_MONEY_LAUNDERING, summary: "疑似虚构交易", legalBasis: "《反洗钱法》") { caseNo } }',
    variables: () => ({ uscc: subjects.seller }),
    unknown: () => ({ uscc: unregisteredUscc() }),
  },
  closeWatchCase: {
    department: 'public-security',
    document: 'mutation($caseNo: ID!) { closeWatchCase(caseNo: $caseNo, reason: "排除嫌疑") { caseNo } }',
    variables: () => ({ caseNo: watchCaseNo }),
    unknown: () => ({ caseNo: 'GAWC9999999999' }),
  },
  attestEnterprise: {
    department: 'commerce',
    document: 'mutation($uscc: ID!) { attestEnterprise(uscc: $uscc) { uscc } }',
    variables: () => ({ uscc: subjects.seller }),
    unknown: () => ({ uscc: unregisteredUscc() }),
  },
  fileAssistanceRequest: {
    department: 'customs',
    document: 'mutation($input: AssistanceRequestInput!) { fileAssistanceRequest(input: $input) { requestNo } }',
    variables: () => ({ input: requestInput(subjects.seller, ['FOREX', 'TAX']) }),
    unknown: () => ({ input: requestInput(unregisteredUscc(), ['FOREX', 'TAX']) }),
    outsider: null,
  },
  acknowledgeAssistanceRequest: {
    department: 'tax',
    document: 'mutation($no: ID!) { acknowledgeAssistanceRequest(requestNo: $no) { requestNo } }',
    variables: () => ({ no: requestNo }),
    unknown: () => ({ no: UNKNOWN_REQUEST_NO }),
    outsider: 'post',
  },
  answerAssistanceRequest: {
    department: 'forex',
    document: 'mutation($no: ID!, $answer: AssistanceAnswerInput!) { answerAssistanceRequest(requestNo: $no, answer: $answer) { requestNo } }',
    variables: () => ({ no: requestNo, answer: { findings: '收款与申报不符', evidence: ['FX-SETTLEMENT-2026-0001'] } }),
    unknown: () => ({ no: UNKNOWN_REQUEST_NO, answer: { findings: '收款与申报不符', evidence: [] } }),
    outsider: 'post',
  },
  declineAssistanceRequest: {
    department: 'forex',
    document: 'mutation($no: ID!, $reason: String!) { declineAssistanceRequest(requestNo: $no, reason: $reason) { requestNo } }',
    variables: () => ({ no: requestNo, reason: '该企业无外汇收支记录' }),
    unknown: () => ({ no: UNKNOWN_REQUEST_NO, reason: '该企业无外汇收支记录' }),
    outsider: 'post',
  },
  closeAssistanceRequest: {
    department: 'customs',
    document: 'mutation($no: ID!, $note: String!) { closeAssistanceRequest(requestNo: $no, note: $note) { requestNo } }',
    variables: () => ({ no: requestNo, note: '已收到所需材料' }),
    unknown: () => ({ no: UNKNOWN_REQUEST_NO, note: '已收到所需材料' }),
    outsider: 'forex',
  },
  liftJointMeasure: {
    department: 'forex',
    document: 'mutation($id: ID!, $reason: String!) { liftJointMeasure(measureId: $id, reason: $reason) { id } }',
    variables: () => ({ id: measureId, reason: '调查结束，未发现问题' }),
    unknown: () => ({ id: `ASSISTANCE_REQUEST:${UNKNOWN_REQUEST_NO}:FOREX_SETTLEMENT_REFUSED`, reason: '调查结束，未发现问题' }),
  },
  reportJointMeasureEffect: {
    department: 'forex',
    document: 'mutation($id: ID!) { reportJointMeasureEffect(measureId: $id, process: "forex.settlement-check", recordRef: "FXSC000000000001", outcome: "拒绝结汇") { measureId } }',
    variables: () => ({ id: measureId }),
    unknown: () => ({ id: `ASSISTANCE_REQUEST:${UNKNOWN_REQUEST_NO}:FOREX_SETTLEMENT_REFUSED` }),
  },
  submitOrder: {
    department: 'commerce',
    document: 'mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }',
    variables: () => ({
      input: {
        ebpCode: subjects.platform, orderNo: ORDER_NO, direction: 'IMPORT', tradeMode: '9610', ebcCode: subjects.seller,
        goodsValue: '300.50', freight: '10.00', discount: '0.00', taxTotal: '0.00', actualPaid: '310.50', currency: 'CNY',
        buyer: { name: '王小明', idType: '1', idNumber: residentId, phone: '13812345678' },
        consignee: '王小明', consigneeAddress: '河源市源城区某路1号', payCode: subjects.payer, payTransactionId: `PAY-${ORDER_NO}`, orderedAt: HOUR_AGO,
        items: [{ gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.50', country: 'NZL' }],
      },
    }),
    unknown: null,
  },
  placeOnNegativeList: {
    department: 'commerce',
    document: 'mutation($uscc: ID!) { placeOnNegativeList(uscc: $uscc, reason: "非真实交易", legalBasis: "粤府函〔2022〕58号") { uscc } }',
    variables: () => ({ uscc: subjects.seller }),
    unknown: () => ({ uscc: unregisteredUscc() }),
  },
  liftFromNegativeList: {
    department: 'commerce',
    document: 'mutation($uscc: ID!) { liftFromNegativeList(uscc: $uscc, reason: "整改完成") { uscc } }',
    variables: () => ({ uscc: subjects.seller }),
    unknown: () => ({ uscc: unregisteredUscc() }),
  },
  declareInventoryList: {
    department: 'customs',
    document: 'mutation($input: InventoryListInput!) { declareInventoryList(input: $input) { outcome } }',
    variables: () => ({
      input: {
        copNo: `COP${ORDER_NO}`.slice(0, 20), customsCode: '5172', ebpCode: subjects.importList.ebpCode, orderNo: subjects.importList.orderNo,
        ebcCode: subjects.importList.ebcCode, logisticsCode: subjects.importList.logisticsCode, logisticsNo: subjects.importList.logisticsNo,
        direction: 'IMPORT', tradeMode: '9610', zone: SUBJECT_ZONE, freight: '10.00', insuredFee: '0.00', currency: 'CNY',
        items: [{ gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.50', country: 'NZL' }],
      },
    }),
    unknown: null,
  },
  recordReviewOutcome: {
    department: 'customs',
    document: 'mutation($invtNo: String!) { recordReviewOutcome(invtNo: $invtNo, outcome: REJECT, reason: "单证不符") { invtNo } }',
    variables: () => ({ invtNo: subjects.importList.invtNo }),
    unknown: () => ({ invtNo: UNKNOWN_INVT_NO }),
  },
  recordInspectionResult: {
    department: 'customs',
    document: 'mutation($invtNo: String!) { recordInspectionResult(invtNo: $invtNo, passed: false, findings: "货证不符") { invtNo } }',
    variables: () => ({ invtNo: subjects.importList.invtNo }),
    unknown: () => ({ invtNo: UNKNOWN_INVT_NO }),
  },
  clearInventoryList: {
    department: 'customs',
    document: 'mutation($invtNo: String!) { clearInventoryList(invtNo: $invtNo) { invtNo } }',
    variables: () => ({ invtNo: subjects.importList.invtNo }),
    unknown: () => ({ invtNo: UNKNOWN_INVT_NO }),
  },
  requestListCancellation: {
    department: 'customs',
    document: 'mutation($invtNo: String!) { requestListCancellation(invtNo: $invtNo, reason: "买家取消订单") { state } }',
    variables: () => ({ invtNo: subjects.importList.invtNo }),
    unknown: () => ({ invtNo: UNKNOWN_INVT_NO }),
  },
  requestListReturn: {
    department: 'customs',
    document: 'mutation($invtNo: String!) { requestListReturn(invtNo: $invtNo, reason: "七天无理由退货") { state } }',
    variables: () => ({ invtNo: subjects.importList.invtNo }),
    unknown: () => ({ invtNo: UNKNOWN_INVT_NO }),
  },
  declareSummary: {
    department: 'customs',
    document: 'mutation($input: SummaryDeclarationInput!) { declareSummary(input: $input) { outcome } }',
    variables: () => ({ input: { ebcCode: subjects.exportList.ebcCode, periodStart: '2000-01-01T00:00:00Z', periodEnd: new Date().toISOString() } }),
    unknown: () => ({ input: { ebcCode: unregisteredUscc(), periodStart: '2000-01-01T00:00:00Z', periodEnd: new Date().toISOString() } }),
  },
  requestExportReturn: {
    department: 'customs',
    document: 'mutation($input: ExportReturnInput!) { requestExportReturn(input: $input) { outcome } }',
    variables: () => ({ input: { invtNo: subjects.exportList.invtNo, goodsUnchanged: true, rebateReceived: false, rebateRepaid: false, reason: '海外买家退货' } }),
    unknown: () => ({ input: { invtNo: '51002026E999999999', goodsUnchanged: true, rebateReceived: false, rebateRepaid: false, reason: '海外买家退货' } }),
  },
  setCustomsCreditClass: {
    department: 'customs',
    document: 'mutation($uscc: USCC!) { setCustomsCreditClass(uscc: $uscc, creditClass: DISCREDITED, reason: "走私违规") { uscc } }',
    variables: () => ({ uscc: subjects.seller }),
    unknown: () => ({ uscc: unregisteredUscc() }),
  },
  acceptSettlementBasis: {
    department: 'forex',
    document: 'mutation($ebpCode: String!, $orderNo: String!) { acceptSettlementBasis(ebpCode: $ebpCode, orderNo: $orderNo) { serialNo } }',
    variables: () => ({ ...subjects.order }),
    // A settlement check of an order nobody registered is an answer (mayProceed false), recorded as
    // every check is: not a NOT_FOUND. test/recognition-chain.test.ts covers the acceptance itself.
    unknown: null,
    otherZoneRefusal: 'NOT_FOUND',
  },
  submitPayment: {
    department: 'forex',
    document: 'mutation($input: PaymentInput!) { submitPayment(input: $input) { outcome } }',
    variables: () => ({
      input: {
        payCode: subjects.payer, payTransactionId: `PAY-${ORDER_NO}`, ebpCode: subjects.platform, orderNo: ORDER_NO, amountPaid: '310.50', currency: 'CNY',
        payTime: HOUR_AGO, payer: { name: '王小明', idType: '1', idNumber: residentId }, zone: SUBJECT_ZONE,
      },
    }),
    unknown: null,
  },
  submitPaymentReceived: {
    department: 'forex',
    document: 'mutation($input: PaymentInput!) { submitPaymentReceived(input: $input) { outcome } }',
    variables: () => ({
      input: {
        payCode: subjects.payer, payTransactionId: `PAY-${ORDER_NO}-EXP`, ebpCode: subjects.platform, orderNo: `${ORDER_NO}-EXP`, amountPaid: '88.00', currency: 'USD',
        payTime: HOUR_AGO, payer: { name: 'John Smith', idType: '2' }, zone: SUBJECT_ZONE,
      },
    }),
    unknown: null,
  },
  registerInFxDirectory: {
    department: 'forex',
    document: 'mutation($input: FxDirectoryRegistrationInput!) { registerInFxDirectory(input: $input) { outcome } }',
    variables: () => ({ input: { uscc: subjects.seller, registeredAt: HOUR_AGO, registeredBy: '国家外汇管理局河源市中心支局' } }),
    unknown: () => ({ input: { uscc: unregisteredUscc(), registeredAt: HOUR_AGO, registeredBy: '国家外汇管理局河源市中心支局' } }),
  },
  recordSettlementEvidence: {
    department: 'customs',
    document: 'mutation($notices: [SettlementEvidenceNoticeInput!]!) { recordSettlementEvidence(notices: $notices) { received } }',
    variables: () => ({ notices: [{ noticeId: 'customs:888888888', fact: 'LIST_RELEASED', zone: SUBJECT_ZONE, ebpCode: subjects.order.ebpCode, orderNo: subjects.order.orderNo, occurredAt: HOUR_AGO }] }),
    // A notice of an order forex has no payment of is recorded all the same (nothing to put back in the feed).
    unknown: null,
  },
  submitOverseasWarehouseSettlement: {
    department: 'forex',
    document: 'mutation($input: OverseasWarehouseSettlementInput!) { submitOverseasWarehouseSettlement(input: $input) { outcome } }',
    variables: () => ({ input: { ebcCode: subjects.seller, period: '2025-06', currency: 'USD', declaredExportValue: '1000.00', grossSalesRevenue: '1200.00', costs: [{ kind: 'STORAGE', amount: '100.00' }] } }),
    unknown: () => ({ input: { ebcCode: unregisteredUscc(), period: '2025-06', currency: 'USD', declaredExportValue: '1000.00', grossSalesRevenue: '1200.00', costs: [] } }),
  },
  submitWaybill: {
    department: 'post',
    document: 'mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome } }',
    variables: () => ({
      input: {
        logisticsCode: subjects.carrier, logisticsNo: `ZR${Date.now()}`, ebpCode: subjects.platform, orderNo: ORDER_NO, zone: SUBJECT_ZONE,
        freight: '10.00', insuredFee: '0.00', weight: '0.50', packNo: 1, consignee: '王小明', consigneeAddress: '河源市源城区某路1号',
      },
    }),
    unknown: null,
  },
  addTrackingEvents: {
    department: 'post',
    document: 'mutation($code: String!, $no: String!, $events: [TrackingEventInput!]!) { addTrackingEvents(logisticsCode: $code, logisticsNo: $no, events: $events) { logisticsNo } }',
    variables: () => ({ code: subjects.waybill.logisticsCode, no: subjects.waybill.logisticsNo, events: [{ seq: 99, code: 'DEPARTED', description: '离开河源仓', location: '河源', occurredAt: HOUR_AGO }] }),
    unknown: () => ({ code: subjects.waybill.logisticsCode, no: 'NO-SUCH-WAYBILL-1', events: [{ seq: 1, code: 'ACCEPTED', description: '揽收', location: '河源', occurredAt: HOUR_AGO }] }),
  },
  verifyIdentity: {
    department: 'public-security',
    document: 'mutation($ebpCode: String, $orderNo: String, $zone: Zone, $name: String!, $idNumber: IdNumber!) { verifyIdentity(name: $name, idNumber: $idNumber, ebpCode: $ebpCode, orderNo: $orderNo, zone: $zone) { verdict } }',
    variables: () => ({ name: resident.name, idNumber: resident.idNumber, ...subjects.order, zone: SUBJECT_ZONE }),
    unknown: () => ({ name: resident.name, idNumber: resident.idNumber, ebpCode: subjects.platform, orderNo: 'NO-SUCH-ORDER-1' }),
  },
  issueTaxBill: {
    department: 'tax',
    document: 'mutation($invtNo: String!) { issueTaxBill(invtNo: $invtNo) { taxNo } }',
    variables: () => ({ invtNo: subjects.billedList }),
    unknown: () => ({ invtNo: UNKNOWN_INVT_NO }),
  },
  reconcileTaxBill: {
    department: 'tax',
    document: 'mutation($invtNo: String!) { reconcileTaxBill(invtNo: $invtNo) { taxNo } }',
    variables: () => ({ invtNo: subjects.billedList }),
    unknown: () => ({ invtNo: UNKNOWN_INVT_NO }),
  },
  assessInvoiceFreeExemption: {
    department: 'tax',
    document: 'mutation($invtNo: String!) { assessInvoiceFreeExemption(invtNo: $invtNo) { invtNo } }',
    variables: () => ({ invtNo: subjects.exportList.invtNo }),
    unknown: () => ({ invtNo: '51002026E999999999' }),
  },
  assessDeemedIncomeTax: {
    department: 'tax',
    document: 'mutation($input: DeemedIncomeTaxInput!) { assessDeemedIncomeTax(input: $input) { uscc } }',
    variables: () => ({ input: { uscc: subjects.seller, year: 2025, revenue: '1000000.00', employees: 10, totalAssets: '500000.00' } }),
    unknown: () => ({ input: { uscc: unregisteredUscc(), year: 2025, revenue: '1000000.00', employees: 10, totalAssets: '500000.00' } }),
  },
};

/** Every mutation field of the committed supergraph. */
function supergraphMutations(): string[] {
  const sdl = fs.readFileSync(path.join(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8');
  const mutation = parse(sdl).definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation',
  );
  return (mutation?.fields ?? []).map((f) => f.name.value).sort();
}

/** The department whose subgraph resolves each mutation (its @join__field graph), whose schema a write would change. */
function mutationOwners(): Record<string, Department> {
  const sdl = fs.readFileSync(path.join(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8');
  const mutation = parse(sdl).definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation',
  );
  const owners: Record<string, Department> = {};
  for (const field of mutation?.fields ?? []) {
    const join = field.directives?.find((d) => d.name.value === 'join__field');
    const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
    if (graph?.kind === Kind.ENUM) owners[field.name.value] = graph.value.toLowerCase().replace('_', '-') as Department;
  }
  return owners;
}
const owners = mutationOwners();

/**
 * What a department holds: per table its row count and the newest row version (xmin), so an
 * insert, update or delete anywhere in the department's schema changes it.
 */
async function footprint(department: Department): Promise<Record<string, string>> {
  const schema = SCHEMAS[department];
  const { rows: tables } = await db.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1",
    [schema],
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await db.query(`SELECT count(*)::text AS n, coalesce(max(xmin::text::bigint), 0)::text AS v FROM "${schema}"."${name}"`);
    result[name] = `${rows[0].n}@${rows[0].v}`;
  }
  return result;
}

const otherDepartmentOf = (department: Department): Department => (department === 'commerce' ? 'tax' : 'commerce');

async function as(claims: { department: Department; zone: 'HEYUAN' | 'SHAOGUAN' }): Promise<Record<string, string>> {
  const token = await stack.token({ role: 'OFFICER', org: `${claims.department.toUpperCase()}-${claims.zone}`, department: claims.department, zone: claims.zone });
  return { authorization: `Bearer ${token}` };
}

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

describe('every mutation of the supergraph keeps to the zone and department rules', () => {
  it('has a row for every mutation of the supergraph', () => {
    expect(Object.keys(rows).sort()).toEqual(supergraphMutations());
    expect(Object.keys(rows).filter((field) => !owners[field])).toEqual([]);
  });

  const table = Object.entries(rows).map(([field, row]) => [field, row] as const);

  it.each(table)('%s: an officer of the department in another zone is refused (FORBIDDEN naming the zone unless the row says otherwise) and writes nothing', async (field, row) => {
    const before = await footprint(owners[field]!);
    const response = await stack.query(row.document, row.variables(), await as({ department: row.department, zone: OTHER_ZONE }));
    const refusal = row.otherZoneRefusal === 'NOT_FOUND' ? { code: 'NOT_FOUND' } : { code: 'FORBIDDEN', message: expect.stringContaining(OTHER_ZONE) };
    expect({ code: codeOf(response), message: response.errors?.[0]?.message }).toMatchObject(refusal);
    expect(await footprint(owners[field]!)).toEqual(before);
  }, 60_000);

  const refusing = table.filter(([, row]) => row.outsider !== null);
  it.each(refusing)('%s: an officer of another department in the zone is FORBIDDEN and writes nothing', async (field, row) => {
    const before = await footprint(owners[field]!);
    const outsider = row.outsider ?? otherDepartmentOf(row.department);
    const response = await stack.query(row.document, row.variables(), await as({ department: outsider, zone: SUBJECT_ZONE }));
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(await footprint(owners[field]!)).toEqual(before);
  }, 60_000);

  const known = table.filter(([, row]) => row.unknown !== null);
  it.each(known)('%s: a subject nobody registered is NOT_FOUND and writes nothing', async (field, row) => {
    const before = await footprint(owners[field]!);
    const response = await stack.query(row.document, row.unknown!(), await as({ department: row.department, zone: SUBJECT_ZONE }));
    expect({ code: codeOf(response), message: response.errors?.[0]?.message }).toMatchObject({ code: 'NOT_FOUND' });
    expect(await footprint(owners[field]!)).toEqual(before);
  }, 60_000);

  it('lets an officer of the zone write what an officer of another zone may not (the rows name real subjects)', async () => {
    const response = await stack.query(rows.setCustomsCreditClass!.document, rows.setCustomsCreditClass!.variables(), await as({ department: 'customs', zone: SUBJECT_ZONE }));
    expect(response.errors).toBeUndefined();
    const { rows: graded } = await db.query('SELECT credit_class FROM customs.enterprise_credit_class WHERE uscc = $1', [subjects.seller]);
    expect(graded).toEqual([{ credit_class: 'DISCREDITED' }]);
  }, 60_000);

  it('lets the departments of the zone take the assistance steps the rows refuse to others (the rows name a live request and measure)', async () => {
    for (const field of ['acknowledgeAssistanceRequest', 'answerAssistanceRequest', 'closeAssistanceRequest', 'liftJointMeasure'] as const) {
      const row = rows[field]!;
      const response = await stack.query(row.document, row.variables(), await as({ department: row.department, zone: SUBJECT_ZONE }));
      expect({ field, errors: response.errors }).toEqual({ field, errors: undefined });
    }
    const { rows: parts } = await db.query('SELECT department, status FROM commerce.assistance_part WHERE request_no = $1 ORDER BY department', [requestNo]);
    expect(parts).toEqual([{ department: 'forex', status: 'ANSWERED' }, { department: 'tax', status: 'WITHDRAWN' }]);
  }, 60_000);
});
