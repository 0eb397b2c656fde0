import path from 'node:path';
import { DEFAULT_PORTS, DEPARTMENTS, subgraphSdl, type Department } from '@zone/common';

export const REPO_ROOT = path.join(__dirname, '..', '..');
export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

export interface SubgraphSource {
  name: Department;
  /** Default URL written into the supergraph; the gateway overrides it from its configuration. */
  url: string;
  sdl: string;
}

/** The six departments' SDL files as served, in a fixed order so composition output is stable. */
export function loadSubgraphSources(): SubgraphSource[] {
  return DEPARTMENTS.map((name) => ({
    name,
    url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
    sdl: subgraphSdl(path.join(REPO_ROOT, 'subgraphs', name)),
  }));
}
