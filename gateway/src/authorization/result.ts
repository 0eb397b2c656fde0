import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { PLACEHOLDER_KEY, TYPENAME_KEY } from './filter';
import type { Refusal } from './refusal';

type Path = readonly (string | number)[];
type Data = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  withheld: ReadonlyMap<FieldNode, Refusal>;
  errors: GraphQLError[];
}

/** The error a client gets for a withheld field: where it is, why, and its coordinate. */
export function refusalError(refusal: Refusal, path: Path): GraphQLError {
  return new GraphQLError(refusal.message, { path, extensions: { code: refusal.code, field: refusal.coordinate } });
}

function included(node: FieldNode | { directives?: FieldNode['directives'] }, variables: Record<string, unknown>): boolean {
  try {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
    return include?.if !== false;
  } catch {
    return true;
  }
}

/** Whether a fragment with this type condition applies to an object of `type` (its runtime type when known). */
function applies(walk: Walk, condition: string | undefined, type: GraphQLCompositeType): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = walk.schema.getType(condition);
  if (!conditionType || !isAbstractType(conditionType) || !isObjectType(type)) return false;
  return walk.schema.isSubType(conditionType, type);
}

/** Field nodes by response key, as graphql-js collects them (fragments and @skip/@include applied). */
function collect(walk: Walk, type: GraphQLCompositeType, selectionSets: readonly SelectionSetNode[], into = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      if (!included(selection, walk.variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(walk, selection.typeCondition?.name.value, type)) collect(walk, type, [selection.selectionSet], into);
      } else {
        const fragment = walk.fragments.get(selection.name.value);
        if (fragment && applies(walk, fragment.typeCondition.name.value, type)) collect(walk, type, [fragment.selectionSet], into);
      }
    }
  }
  return into;
}

/** Completes one value of `type`; true when it must become null because a non-null field inside it is withheld. */
function complete(walk: Walk, value: unknown, type: GraphQLOutputType, nodes: readonly FieldNode[], path: Path): boolean {
  if (value === null || value === undefined) return false;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return false;
    const itemType = nullable.ofType as GraphQLOutputType;
    for (let index = 0; index < value.length; index += 1) {
      if (!complete(walk, value[index], itemType, nodes, [...path, index])) continue;
      if (isNonNullType(itemType)) return true;
      value[index] = null;
    }
    return false;
  }
  if (!isCompositeType(nullable) || typeof value !== 'object') return false;
  const selectionSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return completeObject(walk, value as Data, nullable, selectionSets, path);
}

function completeObject(walk: Walk, object: Data, staticType: GraphQLCompositeType, selectionSets: readonly SelectionSetNode[], path: Path): boolean {
  let type = staticType;
  const typename = object[TYPENAME_KEY] ?? object.__typename;
  if (isAbstractType(staticType) && typeof typename === 'string') {
    const runtime = walk.schema.getType(typename);
    if (runtime && isObjectType(runtime)) type = runtime;
  }
  delete object[PLACEHOLDER_KEY];
  delete object[TYPENAME_KEY];
  let mustBeNull = false;
  const fields = isAbstractType(type) ? {} : type.getFields();
  for (const [key, nodes] of collect(walk, type, selectionSets)) {
    const definition = fields[nodes[0]!.name.value];
    if (!definition) continue;
    const refusal = nodes.map((node) => walk.withheld.get(node)).find((r) => r !== undefined);
    const fieldPath = [...path, key];
    if (refusal) {
      object[key] = null;
      walk.errors.push(refusalError(refusal, fieldPath));
      if (isNonNullType(definition.type)) mustBeNull = true;
      continue;
    }
    if (complete(walk, object[key], definition.type, nodes, fieldPath)) {
      if (isNonNullType(definition.type)) mustBeNull = true;
      else object[key] = null;
    }
  }
  return mustBeNull;
}

/**
 * The result of the filtered operation as the client asked for it: `null` at every path of a
 * withheld field, with an error naming the field; where that field is non-null, the null goes up
 * to the nearest nullable parent (GraphQL's null propagation), the whole data at worst. A result
 * without data (the request failed as a whole) is returned as it is.
 */
export function withRefusals<R extends { data?: Data | null; errors?: readonly GraphQLError[] }>(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  withheld: ReadonlyMap<FieldNode, Refusal>,
  result: R,
): R {
  if (!result.data || typeof result.data !== 'object') return result;
  const root = schema.getRootType(operation.operation);
  if (!root) return result;
  const walk: Walk = {
    schema,
    fragments: new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d])),
    variables: variables ?? {},
    withheld,
    errors: [],
  };
  const data = result.data;
  const mustBeNull = completeObject(walk, data, root, [operation.selectionSet], []);
  return { ...result, data: mustBeNull ? null : data, errors: [...walk.errors, ...(result.errors ?? [])] };
}
