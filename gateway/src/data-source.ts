import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CALLER_HEADER, encodeCallerHeader } from '@zone/common';
import type { GatewayContext } from './context';

export interface DepartmentDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
}

/**
 * Calls one department's subgraph: passes on who the caller is and the request id, and gives up
 * after the timeout so a hanging department degrades the response instead of holding it.
 */
export class DepartmentDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: DepartmentDataSourceOptions) {
    const timeoutMs = options.timeoutMs;
    super({
      url: options.url,
      fetcher: ((input: string, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as RemoteGraphQLDataSource['fetcher'],
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const http = request.http;
    if (!http || !context || !('requestId' in context)) return;
    http.headers.set('x-request-id', context.requestId);
    if (context.caller) http.headers.set(CALLER_HEADER, encodeCallerHeader(context.caller));
  }
}
