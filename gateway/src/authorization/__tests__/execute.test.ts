import { GraphQLError, parse, print, validate, type DocumentNode } from 'graphql';
import type { Caller } from '@zone/common';
import { executeAuthorized, type ExecutionRequest, type ExecutionResult } from '..';
import { PLACEHOLDER_KEY, TYPENAME_KEY, authorizeOperation } from '../filter';
import { requirementsOf } from '../requirements';
import { caller, fixtureApiSchema, fixtureSupergraphSdl } from './fixture';

const sdl = fixtureSupergraphSdl();
const schema = fixtureApiSchema(sdl);
const requirements = requirementsOf(sdl);

interface Executed {
  document: DocumentNode;
  queryHash: string;
}

/**
 * Runs an operation through executeAuthorized with a stand-in for the query planner and the
 * departments: `answer` gets the document that would be planned and returns the departments' data.
 */
async function run(query: string, who: Caller | null, answer: (document: DocumentNode) => Record<string, unknown>, variables?: Record<string, unknown>) {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const executed: Executed[] = [];
  const request: ExecutionRequest = { schema, document, operationName: null, queryHash: `hash-of-original`, source: query, request: { variables } };
  const result = await executeAuthorized(requirements, who, request, async (r: ExecutionRequest): Promise<ExecutionResult> => {
    executed.push({ document: r.document, queryHash: r.queryHash });
    return { data: answer(r.document) };
  });
  return { result, executed };
}

const plain = (errors: readonly GraphQLError[] | undefined) => (errors ?? []).map((e) => ({ message: e.message, path: e.path, extensions: e.extensions }));

describe('executeAuthorized', () => {
  it('passes an operation with nothing withheld through untouched', async () => {
    const { result, executed } = await run('{ order(no: "1") { no buyer { name } } }', caller(), () => ({ order: { no: '1', buyer: { name: 'Z**' } } }));
    expect(executed).toHaveLength(1);
    expect(executed[0]!.queryHash).toBe('hash-of-original');
    expect(result).toEqual({ data: { order: { no: '1', buyer: { name: 'Z**' } } } });
  });

  it('takes a withheld field out of the planned document, answers null with an error naming it and serves its siblings', async () => {
    const { result, executed } = await run('{ order(no: "1") { no buyer { name idHash } } }', caller(), () => ({ order: { no: '1', buyer: { name: 'Z**' } } }));
    expect(print(executed[0]!.document)).not.toContain('idHash');
    expect(result.data).toEqual({ order: { no: '1', buyer: { name: 'Z**', idHash: null } } });
    expect(plain(result.errors)).toEqual([
      { message: 'Buyer.idHash requires the scope identity:match', path: ['order', 'buyer', 'idHash'], extensions: { code: 'FORBIDDEN', field: 'Buyer.idHash' } },
    ]);
  });

  it('serves the same field to a caller who qualifies', async () => {
    const system = caller({ role: 'SYSTEM', department: 'customs', scopes: ['identity:match'] });
    const { result, executed } = await run('{ order(no: "1") { buyer { idHash } } }', system, () => ({ order: { buyer: { idHash: 'abc' } } }));
    expect(print(executed[0]!.document)).toContain('idHash');
    expect(result).toEqual({ data: { order: { buyer: { idHash: 'abc' } } } });
  });

  it('puts the null at every path of a list, through fragments and aliases', async () => {
    const query = `{ orders { ...O } } fragment O on Order { no b: buyer { ... on Buyer { idHash } } }`;
    const { result, executed } = await run(query, caller(), (document) => {
      expect(print(document)).toContain(`${PLACEHOLDER_KEY}: __typename`);
      return { orders: [{ no: '1', b: { [PLACEHOLDER_KEY]: 'Buyer' } }, { no: '2', b: { [PLACEHOLDER_KEY]: 'Buyer' } }] };
    });
    expect(executed).toHaveLength(1);
    expect(result.data).toEqual({ orders: [{ no: '1', b: { idHash: null } }, { no: '2', b: { idHash: null } }] });
    expect(result.errors?.map((e) => e.path)).toEqual([
      ['orders', 0, 'b', 'idHash'],
      ['orders', 1, 'b', 'idHash'],
    ]);
  });

  it('propagates the null of a withheld non-null field to the nearest nullable parent', async () => {
    const { result } = await run('{ order(no: "1") { no buyer { name idHashStrict } } zones }', caller(), () => ({ order: { no: '1', buyer: { name: 'Z**' } }, zones: ['JIEYANG'] }));
    // Buyer.idHashStrict and Order.buyer are non-null: the order becomes null, zones are served.
    expect(result.data).toEqual({ order: null, zones: ['JIEYANG'] });
    expect(plain(result.errors)).toEqual([
      { message: 'Buyer.idHashStrict requires the scope identity:match', path: ['order', 'buyer', 'idHashStrict'], extensions: { code: 'FORBIDDEN', field: 'Buyer.idHashStrict' } },
    ]);
  });

  it('nulls a non-null list whose non-null item must be null, and so on up to the data', async () => {
    // Query.orders is [Order!]!: an item that must be null takes the list, and the list the data.
    const { result } = await run('{ orders { buyer { idHashStrict } } zones }', caller(), () => ({ orders: [{ buyer: {} }], zones: [] }));
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => e.path)).toEqual([['orders', 0, 'buyer', 'idHashStrict']]);
  });

  it('applies a type-level requirement wherever the type is returned', async () => {
    const { result } = await run('{ order(no: "1") { no dossier { text } } secretDossier { text } }', caller(), () => ({ order: { no: '1' } }));
    expect(result.data).toEqual({ order: { no: '1', dossier: null }, secretDossier: null });
    expect(result.errors?.map((e) => e.message)).toEqual(['Order.dossier requires the scope dossier:read', 'Query.secretDossier requires the scope dossier:read']);
  });

  it('withholds a field selected through an interface when an implementation requires more', async () => {
    const { result, executed } = await run('{ parties { code ... on Person { ssn } } }', caller(), (document) => {
      expect(print(document)).not.toContain('ssn');
      // The runtime type is asked for, so the result can tell which fragments applied.
      expect(print(document)).toContain(`${TYPENAME_KEY}: __typename`);
      return { parties: [{ code: 'P', [TYPENAME_KEY]: 'Person' }, { code: 'C', [TYPENAME_KEY]: 'Company' }] };
    });
    expect(executed).toHaveLength(1);
    expect(result.data).toEqual({ parties: [{ code: 'P', ssn: null }, { code: 'C' }] });
    expect(result.errors?.map((e) => e.path)).toEqual([['parties', 0, 'ssn']]);
  });

  it('asks no department when every selected field is withheld', async () => {
    const { result, executed } = await run('{ order(no: "1") { no } payment(no: "P") { amount } }', null, () => {
      throw new Error('no department may be asked');
    });
    expect(executed).toHaveLength(0);
    expect(result.data).toEqual({ order: null, payment: null });
    expect(result.errors?.map((e) => [e.message, e.extensions.code])).toEqual([
      ['Query.order requires an authenticated caller', 'UNAUTHENTICATED'],
      ['Query.payment requires an authenticated caller; and a caller other than a bank: banks read inventory lists, summary declarations, waybills, tax bills and identity checks only through the orders they processed', 'UNAUTHENTICATED'],
    ]);
  });

  it('answers a refused non-null mutation with data null, before any department is asked', async () => {
    const officer = caller({ role: 'OFFICER', department: 'customs', zone: 'JIEYANG' });
    const { result, executed } = await run('mutation { submitOrder(no: "1") { no } }', officer, () => ({}));
    expect(executed).toHaveLength(0);
    expect(result.data).toBeNull();
    expect(plain(result.errors)).toEqual([
      {
        message: 'Mutation.submitOrder requires an officer or system of commerce, or the zone platform',
        path: ['submitOrder'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.submitOrder' },
      },
    ]);
  });

  it('reports nothing for a withheld field the client skipped', async () => {
    const { result } = await run('query($s: Boolean!) { order(no: "1") { no buyer { name idHash @skip(if: $s) } } }', caller(), () => ({ order: { no: '1', buyer: { name: 'Z**' } } }), { s: true });
    expect(result).toEqual({ data: { order: { no: '1', buyer: { name: 'Z**' } } }, errors: [] });
  });

  it('keeps the departments errors after its own', async () => {
    const document = parse('{ order(no: "1") { buyer { idHash } } }');
    const request: ExecutionRequest = { schema, document, operationName: null, queryHash: 'h', source: '', request: {} };
    const departmentError = new GraphQLError('The forex department is unavailable');
    const result = await executeAuthorized(requirements, caller(), request, async () => ({ data: { order: null }, errors: [departmentError] }));
    expect(result.data).toEqual({ order: null });
    expect(result.errors).toEqual([departmentError]);
  });

  it('returns a result without data (the request failed as a whole) as it is', async () => {
    const document = parse('{ order(no: "1") { buyer { idHash } } }');
    const request: ExecutionRequest = { schema, document, operationName: null, queryHash: 'h', source: '', request: {} };
    const failed = { errors: [new GraphQLError('Variable "$x" got an invalid value')] };
    expect(await executeAuthorized(requirements, caller(), request, async () => failed)).toBe(failed);
  });
});

describe('query plans and the rights of callers', () => {
  const query = '{ order(no: "1") { no note buyer { idHash } } }';
  const hashFor = async (who: Caller) => (await run(query, who, () => ({ order: null }))).executed[0]!.queryHash;

  it('plans a filtered document under its own hash, different for callers with different rights', async () => {
    const none = await hashFor(caller());
    const identity = await hashFor(caller({ scopes: ['identity:match'] }));
    const notes = await hashFor(caller({ scopes: ['notes:all'] }));
    expect(new Set([none, identity, notes, 'hash-of-original']).size).toBe(4);
  });

  it('shares one plan among callers with the same rights', async () => {
    expect(await hashFor(caller({ organisation: 'A' }))).toBe(await hashFor(caller({ organisation: 'B', role: 'REGULATOR' })));
  });

  it('decides on the document alone, not on variables', () => {
    const document = parse('query($n: String!) { order(no: $n) { buyer { idHash } } }');
    const once = authorizeOperation(schema, document, null, requirements, caller());
    const twice = authorizeOperation(schema, document, null, requirements, caller());
    expect(print(once.document)).toBe(print(twice.document));
    expect(once.nothingLeft).toBe(false);
  });
});
