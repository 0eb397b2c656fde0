import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { withInputChecks } from './input-checks';
import { withWriteScope } from './write-requests';
import { withNodeIds } from './node-ids';

const SCALARS_FILE = path.join(__dirname, 'scalars.graphql');
const ATTESTATION_FILE = path.join(__dirname, 'attestation.graphql');
const ENUMS_FILE = path.join(__dirname, 'enums.graphql');

/** SDL of a subgraph as composed and served: its own schema.graphql plus the shared scalars. */
export function subgraphSdl(subgraphDir: string): string {
  const own = fs.readFileSync(path.join(subgraphDir, 'schema.graphql'), 'utf8');
  return `${own}\n${fs.readFileSync(SCALARS_FILE, 'utf8')}`;
}

/**
 * SDL of a department as composed and served: subgraphSdl plus the attestation types and the
 * gateway's questions to issuers (attestation.graphql) and the shared Zone and Direction enums
 * (enums.graphql), the same in every department.
 */
export function departmentSdl(subgraphDir: string): string {
  return `${subgraphSdl(subgraphDir)}\n${fs.readFileSync(ATTESTATION_FILE, 'utf8')}\n${fs.readFileSync(ENUMS_FILE, 'utf8')}`;
}

/** A department's type definitions (departmentSdl). */
export function subgraphTypeDefs(subgraphDir: string): DocumentNode {
  return parse(departmentSdl(subgraphDir));
}

/**
 * A department's executable subgraph schema: its SDL and resolvers, with every argument checked
 * against the string rules of its SDL and the shared scalars before a resolver runs
 * (withInputChecks), and every mutation run as a write of its request (withWriteScope), so its
 * transactions record the request id, and every entity its global id (withNodeIds). Throws when a String or ID input states no @maxLength.
 */
export function buildDepartmentSchema(subgraphDir: string, resolvers: unknown): GraphQLSchema {
  return withWriteScope(withInputChecks(withNodeIds(buildSubgraphSchema({ typeDefs: subgraphTypeDefs(subgraphDir), resolvers: resolvers as GraphQLResolverMap<unknown> }))));
}

/** Builds a federation subgraph schema from SDL and resolvers (the gateway's own subgraphs with entities use it too). */
export function buildEntitySubgraphSchema(typeDefs: DocumentNode, resolvers: unknown): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
}
