import http from 'node:http';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { GraphQLError } from 'graphql';
import { REQUEST_ID_HEADER, assignRequestId, type Logger } from '@zone/common';
import { accessLog, accessRecordOf, servicesOfPlan } from '../access-log';
import { useAccessLog } from '../plugins/useAccessLog';
import type { GatewayContext } from '../context';

// The access log line of real HTTP requests through Express and Apollo Server, wired as gateway.ts does.
const lines: Record<string, unknown>[] = [];
const log = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  }),
) as unknown as Logger;

let server: ApolloServer<GatewayContext>;
let httpServer: http.Server;
let url: string;

beforeAll(async () => {
  server = new ApolloServer<GatewayContext>({
    typeDefs: 'type Query { zones: [String!]! broken: String secret(idNumber: String!): String }',
    resolvers: {
      Query: {
        zones: () => ['SHAOGUAN'],
        broken: () => {
          throw new GraphQLError('department down', { extensions: { code: 'DEPENDENCY_UNAVAILABLE' } });
        },
        secret: () => 'x',
      },
    },
    plugins: [useAccessLog().apollo!],
  });
  await server.start();
  const app = express();
  app.use(assignRequestId());
  app.use('/graphql', accessLog(log));
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        if (req.headers.authorization !== 'Bearer good') throw new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        const access = accessRecordOf(res)!;
        access.caller = { organisation: '91440200MA4UX0000X', role: 'BANK' };
        access.subgraphs.add('tax').add('commerce');
        const caller = { organisation: '91440200MA4UX0000X', role: 'BANK' as const, zone: null, department: null, scopes: [] };
        return { requestId: res.locals.requestId as string, caller, log, access };
      },
    }),
  );
  httpServer = http.createServer(app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await server.stop();
  await new Promise<void>((resolve) => httpServer.close(() => resolve()));
});

async function post(body: unknown, headers: Record<string, string> = { authorization: 'Bearer good' }) {
  lines.length = 0;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  await response.text();
  // The line is written on 'finish', right after the last byte.
  for (let i = 0; i < 50 && lines.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  return { response, line: lines.find((l) => l.msg === 'request')! };
}

describe('one access log line per request', () => {
  it('names the request id (echoed in x-request-id), caller, operation, status, outcome, duration and subgraphs', async () => {
    const { response, line } = await post({ query: 'query Zones { zones }', operationName: 'Zones' }, { authorization: 'Bearer good', [REQUEST_ID_HEADER]: 'client-7' });
    expect(response.headers.get(REQUEST_ID_HEADER)).toBe('client-7');
    expect(line).toMatchObject({
      requestId: 'client-7',
      method: 'POST',
      status: 200,
      outcome: 'ok',
      organisation: '91440200MA4UX0000X',
      role: 'BANK',
      operations: ['Zones'],
      subgraphs: ['commerce', 'tax'],
    });
    expect(typeof line.durationMs).toBe('number');
    expect(line).not.toHaveProperty('errorCodes');
    expect(lines.filter((l) => l.msg === 'request')).toHaveLength(1);
  });

  it('reports data with errors as partial, with their codes, and never the variables', async () => {
    const { line } = await post({ query: 'query Mixed($id: String!) { zones broken secret(idNumber: $id) }', variables: { id: '440203199001011234' } });
    expect(line).toMatchObject({ status: 200, outcome: 'partial', operations: ['Mixed'], errorCodes: ['DEPENDENCY_UNAVAILABLE'] });
    expect(JSON.stringify(lines)).not.toContain('440203199001011234');
  });

  it('gives a request refused before GraphQL its line too, without a caller, under a fresh id for an unusable one', async () => {
    const { response, line } = await post({ query: '{ zones }' }, { [REQUEST_ID_HEADER]: 'bad id with spaces' });
    expect(response.status).toBe(401);
    const id = response.headers.get(REQUEST_ID_HEADER)!;
    expect(id).not.toBe('bad id with spaces');
    expect(line).toMatchObject({ requestId: id, status: 401, outcome: 'refused', organisation: null, role: null, operations: [] });
  });

  it('reports an invalid document as refused with its code', async () => {
    const { line } = await post({ query: '{ nothing }' });
    expect(line).toMatchObject({ status: 400, outcome: 'refused', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
  });
});

describe('servicesOfPlan', () => {
  it('collects the services of every fetch, however nested', () => {
    const fetch = (serviceName: string) => ({ kind: 'Fetch', serviceName }) as never;
    const plan = {
      kind: 'Sequence',
      nodes: [fetch('commerce'), { kind: 'Parallel', nodes: [{ kind: 'Flatten', node: fetch('tax') }, { kind: 'Flatten', node: fetch('forex') }] }, { kind: 'Condition', ifClause: fetch('post'), elseClause: undefined }],
    } as never;
    expect([...servicesOfPlan(plan, new Set())].sort()).toEqual(['commerce', 'forex', 'post', 'tax']);
    expect(servicesOfPlan(undefined, new Set()).size).toBe(0);
  });
});
