import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { DEPARTMENTS } from '@zone/common';
import { startStack, type Stack } from './support/stack';

/**
 * Requests the HTTP layer or the GraphQL protocol refuses, sent over real HTTP to the gateway and
 * to a department as `npm start` runs them: NODE_ENV=development, where Express's own error
 * handler would answer an HTML page with the stack and the files' paths.
 */
let stack: Stack;
let platform: string;
const previousNodeEnv = process.env.NODE_ENV;

beforeAll(async () => {
  process.env.NODE_ENV = 'development';
  try {
    stack = await startStack();
  } finally {
    process.env.NODE_ENV = previousNodeEnv;
  }
  platform = `Bearer ${await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' })}`;
});
afterAll(async () => {
  await stack?.close();
});

interface Reply {
  status: number;
  contentType: string;
  text: string;
}

/** node:http rather than fetch: fetch sends no body with GET and refuses some methods. */
function send(url: string, method: string, headers: Record<string, string>, body?: string | Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: { ...headers, ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, contentType: response.headers['content-type'] ?? '', text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** A JSON body in GraphQL error shape with one error and this code, and nothing of the server's insides. */
function expectGraphQLError(reply: Reply, status: number, code: string, message?: string | RegExp): void {
  expect({ status: reply.status, contentType: reply.contentType }).toEqual({ status, contentType: expect.stringMatching(/^application\/json/) });
  const body = JSON.parse(reply.text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]!.extensions.code).toBe(code);
  expect(body.errors[0]!.message.length).toBeGreaterThan(10);
  if (message) expect(body.errors[0]!.message).toMatch(message);
  expectNothingInternal(reply.text);
}

function expectNothingInternal(text: string): void {
  expect(text).not.toMatch(/\bat [\w.<>[\] ]+ \(|\bat (?:node:|\/)|\n\s+at /);
  expect(text).not.toContain('/work/');
  expect(text).not.toContain('node_modules');
  expect(text).not.toMatch(/<html|<pre>/i);
}

const JSON_TYPE = { 'content-type': 'application/json' };
const QUERY = JSON.stringify({ query: '{ zones { code } }' });

/**
 * Refusals of the HTTP layer, the same at the gateway (1 MB bodies) and at a department (2 MB).
 * A department reads a well-formed body's request only with the gateway's signed caller
 * assertion, so there a batch or another method is refused as unauthenticated first.
 */
const httpCases = (limitBytes: number, atDepartment = false): [string, string, Record<string, string>, string | Buffer | undefined, number, string, RegExp][] => [
  ['malformed JSON', 'POST', JSON_TYPE, '{"query": ', 400, 'BAD_REQUEST', /not valid JSON/],
  ['a JSON string instead of an object', 'POST', JSON_TYPE, '"{ zones { code } }"', 400, 'BAD_REQUEST', /must be a JSON object/],
  ['a JSON number instead of an object', 'POST', JSON_TYPE, '12', 400, 'BAD_REQUEST', /must be a JSON object/],
  ['null instead of an object', 'POST', JSON_TYPE, 'null', 400, 'BAD_REQUEST', /must be a JSON object/],
  atDepartment
    ? ['a batch (JSON array)', 'POST', JSON_TYPE, `[${QUERY},${QUERY}]`, 401, 'UNAUTHENTICATED', /assertion/i]
    : ['a batch over BATCH_MAX_OPERATIONS (11 operations)', 'POST', JSON_TYPE, `[${Array(11).fill(QUERY).join(',')}]`, 400, 'BAD_REQUEST', /up to 10 operations/],
  ['an empty batch', 'POST', JSON_TYPE, '[]', atDepartment ? 401 : 400, atDepartment ? 'UNAUTHENTICATED' : 'BAD_REQUEST', atDepartment ? /assertion/i : /at least one operation/],
  ['a body over the limit', 'POST', JSON_TYPE, JSON.stringify({ query: '{ zones { code } }', padding: 'x'.repeat(limitBytes + 1000) }), 413, 'PAYLOAD_TOO_LARGE', /larger than the limit/],
  ['charset=latin1', 'POST', { 'content-type': 'application/json; charset=latin1' }, QUERY, 415, 'UNSUPPORTED_MEDIA_TYPE', /Unsupported charset "latin1".*UTF-8/],
  ['an unsupported content-encoding', 'POST', { ...JSON_TYPE, 'content-encoding': 'compress' }, QUERY, 415, 'UNSUPPORTED_MEDIA_TYPE', /content-encoding/],
  ['a gzip body that does not decompress', 'POST', { ...JSON_TYPE, 'content-encoding': 'gzip' }, gzipSync(QUERY).subarray(0, 12), 400, 'BAD_REQUEST', /could not be read/],
  ['a GET with a malformed JSON body', 'GET', { ...JSON_TYPE, 'apollo-require-preflight': '1' }, '{"query": ', 400, 'BAD_REQUEST', /not valid JSON/],
  atDepartment ? ['PUT', 'PUT', JSON_TYPE, QUERY, 401, 'UNAUTHENTICATED', /assertion/i] : ['PUT', 'PUT', JSON_TYPE, QUERY, 405, 'BAD_REQUEST', /GET\/POST/],
  atDepartment ? ['DELETE', 'DELETE', JSON_TYPE, undefined, 401, 'UNAUTHENTICATED', /assertion/i] : ['DELETE', 'DELETE', JSON_TYPE, undefined, 405, 'BAD_REQUEST', /GET\/POST/],
];

describe('the HTTP layer refuses with a JSON GraphQL error, never a stack or a path, whatever NODE_ENV', () => {
  it('runs with the NODE_ENV under which Express shows stacks', () => {
    expect(stack.runtimes.commerce.service.app.get('env')).toBe('development');
  });

  it.each(httpCases(1024 * 1024))('gateway: %s', async (_name, method, headers, body, status, code, message) => {
    expectGraphQLError(await send(stack.gatewayUrl, method, { ...headers, authorization: platform }, body), status, code, message);
  });

  it.each(httpCases(2 * 1024 * 1024, true))('department: %s', async (_name, method, headers, body, status, code, message) => {
    expectGraphQLError(await send(stack.subgraphUrls.commerce, method, headers, body), status, code, message);
  });

  it('still serves well-formed requests on the same servers afterwards', async () => {
    const reply = await send(stack.gatewayUrl, 'POST', { ...JSON_TYPE, authorization: platform }, QUERY);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toMatchObject({ data: { zones: expect.arrayContaining([expect.objectContaining({ code: 'SHAOGUAN' })]) } });
  });

  it('answers a GET with a body from its URL, as GraphQL over HTTP says', async () => {
    const reply = await send(`${stack.gatewayUrl}?query=${encodeURIComponent('{ zones { code } }')}`, 'GET', { ...JSON_TYPE, 'apollo-require-preflight': '1', authorization: platform }, JSON.stringify({ query: '{ __typename }' }));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toMatchObject({ data: { zones: expect.any(Array) } });
  });
});

const SUBSCRIPTION_OVER_HTTP = 'Subscriptions are served over WebSocket: connect to this same /graphql with the graphql-ws protocol (subprotocol graphql-transport-ws)';

describe('the gateway refuses documents without an operation it can run as 400, not as internal errors', () => {
  const statements = async () => (await Promise.all(DEPARTMENTS.map((d) => stack.sqlCount(d)))).reduce((a, b) => a + b, 0);
  const post = (payload: Record<string, unknown>) => send(stack.gatewayUrl, 'POST', { ...JSON_TYPE, authorization: platform }, JSON.stringify(payload));

  it.each([
    ['an unknown operationName', { query: 'query Zones { zones { code } }', operationName: 'Enterprises' }, 'OPERATION_RESOLUTION_FAILURE', 'Unknown operation named "Enterprises".'],
    ['several operations without an operationName', { query: 'query A { zones { code } } query B { zones { city } }' }, 'OPERATION_RESOLUTION_FAILURE', 'Must provide operation name if query contains multiple operations.'],
    ['an operationName that is not a GraphQL name', { query: 'query A { zones { code } }', operationName: '</script>' }, 'OPERATION_RESOLUTION_FAILURE', 'Unknown operation name: the document has no operation of that name.'],
    ['a subscription of a field Subscription does not have', { query: 'subscription { zones { code } }' }, 'GRAPHQL_VALIDATION_FAILED', 'Cannot query field "zones" on type "Subscription".'],
    ['a subscription, which is served over WebSocket only', { query: 'subscription { jointMeasureChanged { eventId } }' }, 'GRAPHQL_VALIDATION_FAILED', SUBSCRIPTION_OVER_HTTP],
    ['a named subscription among queries', { query: 'query A { zones { code } } subscription B { jointMeasureChanged { eventId } }', operationName: 'B' }, 'GRAPHQL_VALIDATION_FAILED', SUBSCRIPTION_OVER_HTTP],
  ])('%s', async (_name, payload, code, message) => {
    const before = await statements();
    const reply = await post(payload);
    expectGraphQLError(reply, 400, code, message);
    expect(JSON.parse(reply.text)).not.toHaveProperty('data');
    expect(await statements()).toBe(before);
  });
});
