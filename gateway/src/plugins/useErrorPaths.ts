import { getOperationAST } from 'graphql';
import type { GatewayPlugin } from './gateway-plugin';
import { fieldOwnersOf, pathsLeftNull, withFailurePaths } from '../operations/error-paths';

/**
 * Errors with paths: when a department fails, its error (DOWNSTREAM_SERVICE_ERROR, naming the
 * department in extensions.serviceName) comes from the gateway without a path. This repeats it
 * at the path of each field that department left null (at most MAX_PATHS_PER_FAILURE), as a
 * department's own field error would be, so a client can tell which null it explains.
 */
export function useErrorPaths(options: { supergraphSdl: string }): GatewayPlugin {
  const owners = fieldOwnersOf(options.supergraphSdl);
  return {
    name: 'error-paths',
    apollo: {
      async requestDidStart() {
        return {
          async willSendResponse({ response, document, schema, request }) {
            if (response.body.kind !== 'single' || !document) return;
            const { errors, data } = response.body.singleResult;
            if (!errors?.some((e) => typeof e.extensions?.serviceName === 'string' && !e.path) || !data) return;
            const operation = getOperationAST(document, request.operationName);
            if (!operation) return;
            response.body.singleResult.errors = withFailurePaths(errors, (service) => pathsLeftNull(schema, document, operation, data, service, owners));
          },
        };
      },
    },
  };
}
