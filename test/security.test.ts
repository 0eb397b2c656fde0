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
