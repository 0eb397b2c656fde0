/**
 * Bounded operation batching: a JSON array of up to BATCH_MAX_OPERATIONS operations, each
 * authenticated, rate-limited, priced and audited as if sent alone, sent by the real clients that
 * batch (Apollo Client's BatchHttpLink, graphql-request's batchRequests).
 */
import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { GraphQLClient } from 'graphql-request';
import { createMemoryRateLimiter } from '../gateway/src/rate-limit/rate-limiter';
import { startStack, type Stack } from './support/stack';

/** A PLATFORM caller may send this many requests a minute in this test; other roles far more. */
const PLATFORM_PER_MINUTE = 12;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    rateLimiter: createMemoryRateLimiter({ perMinute: { PLATFORM: PLATFORM_PER_MINUTE, BANK: 1000, REGULATOR: 1000, OFFICER: 1000, SYSTEM: 1000 } }),
  });
});
afterAll(async () => {
  await stack?.close();
});

const regulatorToken = () => stack.token({ role: 'REGULATOR', org: 'GD-COMMERCE-DEPT' });

interface Piece {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function postBatch(body: unknown, token: string | null): Promise<{ status: number; requestId: string | null; pieces: Piece[] | Piece }> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, requestId: response.headers.get('x-request-id'), pieces: (await response.json()) as Piece[] | Piece };
}

/** The audit submissions of the given request ids, polled until there are `count` of them. */
async function submissionsOf(prefix: string, count: number): Promise<{ requestId: string; outcome: string; operationName: string | null }[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const rows = await stack.audit.prisma.auditSubmission.findMany({ where: { requestId: { startsWith: `${prefix}.` } }, orderBy: { requestId: 'asc' } });
    if (rows.length >= count || Date.now() > deadline) return rows.map((r) => ({ requestId: r.requestId, outcome: r.outcome, operationName: r.operationName }));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('operation batching', () => {
  it('answers graphql-request\'s batchRequests with each result in order', async () => {
    const client = new GraphQLClient(stack.gatewayUrl, { headers: { authorization: `Bearer ${await regulatorToken()}` } });
    const results = await client.batchRequests<[{ data: { zones: { code: string }[] } }, { data: { enterprises: { totalCount: number } } }]>([
      { document: '{ zones { code } }' },
      { document: 'query Count($zone: Zone!) { enterprises(zone: $zone, first: 1) { totalCount } }', variables: { zone: 'SHAOGUAN' } },
    ]);
    expect(results).toHaveLength(2);
    expect(results[0].data.zones.map((z) => z.code)).toContain('SHAOGUAN');
    expect(results[1].data.enterprises.totalCount).toBeGreaterThan(0);
  });

  it('serves Apollo Client\'s BatchHttpLink: queries made together go in one request and each gets its answer', async () => {
    const token = await regulatorToken();
    let requests = 0;
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: new BatchHttpLink({
        uri: stack.gatewayUrl,
        headers: { authorization: `Bearer ${token}` },
        batchInterval: 20,
        fetch: (input, init) => {
          requests += 1;
          return fetch(input, init);
        },
      }),
    });
    const [zones, enterprises] = await Promise.all([
      client.query<{ zones: { code: string }[] }>({ query: gql`query Zones { zones { code } }` }),
      client.query<{ enterprises: { totalCount: number } }>({ query: gql`query Firms { enterprises(zone: HEYUAN, first: 1) { totalCount } }` }),
    ]);
    expect(requests).toBe(1);
    expect(zones.data!.zones.length).toBe(8);
    expect(enterprises.data!.enterprises.totalCount).toBeGreaterThan(0);
  });

  it('audits each operation of a batch as a request of its own (<batch id>.<n>)', async () => {
    const { status, requestId, pieces } = await postBatch([{ query: 'query First { zones { code } }' }, { query: 'query Second { zones { city } }' }, { query: 'query Third { __typename }' }], await regulatorToken());
    expect(status).toBe(200);
    expect((pieces as Piece[]).map((p) => p.errors)).toEqual([undefined, undefined, undefined]);
    const rows = await submissionsOf(requestId!, 3);
    expect(rows).toEqual([
      { requestId: `${requestId}.1`, outcome: 'OK', operationName: 'First' },
      { requestId: `${requestId}.2`, outcome: 'OK', operationName: 'Second' },
      { requestId: `${requestId}.3`, outcome: 'OK', operationName: 'Third' },
    ]);
  });

  it('prices and checks each operation alone: one refused, the others answered', async () => {
    // Too deep for demand control (depth limit 10), between two plain queries.
    const deep = `{ enterprises(first: 1) { edges { node { orders(first: 1) { ebc { orders(first: 1) { ebc { orders(first: 1) { ebc { orders(first: 1) { ebc { name } } } } } } } } } } } }`;
    const { status, pieces } = await postBatch([{ query: '{ zones { code } }' }, { query: deep }, { query: 'mutation { submitPayment(input: {}) { outcome } }' }, { query: '{ zones { city } }' }], await regulatorToken());
    expect(status).toBe(200);
    const list = pieces as Piece[];
    expect(list).toHaveLength(4);
    expect(list[0]!.data).toEqual({ zones: expect.any(Array) });
    expect(list[1]!.errors?.[0]?.extensions?.code).toBe('OPERATION_TOO_COMPLEX');
    expect(list[2]!.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(list[3]!.data).toEqual({ zones: expect.any(Array) });
  });

  it('counts each operation against the caller\'s rate limit: a batch beyond the allowance is served up to it', async () => {
    const token = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const first = await postBatch(Array.from({ length: 8 }, () => ({ query: '{ zones { code } }' })), token);
    expect(first.status).toBe(200);
    expect((first.pieces as Piece[]).every((p) => p.data?.zones)).toBe(true);
    const second = await postBatch(Array.from({ length: 8 }, () => ({ query: '{ zones { code } }' })), token);
    const codes = (second.pieces as Piece[]).map((p) => (p.data?.zones ? 'OK' : p.errors?.[0]?.extensions?.code));
    // 12 a minute: 8 served before, 4 now, the other 4 refused.
    expect(codes.filter((c) => c === 'OK')).toHaveLength(PLATFORM_PER_MINUTE - 8);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(16 - PLATFORM_PER_MINUTE);
  });

  it('authenticates each operation: a batch without a valid token is 401 for every one of them', async () => {
    const { status, pieces } = await postBatch([{ query: '{ zones { code } }' }, { query: '{ zones { city } }' }], 'not-a-token');
    expect(status).toBe(401);
    expect((pieces as Piece[]).map((p) => p.errors?.[0]?.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('refuses an empty batch and one over BATCH_MAX_OPERATIONS (10) as a whole, with 400', async () => {
    const token = await regulatorToken();
    const over = await postBatch(Array.from({ length: 11 }, () => ({ query: '{ zones { code } }' })), token);
    expect(over.status).toBe(400);
    expect((over.pieces as Piece).errors?.[0]?.message).toMatch(/up to 10 operations \(BATCH_MAX_OPERATIONS\); this one holds 11/);
    const empty = await postBatch([], token);
    expect(empty.status).toBe(400);
    expect((empty.pieces as Piece).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
