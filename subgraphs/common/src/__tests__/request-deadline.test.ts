import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair } from 'jose';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { ASSERTION_HEADER, signCallerAssertion } from '../assertion';
import { REQUEST_BUDGET_HEADER, createFederatedApi } from '../federated-api';
import { SERVER_KEEP_ALIVE_TIMEOUT_MS } from '../keep-alive';
import { REQUEST_ID_HEADER } from '../request-id';
import { createLogger } from '../logger';
import { createServiceMetrics } from '../metrics';
import { createSubgraphService, type RequestContextBase, type RunningService } from '../server';

/** A stand-in for the gateway: records the budget each call states, answers at once or never. */
function fakeGateway() {
  const budgets: (string | undefined)[] = [];
  const requestIds: (string | undefined)[] = [];
  let answer = true;
  const server = http.createServer((req, res) => {
    budgets.push(req.headers[REQUEST_BUDGET_HEADER] as string | undefined);
    requestIds.push(req.headers[REQUEST_ID_HEADER] as string | undefined);
    req.resume();
    if (answer) req.on('end', () => res.setHeader('content-type', 'application/json').end('{"data":{"ok":true}}'));
  });
  return {
    budgets,
    requestIds,
    hang: () => (answer = false),
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`))),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const gateway = fakeGateway();
let service: RunningService;
let assertion: string;

beforeAll(async () => {
  const gatewayUrl = await gateway.listen();
  const keys = await generateKeyPair('ES256');
  const federated = createFederatedApi({ department: 'customs', url: gatewayUrl, token: async () => 'token', timeoutMs: 10_000 });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        callBack: {
          type: GraphQLString,
          resolve: async (_parent, _args, context: RequestContextBase) => {
            try {
              await context.federated.request('{ ok }');
              return 'answered';
            } catch (error) {
              return (error as Error).message;
            }
          },
        },
      },
    }),
  });
  const log = createLogger('customs', 'silent');
  service = await createSubgraphService({
    department: 'customs',
    schema,
    createContext: (base) => base,
    ping: async () => undefined,
    metrics: createServiceMetrics('customs'),
    log,
    assertionKey: keys.publicKey,
    federated,
  }).listen(0);
  assertion = await signCallerAssertion({ organisation: 'ZONE-PLATFORM', role: 'PLATFORM', zone: null, department: null, scopes: [] }, keys.privateKey, 'r1');
});
afterAll(async () => {
  await service?.close();
  await gateway.close();
});

async function ask(headers: Record<string, string> = {}) {
  const response = await fetch(service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [ASSERTION_HEADER]: assertion, ...headers },
    body: JSON.stringify({ query: '{ callBack }' }),
  });
  return { keepAlive: response.headers.get('keep-alive'), body: (await response.json()) as { data: { callBack: string } } };
}

describe("a department's calls back through the gateway use at most the time its own request has left", () => {
  it('keeps idle sockets longer than any client of the product does (Keep-Alive: timeout=65)', async () => {
    expect((await ask()).keepAlive).toBe(`timeout=${SERVER_KEEP_ALIVE_TIMEOUT_MS / 1000}`);
  });

  it('states its whole timeout when the gateway gave no budget', async () => {
    gateway.budgets.length = 0;
    expect((await ask()).body.data.callBack).toBe('answered');
    expect(gateway.budgets).toEqual(['10000']);
  });

  it('passes on what is left of the budget the gateway gave it, never more', async () => {
    gateway.budgets.length = 0;
    expect((await ask({ [REQUEST_BUDGET_HEADER]: '3000' })).body.data.callBack).toBe('answered');
    const stated = Number(gateway.budgets[0]);
    expect(stated).toBeLessThanOrEqual(3000);
    expect(stated).toBeGreaterThan(0);
  });

  it("carries the request's id on its call back, as the prefix of an id of the call's own", async () => {
    gateway.requestIds.length = 0;
    await ask({ [REQUEST_ID_HEADER]: 'client-req-42' });
    await ask({ [REQUEST_ID_HEADER]: 'client-req-42' });
    const long = `L${'x'.repeat(127)}`;
    await ask({ [REQUEST_ID_HEADER]: long });
    const [first, second, third] = gateway.requestIds;
    expect(first).toMatch(/^client-req-42:cb-[0-9a-f]{8}$/);
    expect(second).toMatch(/^client-req-42:cb-[0-9a-f]{8}$/);
    expect(second).not.toBe(first);
    // Cut short to stay a plain id the gateway keeps as sent.
    expect(third).toHaveLength(128);
    expect(third).toMatch(/^Lx+:cb-[0-9a-f]{8}$/);
  });

  it('does not call at all when no time is left', async () => {
    gateway.budgets.length = 0;
    expect((await ask({ [REQUEST_BUDGET_HEADER]: '0' })).body.data.callBack).toContain('has no time left');
    expect(gateway.budgets).toEqual([]);
  });

  it('gives up on a gateway that does not answer when the budget runs out, not after its own 10 s', async () => {
    gateway.hang();
    const started = Date.now();
    const { body } = await ask({ [REQUEST_BUDGET_HEADER]: '300' });
    expect(body.data.callBack).toMatch(/could not reach the federated API: no answer within \d+ ms/);
    // Generous: well under the call's own 10 s timeout, whatever the machine's load.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
