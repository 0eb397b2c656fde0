import { idNumberCheckChar } from '@zone/common';
import type { CommercePrisma } from '../subgraphs/commerce/src';
import type { ForexPrisma } from '../subgraphs/forex/src';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * Writers of one business key are serialised: the same key sent 16 times at once with 4 different
 * contents answers every request with CREATED, UNCHANGED or CHANGED and its revision (never an
 * internal error or a CONFLICT), keeps every content it took as a revision, and ends with one of
 * the submitted contents.
 */

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

const SENDS_PER_KEY = 16;
const CONTENTS = ['韶关市浈江区某路1号', '韶关市武江区某路2号', '韶关市曲江区某路3号', '韶关市乐昌市某路4号'];
const HOUR_AGO = new Date(Date.now() - 3600_000).toISOString();
const RUN = Date.now().toString(36).toUpperCase();

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  // 640 writes queue behind 10 keys: on a busy machine the last of them waits longer than the usual 5 s.
  stack = await startStack({ trustedDocuments: false, contracts: false, subgraphTimeoutMs: 120_000 });
  commerceDb = stack.runtimes.commerce.prisma as unknown as CommercePrisma;
  forexDb = stack.runtimes.forex.prisma as unknown as ForexPrisma;
  const { data, errors } = await stack.query<{ enterprises: { edges: { node: SeededEnterprise }[] } }>(
    '{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc zone roles } } } }',
  );
  expect(errors).toBeUndefined();
  const enterprises = data!.enterprises.edges.map((e) => e.node);
  const withRole = (role: string) => enterprises.find((e) => e.roles.includes(role))!;
  platform = withRole('PLATFORM');
  seller = withRole('ECOMMERCE');
  payer = withRole('PAYMENT');
});

afterAll(async () => {
  await stack?.close();
});

/** A valid resident ID number no seeded resident has (born 1 Jan 1900). */
function residentId(serial: number): string {
  const first17 = `44020319000101${String(serial).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

function orderInput(orderNo: string, address: string) {
  return {
    ebpCode: platform.uscc, orderNo, direction: 'IMPORT', tradeMode: '9610', ebcCode: seller.uscc,
    goodsValue: '300.50', freight: '10.00', discount: '0.00', taxTotal: '0.00', actualPaid: '310.50', currency: 'CNY',
    buyer: { name: '王小明', idType: '1', idNumber: residentId(7), phone: '13812345678' },
    consignee: '王小明', consigneeAddress: address, payCode: payer.uscc, payTransactionId: `PAY-${orderNo}`, orderedAt: HOUR_AGO,
    items: [{ gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.50', country: 'NZL' }],
  };
}

function paymentInput(orderNo: string, amountPaid: string) {
  return {
    payCode: payer.uscc, payTransactionId: `PAY-${orderNo}`, ebpCode: platform.uscc, orderNo, amountPaid, currency: 'CNY',
    payTime: HOUR_AGO, payer: { name: '王小明', idType: '1', idNumber: residentId(7) }, zone: platform.zone,
  };
}

interface Answer {
  outcome: 'CREATED' | 'UNCHANGED' | 'CHANGED';
  revision: number;
}

/** Sends every content SENDS_PER_KEY / CONTENTS times, all at once, shuffled among each other. */
async function storm<T>(send: (content: number) => Promise<GraphQLResponse<T>>): Promise<GraphQLResponse<T>[]> {
  const sends = Array.from({ length: SENDS_PER_KEY }, (_, i) => i % CONTENTS.length);
  return Promise.all(sends.map((content) => send(content)));
}

/** What every key's answers must show, whatever order the writers ran in. */
function expectConsistent(answers: Answer[], revisionsKept: number[], finalRevision: number): void {
  const outcomes = answers.map((a) => a.outcome);
  expect(outcomes.filter((o) => o === 'CREATED')).toHaveLength(1);
  const written = answers.filter((a) => a.outcome !== 'UNCHANGED').map((a) => a.revision).sort((a, b) => a - b);
  // Every CREATED or CHANGED answer names a distinct revision, and those are exactly the revisions kept.
  expect(written).toEqual(revisionsKept);
  expect(written).toEqual(Array.from({ length: written.length }, (_, i) => i + 1));
  expect(finalRevision).toBe(written.length);
  for (const answer of answers.filter((a) => a.outcome === 'UNCHANGED')) expect(answer.revision).toBeLessThanOrEqual(finalRevision);
}

const SUBMIT_ORDER = 'mutation($input: OrderInput!) { submitOrder(input: $input) { outcome revision } }';
const SUBMIT_PAYMENT = 'mutation($input: PaymentInput!) { submitPayment(input: $input) { outcome revision } }';

describe('concurrent submissions of one business key', () => {
  it('answers 16 concurrent order submissions with 4 contents, for each of 10 keys, without an error', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `CW-${RUN}-O${i}`);
    const results = await Promise.all(keys.map((orderNo) => storm<{ submitOrder: Answer }>((content) => stack.query(SUBMIT_ORDER, { input: orderInput(orderNo, CONTENTS[content]!) }))));
    const errors = results.flat().flatMap((r) => r.errors ?? []);
    expect(errors).toEqual([]);
    for (const [i, orderNo] of keys.entries()) {
      const answers = results[i]!.map((r) => r.data!.submitOrder);
      const order = await commerceDb.order.findUniqueOrThrow({ where: { ebpCode_orderNo: { ebpCode: platform.uscc, orderNo } } });
      const kept = await commerceDb.orderRevision.findMany({ where: { orderId: order.id }, orderBy: { revision: 'asc' } });
      expectConsistent(answers, kept.map((r) => r.revision), order.revision);
      expect(CONTENTS).toContain(order.consigneeAddress);
      // The record holds the content of its latest revision.
      expect((kept.at(-1)!.content as { consigneeAddress: string }).consigneeAddress).toBe(order.consigneeAddress);
    }
  }, 180_000);

  it('answers 16 concurrent payment submissions with 4 contents, for each of 5 keys, without an error', async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `CW-${RUN}-P${i}`);
    const amounts = ['310.50', '310.51', '310.52', '310.53'];
    const results = await Promise.all(keys.map((orderNo) => storm<{ submitPayment: Answer }>((content) => stack.query(SUBMIT_PAYMENT, { input: paymentInput(orderNo, amounts[content]!) }))));
    expect(results.flat().flatMap((r) => r.errors ?? [])).toEqual([]);
    for (const [i, orderNo] of keys.entries()) {
      const answers = results[i]!.map((r) => r.data!.submitPayment);
      const payment = await forexDb.payment.findUniqueOrThrow({ where: { payCode_payTransactionId: { payCode: payer.uscc, payTransactionId: `PAY-${orderNo}` } } });
      const kept = await forexDb.paymentRevision.findMany({ where: { paymentId: payment.id }, orderBy: { revision: 'asc' } });
      expectConsistent(answers, kept.map((r) => r.revision), payment.revision);
      expect(amounts).toContain(payment.amountPaid.toFixed(2));
    }
  }, 180_000);
});
