import {
  Kind,
  getNamedType,
  isAbstractType,
  isObjectType,
  isInterfaceType,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Most paths one department failure is reported at; a list of a thousand orders gets this many errors. */
export const MAX_PATHS_PER_FAILURE = 100;

type Path = (string | number)[];

/** Which services (by their names, `post`, `public-security`) resolve each field of the supergraph. */
export interface FieldOwners {
  ownersOf: (typeName: string, fieldName: string) => ReadonlySet<string>;
}

function argument(directive: ConstDirectiveNode, name: string): string | null {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  if (!arg) return null;
  if (arg.value.kind === Kind.ENUM || arg.value.kind === Kind.STRING) return arg.value.value;
  if (arg.value.kind === Kind.BOOLEAN) return String(arg.value.value);
  return null;
}

/**
 * Field ownership from the supergraph's join directives: a field's `@join__field(graph:)` (not
 * external), else every graph of its type's `@join__type` (keys, and types of one department).
 */
export function fieldOwnersOf(supergraphSdl: string): FieldOwners {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const owners = new Map<string, Set<string>>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const directive = value.directives?.find((d) => d.name.value === 'join__graph');
        const name = directive ? argument(directive, 'name') : null;
        if (name) graphNames.set(value.name.value, name);
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeGraphs = new Set<string>();
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'join__type') continue;
      const graph = argument(directive, 'graph');
      if (graph && graphNames.has(graph)) typeGraphs.add(graphNames.get(graph)!);
    }
    for (const field of definition.fields ?? []) {
      const own = new Set<string>();
      for (const directive of field.directives ?? []) {
        if (directive.name.value !== 'join__field') continue;
        if (argument(directive, 'external') === 'true') continue;
        const graph = argument(directive, 'graph');
        if (graph && graphNames.has(graph)) own.add(graphNames.get(graph)!);
      }
      owners.set(`${definition.name.value}.${field.name.value}`, own.size > 0 ? own : typeGraphs);
    }
  }
  const none: ReadonlySet<string> = new Set();
  return { ownersOf: (typeName, fieldName) => owners.get(`${typeName}.${fieldName}`) ?? none };
}

/**
 * The paths of the fields a failed department left null in `data`: fields it resolves, and fields
 * of others whose value went null because something of the department's below them was required.
 */
export function pathsLeftNull(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: Record<string, unknown>,
  service: string,
  owners: FieldOwners,
): Path[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const paths: Path[] = [];
  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!rootType) return paths;

  /** The field nodes of a selection set that apply to an object of the given type (null: unknown, all of them). */
  const fieldsOf = (selectionSet: SelectionSetNode, typeName: string | null, seen = new Set<string>()) => {
    const fields: import('graphql').FieldNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || typeName === null || applies(selection.typeCondition.name.value, typeName)) fields.push(...fieldsOf(selection.selectionSet, typeName, seen));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        if (typeName === null || applies(fragment.typeCondition.name.value, typeName)) fields.push(...fieldsOf(fragment.selectionSet, typeName, seen));
      }
    }
    return fields;
  };
  const applies = (condition: string, typeName: string) => {
    if (condition === typeName) return true;
    const conditionType = schema.getType(condition);
    const objectType = schema.getType(typeName);
    return !!conditionType && isAbstractType(conditionType) && isObjectType(objectType) && schema.isSubType(conditionType, objectType);
  };

  /** Whether the department resolves anything in this selection, at any depth. */
  const touches = (selectionSet: SelectionSetNode | undefined, type: GraphQLCompositeType, depth = 0): boolean => {
    if (!selectionSet || depth > 30) return false;
    const candidates = isObjectType(type) ? [type] : schema.getPossibleTypes(type as never);
    return candidates.some((objectType) =>
      fieldsOf(selectionSet, objectType.name).some((field) => {
        const definition = objectType.getFields()[field.name.value];
        if (!definition) return false;
        if (owners.ownersOf(objectType.name, field.name.value).has(service)) return true;
        const named = getNamedType(definition.type);
        return (isObjectType(named) || isAbstractType(named)) && touches(field.selectionSet, named, depth + 1);
      }),
    );
  };

  const walk = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, value: Record<string, unknown>, path: Path): void => {
    if (paths.length >= MAX_PATHS_PER_FAILURE) return;
    let objectType = isObjectType(type) ? type : null;
    if (!objectType && typeof value.__typename === 'string') {
      const named = schema.getType(value.__typename);
      if (isObjectType(named)) objectType = named;
    }
    const fieldType = objectType ?? (isInterfaceType(type) ? type : null);
    for (const field of fieldsOf(selectionSet, objectType?.name ?? null)) {
      const name = field.name.value;
      if (name.startsWith('__')) continue;
      const key = field.alias?.value ?? name;
      if (!(key in value)) continue;
      const definition = fieldType?.getFields()[name];
      if (!definition) continue;
      const named = getNamedType(definition.type);
      const composite = isObjectType(named) || isAbstractType(named) ? (named as GraphQLCompositeType) : null;
      const child = value[key];
      if (child === null) {
        const owned = owners.ownersOf(fieldType!.name, name).has(service) || (objectType === null && schema.getPossibleTypes(fieldType as never).some((t) => owners.ownersOf(t.name, name).has(service)));
        if (owned || (composite && touches(field.selectionSet, composite))) {
          paths.push([...path, key]);
          if (paths.length >= MAX_PATHS_PER_FAILURE) return;
        }
        continue;
      }
      if (!composite || !field.selectionSet) continue;
      const visit = (item: unknown, itemPath: Path): void => {
        if (paths.length >= MAX_PATHS_PER_FAILURE) return;
        if (Array.isArray(item)) item.forEach((element, i) => visit(element, [...itemPath, i]));
        else if (item === null) {
          if (touches(field.selectionSet, composite)) paths.push(itemPath);
        } else if (typeof item === 'object') walk(field.selectionSet!, composite, item as Record<string, unknown>, itemPath);
      };
      visit(child, [...path, key]);
    }
  };
  walk(operation.selectionSet, rootType, data, []);
  return paths;
}

/**
 * Each error of a failed department (extensions.serviceName, no path) repeated at every path it
 * left null, so a client can tell which null it explains; errors that carry a path, and those
 * whose nulls cannot be found, are left as they are.
 */
export function withFailurePaths(
  errors: readonly GraphQLFormattedError[],
  locate: (service: string) => Path[],
): GraphQLFormattedError[] {
  const out: GraphQLFormattedError[] = [];
  for (const error of errors) {
    const service = error.extensions?.serviceName;
    if (typeof service !== 'string' || error.path) {
      out.push(error);
      continue;
    }
    const paths = locate(service);
    if (paths.length === 0) out.push(error);
    else for (const path of paths) out.push({ ...error, path });
  }
  return out;
}
