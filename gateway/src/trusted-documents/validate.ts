import { Supergraph } from '@apollo/federation-internals';
import { parse, validate, type GraphQLSchema } from 'graphql';
import type { Manifest } from './manifest';
import { executableSupergraphSdl } from '../authorization/supergraph';

/** The schema clients see: the supergraph without its join/link machinery and @inaccessible parts. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(executableSupergraphSdl(supergraphSdl)).apiSchema().toGraphQLJSSchema();
}

/** Validation errors of every registered operation against the API schema, as "<name>: <message>"; empty when all validate. */
export function manifestProblems(manifest: Manifest, schema: GraphQLSchema): string[] {
  return manifest.operations.flatMap((operation) => validate(schema, parse(operation.body)).map((error) => `${operation.name}: ${error.message}`));
}
