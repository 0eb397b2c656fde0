import {
  Kind,
  TypeInfo,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import { DECIMAL_MAX_LENGTH, RejectedScalarInput, decimalFieldProblem, scalarResolvers, textInputProblem, type FieldProblem } from '@zone/common';

/**
 * The departments' own scalars (USCC, Decimal, …). The supergraph declares them without parsing,
 * so the gateway reads a value of one with the same parser the owning department uses.
 */
const SHARED_SCALARS: Record<string, GraphQLScalarType> = scalarResolvers;

/**
 * Decimal is the one shared scalar whose scale differs by department: money has two fractional
 * digits (the shared scalar's rule), post's weight three (grams, post's own Decimal). The gateway
 * cannot tell which department's reading applies to a position, so it checks what every reading
 * has in common, a plain decimal string of bounded length, and the owning department's rule
 * judges the scale, naming the field as well.
 */
function decimalFormProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a string such as "12.50"';
  return textInputProblem(value, { maxLength: DECIMAL_MAX_LENGTH }) ?? decimalFieldProblem(value);
}

/** Most enum values named in a reason; longer enums are cut short. */
const ENUM_VALUES_NAMED = 12;

/** Why a value of a built-in scalar is refused, or null. */
function builtInProblem(name: string, value: unknown): string | null {
  switch (name) {
    case 'Int':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2147483647 ? null : 'must be a whole number (32-bit)';
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'Boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'String':
      return typeof value === 'string' ? null : 'must be a string';
    case 'ID':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value)) ? null : 'must be a string';
    default:
      return null;
  }
}

function scalarProblem(type: GraphQLScalarType, value: unknown): string | null {
  if (type.name === 'Decimal') return decimalFormProblem(value);
  const shared = SHARED_SCALARS[type.name];
  if (shared) {
    const read = shared.parseValue(value);
    return read instanceof RejectedScalarInput ? read.reason : null;
  }
  return builtInProblem(type.name, value);
}

function enumReason(values: readonly { name: string }[]): string {
  const names = values.map((v) => v.name);
  const shown = names.slice(0, ENUM_VALUES_NAMED).join(', ');
  return `must be one of ${shown}${names.length > ENUM_VALUES_NAMED ? ', …' : ''}`;
}

/** The literal's plain value where it has one (strings, numbers, booleans), for the scalar checks. */
function literalValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
      return node.value;
    case Kind.INT:
      return Number(node.value);
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.ENUM:
      return { enumName: node.value };
    default:
      return { kind: node.kind };
  }
}

/**
 * Every problem of the input values of one operation, each named by its input path as the
 * departments name theirs (`input.ebpCode`, `input.items[1].qty`, `orderNo`): a missing required
 * argument or field, an unknown field, a value of the wrong kind, a value an enum or a shared
 * scalar refuses. Values written inline and values passed as variables are read alike, at the
 * position where they are used, so one rule names a form's field whichever way the client sends
 * it. Text rules (@maxLength, control characters) are the departments' own check, after this one.
 */
export function inputProblems(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const add = (field: string, reason: string) => {
    const key = `${field}\u0000${reason}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ field, reason });
  };
  const values = variables ?? {};
  const definitions = new Map<string, VariableDefinitionNode>((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));

  /** A JSON value (a variable's) against the position's type. */
  const checkValue = (type: GraphQLInputType, value: unknown, path: string): void => {
    if (value === null || value === undefined) {
      if (isNonNullType(type)) add(path, 'is required');
      return;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const item = nullable.ofType as GraphQLInputType;
      if (Array.isArray(value)) value.forEach((element, i) => checkValue(item, element, `${path}[${i}]`));
      else checkValue(item, value, path);
      return;
    }
    if (isInputObjectType(nullable)) {
      if (typeof value !== 'object' || Array.isArray(value)) {
        add(path, `must be an object (${nullable.name})`);
        return;
      }
      const record = value as Record<string, unknown>;
      const fields = nullable.getFields();
      for (const name of Object.keys(record)) {
        if (!fields[name]) add(`${path}.${name}`, `is not a field of ${nullable.name}`);
      }
      for (const field of Object.values(fields)) {
        if (record[field.name] === undefined) {
          if (isNonNullType(field.type) && field.defaultValue === undefined) add(`${path}.${field.name}`, 'is required');
        } else {
          checkValue(field.type, record[field.name], `${path}.${field.name}`);
        }
      }
      return;
    }
    if (isEnumType(nullable)) {
      if (typeof value !== 'string' || !nullable.getValue(value)) add(path, enumReason(nullable.getValues()));
      return;
    }
    if (isScalarType(nullable)) {
      const reason = scalarProblem(nullable, value);
      if (reason) add(path, reason);
    }
  };

  /** A value written in the document against the position's type; variables in it are read from the request. */
  const checkLiteral = (type: GraphQLInputType, node: ValueNode, path: string): void => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      const definition = definitions.get(name);
      // An undeclared variable is a validation failure of its own, reported as such.
      if (!definition) return;
      if (name in values) return checkValue(type, values[name], path);
      // Absent: the definition's default applies, or the position's own, or it must not be required.
      if (definition.defaultValue) return checkLiteral(type, definition.defaultValue, path);
      if (isNonNullType(type)) add(path, 'is required');
      return;
    }
    if (node.kind === Kind.NULL) {
      if (isNonNullType(type)) add(path, 'is required');
      return;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const item = nullable.ofType as GraphQLInputType;
      if (node.kind === Kind.LIST) node.values.forEach((element, i) => checkLiteral(item, element, `${path}[${i}]`));
      else checkLiteral(item, node, path);
      return;
    }
    if (isInputObjectType(nullable)) {
      if (node.kind !== Kind.OBJECT) {
        add(path, `must be an object (${nullable.name})`);
        return;
      }
      const fields = nullable.getFields();
      const given = new Map(node.fields.map((f) => [f.name.value, f.value]));
      for (const name of given.keys()) {
        if (!fields[name]) add(`${path}.${name}`, `is not a field of ${nullable.name}`);
      }
      for (const field of Object.values(fields)) {
        const value = given.get(field.name);
        if (value === undefined) {
          if (isNonNullType(field.type) && field.defaultValue === undefined) add(`${path}.${field.name}`, 'is required');
        } else {
          checkLiteral(field.type, value, `${path}.${field.name}`);
        }
      }
      return;
    }
    if (isEnumType(nullable)) {
      if (node.kind !== Kind.ENUM || !nullable.getValue(node.value)) add(path, enumReason(nullable.getValues()));
      return;
    }
    if (isScalarType(nullable)) {
      // Inline, an enum-like name or an object is never a scalar's value; a number is no string.
      if (node.kind === Kind.ENUM || node.kind === Kind.OBJECT || node.kind === Kind.LIST) {
        add(path, scalarProblem(nullable, literalValue(node)) ?? 'must be a single value');
        return;
      }
      const reason = scalarProblem(nullable, literalValue(node));
      if (reason) add(path, reason);
    }
  };

  const typeInfo = new TypeInfo(schema);
  const fragmentNames = new Set<string>();
  const walk = (node: OperationDefinitionNode | DocumentNode['definitions'][number]) =>
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        FragmentSpread(spread) {
          fragmentNames.add(spread.name.value);
        },
        Field(fieldNode) {
          const definition = typeInfo.getFieldDef();
          if (!definition) return;
          const given = new Map((fieldNode.arguments ?? []).map((a) => [a.name.value, a.value]));
          for (const arg of definition.args) {
            const value = given.get(arg.name);
            if (value === undefined) {
              if (isNonNullType(arg.type) && arg.defaultValue === undefined) add(arg.name, 'is required');
            } else {
              checkLiteral(arg.type, value, arg.name);
            }
          }
          for (const name of given.keys()) {
            if (!definition.args.some((a) => a.name === name)) add(name, `is not an argument of ${definition.name}`);
          }
        },
      }),
    );
  walk(operation);
  // The fragments the operation spreads, and the ones they spread in turn.
  const done = new Set<string>();
  for (;;) {
    const next = [...fragmentNames].find((name) => !done.has(name));
    if (next === undefined) break;
    done.add(next);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === next);
    if (fragment) walk(fragment);
  }
  return problems;
}
