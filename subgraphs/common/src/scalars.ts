import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { currencyProblem, decimalProblem, hsCodeProblem, idNumberProblem, usccProblem } from './identifiers';

function stringScalar(name: string, problemOf: (value: string) => string | null, outputAllowed = true): GraphQLScalarType {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string') {
      throw new GraphQLError(`${name} must be a string`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    const problem = problemOf(value);
    if (problem) throw new GraphQLError(`Invalid ${name}: ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  };
  return new GraphQLScalarType({
    name,
    serialize(value) {
      if (!outputAllowed) throw new GraphQLError(`${name} is never returned`);
      return String(value);
    },
    parseValue: parse,
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) {
        throw new GraphQLError(`${name} must be a string literal`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return parse(ast.value);
    },
  });
}

export const USCCScalar = stringScalar('USCC', usccProblem);
export const IdNumberScalar = stringScalar('IdNumber', idNumberProblem, false);
export const HsCodeScalar = stringScalar('HsCode', hsCodeProblem);
export const CurrencyScalar = stringScalar('Currency', currencyProblem);
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  // Prisma returns decimal.js values: money prints with two decimals, quantities keep their own.
  serialize(value) {
    if (typeof value === 'object' && value !== null && 'toFixed' in value && 'decimalPlaces' in value) {
      const decimal = value as { toFixed: (dp: number) => string; decimalPlaces: () => number };
      return decimal.toFixed(Math.max(2, decimal.decimalPlaces()));
    }
    if (typeof value === 'string') return value;
    throw new GraphQLError('Decimal values are produced from exact decimals only');
  },
  parseValue(value) {
    const text = typeof value === 'string' ? value : undefined;
    const problem = text === undefined ? 'must be a string such as "12.50"' : decimalProblem(text);
    if (problem) throw new GraphQLError(`Invalid Decimal: ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return text;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Invalid Decimal: must be a string such as "12.50"', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    const problem = decimalProblem(ast.value);
    if (problem) throw new GraphQLError(`Invalid Decimal: ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return ast.value;
  },
});
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('DateTime values are produced from dates only');
  },
  parseValue(value) {
    const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('Invalid DateTime: must be an ISO 8601 string', { extensions: { code: 'BAD_USER_INPUT' } });
    return date;
  },
  parseLiteral(ast) {
    const date = ast.kind === Kind.STRING ? new Date(ast.value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('Invalid DateTime: must be an ISO 8601 string', { extensions: { code: 'BAD_USER_INPUT' } });
    return date;
  },
});

/** Resolvers for the shared scalars of scalars.graphql. */
export const scalarResolvers = {
  USCC: USCCScalar,
  IdNumber: IdNumberScalar,
  HsCode: HsCodeScalar,
  Currency: CurrencyScalar,
  Decimal: DecimalScalar,
  DateTime: DateTimeScalar,
};
