import { createFederatedApi, systemTokenSource } from '@zone/common';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const ORDER_WITH_IDENTITIES = `query($ebpCode: String!, $orderNo: String!) {
  order(ebpCode: $ebpCode, orderNo: $orderNo) { orderNo buyer { idHash } payment { payer { idHash } } }
}`;

async function someImportOrder(): Promise<{ ebpCode: string; orderNo: string }> {
  const page = await stack.query<{ enterprises: { edges: { node: { orders: { ebpCode: string; orderNo: string; direction: string }[] } }[] } }>(
    '{ enterprises(first: 20) { edges { node { orders(first: 5) { ebpCode orderNo direction } } } } }',
  );
  const order = page.data!.enterprises.edges.flatMap((edge) => edge.node.orders).find((o) => o.direction === 'IMPORT');
  if (!order) throw new Error('the seed has no import order');
  return { ebpCode: order.ebpCode, orderNo: order.orderNo };
}

describe('a department calling the federated API as its own system', () => {
  it('reads the keyed ID hashes three-document matching compares, which the buyer and payer share', async () => {
    const api = createFederatedApi({
      department: 'customs',
      url: stack.gatewayUrl,
      token: systemTokenSource({ department: 'customs', privateKey: stack.issuer.systemKeys.customs, issuer: stack.issuer.issuer, audience: stack.issuer.audience }),
    });
    const result = await api.request<{ order: { buyer: { idHash: string | null }; payment: { payer: { idHash: string | null } } | null } }>(
      ORDER_WITH_IDENTITIES,
      await someImportOrder(),
      { purpose: 'three-document matching' },
    );
    expect(result.errors).toEqual([]);
    expect(result.data!.order.buyer.idHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.data!.order.payment?.payer.idHash).toBe(result.data!.order.buyer.idHash);
  });

  it('refuses the hashes to anyone without identity:match, naming the field, and serves the rest', async () => {
    // A department system sees the whole schema (the platform's variant has no idHash at all); without the scope it gets no hash.
    const system = await stack.token({ role: 'SYSTEM', org: 'GD-TAX', department: 'tax' });
    const result = await stack.query<{ order: { orderNo: string; buyer: { idHash: string | null } } }>(ORDER_WITH_IDENTITIES, await someImportOrder(), {
      authorization: `Bearer ${system}`,
    });
    expect(result.data!.order.orderNo).toBeTruthy();
    expect(result.data!.order.buyer.idHash).toBeNull();
    const messages = result.errors!.map((error) => error.message);
    expect(messages).toContain('Buyer.idHash requires the scope identity:match');
    expect(messages).toContain('Payer.idHash requires the scope identity:match');
  });

  it('names the federated API when it cannot be reached', async () => {
    const api = createFederatedApi({ department: 'tax', url: 'http://127.0.0.1:9/graphql', token: async () => 'x' });
    await expect(api.request('{ zones { code } }')).rejects.toThrow('The tax service could not reach the federated API');
  });
});
