import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@apollo/composition';
import { createLogger } from '@zone/common';
import { parse } from 'graphql';
import { QueryPlanner } from '@apollo/query-planner';
import { insecurePlatformCaller } from '../gateway/src/auth/authenticate';
import { createGateway, type RunningGateway } from '../gateway/src/gateway';

/**
 * Development and conformance runs: with security switched off, the gateway serves a supergraph
 * that is not this product's (no audiences tagged, a policy it has never heard of, subgraphs that
 * expect no caller assertion).
 */
const SHELF = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@policy"])
  type Query { books: [Book!]! @policy(policies: [["librarians_only"]]) }
  type Book @key(fields: "isbn") { isbn: ID! title: String! }
`;
const REVIEWS = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Book @key(fields: "isbn") { isbn: ID! stars: Int! }
`;
/** Subgraphs that share a name with one of this product's (a department, and the gateway's own audit). */
const TAX = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Book @key(fields: "isbn") { isbn: ID! vatRate: String! }
`;
const AUDIT = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { borrowings: [Borrowing!]! }
  type Borrowing { reader: String! book: Book! }
  type Book @key(fields: "isbn", resolvable: false) { isbn: ID! }
`;

const servers: http.Server[] = [];
const subgraphs: ApolloServer[] = [];
let gateway: RunningGateway;

async function serve(typeDefs: string, resolvers: Record<string, unknown>): Promise<string> {
  const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never }), plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  const httpServer = http.createServer(app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  servers.push(httpServer);
  subgraphs.push(server);
  return `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
}

beforeAll(async () => {
  const shelf = await serve(SHELF, {
    Query: { books: () => [{ isbn: '978-7-02-000220-7', title: '红楼梦' }] },
    Book: { __resolveReference: (ref: { isbn: string }) => ({ ...ref, title: '红楼梦' }) },
  });
  const reviews = await serve(REVIEWS, { Book: { __resolveReference: (ref: { isbn: string }) => ({ ...ref, stars: 5 }) } });
  const tax = await serve(TAX, { Book: { __resolveReference: (ref: { isbn: string }) => ({ ...ref, vatRate: '9%' }) } });
  const audit = await serve(AUDIT, { Query: { borrowings: () => [{ reader: '林黛玉', book: { isbn: '978-7-02-000220-7' } }] } });
  const composed = composeServices([
    { name: 'shelf', url: shelf, typeDefs: parse(SHELF) },
    { name: 'reviews', url: reviews, typeDefs: parse(REVIEWS) },
    { name: 'tax', url: tax, typeDefs: parse(TAX) },
    { name: 'audit', url: audit, typeDefs: parse(AUDIT) },
  ]);
  if (composed.errors?.length) throw new Error(composed.errors.map((e) => e.message).join('; '));
  // This product's department URLs, which a foreign supergraph's `tax` must not be sent to.
  const unused = 'http://127.0.0.1:9/graphql';
  gateway = await createGateway({
    supergraphSdl: composed.supergraphSdl!,
    subgraphUrls: { commerce: unused, customs: unused, tax: unused, forex: unused, post: unused, 'public-security': unused },
    authenticate: insecurePlatformCaller,
    assertionKey: null,
    log: createLogger('gateway'),
    securityOff: true,
  }).listen(0);
});
afterAll(async () => {
  await gateway?.close();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await Promise.all(subgraphs.map((server) => server.stop()));
});

describe('a gateway with security switched off', () => {
  it('serves any valid supergraph across its subgraphs, whatever policies and tags it carries', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ books { isbn title stars } }' }),
    });
    expect(await response.json()).toEqual({ data: { books: [{ isbn: '978-7-02-000220-7', title: '红楼梦', stars: 5 }] } });
  });
});

describe('a foreign supergraph whose subgraphs share names with this product\'s', () => {
  const post = async (query: string) =>
    (await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();

  it('sends its `tax` subgraph to the URL written in it, not to the configured TAX_URL', async () => {
    expect(await post('{ books { isbn vatRate } }')).toEqual({ data: { books: [{ isbn: '978-7-02-000220-7', vatRate: '9%' }] } });
  });

  it('serves its `audit` subgraph from its URL, not the gateway\'s own audit log', async () => {
    expect(await post('{ borrowings { reader book { title stars vatRate } } }')).toEqual({
      data: { borrowings: [{ reader: '林黛玉', book: { title: '红楼梦', stars: 5, vatRate: '9%' } }] },
    });
  });
});

describe('a query the planner cannot plan', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is QUERY_PLANNING_FAILED (400) with a message that helps and no planner internals, and the gateway keeps serving', async () => {
    // The planner's own failure ("Was not able to find any options …"), for a document that is valid.
    jest.spyOn(QueryPlanner.prototype, 'buildQueryPlan').mockImplementationOnce(() => {
      throw new Error("Was not able to find any options for { books { isbn title } }: This shouldn't have happened.");
    });
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Unplannable { books { isbn title } }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe('QUERY_PLANNING_FAILED');
    expect(body.errors[0]!.message).toMatch(/could not build a query plan.*Split it into smaller operations/);
    expect(JSON.stringify(body)).not.toMatch(/options for|happened|books/);
    // Nothing was cached for the failed plan: the same document is planned and served next time.
    const again = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Unplannable { books { isbn title } }' }),
    });
    expect(await again.json()).toEqual({ data: { books: [{ isbn: '978-7-02-000220-7', title: '红楼梦' }] } });
  });
});
