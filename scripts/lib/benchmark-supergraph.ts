/**
 * A foreign supergraph (the public gateways benchmark's) made servable by the gateway with its
 * security on. Such a supergraph carries none of this product's `@tag`s, so every audience's
 * contract (gateway/src/contracts) would leave its Query empty and the gateway would refuse to
 * start, and none of its authorization directives, so nothing would be enforced. Here each of its
 * types is given to every audience the way the departments' SDLs give theirs (data types tagged
 * as a whole, root fields one by one, each root field `@authenticated`); nothing else changes, so
 * the answers stay those of the original.
 */
import { Kind, parse, print, visit, type ConstDirectiveNode, type DirectiveDefinitionNode, type DirectiveNode, type DocumentNode, type FieldDefinitionNode } from 'graphql';
import { CONTRACT_VARIANTS } from '../../gateway/src/contracts';

const TAG_LINK = 'https://specs.apollo.dev/tag/v0.3';
const AUTHENTICATED_LINK = 'https://specs.apollo.dev/authenticated/v0.1';
/** Specs whose presence means the supergraph already has audiences or rules of its own. */
const OWN_SPECS = /^https:\/\/specs\.apollo\.dev\/(tag|authenticated|requiresScopes|policy|inaccessible)\/v\d+\.\d+$/;

/** Every tag some audience includes: each type and root field carries all of them. */
export const AUDIENCE_TAGS: readonly string[] = [...new Set(Object.values(CONTRACT_VARIANTS).flatMap((v) => v.include))];

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const str = (value: string) => ({ kind: Kind.STRING, value }) as const;
const directive = (directiveName: string, args: Record<string, ReturnType<typeof str> | { kind: Kind.ENUM; value: string }> = {}): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: name(directiveName),
  arguments: Object.entries(args).map(([argName, value]) => ({ kind: Kind.ARGUMENT, name: name(argName), value })),
});
const tags = () => AUDIENCE_TAGS.map((tag) => directive('tag', { name: str(tag) }));

const DIRECTIVE_DEFINITIONS = parse(`
directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA
directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
`).definitions as DirectiveDefinitionNode[];

function stringArgument(node: DirectiveNode, argName: string): string | null {
  const value = node.arguments?.find((a) => a.name.value === argName)?.value;
  return value?.kind === Kind.STRING ? value.value : null;
}

/** The root operation types' names (Query, Mutation, Subscription unless renamed). */
function rootTypesOf(document: DocumentNode): Set<string> {
  const schema = document.definitions.find((d) => d.kind === Kind.SCHEMA_DEFINITION);
  if (!schema || schema.kind !== Kind.SCHEMA_DEFINITION) throw new Error('the supergraph has no schema definition: not a Federation 2 supergraph');
  return new Set(schema.operationTypes.map((o) => o.type.name.value));
}

/**
 * The supergraph with every audience's tags and `@authenticated` on every root field. Throws when
 * it is not a Federation 2 supergraph (no `join` link) or already links the tag or authorization
 * specs (it has audiences of its own, which this would blur).
 */
export function withAudiences(supergraphSdl: string): string {
  const document = parse(supergraphSdl);
  const roots = rootTypesOf(document);
  const schema = document.definitions.find((d) => d.kind === Kind.SCHEMA_DEFINITION)!;
  const links = (schema.directives ?? []).filter((d) => d.name.value === 'link').map((d) => stringArgument(d, 'url') ?? '');
  if (!links.some((url) => /^https:\/\/specs\.apollo\.dev\/join\/v\d+\.\d+$/.test(url))) throw new Error('the supergraph does not link the join spec: not a Federation 2 supergraph');
  const own = links.find((url) => OWN_SPECS.test(url));
  if (own) throw new Error(`the supergraph already links ${own}: it has audiences or authorization rules of its own`);
  // The specs' own types (join__Graph, link__Purpose…) are no audience's business.
  const specType = (typeName: string) => /^[A-Za-z]+__/.test(typeName);
  const transformed = visit(document, {
    SchemaDefinition(node) {
      return { ...node, directives: [...(node.directives ?? []), directive('link', { url: str(TAG_LINK) }), directive('link', { url: str(AUTHENTICATED_LINK), for: { kind: Kind.ENUM, value: 'SECURITY' } })] };
    },
    ObjectTypeDefinition(node) {
      if (specType(node.name.value)) return undefined;
      if (!roots.has(node.name.value)) return { ...node, directives: [...(node.directives ?? []), ...tags()] };
      const fields = (node.fields ?? []).map((f): FieldDefinitionNode => ({ ...f, directives: [...(f.directives ?? []), directive('authenticated'), ...tags()] }));
      return { ...node, fields };
    },
    InterfaceTypeDefinition(node) {
      return { ...node, directives: [...(node.directives ?? []), ...tags()] };
    },
    UnionTypeDefinition(node) {
      return { ...node, directives: [...(node.directives ?? []), ...tags()] };
    },
  });
  return `${print({ ...transformed, definitions: [...DIRECTIVE_DEFINITIONS, ...transformed.definitions] })}\n`;
}

/**
 * The supergraph with each subgraph's URL (`@join__graph(url:)`) moved to `base`, its path kept:
 * `http://0.0.0.0:4200/accounts` becomes `<base>/accounts`.
 */
export function withSubgraphsAt(supergraphSdl: string, base: string): string {
  const origin = new URL(base);
  let moved = 0;
  const transformed = visit(parse(supergraphSdl), {
    Directive(node) {
      if (node.name.value !== 'join__graph') return undefined;
      const url = stringArgument(node, 'url');
      if (url === null) return undefined;
      moved++;
      const target = new URL(new URL(url).pathname, origin).toString();
      return { ...node, arguments: node.arguments?.map((a) => (a.name.value === 'url' ? { ...a, value: str(target) } : a)) };
    },
  });
  if (moved === 0) throw new Error('the supergraph names no subgraph (no @join__graph(url:))');
  return `${print(transformed)}\n`;
}
