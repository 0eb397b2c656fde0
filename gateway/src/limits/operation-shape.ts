import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The size of an operation's selection tree, measured before anything is planned or executed. */
export interface OperationShape {
  /** Fields on the longest path from the root (`{ zones { code } }` is 2); introspection excluded. */
  depth: number;
  /** Aliased fields, counted as often as they would run: a fragment spread twice counts twice. */
  aliases: number;
  /** Distinct response keys at the root, each a separate entry point the query planner fans out to. */
  rootFields: number;
}

/**
 * `__schema` and `__type` are answered by the gateway from its own schema without calling any
 * department, and graphql-js's MaxIntrospectionDepthRule already bounds their nesting.
 */
export function isIntrospectionField(name: string): boolean {
  return name === '__schema' || name === '__type';
}

/** The operation a request runs: the named one, or the only one; null when that is ambiguous. */
export function selectOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Counts can grow exponentially through reused fragments; past this they are simply "too many". */
export function saturate(value: number): number {
  return Math.min(value, Number.MAX_SAFE_INTEGER);
}

/**
 * Walks a selection tree with each fragment measured once (memoised), so a document that spreads a
 * fragment thousands of times, or a fragment cycle that validation would refuse, costs one visit.
 */
function createWalker<T>(
  fragments: Map<string, FragmentDefinitionNode>,
  measure: (set: SelectionSetNode, spread: (name: string) => T) => T,
  empty: T,
): (set: SelectionSetNode) => T {
  const memo = new Map<string, T>();
  const visiting = new Set<string>();
  const spread = (name: string): T => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return empty;
    visiting.add(name);
    const value = measure(fragment.selectionSet, spread);
    visiting.delete(name);
    memo.set(name, value);
    return value;
  };
  return (set) => measure(set, spread);
}

function depthOf(set: SelectionSetNode, spread: (name: string) => number): number {
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (isIntrospectionField(selection.name.value)) continue;
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, spread) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, spread));
    } else {
      deepest = Math.max(deepest, spread(selection.name.value));
    }
  }
  return deepest;
}

function aliasesOf(set: SelectionSetNode, spread: (name: string) => number): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) count += 1;
      if (selection.selectionSet) count += aliasesOf(selection.selectionSet, spread);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += aliasesOf(selection.selectionSet, spread);
    } else {
      count += spread(selection.name.value);
    }
  }
  return saturate(count);
}

function rootKeysOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, keys: Set<string>, seen: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') keys.add((selection.alias ?? selection.name).value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootKeysOf(selection.selectionSet, fragments, keys, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootKeysOf(fragment.selectionSet, fragments, keys, seen);
    }
  }
}

/** Depth, aliases and root fields of the operation a request runs (all 0 when there is no such operation). */
export function measureOperationShape(document: DocumentNode, operationName?: string | null): OperationShape {
  const operation = selectOperation(document, operationName);
  if (!operation) return { depth: 0, aliases: 0, rootFields: 0 };
  const fragments = fragmentsOf(document);
  const rootKeys = new Set<string>();
  rootKeysOf(operation.selectionSet, fragments, rootKeys, new Set());
  return {
    depth: createWalker(fragments, depthOf, 0)(operation.selectionSet),
    aliases: createWalker(fragments, aliasesOf, 0)(operation.selectionSet),
    rootFields: rootKeys.size,
  };
}
