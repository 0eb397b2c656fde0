import path from 'node:path';
import { DEFAULT_PORTS, DEPARTMENTS, departmentSdl, subgraphSdl, type Department } from '@zone/common';

export const REPO_ROOT = path.join(__dirname, '..', '..');
export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

/**
 * The gateway's own subgraph: the audit log for auditors, served in the gateway process
 * (gateway/src/audit/subgraph), so the URL in the supergraph is never called.
 */
export const AUDIT_SUBGRAPH = { name: 'audit', url: 'http://gateway.internal/audit', dir: path.join(REPO_ROOT, 'gateway', 'src', 'audit', 'subgraph') } as const;

/**
 * The gateway's attestation subgraph: the departments' key directory and the verification of
 * their attestations (gateway/src/attestation/subgraph), also served in the gateway process.
 */
export const ATTESTATION_SUBGRAPH = { name: 'attestation', url: 'http://gateway.internal/attestation', dir: path.join(REPO_ROOT, 'gateway', 'src', 'attestation', 'subgraph') } as const;

/**
 * The gateway's alerts subgraph: the Subscription type the gateway serves itself over WebSocket
 * (gateway/src/alerts), composed so that the published schema (GraphiQL, codegen) holds it.
 */
export const ALERTS_SUBGRAPH = { name: 'alerts', url: 'http://gateway.internal/alerts', dir: path.join(REPO_ROOT, 'gateway', 'src', 'alerts', 'subgraph') } as const;

/**
 * The gateway's node subgraph: Query.node and nodes, any record by its global id, decoded to its
 * type there and resolved by the department that owns it (gateway/src/node/subgraph), in process.
 */
export const NODE_SUBGRAPH = { name: 'node', url: 'http://gateway.internal/node', dir: path.join(REPO_ROOT, 'gateway', 'src', 'node', 'subgraph') } as const;

/** The six departments, and the audit log, attestation verification, alerts and global ids the gateway serves itself. */
export type SubgraphName = Department | typeof AUDIT_SUBGRAPH.name | typeof ATTESTATION_SUBGRAPH.name | typeof ALERTS_SUBGRAPH.name | typeof NODE_SUBGRAPH.name;

export interface SubgraphSource {
  name: SubgraphName;
  /** Default URL written into the supergraph; the gateway overrides it from its configuration. */
  url: string;
  sdl: string;
}

/**
 * The six departments' SDL files as served, then the gateway's own audit subgraph, in a fixed
 * order so composition output is stable.
 */
export function loadSubgraphSources(): SubgraphSource[] {
  const departments: SubgraphSource[] = DEPARTMENTS.map((name) => ({
    name,
    url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
    sdl: departmentSdl(path.join(REPO_ROOT, 'subgraphs', name)),
  }));
  return [
    ...departments,
    { name: AUDIT_SUBGRAPH.name, url: AUDIT_SUBGRAPH.url, sdl: subgraphSdl(AUDIT_SUBGRAPH.dir) },
    { name: ATTESTATION_SUBGRAPH.name, url: ATTESTATION_SUBGRAPH.url, sdl: subgraphSdl(ATTESTATION_SUBGRAPH.dir) },
    { name: ALERTS_SUBGRAPH.name, url: ALERTS_SUBGRAPH.url, sdl: subgraphSdl(ALERTS_SUBGRAPH.dir) },
    { name: NODE_SUBGRAPH.name, url: NODE_SUBGRAPH.url, sdl: subgraphSdl(NODE_SUBGRAPH.dir) },
  ];
}
