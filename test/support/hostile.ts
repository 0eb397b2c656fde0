/**
 * The hostile corpus: requests an attacker, a careless client or a broken proxy sends. Each one
 * must be refused (never served, never written), and none may cost the product a 5xx, a stack
 * trace, a file path or a process. Generated from the supergraph, so a new field or argument is
 * attacked the day it is added; fast-check draws the values from a fixed seed (HOSTILE_SEED
 * overrides it), so a failure names a request that can be sent again.
 */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DEPARTMENTS, type Department } from '@zone/common';

export interface HostileRequest {
  /** What the request tries, e.g. "scalar:Mutation.submitOrder(input.buyer.name) control character as variable". */
  kind: string;
  target: 'gateway' | Department;
  method: string;
  /** Appended to the target's /graphql URL (a query string for GETs). */
  search?: string;
  headers: Record<string, string>;
  body?: string;
}

/** A value at one input position: its path from the field (`input.items[0].hsCode`) and the JSON to send. */
interface Leaf {
  path: string;
  type: GraphQLInputType;
}

/** Every input position of a field, arguments and nested input-object fields, lists looked into once. */
export function inputPositions(field: GraphQLField<unknown, unknown>): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (path: string, type: GraphQLInputType, seen: Set<string>) => {
    leaves.push({ path, type });
    const nullable = getNullableType(type);
    if (isListType(nullable)) return walk(`${path}[0]`, nullable.ofType as GraphQLInputType, seen);
    if (isInputObjectType(nullable) && !seen.has(nullable.name)) {
      const inner = new Set(seen).add(nullable.name);
      for (const child of Object.values(nullable.getFields())) walk(`${path}.${child.name}`, child.type, inner);
    }
  };
  for (const arg of field.args) walk(arg.name, arg.type, new Set());
  return leaves;
}

/** Values that pass each type's own checks, so that the one hostile value is what the request is refused for. */
export interface Samples {
  /** A registered enterprise's USCC; other USCC samples would be refused as unknown instead of as hostile. */
  uscc: string;
}

function plausible(type: GraphQLInputType, samples: Samples, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [plausible(nullable.ofType as GraphQLInputType, samples, depth + 1)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isInputObjectType(nullable)) {
    if (depth > 4) return {};
    const value: Record<string, unknown> = {};
    for (const child of Object.values(nullable.getFields())) {
      if (isNonNullType(child.type)) value[child.name] = plausible(child.type, samples, depth + 1);
    }
    return value;
  }
  switch (nullable.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'USCC':
      return samples.uscc;
    case 'IdNumber':
      return '11010519491231002X';
    case 'HsCode':
      return '1901101000';
    case 'Currency':
      return 'CNY';
    case 'Decimal':
      return '1.00';
    case 'DateTime':
      return '2026-11-27T08:00:00Z';
    case 'Date':
      return '2026-11-27';
    default:
      return 'x';
  }
}

/** C0 controls other than tab, line feed and carriage return: never part of any field's text. */
const CONTROL = fc.constantFrom(...[0, 1, 2, 7, 8, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f].map((c) => String.fromCharCode(c)));
/** Longer than any bounded string input of the API (the longest allowed free text is far below). */
const OVER_LONG = fc.tuple(fc.integer({ min: 100_001, max: 140_000 }), fc.constantFrom('a', '张', '0')).map(([n, c]) => c.repeat(n));
const WITH_CONTROL = fc.tuple(fc.string({ maxLength: 12 }), CONTROL, fc.string({ maxLength: 12 })).map(([a, c, b]) => `${a}${c}${b}`);

/**
 * A value the position's type must refuse, whatever else the request says: for text, a control
 * character or more than any maximum length; otherwise a value of the wrong kind.
 */
function hostileValue(type: GraphQLInputType): fc.Arbitrary<{ label: string; value: unknown }> {
  const nullable = getNullableType(type);
  const labelled = (label: string, arb: fc.Arbitrary<unknown>) => arb.map((value) => ({ label, value }));
  const options: fc.Arbitrary<{ label: string; value: unknown }>[] = [];
  if (isNonNullType(type)) options.push(labelled('null for a required value', fc.constant(null)));
  if (isListType(nullable)) {
    options.push(labelled('list of lists', fc.constant([[[]]])));
    return fc.oneof(...options, hostileValue(nullable.ofType as GraphQLInputType).map(({ label, value }) => ({ label: `element: ${label}`, value: [value] })));
  }
  if (isInputObjectType(nullable)) {
    options.push(labelled('text for an object', fc.string({ maxLength: 20 })), labelled('number for an object', fc.integer()));
    options.push(labelled('unknown field', fc.constant({ __proto__x: 1, constructor: 'x', zzUnknown: true })));
    return fc.oneof(...options);
  }
  if (isEnumType(nullable)) {
    options.push(labelled('unknown enum value', fc.stringMatching(/^[a-z][a-z_]{0,10}$/)), labelled('control character', WITH_CONTROL), labelled('number for an enum', fc.integer()));
    return fc.oneof(...options);
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        options.push(labelled('out of 32-bit range', fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e20)), labelled('fraction for an Int', fc.constantFrom(1.5, -0.25)), labelled('text for an Int', fc.constant('1')));
        break;
      case 'Float':
        options.push(labelled('text for a Float', fc.constant('1.5')), labelled('object for a Float', fc.constant({ a: 1 })));
        break;
      case 'Boolean':
        options.push(labelled('text for a Boolean', fc.constantFrom('true', 'yes')), labelled('number for a Boolean', fc.constantFrom(0, 1)));
        break;
      default:
        options.push(labelled('control character', WITH_CONTROL), labelled('over-long text', OVER_LONG), labelled('object for text', fc.constant({ a: '1' })));
        if (nullable.name !== 'ID') options.push(labelled('boolean for text', fc.boolean()));
    }
  }
  return fc.oneof(...options);
}

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(/\.|(?=\[)/).map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p));
  let node: Record<string | number, unknown> = root;
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1) {
      node[part] = value;
      return;
    }
    let next = node[part];
    if (typeof next !== 'object' || next === null) {
      next = typeof parts[index + 1] === 'number' ? [] : {};
      node[part] = next;
    }
    node = next as Record<string | number, unknown>;
  }
}

/**
 * A JSON value written as a GraphQL literal for a position of the given type: enum values as
 * names where the type is an enum (anything else there as a string, which the enum refuses),
 * everything else as JSON-like literals.
 */
export function literalOf(value: unknown, type?: GraphQLInputType): string {
  const nullable = type ? getNullableType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const element = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
    return `[${value.map((v) => literalOf(v, element)).join(', ')}]`;
  }
  if (nullable && isListType(nullable)) return literalOf(value, nullable.ofType as GraphQLInputType);
  if (typeof value === 'string') return nullable && isEnumType(nullable) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
  return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${literalOf(v, fields[k]?.type)}`).join(', ')} }`;
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

/** The operation with each argument a variable, and the variables with one hostile value among plausible ones. */
function operationWith(operationType: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, inline: boolean): { query: string; variables?: Record<string, unknown> } {
  if (inline) {
    const list = field.args.filter((a) => a.name in args).map((a) => `${a.name}: ${literalOf(args[a.name], a.type)}`);
    return { query: `${operationType} Hostile { ${field.name}${list.length ? `(${list.join(', ')})` : ''}${selectionOf(field)} }` };
  }
  const declared = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`);
  const passed = field.args.map((a) => `${a.name}: $${a.name}`);
  return {
    query: `${operationType} Hostile${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selectionOf(field)} }`,
    variables: args,
  };
}

export interface CorpusOptions {
  schema: GraphQLSchema;
  /** Owner of each mutation (from the supergraph's join__field). */
  mutationOwners: Record<string, Department>;
  samples: Samples;
  /** Bearer tokens by name: platform, regulator, bank, officer:<department>, system:<department>, forged:<kind>. */
  tokens: Record<string, string>;
  seed: number;
}

const json = (token: string | null, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  ...extra,
});

/** Requests with a bad value at one input position of every root field, as a variable and written inline. */
function badScalars(options: CorpusOptions, perPosition: number): HostileRequest[] {
  const { schema, mutationOwners, samples, tokens, seed } = options;
  const requests: HostileRequest[] = [];
  const roots: ['query' | 'mutation', GraphQLField<unknown, unknown>][] = [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as ['query', GraphQLField<unknown, unknown>]),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => ['mutation', f] as ['mutation', GraphQLField<unknown, unknown>]),
  ];
  let run = seed;
  for (const [operationType, field] of roots) {
    // The owner's own system may write: the hostile value is all that stands between the request and a write.
    const token = operationType === 'mutation' ? tokens[`system:${mutationOwners[field.name]}`]! : tokens.regulator!;
    for (const position of inputPositions(field)) {
      const drawn = fc.sample(hostileValue(position.type), { numRuns: perPosition, seed: run++ });
      for (const [index, { label, value }] of drawn.entries()) {
        const args: Record<string, unknown> = {};
        for (const arg of field.args) if (isNonNullType(arg.type)) args[arg.name] = plausible(arg.type, samples);
        setAt(args, position.path, value);
        const inline = index % 2 === 1 && !(typeof value === 'string' && value.length > 50_000 && position.path.includes('['));
        const body = operationWith(operationType, field, args, inline);
        requests.push({
          kind: `scalar:${operationType === 'query' ? 'Query' : 'Mutation'}.${field.name}(${position.path}) ${label} ${inline ? 'inline' : 'as variable'}`,
          target: 'gateway',
          method: 'POST',
          headers: json(token),
          body: JSON.stringify(body),
        });
      }
    }
  }
  return requests;
}

/**
 * Callers outside the owning department who may run a mutation by rule: every department's system
 * has identities verified (customs in three-document matching; mayVerifyIdentity).
 */
const MAY_ALSO_WRITE: Record<string, string[]> = {
  verifyIdentity: DEPARTMENTS.map((d) => `system:${d}`),
};

/** Every mutation with plausible values, as callers who may not write it. */
function escalations(options: CorpusOptions): HostileRequest[] {
  const { schema, mutationOwners, samples, tokens } = options;
  const requests: HostileRequest[] = [];
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const owner = mutationOwners[field.name]!;
    const args: Record<string, unknown> = {};
    for (const arg of field.args) if (isNonNullType(arg.type)) args[arg.name] = plausible(arg.type, samples);
    const mayAlsoWrite = MAY_ALSO_WRITE[field.name] ?? [];
    const callers = ['regulator', 'bank', ...DEPARTMENTS.filter((d) => d !== owner).flatMap((d) => [`officer:${d}`, `system:${d}`])].filter((c) => !mayAlsoWrite.includes(c));
    for (const caller of callers) {
      for (const inline of [false, true]) {
        requests.push({
          kind: `escalation:Mutation.${field.name} as ${caller} ${inline ? 'inline' : 'as variable'}`,
          target: 'gateway',
          method: 'POST',
          // Claims in headers are no credentials: they must change nothing.
          headers: json(tokens[caller]!, { 'x-role': 'PLATFORM', 'x-department': owner, 'x-scope': 'pii:read identity:match' }),
          body: JSON.stringify(operationWith('mutation', field, args, inline)),
        });
      }
    }
  }
  return requests;
}

const ORDER_MUTATION = `mutation($input: OrderInput!) { submitOrder(input: $input) { outcome revision } }`;

/** A mutation that would write, sent with every kind of token that must not be believed. */
function forgedTokens(options: CorpusOptions, orderInput: unknown, repeats: number): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const body = JSON.stringify({ query: ORDER_MUTATION, variables: { input: orderInput } });
  const forged = Object.entries(options.tokens).filter(([name]) => name.startsWith('forged:'));
  const raw = fc.sample(fc.string({ minLength: 1, maxLength: 300 }).filter((s) => /^[\x21-\x7e]+$/.test(s)), { numRuns: repeats * 10, seed: options.seed + 7 });
  for (let i = 0; i < repeats; i++) {
    for (const [name, token] of forged) requests.push({ kind: `token:${name}`, target: 'gateway', method: 'POST', headers: json(token), body });
  }
  for (const token of raw) requests.push({ kind: 'token:random text', target: 'gateway', method: 'POST', headers: json(token), body });
  for (const scheme of ['Basic', 'bearer  ', 'Token', '']) {
    requests.push({ kind: `token:scheme "${scheme}"`, target: 'gateway', method: 'POST', headers: { 'content-type': 'application/json', authorization: `${scheme} ${options.tokens.platform}`.replace(/^ /, '') }, body });
  }
  requests.push({ kind: 'token:in the query string', target: 'gateway', method: 'POST', search: `?access_token=${options.tokens.platform}`, headers: { 'content-type': 'application/json' }, body });
  return requests;
}

/** Documents that are malformed, too big, too deep, too wide, cyclic or ambiguous. */
function documents(options: CorpusOptions, count: number): HostileRequest[] {
  const { tokens, seed } = options;
  const requests: HostileRequest[] = [];
  const send = (kind: string, payload: unknown, token = tokens.platform!) =>
    requests.push({ kind: `document:${kind}`, target: 'gateway', method: 'POST', headers: json(token), body: JSON.stringify(payload) });
  const garbage = fc.sample(fc.string({ maxLength: 200 }), { numRuns: count, seed: seed + 11 });
  for (const text of garbage) send('garbage', { query: `{ ${text}` });
  for (const depth of [11, 20, 60, 200, 1000]) {
    send(`depth ${depth}`, { query: `{ enterprises(first: 1) { edges { node { ${'orders(first: 1) { enterprise { '.repeat(depth)} uscc ${'} } '.repeat(depth)} } } } }` });
    send(`nested lists ${depth}`, { query: `{ ${'__schema { types { fields { type { '.repeat(Math.min(depth, 300))} name ${'} } } } '.repeat(Math.min(depth, 300))} }` });
  }
  for (const n of [31, 200, 2000, 20000]) send(`${n} aliases`, { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: zones { code }`).join(' ')} }` });
  for (const n of [21, 500]) send(`${n} root fields`, { query: `{ ${Array.from({ length: n }, (_, i) => `z${i}: zones { code }`).join(' ')} }` });
  send('cyclic fragments', { query: `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }` });
  send('self-spread fragment', { query: `query { ...A } fragment A on Query { zones { code } ...A }` });
  // Each fragment spreads the next twice: 2^40 paths if expanded naively, and 40 distinct aliases.
  send('fragment bomb', { query: `query { ...F0 } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { a${i}: zones { code } ${i < 39 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}` });
  send('100,000 tokens', { query: `{ ${'zones { code } '.repeat(25_000)} }` });
  send('directive flood', { query: `{ zones ${'@include(if: true) '.repeat(5000)}{ code } }` });
  send('unknown operationName', { query: '{ zones { code } }', operationName: 'Nope' });
  send('two operations, no operationName', { query: 'query A { zones { code } } query B { zones { name } }' });
  send('operationName not a string', { query: '{ zones { code } }', operationName: { a: 1 } });
  send('subscription', { query: 'subscription { zones { code } }' });
  send('subscription by name', { query: 'subscription S { zones { code } } query Q { zones { code } }', operationName: 'S' });
  send('query not a string', { query: 42 });
  send('query missing', { variables: {} });
  send('variables not an object', { query: 'query($z: Zone) { enterprises(zone: $z, first: 1) { totalCount } }', variables: '["SHAOGUAN"]' });
  send('variables an array', { query: '{ zones { code } }', variables: [1, 2] });
  send('extensions not an object', { query: '{ zones { code } }', extensions: 'x' });
  send('persisted query hash garbage', { extensions: { persistedQuery: { version: 1, sha256Hash: 'zz' } } });
  send('persisted query unknown version', { query: '{ zones { code } }', extensions: { persistedQuery: { version: 99, sha256Hash: 'a'.repeat(64) } } });
  send('introspection of a mutation as a bank', { query: 'mutation { __typename }' }, tokens.bank);
  send('undeclared variable', { query: '{ enterprise(uscc: $u) { name } }' });
  send('huge list argument', { query: 'query($u: [ID!]!) { __typename }', variables: { u: Array.from({ length: 100_000 }, () => 'x') } });
  return requests;
}

/** Bodies and methods that are not GraphQL over HTTP at all, at the gateway and straight at a department. */
function transport(options: CorpusOptions, count: number): HostileRequest[] {
  const { tokens, seed } = options;
  const requests: HostileRequest[] = [];
  const targets: HostileRequest['target'][] = ['gateway', ...DEPARTMENTS];
  const notJson = fc.sample(
    fc.string({ minLength: 1, maxLength: 200 }).filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    }),
    { numRuns: count, seed: seed + 23 },
  );
  notJson.forEach((body, i) => requests.push({ kind: 'transport:malformed JSON', target: targets[i % targets.length]!, method: 'POST', headers: json(tokens.platform!), body }));
  const values = fc.sample(fc.oneof(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.integer(), fc.constant(null), fc.string({ maxLength: 20 }), fc.boolean()), { numRuns: Math.ceil(count / 2), seed: seed + 29 });
  values.forEach((value, i) => requests.push({ kind: 'transport:JSON that is no request object', target: targets[i % targets.length]!, method: 'POST', headers: json(tokens.platform!), body: JSON.stringify(value) }));
  // Over BATCH_MAX_OPERATIONS (10): the gateway refuses the whole array; a department takes no batch at all.
  const batch = JSON.stringify([...Array.from({ length: 10 }, () => ({ query: '{ zones { code } }' })), { query: 'mutation { __typename }' }]);
  const query = JSON.stringify({ query: '{ zones { code } }' });
  for (const target of targets) {
    requests.push({ kind: 'transport:batch over the limit', target, method: 'POST', headers: json(tokens.platform!), body: batch });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'application/graphql', 'application/xml', '']) {
      requests.push({ kind: `transport:content-type "${type}"`, target, method: 'POST', headers: { ...(type ? { 'content-type': type } : {}), authorization: `Bearer ${tokens.platform}` }, body: query });
    }
    requests.push({ kind: 'transport:body over 1 MB', target, method: 'POST', headers: json(tokens.platform!), body: JSON.stringify({ query: `{ zones { code } } # ${'x'.repeat(1_100_000)}` }) });
    requests.push({ kind: 'transport:body over 3 MB', target, method: 'POST', headers: json(tokens.platform!), body: JSON.stringify({ query: '{ zones { code } }', variables: { x: 'y'.repeat(3_200_000) } }) });
    requests.push({ kind: 'transport:empty body', target, method: 'POST', headers: json(tokens.platform!), body: '' });
    requests.push({ kind: 'transport:JSON nested 10,000 deep', target, method: 'POST', headers: json(tokens.platform!), body: `{"query":"{ zones { code } }","variables":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}` });
    for (const method of ['PUT', 'DELETE', 'PATCH']) requests.push({ kind: `transport:${method}`, target, method, headers: json(tokens.platform!), body: query });
    // Cross-site requests a browser sends without asking first: no preflight header, simple content types.
    requests.push({ kind: 'csrf:GET mutation', target, method: 'GET', search: `?query=${encodeURIComponent('mutation { submitOrder(input: {}) { outcome } }')}`, headers: { authorization: `Bearer ${tokens.platform}` } });
    requests.push({ kind: 'csrf:GET without preflight header', target, method: 'GET', search: `?query=${encodeURIComponent('{ zones { code } }')}`, headers: {} });
    requests.push({ kind: 'csrf:GET with garbage variables', target, method: 'GET', search: `?query=${encodeURIComponent('{ zones { code } }')}&variables=%7B%7Bnot-json`, headers: { 'apollo-require-preflight': 'true' } });
    requests.push({ kind: 'csrf:form POST', target, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent('mutation { __typename }')}` });
  }
  // Straight at a department: nothing is served without the gateway's signed caller assertion.
  DEPARTMENTS.forEach((department) => {
    requests.push({ kind: 'department:no assertion', target: department, method: 'POST', headers: json(tokens.platform!), body: query });
    requests.push({ kind: 'department:forged assertion', target: department, method: 'POST', headers: json(null, { 'x-zone-assertion': tokens['forged:wrong key']! }), body: query });
  });
  return requests;
}

/** The whole corpus, at least 5,000 requests. */
export function hostileCorpus(options: CorpusOptions, orderInput: unknown): HostileRequest[] {
  return [
    ...transport(options, 700),
    ...documents(options, 500),
    ...forgedTokens(options, orderInput, 20),
    ...escalations(options),
    ...badScalars(options, 12),
  ];
}

/** What no response may show: a stack frame, a file path or an HTML error page. */
export const LEAK = /\n\s+at |\bat [\w.$<>]+ \(|\/work\/|\/home\/|\/usr\/|node_modules|\.[cm]?[jt]s:\d+|<pre>|<!DOCTYPE/i;
