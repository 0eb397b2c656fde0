import {
  Kind,
  buildASTSchema,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  valueFromAST,
  valueFromASTUntyped,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { fragmentsOf, isIntrospectionField, saturate, selectOperation } from './operation-shape';

/**
 * How the cost of an operation is estimated, after the IBM GraphQL Cost Directives specification
 * (also what Apollo's demand control follows): an object costs 1, a scalar or enum 0, a list
 * multiplies the cost of one element by its expected size.
 */
export interface CostOptions {
  /** Size assumed for a list that has no slicing argument, no `@listSize(assumedSize:)` and no default (10). */
  defaultListSize: number;
  /**
   * Arguments that say how many items a list returns when the field declares no `@listSize`
   * (`first`, `last`; `ids`, whose length it is: `nodes(ids:)` returns one item per id, and
   * Federation's `@listSize` takes Int arguments only). The largest one given wins; when none is
   * given, its schema default applies.
   */
  slicingArguments: readonly string[];
  /**
   * Lists sized by their parent's slicing argument when the parent is not a list itself: a Relay
   * connection's `edges` and `nodes` (`enterprises(first: 100) { edges { … } }` is 100 edges).
   */
  sizedFields: readonly string[];
  /** Cost of an object, and of each mutation root field (IBM's defaults: 1 and 10; scalars cost 0). */
  objectWeight: number;
  mutationWeight: number;
}

export const DEFAULT_COST_OPTIONS: CostOptions = {
  defaultListSize: 10,
  slicingArguments: ['first', 'last', 'ids'],
  sizedFields: ['edges', 'nodes'],
  objectWeight: 1,
  mutationWeight: 10,
};

interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

/** A directive by its spec name, also as Federation renames it when it is not imported (`@federation__cost`). */
function directiveArgs(node: { directives?: readonly DirectiveNode[] } | null | undefined, name: string): Record<string, unknown> | null {
  const directive = node?.directives?.find((d) => d.name.value === name || d.name.value === `federation__${name}`);
  if (!directive) return null;
  return Object.fromEntries((directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
}

function typeDirectiveArgs(type: GraphQLNamedType, name: string): Record<string, unknown> | null {
  for (const node of [type.astNode, ...type.extensionASTNodes]) {
    const args = directiveArgs(node, name);
    if (args) return args;
  }
  return null;
}

function numberOr(value: unknown, fallback: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  options: CostOptions;
  memo: Map<string, number>;
  visiting: Set<string>;
}

/** `@skip(if: true)` and `@include(if: false)` leave a selection out of the response and of its cost. */
function isSkipped(node: SelectionNode, variables: Record<string, unknown>): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const condition = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    if (!condition) continue;
    const value = condition.kind === Kind.VARIABLE ? variables[condition.name.value] : valueFromASTUntyped(condition);
    if (typeof value !== 'boolean') continue;
    if ((name === 'skip' && value) || (name === 'include' && !value)) return true;
  }
  return false;
}

/** How many items a field is expected to return, and which of its child lists that size applies to instead. */
function listSizing(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): { size: number | undefined; sizedFields: readonly string[] | undefined } {
  const declared = directiveArgs(field.astNode, 'listSize') as ListSize | null;
  const slicing = stringList(declared?.slicingArguments) ?? walk.options.slicingArguments.filter((name) => field.args.some((a) => a.name === name));
  let size: number | undefined;
  for (const name of slicing) {
    const definition = field.args.find((a) => a.name === name);
    const argument = node.arguments?.find((a) => a.name.value === name);
    let value: unknown = argument && definition ? valueFromAST(argument.value, definition.type, walk.variables) : undefined;
    if (value === undefined || value === null) value = definition?.defaultValue;
    if (Array.isArray(value)) value = value.length;
    if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size ?? 0, Math.ceil(value), 0);
  }
  size ??= numberOr(declared?.assumedSize, undefined);
  const isList = isListType(getNullableType(field.type));
  const sizedFields = declared ? stringList(declared.sizedFields) : !isList && slicing.length > 0 ? walk.options.sizedFields : undefined;
  return { size, sizedFields };
}

function fieldCost(type: GraphQLCompositeType, node: FieldNode, sized: { size: number; fields: readonly string[] } | undefined, isMutationRoot: boolean, walk: Walk): number {
  const name = node.name.value;
  if (name === '__typename' || isIntrospectionField(name)) return 0;
  if (!isObjectType(type) && !isInterfaceType(type)) return 0;
  const field = type.getFields()[name];
  if (!field) return 0;
  const named = getNamedType(field.type);
  const composite = isCompositeType(named) ? named : null;
  const declaredWeight = numberOr(directiveArgs(field.astNode, 'cost')?.weight, undefined) ?? numberOr(typeDirectiveArgs(named, 'cost')?.weight, undefined);
  const weight = declaredWeight ?? (isMutationRoot ? walk.options.mutationWeight : composite ? walk.options.objectWeight : 0);
  const sizing = listSizing(field, node, walk);
  const isList = isListType(getNullableType(field.type));
  let multiplier = 1;
  if (isList && !sizing.sizedFields) {
    const fromParent = sized && sized.fields.includes(name) ? sized.size : undefined;
    multiplier = sizing.size ?? fromParent ?? walk.options.defaultListSize;
  }
  let childCost = 0;
  if (composite && node.selectionSet) {
    const forChildren = sizing.sizedFields ? { size: sizing.size ?? walk.options.defaultListSize, fields: sizing.sizedFields } : undefined;
    childCost = selectionSetCost(composite, node.selectionSet, forChildren, false, walk);
  }
  return saturate(multiplier * (weight + childCost));
}

function selectionSetCost(type: GraphQLCompositeType, set: SelectionSetNode, sized: { size: number; fields: readonly string[] } | undefined, isMutationRoot: boolean, walk: Walk): number {
  let total = 0;
  for (const selection of set.selections) {
    if (isSkipped(selection, walk.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(type, selection, sized, isMutationRoot, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += selectionSetCost(conditionType(selection.typeCondition?.name.value, type, walk.schema), selection.selectionSet, sized, isMutationRoot, walk);
    } else {
      total += spreadCost(selection.name.value, type, sized, isMutationRoot, walk);
    }
  }
  return saturate(total);
}

function conditionType(name: string | undefined, fallback: GraphQLCompositeType, schema: GraphQLSchema): GraphQLCompositeType {
  const type = name ? schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : fallback;
}

/** Each fragment is costed once per type and sizing it appears under, so reusing it stays cheap to measure. */
function spreadCost(name: string, type: GraphQLCompositeType, sized: { size: number; fields: readonly string[] } | undefined, isMutationRoot: boolean, walk: Walk): number {
  const fragment = walk.fragments.get(name);
  if (!fragment || walk.visiting.has(name)) return 0;
  const key = `${name}\u0000${type.name}\u0000${sized ? `${sized.size}:${sized.fields.join(',')}` : ''}\u0000${isMutationRoot}`;
  const known = walk.memo.get(key);
  if (known !== undefined) return known;
  walk.visiting.add(name);
  const cost = selectionSetCost(conditionType(fragment.typeCondition.name.value, type, walk.schema), fragment.selectionSet, sized, isMutationRoot, walk);
  walk.visiting.delete(name);
  walk.memo.set(key, cost);
  return cost;
}

/**
 * Estimated cost of the operation a request runs, from the document, the schema (whose `@cost`
 * and `@listSize` directives, if any, override the defaults) and the request's variables.
 * Introspection costs nothing here: the gateway answers it without calling a department.
 */
export function estimateCost(
  document: DocumentNode,
  schema: GraphQLSchema,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
  options: CostOptions = DEFAULT_COST_OPTIONS,
): number {
  const operation = selectOperation(document, operationName);
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  const walk: Walk = {
    schema,
    variables: coerced.coerced ?? variables,
    fragments: fragmentsOf(document),
    options,
    memo: new Map(),
    visiting: new Set(),
  };
  return selectionSetCost(root, operation.selectionSet, undefined, operation.operation === 'mutation', walk);
}

/**
 * The schema the estimate reads: the API schema Apollo Server validates against drops the
 * supergraph's directives, so `@cost` and `@listSize` are read from the supergraph itself, which
 * has every field of the API schema.
 */
export function costSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
}
