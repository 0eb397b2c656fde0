import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const ORDERS = `{ enterprises(zone: CHAOZHOU, first: 2) { edges { node { uscc orders(first: 3) { orderNo payment { amountPaid } waybill { logisticsNo } } } } } }`;

interface OrdersData {
  enterprises: { edges: { node: { uscc: string; orders: { orderNo: string; payment: unknown; waybill: unknown }[] } }[] };
}

describe('a department that is down', () => {
  it('reports ready while every department answers', async () => {
    const ready = await fetch(`${stack.gatewayBase}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', subgraphs: { forex: 'up', commerce: 'up' } });
  });

  it('degrades the response to partial data plus an error naming the service, and the gateway keeps serving', async () => {
    await stack.stopDepartment('forex');

    const result = await stack.query<OrdersData>(ORDERS);
    const orders = result.data!.enterprises.edges.flatMap((e) => e.node.orders);
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.every((o) => o.payment === null)).toBe(true);
    expect(orders.every((o) => o.waybill !== null)).toBe(true);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.errors!.some((e) => e.extensions?.serviceName === 'forex' || e.message.includes('forex'))).toBe(true);

    const untouched = await stack.query(`{ zones { code } }`);
    expect(untouched.errors).toBeUndefined();

    const ready = await fetch(`${stack.gatewayBase}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', subgraphs: { forex: 'down', commerce: 'up' } });
    expect((await fetch(`${stack.gatewayBase}/health`)).status).toBe(200);
  });
});
