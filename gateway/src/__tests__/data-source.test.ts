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

/** A department stand-in that records each request (headers and parsed body) and answers with `answer`. */
async function recordingDepartment(answer: (body: { query: string; variables?: Record<string, unknown> }) => unknown, delayMs = 0) {
  const received: { headers: http.IncomingHttpHeaders; body: { query: string; variables?: Record<string, unknown> } }[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      received.push({ headers: req.headers, body });
      const timer = setTimeout(() => {
        timers.delete(timer);
        res.setHeader('content-type', 'application/json').end(JSON.stringify(answer(body)));
      }, delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    received,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      return new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
    },
  };
}

const ENTITIES = 'query($representations:[_Any!]!){_entities(representations:$representations){...on User{id name}}}';
const asUser = (ref: unknown) => ({ id: (ref as { id: string }).id, name: `user ${(ref as { id: string }).id}` });

function sendAs(source: DepartmentDataSource, query: string, variables: Record<string, unknown>, caller: GatewayContext['caller'] = context.caller, requestId = 'r1') {
  return source.process({ kind: 'incoming operation', request: { query, variables }, incomingRequestContext: {} as never, context: { ...context, caller, requestId } } as never);
}

describe('DepartmentDataSource: what reaches the department', () => {
  it('sends the request id and the time allowed with each request', async () => {
    const stand = await recordingDepartment(() => ({ data: { ok: true } }));
    try {
      const source = new DepartmentDataSource({ name: 'post', url: stand.url, timeoutMs: 4321, assertionKey: null });
      await sendAs(source, '{ ok }', {}, context.caller, 'req-7');
      expect(stand.received[0]!.headers).toMatchObject({ 'x-request-id': 'req-7', 'x-request-budget-ms': '4321', 'content-type': 'application/json' });
    } finally {
      await stand.close();
    }
  });

  it('sends each representation once and answers every place that asked for it, each with its own object', async () => {
    const stand = await recordingDepartment((body) => ({ data: { _entities: (body.variables!.representations as unknown[]).map(asUser) } }));
    try {
      const source = new DepartmentDataSource({ name: 'post', url: stand.url, timeoutMs: 5000, assertionKey: null });
      const representations = [{ __typename: 'User', id: '1' }, { __typename: 'User', id: '2' }, { __typename: 'User', id: '1' }, { __typename: 'User', id: '1' }];
      const response = await sendAs(source, ENTITIES, { representations });
      expect(stand.received).toHaveLength(1);
      expect(stand.received[0]!.body.variables!.representations).toEqual([{ __typename: 'User', id: '1' }, { __typename: 'User', id: '2' }]);
      const entities = (response.data as { _entities: { id: string }[] })._entities;
      expect(entities).toEqual([asUser({ id: '1' }), asUser({ id: '2' }), asUser({ id: '1' }), asUser({ id: '1' })]);
      // Merged into different places of the response, the answers must not be one object.
      expect(entities[0]).not.toBe(entities[2]);
      expect(entities[2]).not.toBe(entities[3]);
    } finally {
      await stand.close();
    }
  });

  it('repeats an error at an entity at every place that entity answers', async () => {
    const stand = await recordingDepartment((body) => {
      const refs = body.variables!.representations as { id: string }[];
      return {
        data: { _entities: refs.map((ref) => (ref.id === '2' ? null : asUser(ref))) },
        errors: refs.flatMap((ref, i) => (ref.id === '2' ? [{ message: 'no such user', path: ['_entities', i, 'name'] }] : [])),
      };
    });
    try {
      const source = new DepartmentDataSource({ name: 'post', url: stand.url, timeoutMs: 5000, assertionKey: null });
      const representations = [{ __typename: 'User', id: '2' }, { __typename: 'User', id: '1' }, { __typename: 'User', id: '2' }];
      const response = await sendAs(source, ENTITIES, { representations });
      expect((response.data as { _entities: unknown[] })._entities).toEqual([null, asUser({ id: '1' }), null]);
      expect(response.errors).toEqual([
        { message: 'no such user', path: ['_entities', 0, 'name'] },
        { message: 'no such user', path: ['_entities', 2, 'name'] },
      ]);
    } finally {
      await stand.close();
    }
  });

  it('shares one request between identical queries of the same caller in flight at once, and only those', async () => {
    const stand = await recordingDepartment(() => ({ data: { ok: true } }), 100);
    try {
      const source = new DepartmentDataSource({ name: 'post', url: stand.url, timeoutMs: 5000, assertionKey: null });
      const bank = { organisation: 'BANK-1', role: 'BANK', zone: null, department: null, scopes: [] } as GatewayContext['caller'];
      const answers = await Promise.all([
        sendAs(source, 'query { ok }', { a: 1 }),
        sendAs(source, 'query { ok }', { a: 1 }),
        sendAs(source, 'query { ok }', { a: 1 }, { ...context.caller }),
        // Another caller, other variables, a mutation: each its own request.
        sendAs(source, 'query { ok }', { a: 1 }, bank),
        sendAs(source, 'query { ok }', { a: 2 }),
        sendAs(source, 'mutation { ok }', { a: 1 }),
        sendAs(source, 'mutation { ok }', { a: 1 }),
      ]);
      expect(answers.every((answer) => (answer.data as { ok: boolean }).ok)).toBe(true);
      // Each answer is its own object: the responses they are merged into never share one.
      expect(answers[0]).not.toBe(answers[1]);
      expect(answers[0]!.data).not.toBe(answers[1]!.data);
      expect(stand.received).toHaveLength(5);
      // Once the first has been answered, the same query is sent again.
      await sendAs(source, 'query { ok }', { a: 1 });
      expect(stand.received).toHaveLength(6);
    } finally {
      await stand.close();
    }
  });

  it('gives up on a department that does not answer within its timeout (TIMEOUT)', async () => {
    const stand = await recordingDepartment(() => ({ data: { ok: true } }), 3000);
    try {
      const source = new DepartmentDataSource({ name: 'post', url: stand.url, timeoutMs: 300, assertionKey: null });
      const started = performance.now();
      await expect(sendAs(source, '{ ok }', {})).rejects.toMatchObject({ extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'post', reason: 'TIMEOUT' } });
      expect(performance.now() - started).toBeLessThan(2500);
    } finally {
      await stand.close();
    }
  });

  it('gives up on a department that trickles its answer, never pausing long enough for a stall timeout (TIMEOUT)', async () => {
    // Headers at once, then one byte of the body every 100 ms for 5 s: neither the headers nor
    // any pause in the body take longer than the timeout, the whole answer does.
    const answer = JSON.stringify({ data: { ok: true }, padding: 'x'.repeat(48) });
    const server = http.createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
      let sent = 0;
      const drip = setInterval(() => {
        if (res.destroyed || sent >= answer.length) return clearInterval(drip);
        res.write(answer[sent++]);
        if (sent === answer.length) res.end();
      }, 100);
      res.on('close', () => clearInterval(drip));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const source = new DepartmentDataSource({ name: 'post', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, timeoutMs: 700, assertionKey: null });
      const started = performance.now();
      await expect(send(source, '{ ok }')).rejects.toMatchObject({ extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'post', reason: 'TIMEOUT' } });
      expect(performance.now() - started).toBeLessThan(3000);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
