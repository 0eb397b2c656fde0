import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { KnownOperationTypesRule } from '../known-operation-types';
import { operationResolutionError } from '../operation-resolution';
import { ClientSafeError, isClientSafe } from '../errors';

describe('operationResolutionError: a valid document with no operation to run for the request', () => {
  const one = parse('query A { a }');
  const two = parse('query A { a } query B { a }');
  it.each([
    ['the only operation, unnamed in the request', one, undefined, null],
    ['the named operation', two, 'B', null],
    ['an unknown operation name', two, 'C', 'Unknown operation named "C".'],
    ['several operations and no name', two, null, 'Must provide operation name if query contains multiple operations.'],
    ['an operation name that is not a plain GraphQL name', two, 'x'.repeat(200), 'Unknown operation name: the document has no operation of that name.'],
    ['a name asked of a document with fragments only', parse('fragment F on Query { a }'), null, 'Must provide an operation.'],
  ])('%s', (_name, document, operationName, message) => {
    const error = operationResolutionError(document, operationName);
    if (message === null) {
      expect(error).toBeNull();
      return;
    }
    expect(error?.message).toBe(message);
    expect(error?.extensions).toEqual({ code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } });
    expect(isClientSafe(error)).toBe(true);
  });
});

describe('KnownOperationTypesRule: operations need a root type in the schema', () => {
  const readOnly = buildSchema('type Query { a: String } type Book { title: String }');
  const writable = buildSchema('type Query { a: String } type Mutation { write: String }');
  const errorsOf = (schema: typeof readOnly, source: string) => validate(schema, parse(source), [...specifiedRules, KnownOperationTypesRule]).map((e) => e.message);

  it('is needed: graphql-js 16 lets a mutation through against a schema without Mutation', () => {
    expect(validate(readOnly, parse('mutation { write }'), specifiedRules)).toEqual([]);
  });

  it.each([
    ['a mutation without Mutation', readOnly, 'mutation { write }', ['The mutation operation is not supported by the schema.']],
    ['a mutation of a field that exists nowhere, alike', readOnly, 'mutation { nothing }', ['The mutation operation is not supported by the schema.']],
    ['a subscription', writable, 'subscription { a }', ['The subscription operation is not supported by the schema.']],
    ['a mutation where there is Mutation', writable, 'mutation { write }', []],
    ['a query', readOnly, '{ a }', []],
  ])('%s', (_name, schema, source, messages) => {
    expect(errorsOf(schema, source)).toEqual(messages);
  });
});

describe('ClientSafeError', () => {
  it('carries its code and HTTP status in extensions, and nothing else is client-safe', () => {
    const error = new ClientSafeError('m', { code: 'SOME_CODE', status: 413, extensions: { limit: 1 } });
    expect(error.extensions).toEqual({ limit: 1, code: 'SOME_CODE', http: { status: 413 } });
    expect(isClientSafe(error)).toBe(true);
    expect(isClientSafe(new Error('m'))).toBe(false);
  });
});
