import type { GatewayContext } from '../context';
import { executeAuthorized, requirementsOf } from '../authorization';
import { withWrappedExecutor, type Gateway } from '../gateway-executor';

export interface AuthorizationOptions {
  /** The full supergraph, with its `@authenticated`, `@requiresScopes` and `@policy` applications. */
  supergraphSdl: string;
}

/**
 * Enforces the authorization directives of the supergraph on every operation, for the caller of
 * the request: fields the caller may not be served are taken out of the operation before it is
 * planned, so no department is asked for them, and come back `null` with an error naming the
 * field (`<Type.field> requires …`, FORBIDDEN or UNAUTHENTICATED); the rest is served.
 *
 * It wraps the gateway's executor rather than hooking a request phase: that is where the
 * document the query planner sees, the plan cache key and the result before error formatting
 * all meet. Requirements are read once, at construction; an unknown policy stops start-up.
 */
export function useAuthorization(gateway: Gateway, options: AuthorizationOptions): Gateway {
  const requirements = requirementsOf(options.supergraphSdl);
  return withWrappedExecutor(gateway, (executor) => (requestContext) => {
    const caller = (requestContext.context as Partial<GatewayContext>).caller ?? null;
    return executeAuthorized(requirements, caller, requestContext, executor);
  });
}
