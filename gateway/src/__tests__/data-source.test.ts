import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@zone/common';
import { DepartmentDataSource } from '../data-source';
import type { GatewayContext } from '../context';

/**
 * A department stand-in that counts the requests reaching it and, per request, answers, cuts the
 * connection (as a department closing a kept-alive socket does) or answers HTTP 503.
 */
function department() {
  const plan: ('answer' | 'cut' | 'fail')[] = [];
  let received = 0;
  const server = http.createServer((req, res) => {
    received++;
    req.resume();
    req.on('end', () => {
      const step = plan.shift() ?? 'answer';
      if (step === 'cut') req.socket.destroy();
      else if (step === 'fail') res.writeHead(503).end('unavailable');
      else res.setHeader('content-type', 'application/json').end(JSON.stringify({ data: { ok: true } }));
    });
  });
  return {
    plan,
    received: () => received,
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`))),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const context: GatewayContext = {
  requestId: 'r1',
  caller: { organisation: 'ZONE-PLATFORM', role: 'PLATFORM', zone: null, department: null, scopes: [] },
  log: createLogger('gateway', 'silent'),
};

function send(source: DepartmentDataSource, query: string) {
  return source.process({ kind: 'incoming operation', request: { query, variables: {} }, incomingRequestContext: {} as never, context } as never);
}

const stub = department();
let url: string;
beforeAll(async () => {
  url = await stub.listen();
});
afterAll(() => stub.close());

describe('DepartmentDataSource', () => {
  it('sends a query again, once, when the department cut the connection under it', async () => {
    const source = new DepartmentDataSource({ name: 'post', url, timeoutMs: 5000, assertionKey: null });
    stub.plan.push('cut');
    const before = stub.received();
    await expect(send(source, 'query { ok }')).resolves.toMatchObject({ data: { ok: true } });
    expect(stub.received() - before).toBe(2);
  });

  it('never sends a mutation twice', async () => {
    const source = new DepartmentDataSource({ name: 'post', url, timeoutMs: 5000, assertionKey: null });
    stub.plan.push('cut');
    const before = stub.received();
    await expect(send(source, 'mutation { ok }')).rejects.toMatchObject({ extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'post', reason: 'UNAVAILABLE' } });
    expect(stub.received() - before).toBe(1);
  });

  it('opens the circuit after consecutive failures, fails fast without asking, and closes it after a successful probe', async () => {
    const source = new DepartmentDataSource({ name: 'tax', url, timeoutMs: 5000, assertionKey: null, breaker: { failures: 2, halfOpenAfterMs: 100 } });
    stub.plan.push('fail', 'fail');
    await expect(send(source, '{ ok }')).rejects.toMatchObject({ extensions: { reason: 'UNAVAILABLE' } });
    await expect(send(source, '{ ok }')).rejects.toMatchObject({ extensions: { reason: 'UNAVAILABLE' } });
    expect(source.circuit).toBe('open');

    const before = stub.received();
    const refusal = send(source, '{ ok }');
    await expect(refusal).rejects.toMatchObject({ extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'tax', reason: 'CIRCUIT_OPEN' } });
    await expect(refusal).rejects.toThrow('The tax department is unavailable: its circuit is open');
    expect(stub.received()).toBe(before);

    // The breaker's own pause before it lets one request probe the department.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(send(source, '{ ok }')).resolves.toMatchObject({ data: { ok: true } });
    expect(source.circuit).toBe('closed');
  });

  it('does not count a refusal the department answered (HTTP 4xx) against it', async () => {
    const refusing = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'bad input', extensions: { code: 'BAD_USER_INPUT' } }] })));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const source = new DepartmentDataSource({ name: 'forex', url: `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/graphql`, timeoutMs: 5000, assertionKey: null, breaker: { failures: 1, halfOpenAfterMs: 60000 } });
    for (let i = 0; i < 3; i++) await expect(send(source, '{ ok }')).resolves.toMatchObject({ errors: [{ message: 'bad input' }] });
    expect(source.circuit).toBe('closed');
    refusing.closeAllConnections();
    refusing.close();
  });
});
