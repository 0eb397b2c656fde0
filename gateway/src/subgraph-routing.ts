import { Kind, parse } from 'graphql';
import { DEPARTMENTS, isDepartment, type Department } from '@zone/common';

/**
 * The URL this product's composition writes for the gateway's own `audit` subgraph
 * (schema/src/subgraphs.ts): a name under `.internal` that is never called, since the gateway
 * serves that subgraph in process. No other composition has a reason to write it.
 */
export const OWN_AUDIT_SUBGRAPH = { name: 'audit', url: 'http://gateway.internal/audit' } as const;

/** Likewise for the gateway's own `attestation` subgraph (key directory, verification). */
export const OWN_ATTESTATION_SUBGRAPH = { name: 'attestation', url: 'http://gateway.internal/attestation' } as const;

/** Likewise for the gateway's own `alerts` subgraph (the Subscription type, served over WebSocket). */
export const OWN_ALERTS_SUBGRAPH = { name: 'alerts', url: 'http://gateway.internal/alerts' } as const;

/** Likewise for the gateway's own `node` subgraph (Query.node and nodes: records by global id). */
export const OWN_NODE_SUBGRAPH = { name: 'node', url: 'http://gateway.internal/node' } as const;

/** A subgraph as the supergraph's `join__Graph` enum names it. */
export interface SupergraphSubgraph {
  name: string;
  url: string;
}

/** The subgraphs a supergraph is composed of: each `@join__graph(name:, url:)` of its `join__Graph` enum. */
export function subgraphsOf(supergraphSdl: string): SupergraphSubgraph[] {
  const subgraphs: SupergraphSubgraph[] = [];
  for (const definition of parse(supergraphSdl, { noLocation: true }).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const argument = (name: string) => {
        const node = directive?.arguments?.find((a) => a.name.value === name)?.value;
        return node?.kind === Kind.STRING ? node.value : null;
      };
      const name = argument('name');
      if (name !== null) subgraphs.push({ name, url: argument('url') ?? '' });
    }
  }
  return subgraphs;
}

/**
 * Whether a supergraph is this product's own: its subgraphs are exactly the six departments and
 * the gateway's `audit`, written at the address only this product's composition uses. Recognised
 * by the subgraphs it is made of, not by comparing it with the committed schema/supergraph.graphql:
 * a supergraph recomposed after a department changed its SDL (not committed yet, or a later
 * release) is still this product's and its departments still answer where the configuration says.
 * A supergraph that merely shares a name (a subgraph called `tax` or `audit`) is someone else's.
 */
export function isOwnSupergraph(subgraphs: readonly SupergraphSubgraph[]): boolean {
  const names = new Set(subgraphs.map((s) => s.name));
  const expected = [...DEPARTMENTS, OWN_AUDIT_SUBGRAPH.name, OWN_ATTESTATION_SUBGRAPH.name, OWN_ALERTS_SUBGRAPH.name, OWN_NODE_SUBGRAPH.name];
  return (
    names.size === subgraphs.length &&
    names.size === expected.length &&
    expected.every((name) => names.has(name)) &&
    subgraphs.some((s) => s.name === OWN_AUDIT_SUBGRAPH.name && s.url === OWN_AUDIT_SUBGRAPH.url) &&
    subgraphs.some((s) => s.name === OWN_ATTESTATION_SUBGRAPH.name && s.url === OWN_ATTESTATION_SUBGRAPH.url) &&
    subgraphs.some((s) => s.name === OWN_ALERTS_SUBGRAPH.name && s.url === OWN_ALERTS_SUBGRAPH.url) &&
    subgraphs.some((s) => s.name === OWN_NODE_SUBGRAPH.name && s.url === OWN_NODE_SUBGRAPH.url)
  );
}

/** Where the gateway sends one subgraph's requests. */
export type SubgraphRoute = { kind: 'audit-in-process' } | { kind: 'attestation-in-process' } | { kind: 'alerts-in-process' } | { kind: 'node-in-process' } | { kind: 'remote'; url: string; department: Department | null };

/**
 * Routes of a supergraph's subgraphs. For this product's own supergraph, each department goes to
 * its configured URL (DEPARTMENT_URLS / <DEPT>_URL; the supergraph's are only composition
 * defaults) and `audit` is served in process. Any other supergraph (`--supergraph` in
 * development and conformance runs) is routed to the URLs written in it, whatever its subgraphs
 * are called.
 */
export function createSubgraphRouter(supergraphSdl: string, departmentUrls: Readonly<Record<Department, string>>): (subgraph: { name: string; url?: string }) => SubgraphRoute {
  const own = isOwnSupergraph(subgraphsOf(supergraphSdl));
  return ({ name, url }) => {
    if (!own) return { kind: 'remote', url: url ?? '', department: null };
    if (name === OWN_AUDIT_SUBGRAPH.name) return { kind: 'audit-in-process' };
    if (name === OWN_ATTESTATION_SUBGRAPH.name) return { kind: 'attestation-in-process' };
    if (name === OWN_ALERTS_SUBGRAPH.name) return { kind: 'alerts-in-process' };
    if (name === OWN_NODE_SUBGRAPH.name) return { kind: 'node-in-process' };
    return isDepartment(name) ? { kind: 'remote', url: departmentUrls[name], department: name } : { kind: 'remote', url: url ?? '', department: null };
  };
}
