import {
  defaultFieldResolver,
  getDirectiveValues,
  getNamedType,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { badUserInput, type FieldProblem } from './errors';
import { textInputProblem, type TextRule } from './text-input';

/** Directives of scalars.graphql that state a string input position's rule. */
export const MAX_LENGTH_DIRECTIVE = 'maxLength';
export const MULTILINE_DIRECTIVE = 'multiline';

/** Built-in types whose input is free text, so every position of them states its maximum length. */
const TEXT_TYPES = new Set(['String', 'ID']);

/**
 * What a shared scalar (USCC, Decimal, …) makes of an input it refuses. The scalar does not throw:
 * graphql-js would report a literal as GRAPHQL_VALIDATION_FAILED naming no field, and a variable
 * with the rejected value quoted in its message. The argument check (withInputChecks) finds the
 * marker, names the field by its path and refuses the request as BAD_USER_INPUT, the same way
 * whether the value came inline or as a variable. No resolver ever receives one.
 */
export class RejectedScalarInput {
  constructor(
    readonly scalar: string,
    readonly reason: string,
  ) {}
}

type InputPosition = GraphQLArgument | GraphQLInputField;

function directive(schema: GraphQLSchema, name: string): GraphQLDirective {
  const found = schema.getDirective(name);
  if (!found) throw new Error(`the schema does not declare @${name} (scalars.graphql declares it)`);
  return found;
}

/** The rule a String or ID position states with @maxLength and @multiline; null when it states none. */
function textRuleOf(schema: GraphQLSchema, position: InputPosition): TextRule | null {
  if (!position.astNode) return null;
  const max = getDirectiveValues(directive(schema, MAX_LENGTH_DIRECTIVE), position.astNode) as { n: number } | undefined;
  if (!max) return null;
  const multiline = getDirectiveValues(directive(schema, MULTILINE_DIRECTIVE), position.astNode) !== undefined;
  return { maxLength: max.n, multiline };
}

function isTextType(type: GraphQLNamedType): boolean {
  return isScalarType(type) && TEXT_TYPES.has(type.name);
}

/** Every argument and input-object field of the schema, named as `Type.field(arg)` and `Input.field`. */
function inputPositions(schema: GraphQLSchema): { name: string; position: InputPosition }[] {
  const positions: { name: string; position: InputPosition }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) positions.push({ name: `${type.name}.${field.name}(${arg.name})`, position: arg });
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) positions.push({ name: `${type.name}.${field.name}`, position: field });
    }
  }
  return positions;
}

/** String and ID arguments and input fields (lists of them included) that state no @maxLength. */
export function unboundedTextInputs(schema: GraphQLSchema): string[] {
  return inputPositions(schema)
    .filter(({ position }) => isTextType(getNamedType(position.type)) && textRuleOf(schema, position) === null)
    .map(({ name }) => name);
}

/**
 * Checks the arguments of every field before its resolver runs: each String and ID value against
 * its position's @maxLength and @multiline (see text-input), and each value a shared scalar
 * refused (RejectedScalarInput), at any depth of input objects and lists. All problems are named
 * in one BAD_USER_INPUT error by their path (`input.buyer.name`, `input.items[1].hsCode`).
 * Arguments are checked as coerced, so a value written inline and one passed as a variable meet
 * the same check and the same error.
 *
 * The schema is changed in place (field resolvers are wrapped): @apollo/subgraph keeps entity
 * resolvers on its type objects, which a rebuilt schema (mapSchema) would not carry over. Throws
 * when a String or ID input position states no maximum length, so no department starts with one.
 */
export function withInputChecks(schema: GraphQLSchema): GraphQLSchema {
  const unbounded = unboundedTextInputs(schema);
  if (unbounded.length > 0) throw new Error(`String and ID inputs without @maxLength: ${unbounded.join(', ')}`);

  const rules = new Map<InputPosition, TextRule>();
  for (const { position } of inputPositions(schema)) {
    const rule = textRuleOf(schema, position);
    if (rule) rules.set(position, rule);
  }

  // Whether a type can hold a value worth checking: text, or a scalar other than the built-in ones.
  const checked = new Map<GraphQLNamedType, boolean>();
  const needsCheck = (type: GraphQLNamedType): boolean => {
    const known = checked.get(type);
    if (known !== undefined) return known;
    if (isScalarType(type)) return !['Int', 'Float', 'Boolean', '_Any', '_FieldSet'].includes(type.name);
    if (!isInputObjectType(type)) return false;
    checked.set(type, false); // a recursive input type counts once
    const result = Object.values(type.getFields()).some((field) => needsCheck(getNamedType(field.type)));
    checked.set(type, result);
    return result;
  };

  const collect = (type: GraphQLInputType, value: unknown, path: string, rule: TextRule | undefined, problems: FieldProblem[]): void => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return collect(type.ofType, value, path, rule, problems);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((item, i) => collect(type.ofType, item, `${path}[${i}]`, rule, problems));
      else collect(type.ofType, value, path, rule, problems);
      return;
    }
    if (value instanceof RejectedScalarInput) {
      problems.push({ field: path, reason: value.reason });
      return;
    }
    if (isInputObjectType(type)) {
      const record = value as Record<string, unknown>;
      for (const field of Object.values(type.getFields())) {
        if (field.name in record) collect(field.type, record[field.name], `${path}.${field.name}`, rules.get(field), problems);
      }
      return;
    }
    if (isScalarType(type) && TEXT_TYPES.has(type.name) && typeof value === 'string' && rule) {
      const reason = textInputProblem(value, rule);
      if (reason) problems.push({ field: path, reason });
    }
  };

  const wrap = (field: GraphQLField<unknown, unknown>) => {
    const args = field.args.filter((arg) => needsCheck(getNamedType(arg.type)));
    if (args.length === 0) return;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, values: Record<string, unknown>, context, info) => {
      const problems: FieldProblem[] = [];
      for (const arg of args) collect(arg.type, values[arg.name], arg.name, rules.get(arg), problems);
      if (problems.length > 0) throw badUserInput(problems);
      return resolve(source, values, context, info);
    };
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && !isIntrospectionType(type)) Object.values(type.getFields()).forEach(wrap);
  }
  return schema;
}
