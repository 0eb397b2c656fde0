import { hashIdNumber, idNumberCheckChar, usccCheckChar } from '@zone/common';
import type { CommercePrisma } from '../subgraphs/commerce/src';
import type { ForexPrisma } from '../subgraphs/forex/src';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/** Write paths of commerce (311/303 orders) and forex (411/403 payments), through the gateway over HTTP. */

let stack: Stack;
let commerceDb: CommercePrisma;
let forexDb: ForexPrisma;

interface SeededEnterprise {
  uscc: string;
  zone: string;
  roles: string[];
}
let platform: SeededEnterprise;
let seller: SeededEnterprise;
let payer: SeededEnterprise;

beforeAll(async () => {
  // The departments hash ID numbers under the key the test data was written with, as in production.
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack({ trustedDocuments: false, contracts: false });
  commerceDb = stack.runtimes.commerce.prisma as unknown as CommercePrisma;
  forexDb = stack.runtimes.forex.prisma as unknown as ForexPrisma;
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: SeededEnterprise }[] } }>(
    '{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc zone roles } } } }',
  );
  expect(errors).toBeUndefined();
  const enterprises = data!.enterprises.edges.map((e) => e.node);
  const withRole = (role: string) => {
    const found = enterprises.find((e) => e.roles.includes(role));
    if (!found) throw new Error(`the test data has no ${role} enterprise in SHAOGUAN`);
    return found;
  };
  platform = withRole('PLATFORM');
  seller = withRole('ECOMMERCE');
  payer = withRole('PAYMENT');
});

afterAll(async () => {
  await stack?.close();
});

/** A valid resident ID number (GB 11643) that no seeded resident has: born 1 Jan 1900. */
function residentId(serial: number): string {
  const first17 = `44020319000101${String(serial).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

const HOUR_AGO = new Date(Date.now() - 3600_000).toISOString();

function orderInput(orderNo: string, idNumber: string, overrides: Record<string, unknown> = {}) {
  return {
    ebpCode: platform.uscc,
    orderNo,
    direction: 'IMPORT',
    tradeMode: '9610',
    ebcCode: seller.uscc,
    goodsValue: '500.00',
    freight: '10.00',
    discount: '5.00',
    taxTotal: '45.50',
    actualPaid: '550.50',
    currency: 'CNY',
    buyer: { name: '王小明', idType: '1', idNumber, phone: '13812345678' },
    consignee: '王小明',
    consigneeAddress: '韶关市浈江区某路1号',
    payCode: payer.uscc,
    payTransactionId: `PAY-${orderNo}`,
    orderedAt: HOUR_AGO,
    items: [
      { gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.50', country: 'NZL' },
      { gnum: 2, itemNo: 'SKU-2', itemName: '面部精华液', hsCode: '3304990099', qty: '1', unit: '142', price: '199.50', totalPrice: '199.50', country: 'FRA' },
    ],
    ...overrides,
  };
}

interface Submission {
  outcome: 'CREATED' | 'UNCHANGED' | 'CHANGED';
  revision: number;
}

const SUBMIT_ORDER = `mutation($input: OrderInput!) { submitOrder(input: $input) {
  outcome revision order { ebpCode orderNo zone actualPaid freight } } }`;

async function submitOrder(input: Record<string, unknown>, headers?: Record<string, string>) {
  return stack.query<{ submitOrder: Submission & { order: { ebpCode: string; orderNo: string; zone: string; actualPaid: string; freight: string } } }>(
    SUBMIT_ORDER, { input }, headers,
  );
}

const SUBMIT_PAYMENT = (field: 'submitPayment' | 'submitPaymentReceived') => `mutation($input: PaymentInput!) { ${field}(input: $input) {
  outcome revision payment { payCode payTransactionId ebpCode orderNo direction zone amountPaid payer { name idType idNumberMasked } } } }`;

interface PaymentResult extends Submission {
  payment: { direction: string; zone: string; amountPaid: string; payer: { name: string; idType: string; idNumberMasked: string | null } };
}

async function submitPayment(input: Record<string, unknown>, field: 'submitPayment' | 'submitPaymentReceived' = 'submitPayment') {
  const response = await stack.query<Record<string, PaymentResult>>(SUBMIT_PAYMENT(field), { input });
  return { ...response, result: response.data?.[field] };
}

function paymentInput(orderNo: string, idNumber: string, overrides: Record<string, unknown> = {}) {
  return {
    payCode: payer.uscc,
    payTransactionId: `PAY-${orderNo}`,
    ebpCode: platform.uscc,
    orderNo,
    amountPaid: '550.50',
    currency: 'CNY',
    payTime: HOUR_AGO,
    payer: { name: '王小明', idType: '1', idNumber },
    zone: platform.zone,
    ...overrides,
  };
}

function problemFields(response: GraphQLResponse): string[] {
  expect(response.errors).toHaveLength(1);
  const error = response.errors![0]!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  return (error.extensions?.problems as { field: string }[]).map((p) => p.field);
}

async function orderRowCount(orderNo: string) {
  return commerceDb.order.count({ where: { ebpCode: platform.uscc, orderNo } });
}

async function orderRevisions(orderNo: string, ebpCode = platform.uscc) {
  return commerceDb.orderRevision.findMany({ where: { order: { ebpCode, orderNo } }, orderBy: { revision: 'asc' } });
}

const ORDER_NO = `WT${Date.now()}`;
const BUYER_ID = residentId(1);

describe('submitting an order (311 / 303)', () => {
  it('creates a new order as revision 1, readable with the buyer masked', async () => {
    const { data, errors } = await submitOrder(orderInput(ORDER_NO, BUYER_ID));
    expect(errors).toBeUndefined();
    expect(data!.submitOrder).toEqual({
      outcome: 'CREATED',
      revision: 1,
      order: { ebpCode: platform.uscc, orderNo: ORDER_NO, zone: platform.zone, actualPaid: '550.50', freight: '10.00' },
    });

    const read = await stack.query<{ order: Record<string, unknown> }>(
      `query($ebpCode: String!, $orderNo: String!) { order(ebpCode: $ebpCode, orderNo: $orderNo) {
        direction tradeMode zone ebcCode actualPaid consignee
        buyer { name idType idNumberMasked phone } items { gnum hsCode qty totalPrice } } }`,
      { ebpCode: platform.uscc, orderNo: ORDER_NO },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.order).toEqual({
      direction: 'IMPORT',
      tradeMode: '9610',
      zone: platform.zone,
      ebcCode: seller.uscc,
      actualPaid: '550.50',
      consignee: '王**',
      buyer: { name: '王**', idType: '1', idNumberMasked: `${BUYER_ID.slice(0, 3)}***********${BUYER_ID.slice(-4)}`, phone: '138****5678' },
      items: [
        { gnum: 1, hsCode: '1901101000', qty: '2.00', totalPrice: '300.50' },
        { gnum: 2, hsCode: '3304990099', qty: '1.00', totalPrice: '199.50' },
      ],
    });
  });

  it('answers UNCHANGED to the same content again and writes nothing', async () => {
    const created = await orderRevisions(ORDER_NO);
    const { data, errors } = await submitOrder(orderInput(ORDER_NO, BUYER_ID, { goodsValue: '500', freight: '10' }));
    expect(errors).toBeUndefined();
    expect(data!.submitOrder).toMatchObject({ outcome: 'UNCHANGED', revision: 1 });
    expect(await orderRowCount(ORDER_NO)).toBe(1);
    expect(await orderRevisions(ORDER_NO)).toEqual(created);
  });

  it('answers CHANGED to new content, shows the new amounts and keeps both revisions', async () => {
    const changed = orderInput(ORDER_NO, BUYER_ID, { freight: '12.00', actualPaid: '552.50' });
    const { data, errors } = await submitOrder(changed);
    expect(errors).toBeUndefined();
    expect(data!.submitOrder).toMatchObject({ outcome: 'CHANGED', revision: 2, order: { freight: '12.00', actualPaid: '552.50' } });

    const read = await stack.query<{ order: { freight: string; actualPaid: string } }>(
      `{ order(ebpCode: "${platform.uscc}", orderNo: "${ORDER_NO}") { freight actualPaid } }`,
    );
    expect(read.data!.order).toEqual({ freight: '12.00', actualPaid: '552.50' });
    expect(await orderRowCount(ORDER_NO)).toBe(1);
    const revisions = await orderRevisions(ORDER_NO);
    expect(revisions.map((r) => [r.revision, r.appType, r.recordedBy])).toEqual([[1, 1, 'ZONE-PLATFORM'], [2, 2, 'ZONE-PLATFORM']]);
    expect(revisions[1]!.content).toMatchObject({ freight: '12.00', actualPaid: '552.50' });
    const row = await commerceDb.order.findUniqueOrThrow({ where: { ebpCode_orderNo: { ebpCode: platform.uscc, orderNo: ORDER_NO } } });
    expect(row.revision).toBe(2);
    expect(row.contentHash).toBe(revisions[1]!.contentHash);
  });

  it('creates one order when the same new order arrives twice at once', async () => {
    const orderNo = `${ORDER_NO}-RACE`;
    const input = orderInput(orderNo, residentId(2));
    const results = await Promise.all([submitOrder(input), submitOrder(input), submitOrder(input)]);
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results.map((r) => r.data!.submitOrder.outcome).sort()).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED']);
    expect(await orderRowCount(orderNo)).toBe(1);
    expect(await orderRevisions(orderNo)).toHaveLength(1);
  });

  it('numbers concurrent changes of one order one after the other', async () => {
    const orderNo = `${ORDER_NO}-CHANGES`;
    const idNumber = residentId(7);
    expect((await submitOrder(orderInput(orderNo, idNumber))).data!.submitOrder.outcome).toBe('CREATED');
    const results = await Promise.all(['11.00', '12.00', '13.00'].map((freight) =>
      submitOrder(orderInput(orderNo, idNumber, { freight, actualPaid: (540.5 + Number(freight)).toFixed(2) }))));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results.map((r) => r.data!.submitOrder.outcome)).toEqual(['CHANGED', 'CHANGED', 'CHANGED']);
    expect(results.map((r) => r.data!.submitOrder.revision).sort()).toEqual([2, 3, 4]);
    const revisions = await orderRevisions(orderNo);
    expect(revisions.map((r) => r.revision)).toEqual([1, 2, 3, 4]);
    const row = await commerceDb.order.findUniqueOrThrow({ where: { ebpCode_orderNo: { ebpCode: platform.uscc, orderNo } } });
    expect(row.revision).toBe(4);
    expect(row.contentHash).toBe(revisions[3]!.contentHash);
  });

  it('names every wrong field of a bad order in one BAD_USER_INPUT error and writes nothing', async () => {
    const orderNo = `${ORDER_NO}-BAD`;
    const bad = orderInput(orderNo, residentId(3), {
      tradeMode: '9810',
      actualPaid: '550.51',
      buyer: { name: '王小明', idType: '1', phone: '13812345678' },
      orderedAt: new Date(Date.now() + 86_400_000).toISOString(),
      items: [
        { gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.50', country: 'NZL' },
        { gnum: 1, itemNo: 'SKU-2', itemName: '面部精华液', hsCode: '3304990099', qty: '1', unit: '142', price: '199.50', totalPrice: '199.49', country: 'FRA' },
      ],
    });
    const response = await submitOrder(bad);
    expect(response.data).toBeNull();
    expect(problemFields(response)).toEqual([
      'input.tradeMode',
      'input.actualPaid',
      'input.items[1].gnum',
      'input.items[1].totalPrice',
      'input.goodsValue',
      'input.buyer.idNumber',
      'input.orderedAt',
    ]);
    expect(response.errors![0]!.message).toContain('input.items[1].totalPrice: must equal qty × price rounded to the fen, 199.50; got 199.49');
    expect(await orderRowCount(orderNo)).toBe(0);
  });

  it('reports values the schema scalars reject (HS code, ID number) as BAD_USER_INPUT naming the field, never echoing the value', async () => {
    const orderNo = `${ORDER_NO}-SCALAR`;
    const idNumber = residentId(5);
    const wrongCheck = idNumber.slice(0, 17) + (idNumber.endsWith('0') ? '1' : '0');
    const input = orderInput(orderNo, wrongCheck, {});
    const response = await submitOrder({ ...input, items: [{ ...input.items[0], hsCode: '19011010' }, ...input.items.slice(1)] });
    expect(response.data ?? null).toBeNull();
    const messages = (response.errors ?? []).map((e) => e.message).join('\n');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(messages).toContain('input.buyer.idNumber');
    expect(messages).toContain('check digit does not match');
    expect(messages).not.toContain(wrongCheck);
    expect(messages).not.toContain('department is unavailable');
    expect(await orderRowCount(orderNo)).toBe(0);
  });

  it('rejects an order whose platform is not a registered enterprise', async () => {
    const first17 = `91${platform.uscc.slice(2, 8)}000000000`;
    const unregistered = first17 + usccCheckChar(first17);
    const lookup = await stack.query<{ enterprise: unknown }>(`{ enterprise(uscc: "${unregistered}") { uscc } }`);
    expect(lookup.data!.enterprise).toBeNull();

    const response = await submitOrder(orderInput(`${ORDER_NO}-UNREG`, residentId(4), { ebpCode: unregistered }));
    expect(problemFields(response)).toEqual(['input.ebpCode']);
    expect(response.errors![0]!.message).toContain('input.ebpCode: is not a registered enterprise');
  });

  it('rejects an order whose platform is registered without the PLATFORM role', async () => {
    const response = await submitOrder(orderInput(`${ORDER_NO}-NOTPF`, residentId(5), { ebpCode: payer.uscc }));
    expect(problemFields(response)).toEqual(['input.ebpCode']);
  });

  it('refuses a bank, which may only read', async () => {
    const token = await stack.token({ role: 'BANK', org: 'BANK-OF-TEST' });
    const response = await submitOrder(orderInput(`${ORDER_NO}-BANK`, residentId(6)), { authorization: `Bearer ${token}` });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await orderRowCount(`${ORDER_NO}-BANK`)).toBe(0);
  });

  it('answers UNCHANGED to an order of the demo data submitted again as stored, and keeps its first content when it changes', async () => {
    // Export orders carry no ID number, so the stored row holds everything the submission had.
    const seeded = await commerceDb.order.findFirstOrThrow({
      where: { direction: 'EXPORT', contentHash: null, orderedAt: { lt: new Date(Date.now() - 3600_000) } },
      include: { items: { orderBy: { gnum: 'asc' } } },
    });
    const input = {
      ebpCode: seeded.ebpCode, orderNo: seeded.orderNo, direction: seeded.direction, tradeMode: seeded.tradeMode, ebcCode: seeded.ebcCode,
      goodsValue: seeded.goodsValue.toFixed(2), freight: seeded.freight.toFixed(2), discount: seeded.discount.toFixed(2),
      taxTotal: seeded.taxTotal.toFixed(2), actualPaid: seeded.actualPaid.toFixed(2), currency: seeded.currency,
      buyer: { name: seeded.buyerName, idType: seeded.buyerIdType, phone: seeded.buyerPhone },
      consignee: seeded.consignee, consigneeAddress: seeded.consigneeAddress, payCode: seeded.payCode,
      payTransactionId: seeded.payTransactionId, orderedAt: seeded.orderedAt.toISOString(),
      items: seeded.items.map((i) => ({
        gnum: i.gnum, itemNo: i.itemNo, itemName: i.itemName, hsCode: i.hsCode, qty: i.qty.toFixed(2), unit: i.unit,
        price: i.price.toFixed(2), totalPrice: i.totalPrice.toFixed(2), country: i.country,
      })),
    };
    const again = await submitOrder(input);
    expect(again.errors).toBeUndefined();
    expect(again.data!.submitOrder).toMatchObject({ outcome: 'UNCHANGED', revision: 1 });
    expect(await orderRevisions(seeded.orderNo, seeded.ebpCode)).toEqual([]);

    const freight = seeded.freight.add(1).toFixed(2);
    const actualPaid = seeded.actualPaid.add(1).toFixed(2);
    const changed = await submitOrder({ ...input, freight, actualPaid });
    expect(changed.data!.submitOrder).toMatchObject({ outcome: 'CHANGED', revision: 2 });
    const revisions = await orderRevisions(seeded.orderNo, seeded.ebpCode);
    expect(revisions.map((r) => [r.revision, r.appType, r.recordedBy])).toEqual([[1, 1, null], [2, 2, 'ZONE-PLATFORM']]);
    expect(revisions[0]!.content).toMatchObject({ freight: seeded.freight.toFixed(2) });
    expect(revisions[1]!.content).toMatchObject({ freight });
  });
});

describe('submitting a payment (411 / 403)', () => {
  const orderNo = ORDER_NO;
  const PAYMENT = `query($payCode: String!, $id: String!) { payment(payCode: $payCode, payTransactionId: $id) { amountPaid direction } }`;

  it('creates a new payment as revision 1, readable by its key and from its order', async () => {
    const { result, errors } = await submitPayment(paymentInput(orderNo, BUYER_ID));
    expect(errors).toBeUndefined();
    expect(result).toMatchObject({
      outcome: 'CREATED',
      revision: 1,
      payment: {
        direction: 'IMPORT', zone: platform.zone, amountPaid: '550.50',
        payer: { name: '王**', idType: '1', idNumberMasked: `${BUYER_ID.slice(0, 3)}***********${BUYER_ID.slice(-4)}` },
      },
    });
    const read = await stack.query<{ payment: unknown }>(PAYMENT, { payCode: payer.uscc, id: `PAY-${orderNo}` });
    expect(read.data!.payment).toEqual({ amountPaid: '550.50', direction: 'IMPORT' });
    const viaOrder = await stack.query<{ order: { payment: { amountPaid: string } } }>(
      `{ order(ebpCode: "${platform.uscc}", orderNo: "${orderNo}") { actualPaid payment { amountPaid } } }`,
    );
    expect(viaOrder.errors).toBeUndefined();
    expect(viaOrder.data!.order.payment.amountPaid).toBe('550.50');
  });

  it('answers UNCHANGED to the same content again and writes nothing', async () => {
    const before = await forexDb.paymentRevision.findMany({ where: { payment: { payCode: payer.uscc, payTransactionId: `PAY-${orderNo}` } } });
    const { result, errors } = await submitPayment(paymentInput(orderNo, BUYER_ID, { amountPaid: '550.5' }));
    expect(errors).toBeUndefined();
    expect(result).toMatchObject({ outcome: 'UNCHANGED', revision: 1 });
    expect(await forexDb.payment.count({ where: { payCode: payer.uscc, payTransactionId: `PAY-${orderNo}` } })).toBe(1);
    expect(await forexDb.paymentRevision.findMany({ where: { payment: { payCode: payer.uscc, payTransactionId: `PAY-${orderNo}` } } })).toEqual(before);
  });

  it('answers CHANGED to a new amount and shows it', async () => {
    const before = await forexDb.paymentRevision.findFirstOrThrow({ where: { payment: { payCode: payer.uscc, payTransactionId: `PAY-${orderNo}` } } });
    const { result, errors } = await submitPayment(paymentInput(orderNo, BUYER_ID, { amountPaid: '552.50' }));
    expect(errors).toBeUndefined();
    expect(result).toMatchObject({ outcome: 'CHANGED', revision: 2, payment: { amountPaid: '552.50' } });
    const read = await stack.query<{ payment: unknown }>(PAYMENT, { payCode: payer.uscc, id: `PAY-${orderNo}` });
    expect(read.data!.payment).toEqual({ amountPaid: '552.50', direction: 'IMPORT' });
    const revisions = await forexDb.paymentRevision.findMany({ where: { paymentId: before.paymentId }, orderBy: { revision: 'asc' } });
    expect(revisions.map((r) => [r.revision, r.appType])).toEqual([[1, 1], [2, 2]]);
  });

  it('records a payment received for an export order (403) from a payer abroad', async () => {
    const input = paymentInput(`${ORDER_NO}-EXP`, BUYER_ID, { currency: 'USD', payer: { name: 'John Smith', idType: '2' } });
    const { result, errors } = await submitPayment(input, 'submitPaymentReceived');
    expect(errors).toBeUndefined();
    expect(result).toMatchObject({ outcome: 'CREATED', payment: { direction: 'EXPORT', payer: { name: 'J*********', idType: '2', idNumberMasked: null } } });
  });

  it('refuses a second payment of the same order under another transaction', async () => {
    const { errors } = await submitPayment(paymentInput(orderNo, BUYER_ID, { payTransactionId: `PAY-${orderNo}-2` }));
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await forexDb.payment.count({ where: { ebpCode: platform.uscc, orderNo } })).toBe(1);
  });

  it('names every wrong field of a bad payment in one BAD_USER_INPUT error and writes nothing', async () => {
    const bad = paymentInput(`${ORDER_NO}-BADPAY`, BUYER_ID, {
      // Within the SDL's 60 characters, so the payment rule, not the string rule, judges it with the others.
      payTransactionId: ' T',
      amountPaid: '0.00',
      payTime: new Date(Date.now() + 86_400_000).toISOString(),
      payer: { name: '王小明', idType: '2', idNumber: BUYER_ID },
    });
    const response = await submitPayment(bad);
    expect(response.data).toBeNull();
    expect(problemFields(response)).toEqual(['input.payTransactionId', 'input.amountPaid', 'input.payTime', 'input.payer.idType', 'input.payer.idNumber']);
    expect(await forexDb.payment.count({ where: { ebpCode: platform.uscc, orderNo: `${ORDER_NO}-BADPAY` } })).toBe(0);
  });
});

describe('ID numbers at rest', () => {
  const submitted = [BUYER_ID, residentId(2), residentId(7)];

  it('stores no ID number in clear in any column or revision of commerce or forex', async () => {
    for (const idNumber of submitted) {
      const pattern = `%${idNumber}%`;
      const [commerce] = await commerceDb.$queryRaw<{ orders: number; items: number; revisions: number }[]>`
        SELECT (SELECT count(*)::int FROM "order" o WHERE o::text LIKE ${pattern}) AS orders,
               (SELECT count(*)::int FROM order_item i WHERE i::text LIKE ${pattern}) AS items,
               (SELECT count(*)::int FROM order_revision r WHERE r::text LIKE ${pattern}) AS revisions`;
      expect(commerce).toEqual({ orders: 0, items: 0, revisions: 0 });
      const [forex] = await forexDb.$queryRaw<{ payments: number; revisions: number }[]>`
        SELECT (SELECT count(*)::int FROM payment p WHERE p::text LIKE ${pattern}) AS payments,
               (SELECT count(*)::int FROM payment_revision r WHERE r::text LIKE ${pattern}) AS revisions`;
      expect(forex).toEqual({ payments: 0, revisions: 0 });
    }
  });

  it('keeps the ID number as the keyed hash under the configured key, the same in both departments', async () => {
    const expected = hashIdNumber(BUYER_ID, process.env.TEST_ID_HASH_KEY!);
    const order = await commerceDb.order.findUniqueOrThrow({ where: { ebpCode_orderNo: { ebpCode: platform.uscc, orderNo: ORDER_NO } } });
    const payment = await forexDb.payment.findUniqueOrThrow({ where: { payCode_payTransactionId: { payCode: payer.uscc, payTransactionId: `PAY-${ORDER_NO}` } } });
    expect(order.buyerIdHash).toBe(expected);
    expect(payment.payerIdHash).toBe(expected);
    const revisions = await orderRevisions(ORDER_NO);
    for (const revision of revisions) expect(revision.content).toMatchObject({ buyer: { idHash: expected, idMasked: order.buyerIdMasked } });
  });
});
