/**
 * One error contract for bad input, whatever the stage: BAD_USER_INPUT with
 * extensions.problems [{ field, reason }], field the input path, every problem of the request at
 * once, HTTP 200. Generated from the schema: every input position of every mutation gets a bad
 * value (and every input object an unknown field, and, in another request, none of its fields),
 * sent as variables and written inline.
 */
import fs from 'node:fs';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { apiSchemaOf } from '../gateway/src/trusted-documents/validate';
import { literalOf } from './support/hostile';
import { startStack, type Stack } from './support/stack';

const SCHEMA = apiSchemaOf(fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'));
const MUTATIONS = Object.values(SCHEMA.getMutationType()!.getFields());

/** A value of the wrong kind for each scalar: one the scalar itself must refuse. */
const BAD_SCALAR: Record<string, unknown> = {
  Int: 'seven',
  Float: 'one and a half',
  Boolean: 'yes',
  String: 12,
  ID: true,
  USCC: '91440200NOTAUSCC00',
  IdNumber: '12345',
  HsCode: '12',
  Currency: 'XXX',
  Decimal: 'twelve',
  DateTime: 'last tuesday',
};

interface Case {
  value: unknown;
  /** Input paths the error must name. */
  expected: string[];
}

/** A value wrong at every leaf of the type, with an unknown field in every input object. */
function wrongEverywhere(type: GraphQLInputType, path: string, expected: string[], depth = 0): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [wrongEverywhere(nullable.ofType as GraphQLInputType, `${path}[0]`, expected, depth + 1)];
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) value[field.name] = wrongEverywhere(field.type, `${path}.${field.name}`, expected, depth + 1);
    value.zzUnknown = 1;
    expected.push(`${path}.zzUnknown`);
    return value;
  }
  expected.push(path);
  if (isEnumType(nullable)) return 'NOT_A_VALUE';
  if (isScalarType(nullable)) {
    if (!(nullable.name in BAD_SCALAR)) throw new Error(`no bad value for scalar ${nullable.name}: add one`);
    return BAD_SCALAR[nullable.name];
  }
  throw new Error(`unexpected input type ${String(type)}`);
}

/** Every argument wrong everywhere. */
function wrongCase(field: GraphQLField<unknown, unknown>): Record<string, Case> {
  return Object.fromEntries(field.args.map((arg) => {
    const expected: string[] = [];
    return [arg.name, { value: wrongEverywhere(arg.type, arg.name, expected), expected }];
  }));
}

/** Input objects with none of their fields: each required field is named. Scalars and enums left out where required. */
function emptyCase(field: GraphQLField<unknown, unknown>): { args: Record<string, unknown>; expected: string[] } {
  const args: Record<string, unknown> = {};
  const expected: string[] = [];
  for (const arg of field.args) {
    const nullable = getNullableType(arg.type);
    if (isInputObjectType(nullable)) {
      args[arg.name] = {};
      for (const child of Object.values(nullable.getFields())) if (isNonNullType(child.type) && child.defaultValue === undefined) expected.push(`${arg.name}.${child.name}`);
    } else if (isListType(nullable) && isInputObjectType(getNullableType(nullable.ofType))) {
      args[arg.name] = [{}];
      for (const child of Object.values((getNullableType(nullable.ofType) as import('graphql').GraphQLInputObjectType).getFields())) {
        if (isNonNullType(child.type) && child.defaultValue === undefined) expected.push(`${arg.name}[0].${child.name}`);
      }
    } else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      expected.push(arg.name);
    }
  }
  return { args, expected };
}

function document(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, inline: boolean): { query: string; variables?: Record<string, unknown> } {
  const selection = isScalarType(getNullableType(field.type)) || isEnumType(getNullableType(field.type)) ? '' : ' { __typename }';
  const given = field.args.filter((a) => a.name in args);
  if (inline) {
    const list = given.map((a) => `${a.name}: ${literalOf(args[a.name], a.type)}`);
    return { query: `mutation Bad { ${field.name}${list.length ? `(${list.join(', ')})` : ''}${selection} }` };
  }
  const declared = given.map((a) => `$${a.name}: ${String(a.type)}`);
  const passed = given.map((a) => `${a.name}: $${a.name}`);
  return { query: `mutation Bad${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selection} }`, variables: args };
}

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; problems?: { field: string; reason: string }[] } }[] };
}

let stack: Stack;
let token: string;
beforeAll(async () => {
  stack = await startStack();
  // A department system: no audience narrows its schema, so every mutation is reachable.
  token = await stack.token({ role: 'SYSTEM', org: 'SYSTEM-CUSTOMS', department: 'customs' });
});
afterAll(async () => {
  await stack?.close();
});

async function send(body: { query: string; variables?: Record<string, unknown> }): Promise<Answer> {
  const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

function expectOneBadInput(answer: Answer, expected: string[], label: string): void {
  const summary = `${label}: ${JSON.stringify(answer.body).slice(0, 600)}`;
  expect({ summary, status: answer.status }).toEqual({ summary, status: 200 });
  expect({ summary, errors: answer.body.errors?.length }).toEqual({ summary, errors: 1 });
  const [error] = answer.body.errors!;
  expect({ summary, code: error!.extensions?.code }).toEqual({ summary, code: 'BAD_USER_INPUT' });
  const fields = (error!.extensions?.problems ?? []).map((p) => p.field).sort();
  expect({ summary, fields }).toEqual({ summary, fields: [...new Set(expected)].sort() });
  for (const problem of error!.extensions!.problems!) expect(problem.reason.length).toBeGreaterThan(0);
  expect(answer.body.data ?? null).toBeNull();
}

describe('one error contract for bad input', () => {
  it('walks more than one mutation with input', () => {
    expect(MUTATIONS.filter((m) => m.args.length > 0).length).toBeGreaterThan(20);
  });

  describe.each(MUTATIONS.filter((m) => m.args.length > 0).map((m) => [m.name, m] as const))('%s', (_name, field) => {
    it.each([['as variables', false], ['written inline', true]] as const)('names every wrong value and unknown field at once, %s', async (_how, inline) => {
      const cases = wrongCase(field);
      const args = Object.fromEntries(Object.entries(cases).map(([k, c]) => [k, c.value]));
      const expected = Object.values(cases).flatMap((c) => c.expected);
      expectOneBadInput(await send(document(field, args, inline)), expected, `${field.name} ${inline ? 'inline' : 'variables'}`);
    });

    it.each([['as variables', false], ['written inline', true]] as const)('names every missing required argument and field at once, %s', async (_how, inline) => {
      const { args, expected } = emptyCase(field);
      if (expected.length === 0) return;
      expectOneBadInput(await send(document(field, args, inline)), expected, `${field.name} empty ${inline ? 'inline' : 'variables'}`);
    });
  });

  it('tells a caller outside a mutation\'s audience nothing about its input: a regulator gets the refusal of the operation', async () => {
    const regulator = await stack.token({ role: 'REGULATOR', org: 'GD-COMMERCE-DEPT' });
    for (const query of ['mutation { submitPayment(input: {}) { outcome } }', 'mutation { submitPayment(input: { payCode: "x", zzUnknown: 1 }) { outcome } }']) {
      const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${regulator}` }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as Answer['body'];
      expect(response.status).toBe(400);
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(JSON.stringify(body)).not.toMatch(/payTransactionId|problems/);
    }
  });

  it('answers a department\'s business rule in the same shape (input.actualPaid)', async () => {
    const page = await stack.query<{ enterprises: { edges: { node: { uscc: string } }[] } }>('{ enterprises(zone: SHAOGUAN, first: 1) { edges { node { uscc } } } }');
    const uscc = page.data!.enterprises.edges[0]!.node.uscc;
    const platform = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const input = {
      ebpCode: uscc, orderNo: 'BAD-INPUT-0001', direction: 'IMPORT', tradeMode: '9610', ebcCode: uscc, goodsValue: '398.00', freight: '12.00',
      discount: '0.00', taxTotal: '37.31', actualPaid: '999.99', currency: 'CNY',
      buyer: { name: '王小明', idType: '1', idNumber: '11010519491231002X', phone: '13800138000' },
      consignee: '王小明', consigneeAddress: '韶关市浈江区示例路1号', payCode: uscc, payTransactionId: 'PAY-BAD-0001', orderedAt: '2026-11-27T08:00:00Z',
      items: [{ gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '199.00', totalPrice: '398.00', country: 'NZL' }],
    };
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${platform}` },
      body: JSON.stringify({ query: 'mutation($input: OrderInput!) { submitOrder(input: $input) { outcome } }', variables: { input } }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Answer['body'];
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.extensions?.problems?.map((p) => p.field)).toContain('input.actualPaid');
  });
});
