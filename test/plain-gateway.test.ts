import fs from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { firstDifference } from '../scripts/lib/plain-comparison';
import { startPlainGatewayProcess } from '../scripts/lib/gateway-process';
import { createGatewayProcessKeys, type GatewayProcess, type GatewayProcessKeys } from './support/gateway-process';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

// The benchmark's plain @apollo/gateway process (npm run bench -- --plain) in front of a test
// stack's departments, beside this product's gateway.
let keys: GatewayProcessKeys;
let stack: Stack;
const started: GatewayProcess[] = [];

beforeAll(async () => {
  keys = await createGatewayProcessKeys();
  stack = await startStack({ assertionKeys: keys.assertionKeys });
});
afterAll(async () => {
  await Promise.all(started.map((p) => p.stop()));
  await stack?.close();
  keys?.remove();
});

async function startPlain(assertionKeyPath: string): Promise<GatewayProcess> {
  const plain = await startPlainGatewayProcess({ subgraphUrls: stack.subgraphUrls, assertionKeyPath });
  started.push(plain);
  return plain;
}

async function ask<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

const ORDER = `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo actualPaid buyer { name phone }
  payment { amountPaid } waybill { logisticsNo status } inventoryList { invtNo status } taxBill { totalTax } buyerIdentityCheck { verdict } } }`;

async function anOrder(): Promise<{ e: string; o: string }> {
  const result = await stack.query<{ enterprises: { edges: { node: { orders: { ebpCode: string; orderNo: string }[] } }[] } }>(
    `{ enterprises(first: 10) { edges { node { orders(first: 1) { ebpCode orderNo } } } } }`,
  );
  const order = result.data!.enterprises.edges.flatMap((e) => e.node.orders)[0]!;
  return { e: order.ebpCode, o: order.orderNo };
}

describe('plain @apollo/gateway beside ours', () => {
  it('answers an order with its part from all six departments, the same data as ours, personal data masked', async () => {
    const plain = await startPlain(keys.paths.assertionPrivate);
    const key = await anOrder();
    const ours = await stack.query<{ order: { buyer: { name: string; phone: string } } }>(ORDER, key);
    const theirs = await ask<{ order: { buyer: { name: string; phone: string } } }>(plain.url, ORDER, key);
    expect(ours.errors).toBeUndefined();
    expect(theirs.status).toBe(200);
    expect(theirs.body.errors).toBeUndefined();
    expect(firstDifference(ours.data, theirs.body.data)).toBeNull();
    // Its one caller is a PLATFORM without pii:read: the departments mask the buyer for it too.
    expect(theirs.body.data!.order.buyer.phone).toMatch(/\*{4}/);
  });

  it('gets nothing from the departments when it signs with a key they do not trust', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const file = path.join(keys.dir, 'untrusted-assertion-private.jwk.json');
    fs.writeFileSync(file, JSON.stringify(await exportJWK(privateKey)));
    const plain = await startPlain(file);
    const { body } = await ask<{ zones: unknown }>(plain.url, '{ zones { code } }');
    expect(body.data?.zones ?? null).toBeNull();
    expect(JSON.stringify(body.errors)).toContain('Caller assertion rejected');
  });
});
