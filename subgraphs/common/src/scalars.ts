import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';
import { currencyProblem, decimalProblem, hsCodeProblem, idNumberProblem, usccProblem } from './identifiers';
import { RejectedScalarInput } from './input-checks';
import { textInputProblem } from './text-input';

/**
 * How a shared scalar reads its input. Inline or as a variable, a value it refuses becomes a
 * RejectedScalarInput, which the argument check (withInputChecks) reports as BAD_USER_INPUT under
 * the field's path; throwing here would make graphql-js report an inline value as a validation
 * failure naming no field, and quote a variable's value in its message.
 */
interface InputRule<T> {
  name: string;
  /** What a value that is not a string is told. */
  notAString: string;
  /**
   * Most characters any valid value has. Longer input is refused before the scalar's own check
   * runs, and so are control characters, which no valid value contains.
   */
  maxLength: number;
  /** Why the string is not a valid value, or null. */
  problemOf: (value: string) => string | null;
  /** The value resolvers receive for a valid string. */
  read: (value: string) => T;
}

function inputOf<T>(rule: InputRule<T>): { parseValue: (value: unknown) => T | RejectedScalarInput; parseLiteral: (ast: ValueNode) => T | RejectedScalarInput } {
  const parseValue = (value: unknown): T | RejectedScalarInput => {
    if (typeof value !== 'string') return new RejectedScalarInput(rule.name, rule.notAString);
    const problem = textInputProblem(value, { maxLength: rule.maxLength }) ?? rule.problemOf(value);
    return problem ? new RejectedScalarInput(rule.name, problem) : rule.read(value);
  };
  return {
    parseValue,
    // Variables inside a literal never reach here: graphql-js substitutes them per position.
    parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseValue(ast.value) : new RejectedScalarInput(rule.name, `${rule.notAString}, got ${kindOf(ast)}`)),
  };
}

function kindOf(ast: ValueNode): string {
  switch (ast.kind) {
    case Kind.INT: case Kind.FLOAT: return 'a number';
    case Kind.BOOLEAN: return 'a boolean';
    case Kind.ENUM: return `the name ${print(ast)}`;
    case Kind.LIST: return 'a list';
    case Kind.OBJECT: return 'an object';
    default: return 'another kind of value';
  }
}

/** A scalar carried as a checked string, e.g. USCC. */
function stringScalar(name: string, maxLength: number, problemOf: (value: string) => string | null, outputAllowed = true): GraphQLScalarType {
  return new GraphQLScalarType({
    name,
    serialize(value) {
      if (!outputAllowed) throw new GraphQLError(`${name} is never returned`);
      return String(value);
    },
    ...inputOf({ name, notAString: 'must be a string', maxLength, problemOf, read: (value) => value }),
  });
}

export const USCCScalar = stringScalar('USCC', 18, usccProblem);
export const IdNumberScalar = stringScalar('IdNumber', 18, idNumberProblem, false);
export const HsCodeScalar = stringScalar('HsCode', 10, hsCodeProblem);
export const CurrencyScalar = stringScalar('Currency', 3, currencyProblem);

/** Longest decimal string accepted: far beyond any amount or quantity of the customs messages. */
export const DECIMAL_MAX_LENGTH = 40;
/** Longest ISO 8601 text accepted ("2026-03-01T08:00:00.000+08:00" is 29). */
export const DATE_TIME_MAX_LENGTH = 40;

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
  ...inputOf({ name: 'Decimal', notAString: 'must be a string such as "12.50"', maxLength: DECIMAL_MAX_LENGTH, problemOf: decimalProblem, read: (value) => value }),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('DateTime values are produced from dates only');
  },
  ...inputOf({
    name: 'DateTime',
    notAString: 'must be an ISO 8601 string',
    maxLength: DATE_TIME_MAX_LENGTH,
    problemOf: (value) => (Number.isNaN(new Date(value).getTime()) ? 'must be an ISO 8601 string' : null),
    read: (value) => new Date(value),
  }),
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
