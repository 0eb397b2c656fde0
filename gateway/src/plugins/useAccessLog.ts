import type { GatewayPlugin } from './gateway-plugin';

/**
 * Fills the request's access record (access-log.ts) with what the GraphQL pipeline knows: each
 * operation's name, the error codes answered, and whether data came with them. The line itself is
 * written by the HTTP middleware once the response is sent, so requests refused before GraphQL
 * (401, 429, malformed bodies) get theirs too.
 */
export function useAccessLog(): GatewayPlugin {
  return {
    name: 'access-log',
    apollo: {
      async requestDidStart({ contextValue }) {
        const record = contextValue.access;
        if (!record) return;
        return {
          async willSendResponse({ response, operationName, request, errors }) {
            record.operations.push(operationName ?? request.operationName ?? null);
            const single = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
            const answered = [...(errors ?? []), ...(single.errors ?? [])];
            for (const error of answered) {
              const code = error.extensions?.code;
              record.errorCodes.add(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
            }
            if (answered.length > 0 && single.data) record.partial = true;
          },
        };
      },
    },
  };
}
