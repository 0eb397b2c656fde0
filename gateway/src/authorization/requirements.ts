import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type ConstValueNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from 'graphql';
import { isDepartment, type Department } from '@zone/common';
import { isPolicyName } from './policies';
import { securityLinksOf, type SecuritySpec } from './supergraph';

/**
 * One directive's condition. `anyOf` is the directive's argument as written: the caller must
 * satisfy every entry of at least one inner list (`[["a", "b"], ["c"]]` = a and b, or c).
 */
export type Requirement = { kind: 'authenticated' } | { kind: 'scopes'; anyOf: string[][] } | { kind: 'policy'; anyOf: string[][] };

/** Everything a caller must satisfy to be served one field. */
export interface FieldRequirements {
  /** Schema coordinate, e.g. `Buyer.idHash`. */
  coordinate: string;
  /** The department whose subgraph resolves the field (policies may depend on it); null when several or none. */
  department: Department | null;
  /** The field's own directives and those of the type it returns; all must hold. */
  requirements: Requirement[];
}

export interface AuthorizationRequirements {
  /** What `parentType.fieldName` requires, or null when it requires nothing. */
  of: (parentType: string, fieldName: string) => FieldRequirements | null;
  /** Every coordinate that requires something, for documentation and tests. */
  coordinates: () => string[];
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

function stringLists(value: ConstValueNode | undefined, where: string): string[][] {
  if (value?.kind !== Kind.LIST) throw new Error(`${where}: expected a list of lists of strings`);
  return value.values.map((inner) => {
    if (inner.kind !== Kind.LIST) throw new Error(`${where}: expected a list of lists of strings`);
    return inner.values.map((item) => {
      if (item.kind !== Kind.STRING) throw new Error(`${where}: expected a list of lists of strings`);
      return item.value;
    });
  });
}

function argument(directive: ConstDirectiveNode, name: string): ConstValueNode | undefined {
  return directive.arguments?.find((a) => a.name.value === name)?.value;
}

function enumArgument(directive: ConstDirectiveNode, name: string): string | null {
  const value = argument(directive, name);
  return value?.kind === Kind.ENUM ? value.value : null;
}

/**
 * Reads `@authenticated`, `@requiresScopes` and `@policy` from a supergraph, on fields and on
 * types (a type's requirement applies to every field that returns it), interface fields taking
 * on the requirements of the same field in every implementing type. Names a policy the gateway
 * does not implement in an error, so such a supergraph stops the gateway at start-up.
 */
export function requirementsOf(supergraphSdl: string | DocumentNode): AuthorizationRequirements {
  const document = typeof supergraphSdl === 'string' ? parse(supergraphSdl) : supergraphSdl;
  const specOf = new Map<string, SecuritySpec>(securityLinksOf(document).map((l) => [l.directive, l.spec]));

  const read = (directives: readonly ConstDirectiveNode[] | undefined, where: string): Requirement[] => {
    const found: Requirement[] = [];
    for (const directive of directives ?? []) {
      const spec = specOf.get(directive.name.value);
      if (spec === 'authenticated') found.push({ kind: 'authenticated' });
      else if (spec === 'requiresScopes') found.push({ kind: 'scopes', anyOf: stringLists(argument(directive, 'scopes'), `@requiresScopes on ${where}`) });
      else if (spec === 'policy') {
        const anyOf = stringLists(argument(directive, 'policies'), `@policy on ${where}`);
        const unknown = anyOf.flat().filter((name) => !isPolicyName(name));
        if (unknown.length > 0) throw new Error(`@policy on ${where} names ${unknown.join(', ')}, which the gateway does not implement (gateway/src/authorization/policies.ts)`);
        found.push({ kind: 'policy', anyOf });
      }
    }
    return found;
  };

  // join__Graph enum value (COMMERCE) -> subgraph name (commerce).
  const graphs = new Map<string, string>();
  const typeRequirements = new Map<string, Requirement[]>();
  const typeGraphs = new Map<string, Set<string>>();
  const fields = new Map<string, { definition: FieldDefinitionNode; type: string }>();
  const implementers = new Map<string, Set<string>>();

  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const graph = value.directives?.find((d) => d.name.value === 'join__graph');
        const name = graph && argument(graph, 'name');
        if (name?.kind === Kind.STRING) graphs.set(value.name.value, name.value);
      }
    }
  }
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || definition.kind === Kind.DIRECTIVE_DEFINITION || definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) continue;
    if (!('directives' in definition)) continue;
    const type = definition.name.value;
    const own = read(definition.directives, type);
    if (own.length > 0) typeRequirements.set(type, [...(typeRequirements.get(type) ?? []), ...own]);
    for (const directive of definition.directives ?? []) {
      const graph = directive.name.value === 'join__type' ? enumArgument(directive, 'graph') : null;
      if (graph) typeGraphs.set(type, (typeGraphs.get(type) ?? new Set()).add(graph));
    }
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_EXTENSION) {
      for (const field of definition.fields ?? []) fields.set(`${type}.${field.name.value}`, { definition: field, type });
      for (const face of definition.interfaces ?? []) implementers.set(face.name.value, (implementers.get(face.name.value) ?? new Set()).add(type));
    }
  }

  const departmentOf = (coordinate: string, field: FieldDefinitionNode, type: string): Department | null => {
    const fieldGraphs = new Set((field.directives ?? []).filter((d) => d.name.value === 'join__field').map((d) => enumArgument(d, 'graph')));
    const candidates = fieldGraphs.size > 0 ? fieldGraphs : (typeGraphs.get(type) ?? new Set<string>());
    if (candidates.size !== 1) return null;
    const [graph] = [...candidates];
    const name = graph ? graphs.get(graph) : undefined;
    if (name === undefined) throw new Error(`${coordinate}: the supergraph names no subgraph for ${graph ?? 'its graph'}`);
    return isDepartment(name) ? name : null;
  };

  const own = (coordinate: string): Requirement[] => {
    const field = fields.get(coordinate);
    if (!field) return [];
    return [...read(field.definition.directives, coordinate), ...(typeRequirements.get(namedTypeOf(field.definition.type)) ?? [])];
  };

  const resolved = new Map<string, FieldRequirements>();
  for (const [coordinate, { definition, type }] of fields) {
    const requirements = [...own(coordinate), ...[...(implementers.get(type) ?? [])].flatMap((object) => own(`${object}.${definition.name.value}`))];
    if (requirements.length > 0) resolved.set(coordinate, { coordinate, department: departmentOf(coordinate, definition, type), requirements });
  }

  return {
    of: (parentType, fieldName) => resolved.get(`${parentType}.${fieldName}`) ?? null,
    coordinates: () => [...resolved.keys()].sort(),
  };
}
