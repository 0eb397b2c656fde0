import { DEPARTMENTS } from '@zone/common';
import { startStack, type Stack } from './support/stack';

interface HttpResult<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const SCHEMA = `query Introspection {
  __schema { queryType { fields { name } } mutationType { fields { name } } types { name } }
}`;

interface SchemaShape {
  __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } | null; types: { name: string }[] };
}

const FIELDS_OF = `query FieldsOf($name: String!) { __type(name: $name) { fields { name } } }`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function post<T = Record<string, unknown>>(payload: Record<string, unknown>, token?: string): Promise<HttpResult<T>> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as HttpResult<T>['body'] };
}

async function schemaOf(token: string) {
  const { status, body } = await post<SchemaShape>({ query: SCHEMA }, token);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  const schema = body.data!.__schema;
  return {
    query: schema.queryType.fields.map((f) => f.name).sort(),
    mutation: schema.mutationType?.fields.map((f) => f.name).sort() ?? null,
    types: new Set(schema.types.map((t) => t.name)),
  };
}

async function fieldsOf(token: string, type: string): Promise<string[] | null> {
  const { body } = await post<{ __type: { fields: { name: string }[] } | null }>({ query: FIELDS_OF, variables: { name: type } }, token);
  expect(body.errors).toBeUndefined();
  return body.data!.__type?.fields.map((f) => f.name).sort() ?? null;
}

const statements = async () => (await Promise.all(DEPARTMENTS.map((d) => stack.sqlCount(d)))).reduce((a, b) => a + b, 0);

describe('audiences: each caller sees its variant of the API', () => {
  it("shows a bank only the bank variant: orders, payments and their evidence, no identity checks, tax bills or enterprise lists", async () => {
    const bank = await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' });
    const schema = await schemaOf(bank);
    expect(schema.query).toEqual(expect.arrayContaining(['enterprise', 'order', 'payment']));
    for (const hidden of ['identityCheck', 'taxBill', 'enterprises', 'inventoryList', 'waybill', 'auditEntries']) expect(schema.query).not.toContain(hidden);
    // One mutation: a bank accepts the settlement basis it settles on (a signed decision of forex's).
    expect(schema.mutation).toEqual(['acceptSettlementBasis']);
    for (const hidden of ['TaxBill', 'IdentityCheck', 'Buyer', 'Payer', 'EnterpriseConnection']) expect(schema.types.has(hidden)).toBe(false);
    const order = await fieldsOf(bank, 'Order');
    expect(order).toEqual(expect.arrayContaining(['orderNo', 'actualPaid', 'payment', 'waybill', 'inventoryList', 'items']));
    for (const hidden of ['buyer', 'consignee', 'taxBill', 'buyerIdentityCheck']) expect(order).not.toContain(hidden);
    expect(await fieldsOf(bank, 'Waybill')).not.toContain('consignee');
    expect(await fieldsOf(bank, 'TaxBill')).toBeNull();
    // A bank proves its own requests were logged, and reads no other entry.
    expect(schema.query).toEqual(expect.arrayContaining(['auditTreeHead', 'auditInclusionProof', 'auditConsistencyProof']));
    expect(await fieldsOf(bank, 'AuditInclusionProof')).toEqual(['leafHash', 'leafIndex', 'path', 'treeHead', 'treeSize']);
    expect(await fieldsOf(bank, 'AuditEntry')).toBeNull();
  });

  it("shows a regulator every record, read only, without the systems' keyed ID hashes", async () => {
    const regulator = await stack.token({ role: 'REGULATOR', org: 'GD-COMMERCE-DEPT' });
    const schema = await schemaOf(regulator);
    expect(schema.query).toEqual(expect.arrayContaining(['enterprises', 'order', 'identityCheck', 'taxBill', 'inventoryList', 'waybill', 'payment']));
    expect(schema.mutation).toBeNull();
    expect(await fieldsOf(regulator, 'Buyer')).toEqual(expect.arrayContaining(['name', 'phone']));
    expect(await fieldsOf(regulator, 'Buyer')).not.toContain('idHash');
    expect(await fieldsOf(regulator, 'Payer')).not.toContain('idHash');
    expect(schema.query).toEqual(expect.arrayContaining(['auditEntries', 'auditChainVerification', 'auditTreeHead', 'auditInclusionProof', 'auditConsistencyProof']));
  });

  it("shows the platform its declarations but not the officers' steps", async () => {
    const platform = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const schema = await schemaOf(platform);
    expect(schema.mutation).toEqual(expect.arrayContaining(['submitOrder', 'submitPayment', 'submitWaybill', 'verifyIdentity']));
    expect(schema.mutation).not.toContain('placeOnNegativeList');
    expect(schema.query).not.toContain('auditEntries');
    expect(schema.query).toEqual(expect.arrayContaining(['auditTreeHead', 'auditInclusionProof', 'auditConsistencyProof']));
  });

  it('shows officers and department systems the whole API', async () => {
    const system = await stack.token({ role: 'SYSTEM', org: 'GD-CUSTOMS', department: 'customs' });
    expect(await fieldsOf(system, 'Buyer')).toContain('idHash');
    expect((await schemaOf(system)).mutation).toContain('placeOnNegativeList');
  });

  it('refuses a bank operation outside its variant as an invalid document, before any department is called', async () => {
    const bank = await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' });
    const before = await statements();
    const outside = await post({ query: '{ identityCheck(serialNo: "1") { verdict } }' }, bank);
    expect(outside.status).toBe(400);
    expect(outside.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(outside.body.errors![0]!.message).toBe('Cannot query field "identityCheck" on type "Query".');
    expect(outside.body.data).toBeUndefined();

    const nested = await post({ query: 'query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo buyer { name } } }', variables: { e: 'x', o: 'y' } }, bank);
    expect(nested.status).toBe(400);
    expect(nested.body.errors![0]!.message).toBe('Cannot query field "buyer" on type "Order".');
    expect(await statements()).toBe(before);

    // Nor does the refusal suggest a field of the variant ("Did you mean enterprise?"), which a field that exists nowhere would not get.
    const suggested = await post({ query: '{ enterprises(first: 1) { totalCount } }' }, bank);
    expect(suggested.body.errors![0]!.message).toBe('Cannot query field "enterprises" on type "Query".');

    // A field outside the variant is refused exactly like one that exists nowhere, without suggestions.
    const nowhere = await post({ query: '{ identityChek(serialNo: "1") { verdict } }' }, bank);
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.errors![0]!.message).toBe('Cannot query field "identityChek" on type "Query".');
  });

  it("refuses a regulator's mutation (its variant has no Mutation) as an invalid document, naming nothing outside its view", async () => {
    const regulator = await stack.token({ role: 'REGULATOR', org: 'GD-COMMERCE-DEPT' });
    const before = await statements();
    const place = await post(
      { query: 'mutation Place($u: ID!) { placeOnNegativeList(uscc: $u, reason: "r", legalBasis: "b") { uscc } }', variables: { u: '91440300MA5FXXXX0X' } },
      regulator,
    );
    expect(place.status).toBe(400);
    expect(place.body.errors).toHaveLength(1);
    expect(place.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(place.body.errors![0]!.message).toBe('The mutation operation is not supported by the schema.');
    expect(JSON.stringify(place.body)).not.toMatch(/placeOnNegativeList|officer|commerce/i);
    expect(place.body.data).toBeUndefined();
    // Exactly what a mutation of a field that exists nowhere gets, so the refusal tells nothing.
    const nowhere = await post({ query: 'mutation { placeOnNegativList(uscc: "x") { uscc } }' }, regulator);
    expect({ status: nowhere.status, errors: nowhere.body.errors }).toEqual({ status: place.status, errors: place.body.errors });
    // As any field outside the variant is refused (same code and status).
    const hidden = await post({ query: 'query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { buyer { idHash } } }', variables: { e: 'x', o: 'y' } }, regulator);
    expect(hidden.status).toBe(400);
    expect(hidden.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await statements()).toBe(before);
  });

  it('refuses a bank any mutation but acceptSettlementBasis the same way, as a field outside its variant', async () => {
    const bank = await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' });
    const refused = await post({ query: 'mutation { placeOnNegativeList(uscc: "x", reason: "r", legalBasis: "b") { uscc } }' }, bank);
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.body.errors![0]!.message).toBe('Cannot query field "placeOnNegativeList" on type "Mutation".');
  });

  it('refuses introspection mixed with data fields, which the gateway would answer from the whole schema', async () => {
    const bank = await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' });
    const mixed = await post({ query: '{ zones { code } __schema { types { name } } }' }, bank);
    expect(mixed.status).toBe(400);
    expect(mixed.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers no introspection to anonymous callers or bad tokens (401 before GraphQL)', async () => {
    const anonymous = await post({ query: SCHEMA });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data).toBeUndefined();
    const forged = await post({ query: SCHEMA }, 'not-a-token');
    expect(forged.status).toBe(401);
    expect(forged.body.data).toBeUndefined();
  });
});
