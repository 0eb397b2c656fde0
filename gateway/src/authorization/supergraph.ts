import { Kind, parse, print, visit, type DirectiveNode, type DocumentNode } from 'graphql';

/** The Federation authorization specs composition links `for: SECURITY` (Federation 2.5+). */
export const SECURITY_SPECS = ['authenticated', 'requiresScopes', 'policy'] as const;
export type SecuritySpec = (typeof SECURITY_SPECS)[number];

/** A `@link(url:, as:, for: SECURITY)` of the supergraph and the name its directive goes by there. */
export interface SecurityLink {
  spec: SecuritySpec;
  url: string;
  /** Directive name in this supergraph: the spec name, or its `as:` rename. */
  directive: string;
}

function stringArgument(directive: DirectiveNode, name: string): string | null {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : null;
}

function securitySpecOf(url: string): SecuritySpec | null {
  const match = /^https:\/\/specs\.apollo\.dev\/([A-Za-z]+)\/v\d+\.\d+$/.exec(url);
  const spec = match?.[1];
  return spec && (SECURITY_SPECS as readonly string[]).includes(spec) ? (spec as SecuritySpec) : null;
}

/** The authorization features a supergraph links, read from its schema definition. */
export function securityLinksOf(document: DocumentNode): SecurityLink[] {
  const links: SecurityLink[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'link') continue;
      const url = stringArgument(directive, 'url');
      const spec = url ? securitySpecOf(url) : null;
      if (url && spec) links.push({ spec, url, directive: stringArgument(directive, 'as') ?? spec });
    }
  }
  return links;
}

/**
 * The supergraph as @apollo/gateway can load it. The gateway refuses any feature linked
 * `for: SECURITY` that it does not implement, and it implements none of the authorization specs
 * (the Router does). The gateway's own authorization layer enforces them from the full
 * supergraph, so here the links, their directive and scalar definitions and every application
 * of the directives are removed; nothing else changes. A supergraph without them is returned as is.
 */
export function executableSupergraphSdl(supergraphSdl: string): string {
  const document = parse(supergraphSdl);
  const links = securityLinksOf(document);
  if (links.length === 0) return supergraphSdl;
  const urls = new Set(links.map((l) => l.url));
  const directives = new Set(links.map((l) => l.directive));
  // A spec's own types are namespaced by its name: requiresScopes__Scope, policy__Policy.
  const prefixes = links.map((l) => `${l.directive}__`);
  const stripped = visit(document, {
    Directive(node) {
      if (directives.has(node.name.value)) return null;
      if (node.name.value === 'link') {
        const url = stringArgument(node, 'url');
        if (url && urls.has(url)) return null;
      }
      return undefined;
    },
    DirectiveDefinition(node) {
      return directives.has(node.name.value) ? null : undefined;
    },
    ScalarTypeDefinition(node) {
      return prefixes.some((p) => node.name.value.startsWith(p)) ? null : undefined;
    },
  });
  return `${print(stripped)}\n`;
}
