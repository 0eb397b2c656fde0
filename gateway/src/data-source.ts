import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { KeyLike } from 'jose';
import { ASSERTION_HEADER, signCallerAssertion } from '@zone/common';
import type { GatewayContext } from './context';

export interface DepartmentDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  /** Signs the caller assertion each department requires; null for subgraphs that expect none. */
  assertionKey: KeyLike | null;
}

/**
 * Calls one department's subgraph: passes on who the caller is and the request id, and gives up
 * after the timeout so a hanging department degrades the response instead of holding it.
 */
function answeredErrors(error: unknown): GraphQLFormattedError[] | null {
  if (!(error instanceof GraphQLError)) return null;
  const response = error.extensions.response as { status?: number; body?: unknown } | undefined;
  const body = response?.body as { errors?: unknown } | undefined;
  if (!response?.status || response.status >= 500 || !body || !Array.isArray(body.errors) || body.errors.length === 0) return null;
  return body.errors as GraphQLFormattedError[];
}

export class DepartmentDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly serviceName: string;
  private readonly assertionKey: KeyLike | null;

  constructor(options: DepartmentDataSourceOptions) {
    const timeoutMs = options.timeoutMs;
    super({
      url: options.url,
      fetcher: ((input: string, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as RemoteGraphQLDataSource['fetcher'],
    });
    this.serviceName = options.name;
    this.assertionKey = options.assertionKey;
  }

  /**
   * A department that cannot be reached, times out or answers with an HTTP error becomes one
   * error naming it; the gateway then serves what the other departments returned.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      // A department that refused the request (e.g. HTTP 400 for a variable its scalars reject)
      // did answer: its own errors, which name the field and the reason, go to the client.
      const refusal = answeredErrors(error);
      if (refusal) return { errors: refusal };
      const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'is unavailable';
      if (options.context && 'log' in options.context) options.context.log.warn({ err: error, service: this.serviceName }, 'department request failed');
      throw new GraphQLError(`The ${this.serviceName} department ${reason}; its fields are null in this response`, {
        extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: this.serviceName },
      });
    }
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const http = request.http;
    if (!http || !context || !('requestId' in context)) return;
    http.headers.set('x-request-id', context.requestId);
    if (this.assertionKey) {
      context.assertion ??= signCallerAssertion(context.caller, this.assertionKey, context.requestId);
      http.headers.set(ASSERTION_HEADER, await context.assertion);
    }
  }
}
