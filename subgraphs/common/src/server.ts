import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { KeyLike } from 'jose';
import { ASSERTION_HEADER, verifyCallerAssertion } from './assertion';
import type { Caller, Department } from './caller';
import { REQUEST_BUDGET_HEADER, forRequest, requestBudgetOf, unconfiguredFederatedApi, type FederatedApi } from './federated-api';
import { applyServerKeepAlive, listenOn } from './keep-alive';
import { httpErrorHandler, jsonBody } from './http-errors';
import { apolloPostHandler, headerOf, isGraphqlPath } from './apollo-post';
import type { Logger } from './logger';
import { MAX_REQUEST_ID_LENGTH, REQUEST_ID_HEADER, acceptedRequestId } from './request-id';
import { RECONCILE_SCOPE, WRITE_COMMITTED_PATH } from './write-requests';
import type { ServiceMetrics } from './metrics';
import { traceHttpRequests } from './tracing';
import { EXPECTED_ERROR_CODES } from './errors';

/** What every department's request context carries. */
export interface RequestContextBase extends BaseContext {
  /** The caller as the gateway asserted it; a department serves no request without one. */
  caller: Caller;
  requestId: string;
  log: Logger;
  /** The department's own client of the federated API, for data other departments own. */
  federated: FederatedApi;
}

export interface SubgraphServiceOptions<TContext extends RequestContextBase> {
  department: Department;
  schema: GraphQLSchema;
  /** Builds the per-request context (fresh DataLoaders each time). */
  createContext: (base: RequestContextBase) => TContext;
  /** Throws when the service cannot reach its database. */
  ping: () => Promise<unknown>;
  metrics: ServiceMetrics;
  log: Logger;
  /** The gateway's public key, against which every request's caller assertion is verified. */
  assertionKey: KeyLike;
  /** How this department calls the federated API (unconfigured: every call explains what is missing). */
  federated?: FederatedApi;
  /** Whether a request committed a write here (hasCommittedWrite), for the gateway's audit reconciler. */
  writeCommitted?: (requestId: string) => Promise<boolean>;
}

export interface RunningService {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export interface SubgraphService {
  app: express.Express;
  /** Starts listening; port 0 picks a free port. */
  listen: (port: number, host?: string) => Promise<RunningService>;
}

/** The 4xx HTTP status a GraphQLError was raised with (extensions.http.status), or null. */
function clientErrorStatusOf(error: unknown): number | null {
  const extensions = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions;
  const status = extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/**
 * Expected errors (a declared code: EXPECTED_ERROR_CODES, or `expected` where a server raises more)
 * reach the client as they are; anything else is logged with the request id and masked, so no
 * SQL, stack or personal data leaks through an error message.
 */
export function maskUnexpectedError(formatted: GraphQLFormattedError, error: unknown, log: Logger, service: string, expected: ReadonlySet<string> = EXPECTED_ERROR_CODES): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && expected.has(code)) return { ...formatted, message: withoutInputValues(formatted.message) };
  // Apollo Server refuses some requests with a 4xx status and no code (e.g. an unsupported
  // persisted-query version): the client's mistake, in Apollo's own words, not an internal error.
  if (clientErrorStatusOf(error) !== null && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
    return { message: withoutInputValues(formatted.message), extensions: { code: 'BAD_REQUEST' } };
  }
  log.error({ err: error, path: formatted.path }, 'unexpected error');
  return {
    message: `Internal error in the ${service} service`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * What every server of the product runs with: requests drain on stop, and nothing is reported to
 * or loaded from outside (no usage or schema reporting, no CDN landing page).
 */
export function offlineServerPlugins<T extends BaseContext>(httpServer: http.Server): ApolloServerPlugin<T>[] {
  return [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
  ];
}

/**
 * graphql-js quotes a rejected variable value in its message ("got invalid value <value> at
 * <path>"); that value may be an ID number, so errors name the path and the reason, never the value.
 */
export function withoutInputValues(message: string): string {
  return message
    .replace(/got invalid value [\s\S]*? at ("(?:[^"\\]|\\.)*"); /g, 'got an invalid value at $1; ')
    .replace(/got invalid value [\s\S]*?; /g, 'got an invalid value; ');
}

/** An Express app serving a department's subgraph at /graphql plus /health and /metrics. No side effects until listen. */
export function createSubgraphService<TContext extends RequestContextBase>(options: SubgraphServiceOptions<TContext>): SubgraphService {
  const { department, schema, createContext, ping, metrics, log, assertionKey } = options;
  const federated = options.federated ?? unconfiguredFederatedApi(department);
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', async (_req, res) => {
    try {
      await ping();
      res.json({ status: 'ok', service: department });
    } catch (error) {
      log.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', service: department, reason: 'database unreachable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  // The gateway's audit reconciler asks whether a request it lost track of committed a write here.
  // Only the gateway can ask: a caller assertion it signed, for a SYSTEM caller with audit:reconcile.
  app.get(WRITE_COMMITTED_PATH, async (req, res) => {
    const requestId = req.query.requestId;
    if (typeof requestId !== 'string' || requestId.length > MAX_REQUEST_ID_LENGTH || acceptedRequestId(requestId) !== requestId) {
      res.status(400).json({ errors: [{ message: `requestId must be 1 to ${MAX_REQUEST_ID_LENGTH} of A-Z a-z 0-9 . _ : -`, extensions: { code: 'BAD_USER_INPUT', field: 'requestId' } }] });
      return;
    }
    let caller: Caller;
    try {
      caller = await verifyCallerAssertion(req.get(ASSERTION_HEADER), assertionKey);
    } catch (error) {
      res.status(401).json({ errors: [{ message: (error as Error).message, extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    if (caller.role !== 'SYSTEM' || !caller.scopes.includes(RECONCILE_SCOPE)) {
      res.status(403).json({ errors: [{ message: `Only the gateway's audit reconciler (${RECONCILE_SCOPE}) may ask which requests committed`, extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    if (!options.writeCommitted) {
      res.status(404).json({ errors: [{ message: `${department} records no request ids of its writes`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    try {
      res.json({ requestId, committed: await options.writeCommitted(requestId) });
    } catch (error) {
      log.warn({ err: error }, 'write-committed lookup failed');
      res.status(503).json({ errors: [{ message: 'database unreachable', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }
  });

  const listen = async (port: number, host = '127.0.0.1'): Promise<RunningService> => {
    // Idle sockets outlive the gateway's pool (see keep-alive.ts), so it never reuses one being closed.
    let serveGraphqlPost: http.RequestListener | null = null;
    const httpServer = applyServerKeepAlive(
      http.createServer((req, res) => {
        if (serveGraphqlPost && req.method === 'POST' && isGraphqlPath(req.url)) serveGraphqlPost(req, res);
        else app(req, res);
      }),
    );
    const apollo = new ApolloServer<TContext>({
      schema,
      introspection: true,
      csrfPrevention: true,
      includeStacktraceInErrorResponses: false,
      // No cache hints (no department sets any, and the gateway caches nothing by them): without
      // this, Apollo Server's default cache-control plugin runs a hook on every field resolved,
      // which for a batch of entities (96 ZoneStatistics of a statistics view) is most of the work.
      plugins: [...offlineServerPlugins(httpServer), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
      formatError: (formatted, error) => maskUnexpectedError(formatted, error, log, department),
    });
    await apollo.start();
    const contextOf = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<TContext> => {
      // The gateway sends a plain id; the same rule holds for anyone who calls a department directly.
      const requestId = acceptedRequestId(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, requestId);
      const caller = await verifyCallerAssertion(headerOf(req, ASSERTION_HEADER), assertionKey);
      // The gateway states how long it waits for this answer; calls back through it end before that.
      const budget = requestBudgetOf(headerOf(req, REQUEST_BUDGET_HEADER));
      const deadline = budget === null ? null : Date.now() + budget;
      return createContext({ caller, requestId, log: log.child({ requestId }), federated: forRequest(federated, { deadline, requestId }) });
    };
    // The gateway's POSTs, every department request but a few, are served by Apollo Server without
    // Express in between (its router, request decoration and res.send cost as much as the GraphQL
    // work of a small entity fetch); any other method or path, GET /graphql included, goes to Express.
    // A span per request, a child of the gateway's call when it sends a traceparent; one body parser for both paths.
    const trace = traceHttpRequests(department);
    const parseBody = jsonBody('2mb');
    serveGraphqlPost = apolloPostHandler({ apollo, service: department, log, context: contextOf, trace, parseBody });
    app.use(
      '/graphql',
      trace,
      parseBody,
      expressMiddleware(apollo, { context: async ({ req, res }) => contextOf(req, res) }),
    );
    // Malformed, oversized or wrongly encoded bodies: a JSON error, never Express's HTML page with a stack.
    app.use(httpErrorHandler({ service: department, log }));
    await listenOn(httpServer, port, host);
    const address = httpServer.address() as AddressInfo;
    const url = `http://${host}:${address.port}/graphql`;
    log.info({ url }, `${department} subgraph listening`);
    return {
      url,
      port: address.port,
      close: async () => {
        await apollo.stop();
      },
    };
  };

  return { app, listen };
}
