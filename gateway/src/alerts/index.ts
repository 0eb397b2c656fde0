export * from './rules';
export * from './subscriptions';
export { ALERTS_SUBGRAPH, alertsSubgraphSdl, createAlertsSubgraphSchema } from './subgraph';
