import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import type { Logger } from '@zone/common';
import type { GatewayContext } from '../context';
import { withWrappedExecutor, type Gateway } from '../gateway-executor';
import { ClientSafeError } from './errors';

export const QUERY_PLANNING_FAILED = 'QUERY_PLANNING_FAILED';

/**
 * A valid operation the query planner could not split across the departments. Known causes are
 * the planner's own bounds on what one operation may ask through other subgraphs' entities
 * ("non-local selections", recursive selections, options per selection); otherwise a planner
 * defect. Either way the same document fails every time against this supergraph, and the way
 * out is a smaller or differently shaped operation, so it is answered 400 like every other
 * document the gateway cannot serve as written, with a stable code and no planner internals (its
 * message quotes selections of the supergraph); the log has those, with the request id.
 */
export function queryPlanningFailed(): ClientSafeError {
  return new ClientSafeError(
    'The gateway could not build a query plan for this operation: it is valid, but cannot be split across the departments as written. ' +
      'Split it into smaller operations (fewer fields fetched through other departments\' records in one request).',
    { code: QUERY_PLANNING_FAILED, status: 400 },
  );
}

export interface QueryPlanningWatch {
  /** To pass as ApolloGateway's `experimental_didResolveQueryPlan`. */
  didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback;
  /** The gateway with an executor whose planning failures come back as QUERY_PLANNING_FAILED. */
  wrap: (gateway: Gateway) => Gateway;
}

/**
 * Tells a planning failure from any other failure of @apollo/gateway's executor, which throws both
 * alike: the gateway reports every plan it resolved (built or cached) before executing it, so an
 * executor that throws for a request without a resolved plan failed while planning. Requests are
 * told apart by their context object, which every wrapper of the executor passes on unchanged.
 */
export function watchQueryPlanning(log: Logger): QueryPlanningWatch {
  const planned = new WeakSet<object>();
  return {
    didResolveQueryPlan: ({ requestContext }) => {
      planned.add(requestContext.context);
    },
    wrap: (gateway) =>
      withWrappedExecutor(gateway, (executor) => async (requestContext) => {
        try {
          return await executor(requestContext);
        } catch (error) {
          if (planned.has(requestContext.context)) throw error;
          const context = requestContext.context as Partial<GatewayContext>;
          (context.log ?? log).error({ err: error, operationName: requestContext.operationName }, 'query planning failed');
          throw queryPlanningFailed();
        }
      }),
  };
}
