import { validate } from 'graphql';
import type { GatewayPlugin } from './gateway-plugin';
import { ClientSafeError } from '../operations/errors';
import { KnownOperationTypesRule } from '../operations/known-operation-types';
import { operationResolutionError } from '../operations/operation-resolution';
import { selectOperation } from '../limits/operation-shape';

/**
 * Refuses, with 400, a valid document that has no operation the gateway can run: an unknown
 * operationName, several operations without one (OPERATION_RESOLUTION_FAILURE), or an operation
 * type the schema has no root for (GRAPHQL_VALIDATION_FAILED), and a `subscription`, which is
 * served over WebSocket only (GRAPHQL_VALIDATION_FAILED, saying so). Apollo
 * Server leaves the first to execution and graphql-js 16 does not check the second, so with a
 * gateway both would otherwise reach the executor and fail there as internal errors. It runs in
 * `didResolveOperation`, before every other check that looks at the operation.
 */
export function useOperationResolution(): GatewayPlugin {
  return {
    name: 'operation-resolution',
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ document, request, schema }) {
            const unresolved = operationResolutionError(document, request.operationName);
            if (unresolved) throw unresolved;
            const [unsupported] = validate(schema, document, [KnownOperationTypesRule]);
            if (unsupported) throw new ClientSafeError(unsupported.message, { nodes: unsupported.nodes, code: 'GRAPHQL_VALIDATION_FAILED', status: 400 });
            // The gateway serves subscriptions itself, over WebSocket; the query planner has no way to run one.
            const operation = selectOperation(document, request.operationName);
            if (operation?.operation === 'subscription') {
              throw new ClientSafeError('Subscriptions are served over WebSocket: connect to this same /graphql with the graphql-ws protocol (subprotocol graphql-transport-ws)', {
                nodes: operation,
                code: 'GRAPHQL_VALIDATION_FAILED',
                status: 400,
              });
            }
          },
        };
      },
    },
  };
}
