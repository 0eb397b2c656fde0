/**
 * The clients front-end teams use, with their defaults, against the started product: urql
 * (queries as GET, authorization header only), graphql-request, and bad input read as one
 * BAD_USER_INPUT naming fields.
 */
import { Client, cacheExchange, fetchExchange } from '@urql/core';
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
});
