import {
  Kind,
  assertValidSchema,
  buildASTSchema,
  parse,
  printSchema,
  type DirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
  type InputValueDefinitionNode,
  type NamedTypeNode,
  type TypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import type { ContractVariant } from './variants';

/** Tags by schema coordinate: `Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `Input.field`. */
export type ElementTags = ReadonlyMap<string, ReadonlySet<string>>;

const TAG_SPEC = /^https:\/\/specs\.apollo\.dev\/tag\/v\d+\.\d+$/;

function stringArgument(directive: DirectiveNode, name: string): string | null {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : null;
}

/** The name `@tag` goes by in the supergraph (its `@link(… as:)`), `tag` by default. */
function tagDirectiveName(document: DocumentNode): string {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      const url = directive.name.value === 'link' ? stringArgument(directive, 'url') : null;
      if (url && TAG_SPEC.test(url)) return stringArgument(directive, 'as') ?? 'tag';
    }
  }
  return 'tag';
}

/** Every `@tag(name:)` of the supergraph, by the coordinate of the element it is applied to. */
export function elementTagsOf(supergraphSdl: string): ElementTags {
  const document = parse(supergraphSdl);
  const tagName = tagDirectiveName(document);
  const tags = new Map<string, Set<string>>();
  const add = (coordinate: string, directives: readonly DirectiveNode[] | undefined) => {
    for (const directive of directives ?? []) {
      const name = directive.name.value === tagName ? stringArgument(directive, 'name') : null;
      if (!name) continue;
      const set = tags.get(coordinate) ?? new Set<string>();
      set.add(name);
      tags.set(coordinate, set);
    }
  };
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const type = definition.name.value;
    if ('directives' in definition) add(type, definition.directives);
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        add(`${type}.${field.name.value}`, field.directives);
        if ('arguments' in field) for (const argument of field.arguments ?? []) add(`${type}.${field.name.value}(${argument.name.value}:)`, argument.directives);
      }
    }
    if ('values' in definition) for (const value of definition.values ?? []) add(`${type}.${value.name.value}`, value.directives);
  }
  return tags;
}

function namedType(type: TypeNode): NamedTypeNode {
  return type.kind === Kind.NAMED_TYPE ? type : namedType(type.type);
}

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** A copy of a type definition whose fields, values, members and interfaces are replaced as filtering goes. */
type MutableType = TypeDefinitionNode;

/**
 * The schema a variant sees, derived from the API schema with Apollo's contract rules: an object
 * or interface field is in when it or its type carries an included tag (every field when the
 * variant includes everything); anything carrying an excluded tag is out; an object, interface or
 * input type left without fields is out, and so is every field, argument or input field of a type
 * that is out (a required argument or input field takes its field or type with it); finally every
 * type the root types no longer reach is dropped. Throws when the variant leaves Query empty.
 */
export function contractSchemaOf(apiSchema: GraphQLSchema, tags: ElementTags, variant: ContractVariant): GraphQLSchema {
  const has = (coordinate: string, names: readonly string[]) => names.some((n) => tags.get(coordinate)?.has(n));
  const excluded = (coordinate: string) => has(coordinate, variant.exclude);
  const includedOutputField = (type: string, field: string) =>
    !excluded(`${type}.${field}`) && (variant.include.length === 0 || has(`${type}.${field}`, variant.include) || has(type, variant.include));

  const types = new Map<string, MutableType>();
  const others: DefinitionNode[] = [];
  const printed = parse(printSchema(apiSchema));
  for (const definition of printed.definitions) {
    if (definition.kind === Kind.SCHEMA_DEFINITION) continue;
    if ('name' in definition && definition.name && definition.kind !== Kind.DIRECTIVE_DEFINITION) {
      types.set(definition.name.value, { ...(definition as TypeDefinitionNode) });
    } else {
      others.push(definition);
    }
  }

  // The tags themselves.
  for (const [name, type] of types) {
    if (excluded(name)) {
      types.delete(name);
      continue;
    }
    const mutable = type as unknown as Record<string, unknown>;
    if (type.kind === Kind.OBJECT_TYPE_DEFINITION || type.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      mutable.fields = (type.fields ?? [])
        .filter((f) => includedOutputField(name, f.name.value))
        .map((f) => ({ ...f, arguments: f.arguments?.filter((a) => !excluded(`${name}.${f.name.value}(${a.name.value}:)`)) }));
    } else if (type.kind === Kind.UNION_TYPE_DEFINITION && variant.include.length > 0 && !has(name, variant.include)) {
      types.delete(name);
    } else if (type.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      mutable.fields = (type.fields ?? []).filter((f) => !excluded(`${name}.${f.name.value}`));
    } else if (type.kind === Kind.ENUM_TYPE_DEFINITION) {
      mutable.values = (type.values ?? []).filter((v) => !excluded(`${name}.${v.name.value}`));
    }
  }

  // What falls with them, until nothing changes.
  const exists = (type: TypeNode) => BUILT_IN_SCALARS.has(namedType(type).name.value) || types.has(namedType(type).name.value);
  const argumentsStand = (args: readonly InputValueDefinitionNode[] | undefined) =>
    (args ?? []).every((a) => exists(a.type) || a.type.kind !== Kind.NON_NULL_TYPE);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, type] of types) {
      const mutable = type as unknown as Record<string, unknown>;
      if (type.kind === Kind.OBJECT_TYPE_DEFINITION || type.kind === Kind.INTERFACE_TYPE_DEFINITION) {
        const fields = (type.fields ?? [])
          .filter((f) => exists(f.type) && argumentsStand(f.arguments))
          .map((f): FieldDefinitionNode => ({ ...f, arguments: f.arguments?.filter((a) => exists(a.type)) }));
        const interfaces = (type.interfaces ?? []).filter((i) => types.has(i.name.value));
        if (fields.length !== type.fields?.length || interfaces.length !== type.interfaces?.length) changed = true;
        mutable.fields = fields;
        mutable.interfaces = interfaces;
      } else if (type.kind === Kind.UNION_TYPE_DEFINITION) {
        const members = (type.types ?? []).filter((t) => types.has(t.name.value));
        if (members.length !== type.types?.length) changed = true;
        mutable.types = members;
      } else if (type.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
        if (!argumentsStand(type.fields)) {
          types.delete(name);
          changed = true;
          continue;
        }
        const fields = (type.fields ?? []).filter((f) => exists(f.type));
        if (fields.length !== type.fields?.length) changed = true;
        mutable.fields = fields;
      }
      const empty =
        ((type.kind === Kind.OBJECT_TYPE_DEFINITION || type.kind === Kind.INTERFACE_TYPE_DEFINITION || type.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) && (type.fields ?? []).length === 0) ||
        (type.kind === Kind.UNION_TYPE_DEFINITION && (type.types ?? []).length === 0) ||
        (type.kind === Kind.ENUM_TYPE_DEFINITION && (type.values ?? []).length === 0);
      if (empty) {
        types.delete(name);
        changed = true;
      }
    }
  }

  const queryName = apiSchema.getQueryType()?.name ?? 'Query';
  if (!types.has(queryName)) throw new Error(`contract variant "${variant.name}" leaves no field of ${queryName}`);
  const roots = [queryName, apiSchema.getMutationType()?.name, apiSchema.getSubscriptionType()?.name].filter((n): n is string => Boolean(n) && types.has(n!));

  // Reachable from the roots: through fields, arguments, input fields, interfaces and their implementations, union members.
  const reached = new Set<string>();
  const pending = [...roots];
  const reach = (name: string) => {
    if (!reached.has(name) && types.has(name)) pending.push(name);
  };
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reached.has(name)) continue;
    reached.add(name);
    const type = types.get(name)!;
    if ('fields' in type) {
      for (const field of type.fields ?? []) {
        reach(namedType(field.type).name.value);
        if ('arguments' in field) for (const argument of field.arguments ?? []) reach(namedType(argument.type).name.value);
      }
    }
    if ('interfaces' in type) for (const i of type.interfaces ?? []) reach(i.name.value);
    if ('types' in type) for (const member of type.types ?? []) reach(member.name.value);
    if (type.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      for (const [other, candidate] of types) {
        if ('interfaces' in candidate && candidate.interfaces?.some((i) => i.name.value === name)) reach(other);
      }
    }
  }

  const definitions: DefinitionNode[] = [...others, ...[...types.entries()].filter(([name]) => reached.has(name)).map(([, type]) => type as TypeDefinitionNode)];
  const schemaDefinition = printed.definitions.find((d) => d.kind === Kind.SCHEMA_DEFINITION);
  if (schemaDefinition && schemaDefinition.kind === Kind.SCHEMA_DEFINITION) {
    definitions.push({ ...schemaDefinition, operationTypes: schemaDefinition.operationTypes.filter((o) => reached.has(o.type.name.value)) });
  }
  const schema = buildASTSchema({ kind: Kind.DOCUMENT, definitions });
  assertValidSchema(schema);
  return schema;
}
