import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { subgraphSdl } from '@zone/common';

/** Name of the gateway's alerts subgraph in the supergraph (schema/src/subgraphs.ts composes its SDL, next to this file). */
export const ALERTS_SUBGRAPH = 'alerts';

/** The alerts subgraph's SDL with the shared scalars, as composition reads it. */
export function alertsSubgraphSdl(): string {
  return subgraphSdl(__dirname);
}

/**
 * The alerts subgraph as the query planner's data source sees it. It holds only the Subscription
 * type, which the gateway serves over WebSocket (attachAlertSubscriptions) and refuses over HTTP,
 * so the planner never sends it an operation.
 */
export function createAlertsSubgraphSchema(): GraphQLSchema {
  return buildASTSchema(parse(alertsSubgraphSdl()), { assumeValidSDL: true });
}
