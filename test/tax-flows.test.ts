import Decimal from 'decimal.js';
import type { TaxPrisma } from '../subgraphs/tax/src';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * Tax's operations through the gateway: the tax bill (816) of a retail import list, 无票免税 for
 * exports without purchase invoices, and 核定征收 deemed income tax. Tax reads customs' lists and
 * commerce's enterprises and orders through the federated API, as its own system.
 */

let stack: Stack;
let taxDb: TaxPrisma;
let customsDb: { $executeRawUnsafe: (sql: string, ...values: unknown[]) => Promise<number> };

interface SeededOrder {
  ebpCode: string;
  orderNo: string;
  direction: 'IMPORT' | 'EXPORT';
  zone: string;
  ebcCode: string;
  inventoryList: { invtNo: string; statusCode: number } | null;
  taxBill: { taxNo: string } | null;
}
interface SeededEnterprise {
  uscc: string;
  zone: string;
  roles: string[];
  orders: SeededOrder[];
}
let enterprises: SeededEnterprise[];

const as = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });
const TAX_SYSTEM = { role: 'SYSTEM' as const, org: 'SYSTEM-TAX', department: 'tax' as const };
const CUSTOMS_SYSTEM = { role: 'SYSTEM' as const, org: 'SYSTEM-CUSTOMS', department: 'customs' as const };
const taxOfficer = (zone: string) => ({ role: 'OFFICER' as const, org: `TAX-${zone}`, zone: zone as never, department: 'tax' as const });

beforeAll(async () => {
  stack = await startStack({ trustedDocuments: false });
  taxDb = stack.runtimes.tax.prisma as unknown as TaxPrisma;
  customsDb = stack.runtimes.customs.prisma as unknown as typeof customsDb;
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: SeededEnterprise }[] } }>(
    `{ enterprises(first: 40) { edges { node { uscc zone roles
        orders(first: 20) { ebpCode orderNo direction zone ebcCode inventoryList { invtNo statusCode } taxBill { taxNo } } } } } }`,
  );
  expect(errors).toBeUndefined();
  enterprises = data!.enterprises.edges.map((e) => e.node);
});

afterAll(async () => {
  await stack?.close();
});

const allOrders = () => {
  const seen = new Map<string, SeededOrder>();
  for (const order of enterprises.flatMap((e) => e.orders)) seen.set(`${order.ebpCode}/${order.orderNo}`, order);
  return [...seen.values()];
};

function findOrder(predicate: (o: SeededOrder) => boolean, what: string): SeededOrder {
  const found = allOrders().find(predicate);
  if (!found) throw new Error(`the test data has no ${what}`);
  return found;
}

function errorOf(response: GraphQLResponse): { code: unknown; message: string } {
  expect(response.errors).toHaveLength(1);
  return { code: response.errors![0]!.extensions?.code, message: response.errors![0]!.message };
}

/** A refusal: CONFLICT with the case in extensions.reason. */
function refusalOf(response: GraphQLResponse): { reason: unknown; message: string } {
  expect(errorOf(response).code).toBe('CONFLICT');
  return { reason: response.errors![0]!.extensions?.reason, message: response.errors![0]!.message };
}

// ---------------------------------------------------------------------------------------------
// Tax bill (816)

const BILL_FIELDS = `taxNo invtNo ebpCode orderNo zone treatment dutiableValue freight insuredFee customsTax valueAddedTax
  consumptionTax totalTax vatRate consumptionTaxRate currency issuedAt
  lines { gnum hsCode itemValue freightShare insuredFeeShare dutiableValue tariffRate customsTax statutoryVatRate vatRate
    valueAddedTax statutoryConsumptionTaxRate consumptionTaxRate consumptionTax totalTax rateBasis }`;
const ISSUE = `mutation($invtNo: String!) { issueTaxBill(invtNo: $invtNo) { ${BILL_FIELDS} } }`;

interface BillLine {
  gnum: number; hsCode: string; itemValue: string; freightShare: string; insuredFeeShare: string; dutiableValue: string;
  tariffRate: string; customsTax: string; vatRate: string; valueAddedTax: string; consumptionTax: string; totalTax: string; rateBasis: string;
}
interface Bill {
  taxNo: string; invtNo: string; ebpCode: string; orderNo: string; zone: string; treatment: string; dutiableValue: string;
  customsTax: string; valueAddedTax: string; consumptionTax: string; totalTax: string; issuedAt: string; lines: BillLine[];
}

interface ListForTest {
  invtNo: string; zone: string; direction: string; freight: string; insuredFee: string; retailTaxTreatment: string | null;
  items: { gnum: number; hsCode: string; totalPrice: string }[];
}

async function listOf(invtNo: string): Promise<ListForTest> {
  const { data, errors } = await stack.query<{ inventoryList: ListForTest }>(
    'query($invtNo: String!) { inventoryList(invtNo: $invtNo) { invtNo zone direction freight insuredFee retailTaxTreatment items { gnum hsCode totalPrice } } }',
    { invtNo }, await as(TAX_SYSTEM),
  );
  expect(errors).toBeUndefined();
  return data!.inventoryList;
}

/**
 * The bill as a clerk would compute it by hand from 财关税〔2018〕49号 and the demo goods' rates,
 * independently of tax's rule functions: freight and insurance shared in proportion (largest
 * remainder in fen), CT on value / (1 - rate), VAT on value + CT, both at 70%, rounded half up.
 */
function expectedPreferentialBill(list: ListForTest) {
  const statutory: Record<string, [string, string]> = {
    '3304': ['0.13', '0.15'], '2204': ['0.13', '0.10'], '1901': ['0.13', '0'], '2106': ['0.13', '0'], '6404': ['0.13', '0'], '8509': ['0.13', '0'],
  };
  const items = [...list.items].sort((a, b) => a.gnum - b.gnum);
  const share = (total: string) => {
    const fen = new Decimal(total).mul(100).toNumber();
    const weights = items.map((i) => new Decimal(i.totalPrice));
    const sum = weights.reduce((a, b) => a.plus(b), new Decimal(0));
    const exact = weights.map((w) => (sum.isZero() ? new Decimal(fen).div(items.length) : w.mul(fen).div(sum)));
    const parts = exact.map((x) => x.floor().toNumber());
    let left = fen - parts.reduce((a, b) => a + b, 0);
    const order = exact.map((x, i) => ({ i, r: x.minus(x.floor()).toNumber() })).sort((a, b) => b.r - a.r || a.i - b.i);
    for (const { i } of order) if (left-- > 0) parts[i]! += 1;
    return parts.map((p) => new Decimal(p).div(100));
  };
  const freight = share(list.freight);
  const insurance = share(list.insuredFee);
  const round = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const lines = items.map((item, i) => {
    const [vat, ct] = statutory[item.hsCode.slice(0, 4)]!;
    const value = new Decimal(item.totalPrice).plus(freight[i]!).plus(insurance[i]!);
    const statutoryCt = value.div(new Decimal(1).minus(ct)).mul(ct);
    const consumptionTax = round(statutoryCt.mul('0.7'));
    const valueAddedTax = round(value.plus(statutoryCt).mul(vat).mul('0.7'));
    return { gnum: item.gnum, dutiableValue: value.toFixed(2), valueAddedTax: valueAddedTax.toFixed(2), consumptionTax: consumptionTax.toFixed(2), totalTax: valueAddedTax.plus(consumptionTax).toFixed(2) };
  });
  const total = (field: 'dutiableValue' | 'valueAddedTax' | 'consumptionTax' | 'totalTax') => lines.reduce((a, l) => a.plus(l[field]), new Decimal(0)).toFixed(2);
  return { lines, dutiableValue: total('dutiableValue'), valueAddedTax: total('valueAddedTax'), consumptionTax: total('consumptionTax'), totalTax: total('totalTax') };
}

describe('issueTaxBill: the tax bill (816) of a retail import list', () => {
  let order: SeededOrder;
  let list: ListForTest;

  beforeAll(async () => {
    // An accepted import list whose seeded bill is withdrawn, so that tax issues it afresh.
    order = findOrder((o) => o.direction === 'IMPORT' && o.taxBill !== null && [800, 899].includes(o.inventoryList?.statusCode ?? 0), 'released import list with a bill');
    list = await listOf(order.inventoryList!.invtNo);
    await taxDb.taxBill.delete({ where: { invtNo: list.invtNo } });
  });

  it('issues the bill for the customs system, each line on goods plus its share of freight and insurance, at 70% and no tariff', async () => {
    expect(list.retailTaxTreatment).toBe('PREFERENTIAL');
    const { data, errors } = await stack.query<{ issueTaxBill: Bill }>(ISSUE, { invtNo: list.invtNo }, await as(CUSTOMS_SYSTEM));
    expect(errors).toBeUndefined();
    const bill = data!.issueTaxBill;
    const expected = expectedPreferentialBill(list);
    expect(bill).toMatchObject({
      taxNo: `${list.invtNo}T1`, invtNo: list.invtNo, ebpCode: order.ebpCode, orderNo: order.orderNo, zone: list.zone, treatment: 'PREFERENTIAL',
      customsTax: '0.00', dutiableValue: expected.dutiableValue, valueAddedTax: expected.valueAddedTax, consumptionTax: expected.consumptionTax, totalTax: expected.totalTax,
    });
    expect(bill.lines.map((l) => ({ gnum: l.gnum, dutiableValue: l.dutiableValue, valueAddedTax: l.valueAddedTax, consumptionTax: l.consumptionTax, totalTax: l.totalTax })))
      .toEqual(expected.lines);
    expect(bill.lines.every((l) => l.customsTax === '0.00' && new Decimal(l.tariffRate).isZero() && l.rateBasis.includes('财关税〔2018〕49号'))).toBe(true);
    const sum = (field: 'freightShare' | 'insuredFeeShare') => bill.lines.reduce((a, l) => a.plus(l[field]), new Decimal(0));
    expect(sum('freightShare').eq(list.freight)).toBe(true);
    expect(sum('insuredFeeShare').eq(list.insuredFee)).toBe(true);
  });

  it('returns the same bill when asked again, by customs or by a tax officer of the zone', async () => {
    const first = (await taxDb.taxBill.findUniqueOrThrow({ where: { invtNo: list.invtNo } }));
    for (const headers of [await as(CUSTOMS_SYSTEM), await as(taxOfficer(list.zone))]) {
      const { data, errors } = await stack.query<{ issueTaxBill: Bill }>(ISSUE, { invtNo: list.invtNo }, headers);
      expect(errors).toBeUndefined();
      expect(data!.issueTaxBill.taxNo).toBe(first.taxNo);
      expect(new Date(data!.issueTaxBill.issuedAt).getTime()).toBe(first.issuedAt.getTime());
    }
    expect(await taxDb.taxBill.count({ where: { invtNo: list.invtNo } })).toBe(1);
  });

  it('shows the bill on customs\' list and on commerce\'s order', async () => {
    const { data, errors } = await stack.query<{ inventoryList: { taxBill: { taxNo: string; lines: unknown[] } }; order: { taxBill: { taxNo: string } } }>(
      `query($invtNo: String!, $ebpCode: String!, $orderNo: String!) {
        inventoryList(invtNo: $invtNo) { taxBill { taxNo lines { gnum } } }
        order(ebpCode: $ebpCode, orderNo: $orderNo) { taxBill { taxNo } } }`,
      { invtNo: list.invtNo, ebpCode: order.ebpCode, orderNo: order.orderNo },
    );
    expect(errors).toBeUndefined();
    expect(data!.inventoryList.taxBill.taxNo).toBe(`${list.invtNo}T1`);
    expect(data!.inventoryList.taxBill.lines).toHaveLength(list.items.length);
    expect(data!.order.taxBill.taxNo).toBe(`${list.invtNo}T1`);
  });

  it('keeps seeded bills consistent with their lines', async () => {
    const seeded = findOrder((o) => o.taxBill !== null && o.orderNo !== order.orderNo, 'other seeded bill');
    const { data } = await stack.query<{ taxBill: Bill }>(`query($taxNo: String!) { taxBill(taxNo: $taxNo) { ${BILL_FIELDS} } }`, { taxNo: seeded.taxBill!.taxNo });
    const bill = data!.taxBill;
    const sum = (field: 'valueAddedTax' | 'consumptionTax' | 'totalTax' | 'dutiableValue') => bill.lines.reduce((a, l) => a.plus(l[field]), new Decimal(0)).toFixed(2);
    expect(bill.lines.length).toBeGreaterThan(0);
    expect([sum('valueAddedTax'), sum('consumptionTax'), sum('totalTax'), sum('dutiableValue')]).toEqual([bill.valueAddedTax, bill.consumptionTax, bill.totalTax, bill.dutiableValue]);
  });

  it('refuses a full-tax list whose goods have no configured tariff rate, naming the HS code', async () => {
    const other = findOrder(
      (o) => o.direction === 'IMPORT' && o.taxBill !== null && o.orderNo !== order.orderNo,
      'second import list with a bill',
    );
    const otherList = await listOf(other.inventoryList!.invtNo);
    if (otherList.items.every((i) => i.hsCode.startsWith('220421'))) return; // wine has a tariff rate by default
    await taxDb.taxBill.delete({ where: { invtNo: otherList.invtNo } });
    await customsDb.$executeRawUnsafe('UPDATE inventory_list SET retail_tax_treatment = \'FULL_TAX\' WHERE invt_no = $1', otherList.invtNo);
    const response = await stack.query(ISSUE, { invtNo: otherList.invtNo }, await as(TAX_SYSTEM));
    const error = refusalOf(response);
    expect(error.reason).toBe('TARIFF_RATE_NOT_CONFIGURED');
    expect(error.message).toContain(`no tariff rate is configured for HS code ${otherList.items.find((i) => !i.hsCode.startsWith('220421'))!.hsCode}`);
  });

  it('refuses an export list, a list without retail tax treatment and an unknown list, each with its code', async () => {
    const exported = findOrder((o) => o.direction === 'EXPORT' && o.inventoryList !== null, 'export list');
    const rejected = findOrder((o) => o.direction === 'IMPORT' && o.inventoryList?.statusCode === 100, 'rejected import list');
    const headers = await as(TAX_SYSTEM);
    expect(refusalOf(await stack.query(ISSUE, { invtNo: exported.inventoryList!.invtNo }, headers)))
      .toEqual({ reason: 'NOT_AN_IMPORT', message: `Inventory list ${exported.inventoryList!.invtNo} is an export list: exports bear no import tax` });
    const noTreatment = refusalOf(await stack.query(ISSUE, { invtNo: rejected.inventoryList!.invtNo }, headers));
    expect(noTreatment.reason).toBe('NO_RETAIL_TAX_TREATMENT');
    expect(noTreatment.message).toContain('failed three-document matching');
    expect(errorOf(await stack.query(ISSUE, { invtNo: '51712026I999999999' }, headers)).code).toBe('NOT_FOUND');
    expect(errorOf(await stack.query(ISSUE, { invtNo: '517120269I99999999' }, headers)).code).toBe('BAD_USER_INPUT');
  });

  it('does not even show the zone platform the mutation (its variant of the API)', async () => {
    expect(errorOf(await stack.query(ISSUE, { invtNo: list.invtNo }, await as({ role: 'PLATFORM', org: 'PLATFORM-OF-TEST' }))).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['the forex system', { role: 'SYSTEM' as const, org: 'SYSTEM-FOREX', department: 'forex' as const }],
    ['a customs officer', { role: 'OFFICER' as const, org: 'CUSTOMS-OFFICER', zone: 'SHAOGUAN' as const, department: 'customs' as const }],
  ])('forbids %s to issue bills', async (_case, claims) => {
    expect(errorOf(await stack.query(ISSUE, { invtNo: list.invtNo }, await as(claims))).code).toBe('FORBIDDEN');
  });

  it('shows a regulator no mutation at all: the same validation error as any field outside its view', async () => {
    expect(errorOf(await stack.query(ISSUE, { invtNo: list.invtNo }, await as({ role: 'REGULATOR', org: 'PROVINCE-COMMERCE' }))).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('forbids a tax officer of another zone', async () => {
    const otherZone = list.zone === 'YUNFU' ? 'SHAOGUAN' : 'YUNFU';
    expect(errorOf(await stack.query(ISSUE, { invtNo: list.invtNo }, await as(taxOfficer(otherZone)))).code).toBe('FORBIDDEN');
  });
});

// ---------------------------------------------------------------------------------------------
// 无票免税

const ASSESS_EXEMPTION = `mutation($invtNo: String!) { assessInvoiceFreeExemption(invtNo: $invtNo) {
  invtNo revision zone ebcCode customsCode listStatusCode exempt reasons { code message } lines { gnum hsCode exempt reasons { code } } } }`;

interface Exemption {
  invtNo: string; revision: number; zone: string; ebcCode: string; listStatusCode: number; exempt: boolean;
  reasons: { code: string; message: string }[]; lines: { gnum: number; exempt: boolean; reasons: { code: string }[] }[];
}

describe('assessInvoiceFreeExemption: 无票免税 for exports without purchase invoices (财税〔2018〕103号)', () => {
  it('exempts the goods of a released export list of a zone e-commerce enterprise, and records the decision once', async () => {
    const exported = findOrder((o) => o.direction === 'EXPORT' && o.inventoryList?.statusCode === 800, 'released export list');
    const headers = await as(taxOfficer(exported.zone));
    const { data, errors } = await stack.query<{ assessInvoiceFreeExemption: Exemption }>(ASSESS_EXEMPTION, { invtNo: exported.inventoryList!.invtNo }, headers);
    expect(errors).toBeUndefined();
    expect(data!.assessInvoiceFreeExemption).toMatchObject({ invtNo: exported.inventoryList!.invtNo, revision: 1, zone: exported.zone, ebcCode: exported.ebcCode, listStatusCode: 800, exempt: true, reasons: [] });
    expect(data!.assessInvoiceFreeExemption.lines.every((l) => l.exempt)).toBe(true);

    const again = await stack.query<{ assessInvoiceFreeExemption: Exemption }>(ASSESS_EXEMPTION, { invtNo: exported.inventoryList!.invtNo }, await as(TAX_SYSTEM));
    expect(again.data!.assessInvoiceFreeExemption.revision).toBe(1);
    expect(await taxDb.invoiceFreeExemption.count({ where: { invtNo: exported.inventoryList!.invtNo } })).toBe(1);

    const shown = await stack.query<{ inventoryList: { invoiceFreeExemption: { exempt: boolean } }; enterprise: { invoiceFreeExemptions: { invtNo: string }[] } }>(
      `query($invtNo: String!, $uscc: ID!) { inventoryList(invtNo: $invtNo) { invoiceFreeExemption { exempt } }
        enterprise(uscc: $uscc) { invoiceFreeExemptions(first: 5) { invtNo } } }`,
      { invtNo: exported.inventoryList!.invtNo, uscc: exported.ebcCode },
    );
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.inventoryList.invoiceFreeExemption.exempt).toBe(true);
    expect(shown.data!.enterprise.invoiceFreeExemptions.map((e) => e.invtNo)).toContain(exported.inventoryList!.invtNo);
  });

  it('refuses a list customs has not released, then exempts it in a new revision once customs released it', async () => {
    const pending = findOrder((o) => o.direction === 'EXPORT' && o.inventoryList?.statusCode === 120, 'export list only accepted');
    const invtNo = pending.inventoryList!.invtNo;
    const refused = await stack.query<{ assessInvoiceFreeExemption: Exemption }>(ASSESS_EXEMPTION, { invtNo }, await as(TAX_SYSTEM));
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.assessInvoiceFreeExemption).toMatchObject({ revision: 1, exempt: false, listStatusCode: 120 });
    expect(refused.data!.assessInvoiceFreeExemption.reasons).toEqual([
      { code: 'NOT_RELEASED_BY_CUSTOMS', message: `inventory list ${invtNo} has receipt status 120, not released (800) or cleared (899)` },
    ]);

    // Customs releases the list (its own write path, done here directly in its database).
    await customsDb.$executeRawUnsafe('UPDATE inventory_list SET status_code = 800 WHERE invt_no = $1', invtNo);
    const granted = await stack.query<{ assessInvoiceFreeExemption: Exemption }>(ASSESS_EXEMPTION, { invtNo }, await as(TAX_SYSTEM));
    expect(granted.data!.assessInvoiceFreeExemption).toMatchObject({ revision: 2, exempt: true, listStatusCode: 800, reasons: [] });
  });

  it('refuses an import list, and forbids callers other than tax', async () => {
    const imported = findOrder((o) => o.direction === 'IMPORT' && o.inventoryList !== null, 'import list');
    expect(refusalOf(await stack.query(ASSESS_EXEMPTION, { invtNo: imported.inventoryList!.invtNo }, await as(TAX_SYSTEM))).reason).toBe('NOT_AN_EXPORT');
    expect(errorOf(await stack.query(ASSESS_EXEMPTION, { invtNo: imported.inventoryList!.invtNo }, await as(CUSTOMS_SYSTEM))).code).toBe('FORBIDDEN');
    // The platform's variant of the API has no tax mutations at all.
    expect(errorOf(await stack.query(ASSESS_EXEMPTION, { invtNo: imported.inventoryList!.invtNo })).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

// ---------------------------------------------------------------------------------------------
// 核定征收

const ASSESS_DEEMED = `mutation($input: DeemedIncomeTaxInput!) { assessDeemedIncomeTax(input: $input) {
  uscc year revision zone status revenue deemedProfitRate taxableIncome smallLowProfit conditions { condition value limit met }
  rateApplied taxDue revocationReason revocationLegalBasis } }`;

interface Assessment {
  uscc: string; year: number; revision: number; status: string; taxableIncome: string | null; smallLowProfit: boolean | null;
  conditions: { condition: string; value: string; limit: string; met: boolean }[]; rateApplied: string | null; taxDue: string | null;
  revocationReason: string | null; revocationLegalBasis: string | null;
}

describe('assessDeemedIncomeTax: 核定征收 at 4% of revenue (国家税务总局公告2019年第36号)', () => {
  const sellers = () => enterprises.filter((e) => e.roles.includes('ECOMMERCE') && !e.roles.includes('PLATFORM'));
  const assess = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    stack.query<{ assessDeemedIncomeTax: Assessment }>(ASSESS_DEEMED, { input }, headers ?? await as(TAX_SYSTEM));
  const atLimits = { year: 2025, revenue: '75000000.00', employees: 300, totalAssets: '50000000.00' };

  it('grants the small low-profit preference at exactly CNY 3m taxable income, 300 employees and CNY 50m assets', async () => {
    const seller = sellers()[0]!;
    const { data, errors } = await assess({ uscc: seller.uscc, ...atLimits }, await as(taxOfficer(seller.zone)));
    expect(errors).toBeUndefined();
    expect(data!.assessDeemedIncomeTax).toMatchObject({
      uscc: seller.uscc, year: 2025, revision: 1, status: 'ASSESSED', taxableIncome: '3000000.00', smallLowProfit: true, rateApplied: '0.05', taxDue: '150000.00',
    });
    expect(data!.assessDeemedIncomeTax.conditions).toEqual([
      { condition: 'TAXABLE_INCOME', value: '3000000.00', limit: '3000000.00', met: true },
      { condition: 'EMPLOYEES', value: '300', limit: '300', met: true },
      { condition: 'TOTAL_ASSETS', value: '50000000.00', limit: '50000000.00', met: true },
    ]);
    // The same figures again: the recorded assessment, no new revision.
    expect((await assess({ uscc: seller.uscc, ...atLimits })).data!.assessDeemedIncomeTax.revision).toBe(1);
  });

  it.each([
    ['one fen of taxable income above CNY 3m', { revenue: '75000000.25' }, 'TAXABLE_INCOME', '750000.00'],
    ['301 employees', { employees: 301 }, 'EMPLOYEES', '750000.00'],
    ['one fen of assets above CNY 50m', { totalAssets: '50000000.01' }, 'TOTAL_ASSETS', '750000.00'],
  ])('taxes at 25%% without the preference with %s', async (_case, override, failing, taxDue) => {
    const seller = sellers()[1]!;
    const { data, errors } = await assess({ uscc: seller.uscc, ...atLimits, year: 2024, ...override });
    expect(errors).toBeUndefined();
    const assessment = data!.assessDeemedIncomeTax;
    expect(assessment).toMatchObject({ status: 'ASSESSED', smallLowProfit: false, rateApplied: '0.25', taxDue });
    expect(assessment.conditions.filter((c) => !c.met).map((c) => c.condition)).toEqual([failing]);
  });

  it('keeps each different assessment of a year as a revision and shows the latest on the enterprise', async () => {
    const seller = sellers()[1]!;
    const rows = await taxDb.deemedIncomeTaxAssessment.findMany({ where: { uscc: seller.uscc, year: 2024 }, orderBy: { revision: 'asc' } });
    expect(rows.map((r) => r.revision)).toEqual([1, 2, 3]);
    const { data } = await stack.query<{ enterprise: { deemedIncomeTax: { revision: number; taxDue: string } | null; none: null } }>(
      'query($uscc: ID!) { enterprise(uscc: $uscc) { deemedIncomeTax(year: 2024) { revision taxDue } none: deemedIncomeTax(year: 2023) { revision } } }',
      { uscc: seller.uscc },
    );
    expect(data!.enterprise.deemedIncomeTax).toEqual({ revision: 3, taxDue: '750000.00' });
    expect(data!.enterprise.none).toBeNull();
  });

  it('records deemed levy as revoked for an enterprise on the negative list, with the listing\'s reason', async () => {
    const seller = sellers()[2]!;
    const listed = await stack.query(
      'mutation($uscc: ID!) { placeOnNegativeList(uscc: $uscc, reason: "false export declarations", legalBasis: "粤府函〔2022〕58号 联合惩戒") { uscc } }',
      { uscc: seller.uscc }, await as({ role: 'SYSTEM', org: 'SYSTEM-COMMERCE', department: 'commerce' }),
    );
    expect(listed.errors).toBeUndefined();
    const { data, errors } = await assess({ uscc: seller.uscc, ...atLimits });
    expect(errors).toBeUndefined();
    expect(data!.assessDeemedIncomeTax).toMatchObject({
      status: 'REVOKED', taxableIncome: null, smallLowProfit: null, conditions: [], taxDue: null,
      revocationReason: 'on the negative list: false export declarations', revocationLegalBasis: '粤府函〔2022〕58号 联合惩戒',
    });
  });

  it('names each wrong figure, and a taxable income that is not 4% of revenue', async () => {
    const seller = sellers()[0]!;
    const bad = await assess({ uscc: seller.uscc, year: 2019, revenue: '-1.00', employees: -1, totalAssets: '-0.01' });
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
    expect((bad.errors![0]!.extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual(['input.year', 'input.revenue', 'input.totalAssets', 'input.employees']);
    const mismatch = await assess({ uscc: seller.uscc, ...atLimits, taxableIncome: '2999999.99' });
    expect(errorOf(mismatch).message).toContain('input.taxableIncome: must equal 4% of revenue, 3000000.00');
  });

  it('forbids the customs system and tax officers of another zone', async () => {
    const seller = sellers()[0]!;
    expect(errorOf(await assess({ uscc: seller.uscc, ...atLimits }, await as(CUSTOMS_SYSTEM))).code).toBe('FORBIDDEN');
    const otherZone = seller.zone === 'YUNFU' ? 'SHAOGUAN' : 'YUNFU';
    expect(errorOf(await assess({ uscc: seller.uscc, ...atLimits }, await as(taxOfficer(otherZone)))).code).toBe('FORBIDDEN');
  });
});
