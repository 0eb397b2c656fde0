import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { GatewayContext } from './context';

/** The gateway as Apollo Server takes it. */
export type Gateway = ApolloServerOptionsWithGateway<GatewayContext>['gateway'];

/** @apollo/gateway's executor of one operation, as its `load` returns it. */
export type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * The gateway with its executor wrapped, everything else passed through: how authorization and
 * the query-planning watch step between Apollo Server and @apollo/gateway's executor.
 */
export function withWrappedExecutor(gateway: Gateway, wrap: (executor: GatewayExecutor) => GatewayExecutor): Gateway {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    load: async (loadOptions) => {
      const { executor } = await gateway.load(loadOptions);
      return { executor: executor ? wrap(executor) : executor };
    },
  };
}
