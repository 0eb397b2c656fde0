/**
 * Errors with paths: a department that fails is reported at the path of each field it left null,
 * so a client can tell which null an error explains.
 */
import { startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  await stack.stopDepartment('post');
});
afterAll(async () => {
  await stack?.close();
});

interface Orders {
  enterprises: { edges: { node: { uscc: string; orders: { orderNo: string; payment: { amountPaid: string } | null; parcel: unknown }[] } }[] };
}

describe('a failed department\'s error names each field it left null', () => {
  it('repeats post\'s error at the path of every waybill (aliased, through a fragment), and only there', async () => {
    const result = await stack.query<Orders>(`{ enterprises(zone: SHAOGUAN, first: 3) { edges { node { uscc orders(first: 2) { ...Parcel payment { amountPaid } } } } } }
      fragment Parcel on Order { orderNo parcel: waybill { logisticsNo status } }`);
    const orders = result.data!.enterprises.edges.flatMap((edge, e) => edge.node.orders.map((order, o) => ({ order, path: ['enterprises', 'edges', e, 'node', 'orders', o, 'parcel'] })));
    expect(orders.length).toBeGreaterThan(1);
    expect(orders.every(({ order }) => order.parcel === null)).toBe(true);
    expect(orders.some(({ order }) => order.payment !== null)).toBe(true);
    const postErrors = result.errors!.filter((e) => e.extensions?.serviceName === 'post');
    expect(postErrors.every((e) => e.extensions?.code === 'DOWNSTREAM_SERVICE_ERROR')).toBe(true);
    expect(postErrors.map((e) => e.path)).toEqual(orders.map(({ path }) => path));
    expect(result.errors!.filter((e) => e.extensions?.serviceName !== 'post')).toEqual([]);
  });

  it('reports a root field of the department at its own path', async () => {
    const result = await stack.query(`{ zones { code } w: waybill(logisticsCode: "914402007WRFYMGL8C", logisticsNo: "YT-DEMO-0001") { status } }`);
    expect(result.data).toMatchObject({ zones: expect.any(Array), w: null });
    expect(result.errors!.map((e) => [e.extensions?.serviceName, e.path])).toEqual([['post', ['w']]]);
  });
});
