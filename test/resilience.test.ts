import { startStack, type GraphQLResponse, type Stack } from './support/stack';

let stack: Stack;
// Post's timeout is 5 s; its circuit opens after two failures and probes again 2 s later.
const BREAKER = { failures: 2, halfOpenAfterMs: 2000 };
beforeAll(async () => {
  stack = await startStack({ resilience: { hangable: true, breaker: BREAKER }, subgraphTimeoutMs: 5000 });
});
afterAll(async () => {
  await stack?.close();
});

const ORDERS = `{ enterprises(zone: CHAOZHOU, first: 2) { edges { node { uscc orders(first: 3) { orderNo payment { amountPaid } waybill { logisticsNo } } } } } }`;

interface OrdersData {
  enterprises: { edges: { node: { uscc: string; orders: { orderNo: string; payment: unknown; waybill: unknown }[] } }[] };
}

type Result = GraphQLResponse<OrdersData>;
const postError = (result: Result) => result.errors?.find((e) => e.extensions?.serviceName === 'post');

const ordersQuery = (headers?: Record<string, string>): Promise<Result> => stack.query<OrdersData>(ORDERS, undefined, headers);

describe('a department that hangs (accepts connections, never answers)', () => {
  afterAll(() => stack.resumeDepartment('post'));

  it("gives a department SYSTEM caller's request no more time than the caller still waits", async () => {
    stack.hangDepartment('post');
    const system = await stack.token({ role: 'SYSTEM', org: 'SYSTEM-CUSTOMS', department: 'customs' });
    const result = await ordersQuery({ authorization: `Bearer ${system}`, 'x-request-budget-ms': '3000' });
    expect(postError(result)).toMatchObject({ extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'post', reason: 'DEADLINE' } });
    expect(result.data!.enterprises.edges.length).toBeGreaterThan(0);
    // The reason DEADLINE shows the caller's budget cut post off before post's own 5 s timeout (whose
    // reason is TIMEOUT). No bound on the wall time: on a busy machine the rest of the answer alone
    // may take seconds.
  });

  it('opens its circuit after consecutive timeouts, then fails fast with partial data and an error naming it', async () => {
    stack.hangDepartment('post');
    // A platform caller's budget header is ignored: these wait for post's own timeout, and count.
    const first = await ordersQuery({ 'x-request-budget-ms': '1' });
    expect(postError(first)).toMatchObject({ message: expect.stringContaining('timed out'), extensions: { reason: 'TIMEOUT' } });
    let open: Result | undefined;
    for (let i = 0; i < 5 && !open; i++) {
      const result = await ordersQuery();
      if (postError(result)?.extensions?.reason === 'CIRCUIT_OPEN') open = result;
    }
    expect(open).toBeDefined();

    const result = await ordersQuery();
    const error = postError(result);
    expect(error).toMatchObject({ extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'post' } });
    expect(error!.message).toContain('circuit is open');
    const orders = result.data!.enterprises.edges.flatMap((e) => e.node.orders);
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.every((o) => o.waybill === null)).toBe(true);
    expect(orders.some((o) => o.payment !== null)).toBe(true);

    const ready = await fetch(`${stack.gatewayBase}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', circuits: { post: 'open', forex: 'closed' } });
  });

  it('closes the circuit again once the department answers, without restarting the gateway', async () => {
    stack.resumeDepartment('post');
    let recovered: Result | undefined;
    for (let i = 0; i < 120 && !recovered; i++) {
      const result = await ordersQuery();
      if (!postError(result)) recovered = result;
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recovered?.errors).toBeUndefined();
    const orders = recovered!.data!.enterprises.edges.flatMap((e) => e.node.orders);
    expect(orders.every((o) => o.waybill !== null)).toBe(true);
    const ready = await fetch(`${stack.gatewayBase}/ready`);
    expect(await ready.json()).toMatchObject({ status: 'ready', circuits: { post: 'closed' } });
  });
});

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
