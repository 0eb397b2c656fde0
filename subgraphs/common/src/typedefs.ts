import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

const SCALARS_FILE = path.join(__dirname, 'scalars.graphql');

/** SDL of a subgraph as composed and served: its own schema.graphql plus the shared scalars. */
export function subgraphSdl(subgraphDir: string): string {
  const own = fs.readFileSync(path.join(subgraphDir, 'schema.graphql'), 'utf8');
  return `${own}\n${fs.readFileSync(SCALARS_FILE, 'utf8')}`;
}

export function subgraphTypeDefs(subgraphDir: string): DocumentNode {
  return parse(subgraphSdl(subgraphDir));
}
