import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { idNumberProblem } from '@zone/common';

/**
 * Public security's IdNumber scalar: takes any input as it is and leaves the check to the
 * resolver (`idNumberArgumentProblem`). The shared scalar rejects a bad number while variables
 * are coerced, and graphql-js then writes the rejected value into the error message (`Variable
 * "$idNumber" got invalid value "…"`): an ID number with a typo is still a person's ID number,
 * and it would travel back through the gateway and into any log of errors.
 */
export const IdNumberArgumentScalar = new GraphQLScalarType({
  name: 'IdNumber',
  serialize() {
    throw new GraphQLError('IdNumber is never returned');
  },
  parseValue: (value) => value,
  // A literal of another kind must still not be rejected (graphql-js would print it): the
  // resolver reports it as not a string.
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : { kind: ast.kind }),
});

/** Why an IdNumber argument is not a resident ID number (GB 11643-1999), never echoing it. */
export function idNumberArgumentProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a string of 18 characters';
  return idNumberProblem(value);
}
