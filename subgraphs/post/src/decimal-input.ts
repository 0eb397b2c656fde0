import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DecimalScalar } from '@zone/common';

const notAString = () => new GraphQLError('Invalid Decimal: must be a string such as "12.50"', { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * Post's Decimal scalar: output as the shared one, but any string is taken as input and judged by
 * the waybill rule. The shared scalar allows two fractional digits: right for money, wrong for a
 * weight in kilograms, which carriers (and the demo data) give to the gram. A scalar error would
 * also end the request before the rule names the other wrong fields with it.
 */
export const PostDecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  serialize: DecimalScalar.serialize,
  parseValue(value) {
    if (typeof value !== 'string') throw notAString();
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw notAString();
    return ast.value;
  },
});
