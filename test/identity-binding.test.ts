import { Client } from 'pg';
import { hashIdNumber, idNumberCheckChar } from '@zone/common';
import { demoResident } from '../scripts/demo/generate';
import { TEST_SEED } from './support/constants';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * An identity check counts for an order only when it is of the order's buyer (公告2018年第194号):
 * the buyer 司马明哲 is not in the resident registry; a check of another resident (a real MATCH)
 * made for the order must neither be recorded as the order's nor let its list be released.
 */

let stack: Stack;
let db: Client;

interface SeededEnterprise {
  uscc: string;
  roles: string[];
}
let platform: string;
let seller: string;
let payer: string;
let carrier: string;

const BUYER = '司马明哲';
/** Born 1 January 1900: no demo resident has this number, so the registry answers NO_RECORD. */
const BUYER_ID = (() => {
  const first17 = '44020319000101077';
  return first17 + idNumberCheckChar(first17);
})();
/** A resident the registry knows: checked under its own name, a MATCH. */
const OTHER_RESIDENT = demoResident(TEST_SEED, 3);
const ORDER_NO = `IB-${Date.now().toString(36).toUpperCase()}`;
const LOGISTICS_NO = `IB${Date.now()}`;
const HOUR_AGO = new Date(Date.now() - 3600_000).toISOString();
const ITEM = { gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.50', country: 'NZL' };

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack({ trustedDocuments: false });
  db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: SeededEnterprise }[] } }>(
    '{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc roles } } } }',
  );
  expect(errors).toBeUndefined();
  const enterprises = data!.enterprises.edges.map((e) => e.node);
  const withRole = (role: string, not?: string) => enterprises.find((e) => e.roles.includes(role) && (!not || !e.roles.includes(not)))!.uscc;
  platform = withRole('PLATFORM');
  seller = withRole('ECOMMERCE', 'PLATFORM');
  payer = withRole('PAYMENT');
  carrier = withRole('LOGISTICS');

  const must = async (query: string, variables: Record<string, unknown>) => {
    const response = await stack.query(query, variables);
    expect(response.errors).toBeUndefined();
  };
  await must('mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }', {
    input: {
      ebpCode: platform, orderNo: ORDER_NO, direction: 'IMPORT', tradeMode: '9610', ebcCode: seller,
      goodsValue: '300.50', freight: '10.00', discount: '0.00', taxTotal: '0.00', actualPaid: '310.50', currency: 'CNY',
      buyer: { name: BUYER, idType: '1', idNumber: BUYER_ID, phone: '13812345678' },
      consignee: BUYER, consigneeAddress: '韶关市浈江区某路1号', payCode: payer, payTransactionId: `PAY-${ORDER_NO}`, orderedAt: HOUR_AGO, items: [ITEM],
    },
  });
  await must('mutation($input: PaymentInput!) { submitPayment(input: $input) { outcome } }', {
    input: {
      payCode: payer, payTransactionId: `PAY-${ORDER_NO}`, ebpCode: platform, orderNo: ORDER_NO, amountPaid: '310.50', currency: 'CNY',
      payTime: HOUR_AGO, payer: { name: BUYER, idType: '1', idNumber: BUYER_ID }, zone: 'SHAOGUAN',
    },
  });
  await must('mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome } }', {
    input: {
      logisticsCode: carrier, logisticsNo: LOGISTICS_NO, ebpCode: platform, orderNo: ORDER_NO, zone: 'SHAOGUAN',
      freight: '10.00', insuredFee: '0.00', weight: '0.50', packNo: 1, consignee: BUYER, consigneeAddress: '韶关市浈江区某路1号',
    },
  });
}, 120_000);

afterAll(async () => {
  await db?.end();
  await stack?.close();
});

const VERIFY = `mutation($name: String!, $idNumber: IdNumber!, $ebpCode: String, $orderNo: String, $zone: Zone) {
  verifyIdentity(name: $name, idNumber: $idNumber, ebpCode: $ebpCode, orderNo: $orderNo, zone: $zone) { serialNo verdict } }`;

const checksOfOrder = async () =>
  (await db.query('SELECT verdict FROM public_security.identity_check WHERE ebp_code = $1 AND order_no = $2 ORDER BY serial_no', [platform, ORDER_NO])).rows.map((r) => r.verdict as string);

const DECLARE = `mutation($input: InventoryListInput!) {
  declareInventoryList(input: $input) { outcome list { invtNo status matching { matched reasons { code message } } releaseDecision { decision } } } }`;

interface Declared {
  declareInventoryList: { list: { invtNo: string; status: string; matching: { matched: boolean; reasons: { code: string; message: string }[] }; releaseDecision: { decision: string } | null } };
}

const declare = (): Promise<GraphQLResponse<Declared>> => stack.query<Declared>(DECLARE, {
  input: {
    copNo: `COP${ORDER_NO}`.slice(0, 20), customsCode: '5171', ebpCode: platform, orderNo: ORDER_NO, ebcCode: seller, logisticsCode: carrier, logisticsNo: LOGISTICS_NO,
    direction: 'IMPORT', tradeMode: '9610', zone: 'SHAOGUAN', freight: '10.00', insuredFee: '0.00', currency: 'CNY', items: [ITEM],
  },
});

describe('an identity check is of the order\'s buyer', () => {
  it('refuses a check of another resident made for the order, naming the field, and records nothing', async () => {
    const response = await stack.query(VERIFY, { name: OTHER_RESIDENT.name, idNumber: OTHER_RESIDENT.idNumber, ebpCode: platform, orderNo: ORDER_NO, zone: 'SHAOGUAN' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'idNumber' }] });
    expect(response.errors?.[0]?.message).toContain(`is not the ID number of the buyer of order ${ORDER_NO}`);
    expect(JSON.stringify(response)).not.toContain(OTHER_RESIDENT.idNumber);
    expect(await checksOfOrder()).toEqual([]);
  });

  it('does not release the list on a MATCH of another resident recorded for the order: IDENTITY_NOT_VERIFIED', async () => {
    // A check recorded for the order before checks were bound to its buyer: the other resident's, a MATCH.
    await db.query(
      `INSERT INTO public_security.identity_check (serial_no, id_hash, ebp_code, order_no, zone, verdict, checked_at, requested_by)
       VALUES ($1, $2, $3, $4, 'SHAOGUAN', 'MATCH', now(), 'ZONE-PLATFORM')`,
      [`GA-IB-${Date.now()}`.slice(0, 32), hashIdNumber(OTHER_RESIDENT.idNumber, process.env.TEST_ID_HASH_KEY!), platform, ORDER_NO],
    );
    const response = await declare();
    expect(response.errors).toBeUndefined();
    const { list } = response.data!.declareInventoryList;
    expect(list.matching.matched).toBe(false);
    expect(list.matching.reasons).toEqual([{ code: 'IDENTITY_NOT_VERIFIED', message: "the identity checked for the order is not the buyer's: its ID number differs from the buyer's" }]);
    expect(list.status).toBe('REJECTED');
    expect(list.releaseDecision?.decision).toBe('REJECT');
  });

  it('records the buyer\'s own check for the order, whose verdict then decides', async () => {
    const response = await stack.query<{ verifyIdentity: { verdict: string } }>(VERIFY, { name: BUYER, idNumber: BUYER_ID, ebpCode: platform, orderNo: ORDER_NO, zone: 'SHAOGUAN' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.verifyIdentity.verdict).toBe('NO_RECORD');
    const declared = await declare();
    expect(declared.errors).toBeUndefined();
    expect(declared.data!.declareInventoryList.list.matching.reasons).toEqual([{ code: 'IDENTITY_NOT_VERIFIED', message: "public security has no record of the buyer's ID number" }]);
  });
});
