/**
 * The clients front-end teams use, with their defaults, against the started product: urql
 * (queries as GET, authorization header only), graphql-request, and bad input read as one
 * BAD_USER_INPUT naming fields.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getOperationName } from '@apollo/client/utilities/internal';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '../gateway/src/trusted-documents/manifest';
import { ClientError, GraphQLClient } from 'graphql-request';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let token: string;
beforeAll(async () => {
  stack = await startStack();
  token = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
});
afterAll(async () => {
  await stack?.close();
});

describe('front-end clients with their defaults', () => {
  it('urql: a query sent as its default GET with a bearer token is answered (no CSRF refusal)', async () => {
    const methods: string[] = [];
    const client = new Client({
      url: stack.gatewayUrl,
      exchanges: [cacheExchange, fetchExchange],
      fetchOptions: { headers: { authorization: `Bearer ${token}` } },
      fetch: (input, init) => {
        methods.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
    const result = await client.query<{ zones: { code: string }[] }>('{ zones { code } }', {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(methods).toEqual(['GET']);
    expect(result.data!.zones.map((z) => z.code)).toContain('SHAOGUAN');
  });

  it('graphql-request: bad input comes back as one BAD_USER_INPUT whose problems name each field', async () => {
    const client = new GraphQLClient(stack.gatewayUrl, { headers: { authorization: `Bearer ${token}` } });
    const error = await client
      .request('mutation($input: PaymentInput!) { submitPayment(input: $input) { outcome } }', { input: { payCode: '91440200BLLJ5275GX', amountPaid: 'ten' } })
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    const errors = (error as ClientError).response.errors!;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (errors[0]!.extensions?.problems as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['input.payCode', 'input.amountPaid', 'input.payTransactionId', 'input.zone']));
  });

  describe('Apollo Client\'s persisted-query link for a bank (registered operations only)', () => {
    const manifest = JSON.parse(fs.readFileSync(DEFAULT_TRUSTED_DOCUMENTS_PATH, 'utf8')) as { operations: { id: string; name: string; body: string }[] };
    const settlementCheck = manifest.operations.find((o) => o.name === 'BankSettlementCheck')!;
    let bank: string;
    let order: { ebpCode: string; orderNo: string };
    beforeAll(async () => {
      const found = await stack.query<{ enterprises: { edges: { node: { orders: { orderNo: string; ebpCode: string; payCode: string }[] } }[] } }>(
        '{ enterprises(zone: SHAOGUAN, first: 5) { edges { node { orders(first: 1) { orderNo ebpCode payCode } } } } }',
      );
      const first = found.data!.enterprises.edges.flatMap((e) => e.node.orders)[0]!;
      order = first;
      bank = await stack.token({ role: 'BANK', org: first.payCode });
    });
    const clientWith = (persisted: ReturnType<typeof createPersistedQueryLink>) =>
      new ApolloClient({ link: persisted.concat(new HttpLink({ uri: stack.gatewayUrl, headers: { authorization: `Bearer ${bank}` } })), cache: new InMemoryCache() });
    const query = gql(settlementCheck.body);

    it('with its default hash (of the document with __typename added) is refused: the gateway does not know that id', async () => {
      const client = clientWith(createPersistedQueryLink({ sha256: (text) => createHash('sha256').update(text).digest('hex') }));
      const result = await client.query({ query, variables: order, errorPolicy: 'all' }).catch((error: Error) => ({ error, data: undefined }));
      expect(JSON.stringify(result.error)).toContain('"code":"PERSISTED_QUERY_NOT_ALLOWED"');
      expect(result.data ?? null).toBeNull();
    });

    it('with the manifest\'s ids (by operation name, as the README shows) runs the registered operation', async () => {
      const ids = new Map(manifest.operations.map((o) => [o.name, o.id]));
      const client = clientWith(createPersistedQueryLink({ generateHash: (document) => ids.get(getOperationName(document) ?? '') ?? '' }));
      const result = await client.query({ query, variables: order });
      expect(result.error).toBeUndefined();
      expect(result.data).toMatchObject({ settlementCheck: { ebpCode: order.ebpCode, orderNo: order.orderNo, mayProceed: expect.any(Boolean) } });
    });
  });

  it('Apollo Client\'s default InMemoryCache: an order read through order() and through node() is one cache entry', async () => {
    const client = new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri: stack.gatewayUrl, headers: { authorization: `Bearer ${token}` } }) });
    const listed = await client.query<{ enterprises: { edges: { node: { id: string; orders: { id: string; ebpCode: string; orderNo: string }[] } }[] } }>({
      query: gql`query Firms { enterprises(zone: SHAOGUAN, first: 2) { edges { node { id uscc orders(first: 2) { id ebpCode orderNo } } } } }`,
    });
    const order = listed.data!.enterprises.edges.flatMap((e) => e.node.orders)[0]!;
    const byKey = await client.query<{ order: { id: string; zone: string } }>({
      query: gql`query Order($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { id orderNo zone buyer { name } } }`,
      variables: { e: order.ebpCode, o: order.orderNo },
    });
    const byNode = await client.query<{ node: { id: string; zone: string } }>({
      query: gql`query Node($id: ID!) { node(id: $id) { id ... on Order { orderNo zone actualPaid } } }`,
      variables: { id: order.id },
    });
    expect(byNode.data!.node.id).toBe(byKey.data!.order.id);
    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    // The records are normalised by __typename and id: one entry for the order, wherever it was read.
    expect(Object.keys(cache).filter((key) => key === `Order:${order.id}`)).toHaveLength(1);
    expect(cache[`Order:${order.id}`]).toMatchObject({ orderNo: order.orderNo, zone: byKey.data!.order.zone, actualPaid: expect.any(String), buyer: { name: expect.any(String) } });
    const refs = Object.entries(cache.ROOT_QUERY!).filter(([field]) => field.startsWith('order(') || field.startsWith('node(')).map(([, value]) => value);
    expect(refs).toEqual([{ __ref: `Order:${order.id}` }, { __ref: `Order:${order.id}` }]);
    expect(Object.keys(cache).filter((key) => key.startsWith('Enterprise:'))).toHaveLength(2);
  });
});
