/**
 * Demo scenarios: the flows between departments played through the federated API, as the zone
 * platform, the departments' officers and systems and a bank would play them, so that the demo
 * shows every rule at work: lists that pass three-document matching and lists refused for each
 * reason, goods sent to document review and inspection, a negative-listed seller, a single
 * indivisible item taxed in full, a buyer past the annual limit, tax bills, cancellation and
 * return, export lists summarised (701), export returns with and without the rebate repaid,
 * invoice-free exemption, deemed income tax, and an enterprise above USD 200,000 of FX whose
 * settlement a bank may proceed with only once it is in the FX directory; and an assistance
 * request (执法互助) public security files with customs, forex and tax, answered by two of them
 * with joint measures that then bite (a bank's settlement check refused), declined by the third;
 * and, last, a bank accepting the settlement basis of an import order (监管互认): forex's signed
 * acceptance resting on customs' release and tax's bill, back to public security's identity check,
 * every link verified.
 *
 * Every scenario states what the rules should decide and records what the departments decided;
 * `npm start` plays them once after seeding and prints the outcome, and a test plays them against
 * the product and requires every outcome to be the expected one.
 */
import Decimal from 'decimal.js';
import { type CallerRole, type Department, type ZoneCode } from '@zone/common';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH, loadManifest } from '../../gateway/src/trusted-documents/manifest';
import { ZONE_CUSTOMS_CODE, demoResident } from './generate';

export interface ScenarioCaller {
  role: CallerRole;
  org: string;
  zone?: ZoneCode;
  department?: Department;
  scopes?: string[];
}

/** Sends one operation to the gateway as the given caller. */
export type ScenarioRequest = <T>(caller: ScenarioCaller, query: string, variables?: Record<string, unknown>) => Promise<{ data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;

export interface ScenarioOutcome {
  name: string;
  expected: string;
  actual: string;
  /** Attestation tokens the scenario ended with (the settlement's chain), for offline verification. */
  tokens?: string[];
}

export interface ScenarioOptions {
  /** Seed of the demo data set, whose residents are in the public-security registry. */
  seed?: number;
  /** Zone the scenarios play in (default SHAOGUAN). */
  zone?: ZoneCode;
  /** Distinguishes the orders of one run from another's (default: the time). */
  runId?: string;
  now?: Date;
}

const PLATFORM: ScenarioCaller = { role: 'PLATFORM', org: 'ZONE-PLATFORM' };
const system = (department: Department): ScenarioCaller => ({ role: 'SYSTEM', org: `SYSTEM-${department.toUpperCase()}`, department });

interface Enterprise {
  uscc: string;
  roles: string[];
}

interface Goods {
  itemName: string;
  hsCode: string;
  unit: string;
  price: string;
  qty: string;
  country: string;
}

const MILK: Goods = { itemName: '婴儿配方奶粉', hsCode: '1901101000', unit: '122', price: '320.00', qty: '2', country: 'NZL' };
const SHOES: Goods = { itemName: '运动鞋', hsCode: '6404110000', unit: '025', price: '680.00', qty: '1', country: 'VNM' };
const SERUM: Goods = { itemName: '面部精华液', hsCode: '3304990099', unit: '142', price: '450.00', qty: '1', country: 'FRA' };
const MEDICINE: Goods = { itemName: '维生素片剂', hsCode: '3004500000', unit: '142', price: '260.00', qty: '2', country: 'USA' };
const VINTAGE_WINE: Goods = { itemName: '年份红葡萄酒（1.5升装）', hsCode: '2204210000', unit: '142', price: '5600.00', qty: '1', country: 'FRA' };
const HANDBAG: Goods = { itemName: '皮革手袋', hsCode: '4202210000', unit: '011', price: '2800.00', qty: '1', country: 'ITA' };
const TRAVEL_CASE: Goods = { itemName: '旅行箱', hsCode: '4202129000', unit: '011', price: '4700.00', qty: '1', country: 'DEU' };
const RICE_COOKER: Goods = { itemName: '电饭煲', hsCode: '8516603000', unit: '011', price: '70000.00', qty: '1', country: 'CHN' };
const TEAPOT: Goods = { itemName: '陶瓷茶壶', hsCode: '6912001000', unit: '011', price: '25.00', qty: '40', country: 'CHN' };

const money = (value: Decimal.Value) => new Decimal(value).toFixed(2);
/** 1: resident ID card; buyers abroad identify with a passport (2) the platform keeps no number of. */
const idTypeOf = (person: { idNumber: string }) => (person.idNumber ? '1' : '2');

/** One attestation of a chain as the bank's registered operation answers it. */
interface ChainLink {
  token: string;
  claim: string;
  issuer: string;
  revoked: boolean;
  verification: { valid: boolean };
  reliedOn?: ChainLink[];
}

function reasonCodes(reasons: { code: string }[] | undefined): string {
  return (reasons ?? []).map((r) => r.code).sort().join(',') || 'none';
}

/** Plays every scenario; the outcomes say what was expected and what happened. */
export async function runDemoScenarios(request: ScenarioRequest, options: ScenarioOptions = {}): Promise<ScenarioOutcome[]> {
  const seed = options.seed ?? 20221001;
  const zone = options.zone ?? 'SHAOGUAN';
  const runId = options.runId ?? String(Date.now() % 1e9);
  const now = options.now ?? new Date();
  const outcomes: ScenarioOutcome[] = [];
  const record = (name: string, expected: string, actual: string, tokens?: string[]) => outcomes.push({ name, expected, actual, ...(tokens ? { tokens } : {}) });

  async function must<T>(caller: ScenarioCaller, query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await request<T>(caller, query, variables);
    if (result.errors?.length || !result.data) throw new Error(`demo scenario step failed: ${result.errors?.map((e) => e.message).join('; ') ?? 'no data'}\n${query}`);
    return result.data;
  }

  const page = await must<{ enterprises: { edges: { node: Enterprise }[] } }>(PLATFORM, `query($zone: Zone) { enterprises(zone: $zone, first: 100) { edges { node { uscc roles } } } }`, { zone });
  const enterprises = page.enterprises.edges.map((e) => e.node);
  const withRole = (role: string) => enterprises.filter((e) => e.roles.includes(role));
  const platform = withRole('PLATFORM')[0]!;
  const sellers = withRole('ECOMMERCE').filter((e) => e.uscc !== platform.uscc);
  const payment = withRole('PAYMENT')[0]!;
  const logistics = withRole('LOGISTICS')[0]!;
  if (sellers.length < 3) throw new Error(`the demo scenarios need three e-commerce enterprises in ${zone}`);
  const [seller, listedSeller, exporter] = sellers as [Enterprise, Enterprise, Enterprise];
  const bank: ScenarioCaller = { role: 'BANK', org: payment.uscc };
  const customsOfficer: ScenarioCaller = { role: 'OFFICER', org: `CUSTOMS-${zone}`, department: 'customs', zone };
  const publicSecurityOfficer: ScenarioCaller = { role: 'OFFICER', org: `PSB-${zone}`, department: 'public-security', zone };
  const orderedAt = new Date(now.getTime() - 3 * 3600_000);
  const payTime = new Date(now.getTime() - 2 * 3600_000);
  let serial = 0;

  interface Filing {
    direction?: 'IMPORT' | 'EXPORT';
    tradeMode?: string;
    seller?: Enterprise;
    goods: Goods[];
    buyer?: number;
    /** Who pays: another resident than the buyer for the buyer/payer scenario. */
    payer?: number;
    /** Amount paid when it should differ from the order's. */
    amountPaid?: string;
    skipPayment?: boolean;
    skipWaybill?: boolean;
    /** Name given to public security: a wrong one makes the identity check a MISMATCH. */
    identityName?: string;
    /** The seller is under public security's re-verification measure (the negative list): the
     * platform's automated check is withheld, and a public-security officer's check re-verifies. */
    reverify?: boolean;
    indivisible?: boolean;
  }

  /** Files order, payment, waybill and identity check as their senders would, then declares the list. */
  async function file(filing: Filing) {
    serial += 1;
    const direction = filing.direction ?? 'IMPORT';
    const orderNo = `DEMO${runId}${String(serial).padStart(3, '0')}`;
    const logisticsNo = `DL${runId}${String(serial).padStart(3, '0')}`;
    const buyer = direction === 'IMPORT' ? demoResident(seed, filing.buyer ?? serial) : { name: 'John Smith', idNumber: '', phone: '+12025550100' };
    const payerPerson = direction === 'IMPORT' && filing.payer !== undefined ? demoResident(seed, filing.payer) : buyer;
    const items = filing.goods.map((g, i) => ({ gnum: i + 1, itemNo: `SKU-${i + 1}`, itemName: g.itemName, hsCode: g.hsCode, qty: g.qty, unit: g.unit, price: g.price, totalPrice: money(new Decimal(g.price).mul(g.qty)), country: g.country }));
    const goodsValue = items.reduce((sum, item) => sum.plus(item.totalPrice), new Decimal(0));
    const freight = direction === 'IMPORT' ? new Decimal(12) : new Decimal(30);
    const currency = direction === 'IMPORT' ? 'CNY' : 'USD';
    const actualPaid = money(goodsValue.plus(freight));
    const ebc = filing.seller ?? seller;
    await must(PLATFORM, `mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }`, {
      input: {
        ebpCode: platform.uscc, orderNo, direction, tradeMode: filing.tradeMode ?? '9610', ebcCode: ebc.uscc,
        goodsValue: money(goodsValue), freight: money(freight), discount: '0.00', taxTotal: '0.00', actualPaid, currency,
        buyer: { name: buyer.name, idType: idTypeOf(buyer), ...(buyer.idNumber ? { idNumber: buyer.idNumber } : {}), phone: buyer.phone },
        consignee: buyer.name, consigneeAddress: direction === 'IMPORT' ? '韶关市浈江区示范路1号' : '1 Main Street, Los Angeles',
        payCode: payment.uscc, payTransactionId: `PAY${orderNo}`, orderedAt: orderedAt.toISOString(), items,
      },
    });
    if (!filing.skipPayment) {
      const submit = direction === 'IMPORT' ? 'submitPayment' : 'submitPaymentReceived';
      await must(PLATFORM, `mutation($input: PaymentInput!) { ${submit}(input: $input) { outcome } }`, {
        input: {
          payCode: payment.uscc, payTransactionId: `PAY${orderNo}`, ebpCode: platform.uscc, orderNo, amountPaid: filing.amountPaid ?? actualPaid, currency,
          payTime: payTime.toISOString(), zone,
          payer: { name: payerPerson.name, idType: idTypeOf(payerPerson), ...(payerPerson.idNumber ? { idNumber: payerPerson.idNumber } : {}) },
        },
      });
    }
    if (!filing.skipWaybill) {
      await must(PLATFORM, `mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome } }`, {
        input: {
          logisticsCode: logistics.uscc, logisticsNo, ebpCode: platform.uscc, orderNo, zone, freight: money(freight), insuredFee: '0.00',
          weight: '1.20', packNo: 1, consignee: buyer.name, consigneeAddress: '韶关市浈江区示范路1号',
        },
      });
    }
    let identityVerdict: string | null = null;
    if (direction === 'IMPORT') {
      const verify = (caller: ScenarioCaller) => must<{ verifyIdentity: { verdict: string } }>(caller, `mutation($name: String!, $idNumber: IdNumber!, $ebpCode: String, $orderNo: String, $zone: Zone) {
        verifyIdentity(name: $name, idNumber: $idNumber, ebpCode: $ebpCode, orderNo: $orderNo, zone: $zone) { verdict } }`,
      { name: filing.identityName ?? buyer.name, idNumber: buyer.idNumber, ebpCode: platform.uscc, orderNo, zone });
      identityVerdict = (await verify(PLATFORM)).verifyIdentity.verdict;
      if (filing.reverify) await verify(publicSecurityOfficer);
    }
    const declared = await must<{ declareInventoryList: { list: DeclaredList } }>(PLATFORM, `mutation($input: InventoryListInput!) {
      declareInventoryList(input: $input) { list { invtNo status retailTaxTreatment matching { matched reasons { code } } releaseDecision { decision reasons { code } } } } }`, {
      input: {
        copNo: `COP${orderNo}`.slice(0, 20), customsCode: ZONE_CUSTOMS_CODE[zone], ebpCode: platform.uscc, orderNo, ebcCode: ebc.uscc, logisticsCode: logistics.uscc, logisticsNo,
        direction, tradeMode: filing.tradeMode ?? '9610', zone, statisticsFlag: direction === 'EXPORT' ? 'B' : null,
        freight: money(freight), insuredFee: '0.00', currency, indivisibleItem: filing.indivisible ?? false, items,
      },
    });
    return { orderNo, identityVerdict, list: declared.declareInventoryList.list };
  }

  interface DeclaredList {
    invtNo: string;
    status: string;
    retailTaxTreatment: string | null;
    matching: { matched: boolean; reasons: { code: string }[] };
    releaseDecision: { decision: string; reasons: { code: string }[] } | null;
  }
  const decisionOf = (list: DeclaredList) => `${list.releaseDecision?.decision ?? 'none'} ${list.status}`;

  // Import lists: one that passes and one for each reason matching refuses a list.
  const clean = await file({ goods: [SHOES] });
  record('import list with all documents in order', 'AUTO_RELEASE RELEASED', decisionOf(clean.list));
  const bill = await must<{ inventoryList: { taxBill: { treatment: string; totalTax: string } | null } }>(system('customs'), `query($invtNo: String!) { inventoryList(invtNo: $invtNo) { taxBill { treatment totalTax } } }`, { invtNo: clean.list.invtNo });
  record('tax bill issued for the accepted import list', 'PREFERENTIAL', bill.inventoryList.taxBill?.treatment ?? 'none');
  const refusals: [string, Filing, string][] = [
    ['import list without a payment', { goods: [MILK], skipPayment: true }, 'PAYMENT_MISSING'],
    ['import list without a waybill', { goods: [MILK], skipWaybill: true }, 'WAYBILL_MISSING'],
    ['import list whose payment differs from the order', { goods: [MILK], amountPaid: '1.00' }, 'AMOUNT_MISMATCH'],
    ['import list paid by someone other than the buyer', { goods: [MILK], payer: 250 }, 'BUYER_PAYER_MISMATCH'],
    ['import list whose buyer failed the identity check', { goods: [MILK], identityName: '名字不符' }, 'IDENTITY_NOT_VERIFIED'],
    ['import list above CNY 5,000 of divisible goods', { goods: [HANDBAG, HANDBAG] }, 'SINGLE_LIMIT_EXCEEDED'],
  ];
  for (const [name, filing, reason] of refusals) {
    const refused = await file(filing);
    record(name, `REJECT REJECTED ${reason}`, `${decisionOf(refused.list)} ${reasonCodes(refused.list.matching.reasons)}`);
  }
  const wine = await file({ goods: [VINTAGE_WINE], indivisible: true });
  const wineBill = await must<{ inventoryList: { taxBill: { treatment: string; customsTax: string } | null } }>(system('customs'), `query($invtNo: String!) { inventoryList(invtNo: $invtNo) { taxBill { treatment customsTax } } }`, { invtNo: wine.list.invtNo });
  record('single indivisible item above CNY 5,000, taxed in full with its tariff', 'FULL_TAX FULL_TAX tariff', `${wine.list.retailTaxTreatment ?? 'none'} ${wineBill.inventoryList.taxBill?.treatment ?? 'no bill'} ${Number(wineBill.inventoryList.taxBill?.customsTax ?? 0) > 0 ? 'tariff' : 'no tariff'}`);

  // One buyer's orders until the CNY 26,000 annual limit refuses the next list.
  const heavyBuyer = 260;
  let annual: DeclaredList | null = null;
  for (let n = 0; n < 7 && (!annual || annual.matching.matched); n++) annual = (await file({ goods: [TRAVEL_CASE], buyer: heavyBuyer })).list;
  record('buyer past the CNY 26,000 annual limit', 'ANNUAL_LIMIT_EXCEEDED', annual ? reasonCodes(annual.matching.reasons) : 'none');

  // Risk-graded release.
  const serum = await file({ goods: [SERUM] });
  record('cosmetics (medium-risk chapter 33)', 'DOCUMENT_REVIEW MANUAL_REVIEW', decisionOf(serum.list));
  const reviewed = await must<{ recordReviewOutcome: { status: string } }>(customsOfficer, `mutation($invtNo: String!) { recordReviewOutcome(invtNo: $invtNo, outcome: RELEASE, reason: "documents in order") { status } }`, { invtNo: serum.list.invtNo });
  record('review concluded by a customs officer', 'RELEASED', reviewed.recordReviewOutcome.status);
  const medicine = await file({ goods: [MEDICINE] });
  record('pharmaceuticals (high-risk chapter 30)', 'INSPECTION INSPECTION', decisionOf(medicine.list));
  const inspected = await must<{ recordInspectionResult: { status: string } }>(customsOfficer, `mutation($invtNo: String!) { recordInspectionResult(invtNo: $invtNo, passed: true, findings: "goods as declared") { status } }`, { invtNo: medicine.list.invtNo });
  const cleared = await must<{ clearInventoryList: { status: string } }>(customsOfficer, `mutation($invtNo: String!) { clearInventoryList(invtNo: $invtNo) { status } }`, { invtNo: medicine.list.invtNo });
  record('inspection passed, then cleared', 'RELEASED CLEARED', `${inspected.recordInspectionResult.status} ${cleared.clearInventoryList.status}`);
  await must(system('commerce'), `mutation($uscc: ID!) { placeOnNegativeList(uscc: $uscc, reason: "non-genuine trade found by joint inspection", legalBasis: "粤府函〔2022〕58号 credit system") { listedAt } }`, { uscc: listedSeller.uscc }).catch(() => undefined);
  const listed = await file({ goods: [SHOES], seller: listedSeller, reverify: true });
  record('automated identity check on an order of a seller on the negative list', 'REVERIFICATION_REQUIRED', listed.identityVerdict ?? 'none');
  record('seller on the negative list, buyer re-verified by a public-security officer', 'INSPECTION INSPECTION', decisionOf(listed.list));

  // Cancellation (623) while customs holds the goods, return (625) after release.
  const held = await file({ goods: [SERUM] });
  const cancellation = await must<{ requestListCancellation: { state: string; list: { status: string } } }>(PLATFORM, `mutation($invtNo: String!) { requestListCancellation(invtNo: $invtNo, reason: "buyer cancelled the order") { state list { status } } }`, { invtNo: held.list.invtNo });
  record('cancellation of a list under review', 'ACCEPTED REJECTED', `${cancellation.requestListCancellation.state} ${cancellation.requestListCancellation.list.status}`);
  const returned = await must<{ requestListReturn: { state: string } }>(PLATFORM, `mutation($invtNo: String!) { requestListReturn(invtNo: $invtNo, reason: "wrong size") { state } }`, { invtNo: clean.list.invtNo });
  record('return of released goods within 30 days', 'ACCEPTED', returned.requestListReturn.state);
  // Tax follows the lists: nothing is due on goods that never entered, and returned goods are refunded.
  const billStatus = async (invtNo: string) => (await must<{ inventoryList: { taxBill: { status: string } | null } }>(system('customs'),
    'query($invtNo: String!) { inventoryList(invtNo: $invtNo) { taxBill { status } } }', { invtNo })).inventoryList.taxBill?.status ?? 'no bill';
  record('tax bill of the cancelled list cancelled, of the returned goods refunded', 'CANCELLED REFUNDED', `${await billStatus(held.list.invtNo)} ${await billStatus(clean.list.invtNo)}`);

  // Exports: released one by one, summarised (701), returned, exempt without invoices.
  const exports = [];
  for (let n = 0; n < 3; n++) exports.push(await file({ direction: 'EXPORT', tradeMode: '9710', seller: exporter, goods: [RICE_COOKER] }));
  exports.push(await file({ direction: 'EXPORT', tradeMode: '9610', seller: exporter, goods: [TEAPOT] }));
  record('export lists released one by one', 'RELEASED RELEASED RELEASED RELEASED', exports.map((e) => e.list.status).join(' '));
  const periodStart = new Date(now.getTime() - 86400_000).toISOString();
  const periodEnd = new Date(now.getTime() + 86400_000).toISOString();
  const summary = await must<{ declareSummary: { summary: { listCount: number; totals: { currency: string; amount: string }[] } } }>(PLATFORM, `mutation($input: SummaryDeclarationInput!) {
    declareSummary(input: $input) { summary { listCount totals { currency amount } } } }`, { input: { ebcCode: exporter.uscc, periodStart, periodEnd } });
  const usd = summary.declareSummary.summary.totals.find((t) => t.currency === 'USD');
  record('summary declaration (701) of the exporter\'s released lists', `4 lists USD ${money(new Decimal(70000).mul(3).plus(1000))}`, `${summary.declareSummary.summary.listCount} lists USD ${usd?.amount ?? '0'}`);
  const returnInput = (invtNo: string, rebateRepaid: boolean) => ({ input: { invtNo, goodsUnchanged: true, rebateReceived: true, rebateRepaid, reason: 'unsold overseas' } });
  const repaid = await must<{ requestExportReturn: { exportReturn: { taxFree: boolean } } }>(PLATFORM, `mutation($input: ExportReturnInput!) { requestExportReturn(input: $input) { exportReturn { taxFree reasons { code } } } }`, returnInput(exports[0]!.list.invtNo, true));
  const unpaid = await must<{ requestExportReturn: { exportReturn: { taxFree: boolean; reasons: { code: string }[] } } }>(PLATFORM, `mutation($input: ExportReturnInput!) { requestExportReturn(input: $input) { exportReturn { taxFree reasons { code } } } }`, returnInput(exports[1]!.list.invtNo, false));
  record('export return with the rebate repaid / not repaid', 'tax-free refused', `${repaid.requestExportReturn.exportReturn.taxFree ? 'tax-free' : 'refused'} ${unpaid.requestExportReturn.exportReturn.taxFree ? 'tax-free' : 'refused'}`);
  const exemption = await must<{ assessInvoiceFreeExemption: { exempt: boolean } }>(system('tax'), `mutation($invtNo: String!) { assessInvoiceFreeExemption(invtNo: $invtNo) { exempt reasons { code } } }`, { invtNo: exports[3]!.list.invtNo });
  record('export without purchase invoices (无票免税)', 'exempt', exemption.assessInvoiceFreeExemption.exempt ? 'exempt' : 'not exempt');
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  const deemed = await must<{ assessDeemedIncomeTax: { smallLowProfit: boolean | null; taxDue: string | null } }>(system('tax'), `mutation($input: DeemedIncomeTaxInput!) { assessDeemedIncomeTax(input: $input) { smallLowProfit taxDue } }`, {
    input: { uscc: exporter.uscc, year, revenue: '12000000.00', employees: 40, totalAssets: '8000000.00' },
  });
  record('deemed income tax (核定征收) at 4% with the small low-profit preference', 'small low-profit, tax 24000.00', `${deemed.assessDeemedIncomeTax.smallLowProfit ? 'small low-profit' : 'standard'}, tax ${deemed.assessDeemedIncomeTax.taxDue}`);

  // FX: the exporter's receipts pass USD 200,000; a bank may settle only once it is registered.
  const directory = await must<{ enterprise: { fxDirectory: { totalUsd: string; bankMustSeeRegistration: boolean } } }>(PLATFORM, `query($uscc: ID!, $year: Int!) { enterprise(uscc: $uscc) { fxDirectory(year: $year) { totalUsd bankMustSeeRegistration } } }`, { uscc: exporter.uscc, year });
  record('exporter at or above USD 200,000 must be in the FX directory', 'registration required', directory.enterprise.fxDirectory.bankMustSeeRegistration ? 'registration required' : 'exempt');
  // A bank runs only registered operations: the settlement check is sent as registered.
  const check = loadManifest(DEFAULT_TRUSTED_DOCUMENTS_PATH).operations.find((operation) => operation.name === 'BankSettlementCheck')!.body;
  const before = await must<{ settlementCheck: { mayProceed: boolean; reasons: { code: string }[] } }>(bank, check, { ebpCode: platform.uscc, orderNo: exports[2]!.orderNo });
  await must(system('forex'), `mutation($input: FxDirectoryRegistrationInput!) { registerInFxDirectory(input: $input) { outcome } }`, {
    input: { uscc: exporter.uscc, registeredAt: now.toISOString(), registeredBy: `FOREX-${zone}` },
  });
  const after = await must<{ settlementCheck: { mayProceed: boolean } }>(bank, check, { ebpCode: platform.uscc, orderNo: exports[2]!.orderNo });
  record('bank settlement check before and after directory registration', 'no (DIRECTORY_REGISTRATION_REQUIRED) yes', `${before.settlementCheck.mayProceed ? 'yes' : 'no'} (${reasonCodes(before.settlementCheck.reasons)}) ${after.settlementCheck.mayProceed ? 'yes' : 'no'}`);

  // Mutual assistance (执法互助): public security asks customs, forex and tax about the negative-listed seller.
  const police: ScenarioCaller = { role: 'OFFICER', org: `PSB-${zone}`, department: 'public-security', zone };
  const REQUEST = 'requestNo status parts { department status } measures { kind inForce }';
  const filed = await must<{ fileAssistanceRequest: { requestNo: string } }>(police, `mutation($input: AssistanceRequestInput!) { fileAssistanceRequest(input: $input) { ${REQUEST} } }`, {
    input: {
      subject: { type: 'ENTERPRISE', uscc: listedSeller.uscc },
      reason: '非真实贸易洗钱: many unrelated payers pay through one seller', legalBasis: '反洗钱法 第二十三条; 粤府函〔2022〕58号 执法互助',
      actions: ['PROVIDE_RECORDS', 'HOLD_GOODS', 'REFUSE_SETTLEMENT'], dueAt: new Date(now.getTime() + 7 * 86400_000).toISOString(),
      addressedTo: ['CUSTOMS', 'FOREX', 'TAX'],
    },
  });
  const requestNo = filed.fileAssistanceRequest.requestNo;
  for (const department of ['customs', 'forex', 'tax'] as const) {
    await must(system(department), 'mutation($no: ID!) { acknowledgeAssistanceRequest(requestNo: $no) { requestNo } }', { no: requestNo });
  }
  const ANSWER = 'mutation($no: ID!, $answer: AssistanceAnswerInput!) { answerAssistanceRequest(requestNo: $no, answer: $answer) { requestNo } }';
  await must(system('customs'), ANSWER, { no: requestNo, answer: { findings: 'one list of the seller sent to inspection; goods held', evidence: [listed.list.invtNo], applyMeasures: ['CUSTOMS_NO_AUTO_RELEASE'] } });
  await must(system('forex'), ANSWER, { no: requestNo, answer: { findings: 'settlements of the seller refused from now on', evidence: [], applyMeasures: ['FOREX_SETTLEMENT_REFUSED'] } });
  await must(system('tax'), 'mutation($no: ID!, $reason: String!) { declineAssistanceRequest(requestNo: $no, reason: $reason) { requestNo } }', { no: requestNo, reason: 'the seller files no deemed income tax' });
  const refused = await must<{ settlementCheck: { mayProceed: boolean; reasons: { code: string }[] } }>(bank, check, { ebpCode: platform.uscc, orderNo: listed.orderNo });
  record('bank settlement check of the seller under the answered request', 'no JOINT_MEASURE', `${refused.settlementCheck.mayProceed ? 'yes' : 'no'} ${refused.settlementCheck.reasons.some((r) => r.code === 'JOINT_MEASURE') ? 'JOINT_MEASURE' : 'none'}`);
  const closed = await must<{ closeAssistanceRequest: { status: string; parts: { department: string; status: string }[]; measures: { kind: string; inForce: boolean }[] } }>(police,
    `mutation($no: ID!) { closeAssistanceRequest(requestNo: $no, note: "records received; measures in force") { ${REQUEST} } }`, { no: requestNo });
  record('assistance request answered across departments, then closed', 'CLOSED CUSTOMS:ANSWERED FOREX:ANSWERED TAX:DECLINED, 2 measures in force',
    `${closed.closeAssistanceRequest.status} ${closed.closeAssistanceRequest.parts.map((p) => `${p.department}:${p.status}`).join(' ')}, ${closed.closeAssistanceRequest.measures.filter((m) => m.inForce).length} measures in force`);

  // Mutual recognition (监管互认): an import list released with a verified identity and taxed; the
  // bank that processed its payment has forex accept the settlement basis (its registered
  // operation) and keeps the chain of attestations, every link verified.
  const settled = await file({ goods: [SHOES] });
  const accept = loadManifest(DEFAULT_TRUSTED_DOCUMENTS_PATH).operations.find((operation) => operation.name === 'BankAcceptSettlementBasis')!.body;
  const basis = await must<{ acceptSettlementBasis: { mayProceed: boolean; reasons: { code: string }[]; attestation: ChainLink | null } }>(bank, accept, { ebpCode: platform.uscc, orderNo: settled.orderNo });
  const links: ChainLink[] = [];
  const walk = (link: ChainLink): string => {
    links.push(link);
    const next = link.reliedOn ?? [];
    return `${link.claim}(${link.issuer})${next.length ? ` <- [${next.map(walk).join(', ')}]` : ''}`;
  };
  const chain = basis.acceptSettlementBasis.attestation ? walk(basis.acceptSettlementBasis.attestation) : 'no attestation';
  const verified = links.filter((link) => link.verification.valid && !link.revoked).length;
  // The release is relied on twice (by forex and by tax's bill): the bank keeps each attestation once.
  const tokens = [...new Set(links.map((link) => link.token))];
  record('bank accepts the settlement basis of a released, taxed import order; its chain verifies link by link',
    'SETTLEMENT_BASIS_ACCEPTED(forex) <- [LIST_RELEASED(customs) <- [BUYER_IDENTITY_VERIFIED(public-security)], TAX_BILL_ISSUED(tax) <- [LIST_RELEASED(customs) <- [BUYER_IDENTITY_VERIFIED(public-security)]]]; 6 of 6 links verified, 4 attestations',
    `${basis.acceptSettlementBasis.mayProceed ? '' : `refused (${reasonCodes(basis.acceptSettlementBasis.reasons)}) `}${chain}; ${verified} of ${links.length} links verified, ${tokens.length} attestations`,
    tokens);
  return outcomes;
}
