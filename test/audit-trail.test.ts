import { Client } from 'pg';
import { verifyAuditChain } from '../gateway/src/audit';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const BUYER = `query BuyerOfOrder($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo buyer { name } payment { amountPaid } } }`;

async function anOrder(): Promise<{ e: string; o: string }> {
  const result = await stack.query<{ enterprises: { edges: { node: { orders: { ebpCode: string; orderNo: string }[] } }[] } }>(
    `{ enterprises(first: 10) { edges { node { orders(first: 1) { ebpCode orderNo } } } } }`,
  );
  const order = result.data!.enterprises.edges.flatMap((e) => e.node.orders)[0]!;
  return { e: order.ebpCode, o: order.orderNo };
}

async function lastEntry() {
  // Entries reach the chain through the sequencer, after the response.
  await stack.auditLog.sequenced();
  return stack.audit.prisma.auditEntry.findFirst({ orderBy: { seq: 'desc' } });
}

describe('audit trail of every operation', () => {
  it('records who asked what, with the purpose and the personal data touched, in a verifiable chain', async () => {
    const key = await anOrder();
    const token = await stack.token({ role: 'REGULATOR', org: 'GD-REG', zone: undefined, scopes: ['pii:read'] });
    const result = await stack.query(BUYER, key, { authorization: `Bearer ${token}`, 'x-purpose': 'case 2026-117' });
    expect(result.errors).toBeUndefined();
    const entry = await lastEntry();
    expect(entry).toMatchObject({
      organisation: 'GD-REG',
      role: 'REGULATOR',
      purpose: 'case 2026-117',
      operationName: 'BuyerOfOrder',
      personalData: true,
      outcome: 'OK',
    });
    expect(entry!.fields).toEqual(expect.arrayContaining(['Query.order', 'Order.buyer', 'Buyer.name', 'Payment.amountPaid']));
    // Variables are kept only as a digest: the order number is not in the entry.
    expect(JSON.stringify(entry, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))).not.toContain(key.o);
    const verdict = await verifyAuditChain(stack.audit.prisma);
    expect(verdict.ok).toBe(true);
  });

  it('records refusals as DENIED', async () => {
    const bank = { authorization: `Bearer ${await stack.token({ role: 'BANK', org: 'SOME-BANK' })}` };
    await stack.query(`{ inventoryList(invtNo: "51712026I000000001") { invtNo } }`, undefined, bank);
    expect(await lastEntry()).toMatchObject({ organisation: 'SOME-BANK', outcome: 'DENIED' });
  });

  it('withholds personal data when the audit log cannot be written, and still serves the rest', async () => {
    const key = await anOrder();
    // Every later append fails: the audit table is out of reach.
    const admin = new Client({ connectionString: stack.databaseUrl });
    await admin.connect();
    await admin.query('ALTER TABLE audit.audit_submission RENAME TO audit_submission_unreachable');
    await admin.end();
    const personal = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' })}` },
      body: JSON.stringify({ query: BUYER, variables: key }),
    });
    expect(personal.status).toBe(503);
    const body = (await personal.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('AUDIT_UNAVAILABLE');
    expect(body.data).toBeUndefined();

    const plain = await stack.query(`{ zones { code } }`);
    expect(plain.errors).toBeUndefined();
  });
});
