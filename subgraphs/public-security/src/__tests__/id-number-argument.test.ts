import { buildSchema, graphql, type GraphQLScalarType } from 'graphql';
import { IdNumberScalar, RejectedScalarInput, idNumberCheckChar } from '@zone/common';
import { IdNumberArgumentScalar, idNumberArgumentProblem } from '../id-number-argument';

const first17 = '44030319900307123';
const valid = first17 + idNumberCheckChar(first17);
const wrongCheck = first17 + (idNumberCheckChar(first17) === '0' ? '1' : '0');

function schemaWith(scalar: GraphQLScalarType) {
  const schema = buildSchema('scalar IdNumber type Query { check(idNumber: IdNumber!): String }');
  Object.assign(schema.getType('IdNumber')!, { parseValue: scalar.parseValue, parseLiteral: scalar.parseLiteral, serialize: scalar.serialize });
  return schema;
}
const rootValue = { check: ({ idNumber }: { idNumber: unknown }) => idNumberArgumentProblem(idNumber) ?? 'ok' };

describe('the IdNumber argument of public security never echoes a number', () => {
  it.each([
    ['a valid number', valid, null],
    ['a wrong check digit', wrongCheck, 'check digit does not match'],
    ['17 characters', first17, 'must be 18 characters, got 17'],
    ['letters', 'A'.repeat(18), 'must be 17 digits followed by a digit or X'],
    ['a number, not a string', 440303199003071, 'must be a string of 18 characters'],
  ])('%s: %s', (_case, value, problem) => {
    expect(idNumberArgumentProblem(value)).toBe(problem);
  });

  it.each([
    ['a variable', 'query($id: IdNumber!) { check(idNumber: $id) }', { id: wrongCheck }],
    ['a literal', `{ check(idNumber: "${wrongCheck}") }`, undefined],
    ['a variable that is a number', 'query($id: IdNumber!) { check(idNumber: $id) }', { id: Number(wrongCheck.slice(0, 15)) }],
    ['a literal that is a number', `{ check(idNumber: ${wrongCheck.slice(0, 15)}) }`, undefined],
  ])('lets the resolver judge %s instead of graphql-js, whose message would carry the value', async (_case, source, variableValues) => {
    const result = await graphql({ schema: schemaWith(IdNumberArgumentScalar), source, variableValues, rootValue });
    expect(result.errors).toBeUndefined();
    expect(result.data?.check).not.toBe('ok');
    expect(JSON.stringify(result)).not.toContain(wrongCheck.slice(0, 15));
  });

  it('agrees with the shared scalar, which also leaves a refused number to the argument check instead of graphql-js', async () => {
    const result = await graphql({ schema: schemaWith(IdNumberScalar), source: 'query($id: IdNumber!) { check(idNumber: $id) }', variableValues: { id: wrongCheck }, rootValue });
    expect(result.errors).toBeUndefined();
    expect(IdNumberScalar.parseValue(wrongCheck)).toEqual(new RejectedScalarInput('IdNumber', 'check digit does not match'));
  });

  it('is never returned', () => {
    expect(() => IdNumberArgumentScalar.serialize(valid)).toThrow('IdNumber is never returned');
  });
});
