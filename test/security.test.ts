import { SignJWT, generateKeyPair } from 'jose';
import { ASSERTION_HEADER } from '@zone/common';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function callDepartment(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ zones { code } }' }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('gateway-to-department trust', () => {
  it('refuses a direct call to a department without the gateway assertion', async () => {
    const { status, body } = await callDepartment(stack.subgraphUrls.commerce);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toContain('only through the gateway');
    expect(body.data).toBeUndefined();
  });

  it('refuses a caller assertion signed by anyone but the gateway', async () => {
    const forged = await new SignJWT({ org: 'ATTACKER', role: 'REGULATOR' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('zone-gateway')
      .setAudience('zone-departments')
      .setExpirationTime('1m')
      .sign((await generateKeyPair('ES256')).privateKey);
    const { status, body } = await callDepartment(stack.subgraphUrls.customs, { [ASSERTION_HEADER]: forged });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.message).toContain('Caller assertion rejected');
  });

  it('ignores a client-supplied assertion header at the gateway: the caller is the token holder', async () => {
    const token = await stack.token({ role: 'REGULATOR', org: 'GD-REG', zone: 'YUNFU' });
    const result = await stack.query<{ enterprises: { edges: { node: { zone: string } }[] } }>(
      `{ enterprises(first: 50) { edges { node { zone } } } }`,
      undefined,
      { authorization: `Bearer ${token}`, [ASSERTION_HEADER]: 'forged-by-client' },
    );
    expect(result.errors).toBeUndefined();
    const zones = new Set(result.data!.enterprises.edges.map((e) => e.node.zone));
    expect([...zones]).toEqual(['YUNFU']);
  });

  it('answers the departments health checks without a caller (liveness only, no data)', async () => {
    const health = await fetch(stack.subgraphUrls.tax.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);
  });
});

describe('scope escalation', () => {
  const BUYER = `query($ebpCode: String!, $orderNo: String!) { order(ebpCode: $ebpCode, orderNo: $orderNo) { buyer { name phone } } }`;
  let key: { ebpCode: string; orderNo: string };
  beforeAll(async () => {
    const page = await stack.query<{ enterprises: { edges: { node: { orders: { ebpCode: string; orderNo: string; direction: string }[] } }[] } }>(
      '{ enterprises(first: 20) { edges { node { orders(first: 5) { ebpCode orderNo direction } } } } }',
    );
    const order = page.data!.enterprises.edges.flatMap((edge) => edge.node.orders).find((o) => o.direction === 'IMPORT')!;
    key = { ebpCode: order.ebpCode, orderNo: order.orderNo };
  });
  const as = async (scopes: string[], purpose?: string) => ({
    authorization: `Bearer ${await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM', scopes })}`,
    ...(purpose ? { 'x-purpose': purpose } : {}),
  });

  it('does not unmask personal data for a stated purpose without the pii:read scope', async () => {
    const masked = await stack.query<{ order: { buyer: { name: string; phone: string } } }>(BUYER, key, await as([], 'case 2026-001'));
    expect(masked.data!.order.buyer.phone).toMatch(/\*{4}/);
    expect(Array.from(masked.data!.order.buyer.name).slice(1).every((c) => c === '*')).toBe(true);
  });

  it('does not unmask personal data for the pii:read scope without a stated purpose', async () => {
    const masked = await stack.query<{ order: { buyer: { phone: string } } }>(BUYER, key, await as(['pii:read']));
    expect(masked.data!.order.buyer.phone).toMatch(/\*{4}/);
  });

  it('unmasks them only with both, so the two tests above are not vacuous', async () => {
    const clear = await stack.query<{ order: { buyer: { phone: string } } }>(BUYER, key, await as(['pii:read'], 'case 2026-001'));
    expect(clear.data!.order.buyer.phone).toMatch(/^\+?\d{7,}$/);
  });

  it('gives a scope claimed in a header nothing: scopes come from the signed token only', async () => {
    const headers = { ...(await as([], 'case 2026-001')), scope: 'pii:read identity:match', 'x-scope': 'pii:read identity:match' };
    const result = await stack.query<{ order: { buyer: { phone: string } } }>(BUYER, key, headers);
    expect(result.data!.order.buyer.phone).toMatch(/\*{4}/);
  });
});
