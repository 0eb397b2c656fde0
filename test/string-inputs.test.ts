import { idNumberCheckChar, usccCheckChar } from '@zone/common';
import type { CommercePrisma } from '../subgraphs/commerce/src';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * Strings and inline literals through the gateway: control characters and over-long values are
 * BAD_USER_INPUT naming the field and write nothing; a value refused by a shared scalar gets the
 * same error whether it is written inline or sent as a variable.
 */

let stack: Stack;
let commerceDb: CommercePrisma;
let platform: string;
let seller: string;
let payer: string;

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack({ trustedDocuments: false, contracts: false });
  commerceDb = stack.runtimes.commerce.prisma as unknown as CommercePrisma;
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: { uscc: string; roles: string[] } }[] } }>(
    '{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc roles } } } }',
  );
  expect(errors).toBeUndefined();
  const withRole = (role: string) => data!.enterprises.edges.map((e) => e.node).find((e) => e.roles.includes(role))!.uscc;
  platform = withRole('PLATFORM');
  seller = withRole('ECOMMERCE');
  payer = withRole('PAYMENT');
});

afterAll(async () => {
  await stack?.close();
});

const first17 = '44020319000101777';
const idNumber = first17 + idNumberCheckChar(first17);

function orderInput(orderNo: string, overrides: Record<string, unknown> = {}, buyer: Record<string, unknown> = {}) {
  return {
    ebpCode: platform, orderNo, direction: 'IMPORT', tradeMode: '9610', ebcCode: seller,
    goodsValue: '100.00', freight: '10.00', discount: '0.00', taxTotal: '9.10', actualPaid: '119.10', currency: 'CNY',
    buyer: { name: '王小明', idType: '1', idNumber, phone: '13812345678', ...buyer },
    consignee: '王小明', consigneeAddress: '韶关市浈江区某路1号', payCode: payer, payTransactionId: `PAY-${orderNo}`,
    orderedAt: new Date(Date.now() - 3600_000).toISOString(),
    items: [{ gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '1', unit: '122', price: '100.00', totalPrice: '100.00', country: 'NZL' }],
    ...overrides,
  };
}

const SUBMIT = 'mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }';

/** The input as a GraphQL literal (enum values unquoted). */
function literal(value: unknown, key = ''): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v)).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v, k)}`).join(', ')} }`;
  if (key === 'direction') return String(value);
  return JSON.stringify(value);
}

const ordersNumbered = (orderNo: string) => commerceDb.order.count({ where: { ebpCode: platform, orderNo } });

function badInput(response: GraphQLResponse<{ submitOrder?: unknown }>) {
  expect(response.data?.submitOrder ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
  return { message: error!.message, problems: error!.extensions?.problems };
}

describe('string inputs through the gateway', () => {
  it('accepts the order the refusals below start from', async () => {
    const response = await stack.query(SUBMIT, { input: orderInput('STR-OK-1') });
    expect(response.errors).toBeUndefined();
    expect(await ordersNumbered('STR-OK-1')).toBe(1);
  });

  it.each([
    ['the buyer name', { }, { name: '王\u0000明' }, 'input.buyer.name', 'contains a control character U+0000 at character 2'],
    ['the consignee address', { consigneeAddress: '韶关市\u0000' }, {}, 'input.consigneeAddress', 'contains a control character U+0000 at character 4'],
    ['an item name', { items: [{ gnum: 1, itemNo: 'SKU-1', itemName: '奶粉\u0000', hsCode: '1901101000', qty: '1', unit: '122', price: '100.00', totalPrice: '100.00', country: 'NZL' }] }, {}, 'input.items[0].itemName', 'contains a control character U+0000 at character 3'],
    ['a Decimal', { freight: '10.00\u0000' }, {}, 'input.freight', 'contains a control character U+0000 at character 6'],
    ['a DateTime', { orderedAt: '2026-01-01T00:00:00Z\u0000' }, {}, 'input.orderedAt', 'contains a control character U+0000 at character 21'],
    ['a USCC', { payCode: `${'9'.repeat(17)}\u0000` }, {}, 'input.payCode', 'contains a control character U+0000 at character 18'],
  ])('refuses a NUL in %s as BAD_USER_INPUT naming the field, and writes nothing', async (_case, overrides, buyer, field, reason) => {
    const orderNo = `STR-NUL-${field}`.slice(0, 60);
    const response = await stack.query(SUBMIT, { input: orderInput(orderNo, overrides, buyer) });
    expect(badInput(response)).toEqual({ message: `Invalid input. ${field}: ${reason}`, problems: [{ field, reason }] });
    expect(await ordersNumbered(orderNo)).toBe(0);
  });

  it('refuses a buyer name of 150,000 characters, and stores nothing', async () => {
    const response = await stack.query(SUBMIT, { input: orderInput('STR-LONG-1', {}, { name: '王'.repeat(150_000) }) });
    expect(badInput(response).problems).toEqual([{ field: 'input.buyer.name', reason: 'must be at most 60 characters' }]);
    expect(JSON.stringify(response).length).toBeLessThan(2000);
    expect(await ordersNumbered('STR-LONG-1')).toBe(0);
  });

  it('refuses an order number longer than the standard\'s 60 characters', async () => {
    const orderNo = 'N'.repeat(61);
    expect(badInput(await stack.query(SUBMIT, { input: orderInput(orderNo, { payTransactionId: 'PAY-LONG-1' }) })).problems).toEqual([{ field: 'input.orderNo', reason: 'must be at most 60 characters' }]);
    expect(await ordersNumbered(orderNo)).toBe(0);
  });

  it('refuses a control character in a query argument, inline and as a variable', async () => {
    const asVariable = await stack.query('query($no: String!) { order(ebpCode: "91440200MA4W000000", orderNo: $no) { orderNo } }', { no: 'A\u0007' });
    const inline = await stack.query('{ order(ebpCode: "91440200MA4W000000", orderNo: "A\\u0007") { orderNo } }');
    for (const response of [asVariable, inline]) {
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'orderNo', reason: 'contains a control character U+0007 at character 2' }] });
    }
  });

  it('keeps line feeds in multi-line free text and refuses them in a single-line field', async () => {
    const officer = await stack.token({ role: 'OFFICER', org: 'COMMERCE-SG', department: 'commerce', zone: 'SHAOGUAN' });
    const headers = { authorization: `Bearer ${officer}` };
    const refused = await stack.query('mutation($r: String!) { placeOnNegativeList(uscc: "X\\n", reason: $r, legalBasis: "basis") { uscc } }', { r: 'first line\nsecond line' }, headers);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'uscc', reason: 'contains a control character U+000A at character 2' }] });
    const tab = await stack.query('mutation($r: String!) { placeOnNegativeList(uscc: "X", reason: $r, legalBasis: "basis") { uscc } }', { r: 'first\tline' }, headers);
    expect(tab.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'reason', reason: 'contains a control character U+0009 at character 6 (only line feeds U+000A are allowed)' }] });
  });
});

describe('inline literals through the gateway', () => {
  const wrongCheck = (uscc: string) => uscc.slice(0, 17) + (usccCheckChar(uscc.slice(0, 17)) === '0' ? '1' : '0');

  it('refuses a bad USCC written inline with the same error as the same USCC sent as a variable', async () => {
    const input = orderInput('STR-INLINE-1', { ebcCode: wrongCheck(seller) });
    const asVariable = await stack.query(SUBMIT, { input });
    const inline = await stack.query(`mutation { submitOrder(input: ${literal(input)}) { outcome } }`);
    const expected = {
      message: `Invalid input. input.ebcCode: check character is ${wrongCheck(seller).charAt(17)}, expected ${seller.charAt(17)}`,
      problems: [{ field: 'input.ebcCode', reason: `check character is ${wrongCheck(seller).charAt(17)}, expected ${seller.charAt(17)}` }],
    };
    expect(badInput(asVariable)).toEqual(expected);
    expect(badInput(inline)).toEqual(expected);
    expect(await ordersNumbered('STR-INLINE-1')).toBe(0);
  });

  it('names every refused scalar of an inline input at once, as for variables', async () => {
    const input = orderInput('STR-INLINE-2', { ebpCode: wrongCheck(platform), currency: 'XXX', items: [{ ...orderInput('x').items[0], hsCode: '99' }] });
    const asVariable = badInput(await stack.query(SUBMIT, { input }));
    const inline = badInput(await stack.query(`mutation { submitOrder(input: ${literal(input)}) { outcome } }`));
    expect(inline).toEqual(asVariable);
    expect((asVariable.problems as { field: string }[]).map((p) => p.field)).toEqual(['input.ebpCode', 'input.currency', 'input.items[0].hsCode']);
  });
});
