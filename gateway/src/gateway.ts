import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { expressMiddleware } from '@as-integrations/express5';
import type { KeyLike } from 'jose';
import proxyAddress from 'proxy-addr';
import { applyServerKeepAlive, httpErrorHandler, jsonBody, listenOn, offlineServerPlugins, type Department, type Logger } from '@zone/common';
import { assignRequestId, traceHttpRequests, type KeyDirectory } from '@zone/common';
import type { Authenticate } from './auth/authenticate';
import { requestContext, type GatewayContext } from './context';
import { corsMiddleware, NO_CORS, type CorsConfig } from './cors';
import type { AuditLog, AuditPrisma, AuditSequencer } from './audit';
import { createAuditSubgraphSchema } from './audit/subgraph';
import { attestationKeysRouter, createAttestationSubgraphSchema, createIssuerClient } from './attestation';
import { auditTreeRouter, type TransparencyLog } from './audit/transparency';
import { useAuditLog } from './plugins/useAuditLog';
import { useAccessLog } from './plugins/useAccessLog';
import { accessLog, servicesOfPlan } from './access-log';
import { statisticsExportRouter } from './statistics';
import { useContracts } from './plugins/useContracts';
import { DepartmentDataSource } from './data-source';
import type { BreakerSettings } from './upstream-policy';
import { graphiqlRouter, type GraphiqlOptions } from './graphiql';
import { consoleRouter, type ConsoleOptions } from './console';
import { DEFAULT_LIMITS, type LimitsConfig } from './limits/policy';
import { useDemandControl } from './plugins/useDemandControl';
import type { RateLimiter } from './rate-limit/rate-limiter';
import { useTrustedDocuments } from './plugins/useTrustedDocuments';
import type { Manifest } from './trusted-documents/manifest';
import { executableSupergraphSdl } from './authorization/supergraph';
import { useAuthorization } from './plugins/useAuthorization';
import { useOperationResolution } from './plugins/useOperationResolution';
import { useInputProblems } from './plugins/useInputProblems';
import { useErrorPaths } from './plugins/useErrorPaths';
import { useAuthentication } from './plugins/useAuthentication';
import { useRateLimit } from './plugins/useRateLimit';
import { composeGatewayPlugins, errorsDeclaredBy, type GatewayPlugin } from './plugins/gateway-plugin';
import { watchQueryPlanning } from './operations/query-planning';
import { createSubgraphRouter } from './subgraph-routing';
import { DEFAULT_BATCH_MAX_OPERATIONS, batchedOperations } from './batching';
import type { EventSubscriber } from '@zone/common';
import { attachAlertSubscriptions, createAlertsSubgraphSchema, type AlertSubscriptions } from './alerts';
import { createNodeSubgraphSchema } from './node/subgraph';
import { createContracts, type Contracts } from './contracts';
import { apiSchemaOf } from './trusted-documents/validate';
import { createGatewayMetrics, metricsRouter, useRequestMetrics, type GatewayMetrics } from './metrics';

export interface GatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<Department, string>;
  subgraphTimeoutMs?: number;
  /** A department's own timeout where it differs from subgraphTimeoutMs (<DEPT>_TIMEOUT_MS). */
  departmentTimeoutsMs?: Partial<Record<Department, number>>;
  /** When a department's circuit opens and probes again (default DEFAULT_BREAKER). */
  breaker?: BreakerSettings;
  /** Who is calling: bearer JWTs in production; insecurePlatformCaller only with security switched off. */
  authenticate: Authenticate;
  /** Key for the caller assertions the departments require; null when the subgraphs expect none. */
  assertionKey: KeyLike | null;
  log: Logger;
  /** Demand control of every operation (default DEFAULT_LIMITS: depth 10, 30 aliases, 20 root fields, 5000 tokens, cost budgets per role). */
  limits?: LimitsConfig;
  /**
   * Requests per caller and minute. Default: none, so tests and benchmarks are not throttled;
   * main.ts always passes one (in memory, or shared through Redis). Closed with the gateway.
   */
  rateLimiter?: RateLimiter;
  /** Where every operation is recorded; without it (development only) nothing is audited. */
  auditLog?: AuditLog;
  /** The audit database the gateway's own `audit` subgraph reads for auditors; without it that subgraph answers AUDIT_UNAVAILABLE. */
  auditDatabase?: AuditPrisma;
  /** The departments' attestation public keys (ATTESTATION_KEY_DIRECTORY_PATH); none: an empty directory, nothing verifies. */
  attestationKeys?: KeyDirectory;
  /** Signed tree heads and proofs of the audit log: GET /audit/tree-head, /audit/keys.json and the audit subgraph's proofs. */
  auditTransparency?: TransparencyLog;
  /** This process's audit sequencer: /ready reports whether it leads and the integration lag it last saw. */
  auditSequencer?: Pick<AuditSequencer, 'status'>;
  /**
   * Refusals before the GraphQL pipeline (401, 429, …) of one source (client address, or caller)
   * written one by one per minute; the rest of the minute's go into one entry with their count
   * (default DEFAULT_REFUSALS_RECORDED_PER_MINUTE, 20).
   */
  refusalsRecordedPerMinute?: number;
  /**
   * Proxies trusted to name the client in X-Forwarded-For (TRUST_PROXY), as Express's "trust
   * proxy": a number of hops, or their addresses and subnets. Default: none, the client address
   * is the TCP peer's. Requests without a valid token are rate-limited per client address.
   */
  trustProxy?: number | string[] | null;
  /** Browser origins that may call /graphql (CORS_ORIGINS, CORS_ALLOW_LOCALHOST). Default: none. */
  cors?: CorsConfig;
  /** The web console at /console: where its build is, and the development sign-in (none by default). */
  console?: ConsoleOptions;
  /** GraphiQL at GET /graphql for browsers: its development role picker (none by default). */
  graphiql?: GraphiqlOptions;
  /**
   * false: every role works with the whole API schema instead of its variant (useContracts), so a
   * test can reach the authorization rules and the departments' own refusals behind it.
   */
  contracts?: false;
  /**
   * The development mode of --no-security: no audiences and no authorization directives, so any
   * valid supergraph is served (one without this product's tags or policies too). Authentication
   * is then insecurePlatformCaller; main.ts says so loudly at start-up.
   */
  securityOff?: true;
  /**
   * Registered operations (gateway/trusted-documents.json): a BANK caller may run only these, by
   * id or exact body. Without it every role may send ad-hoc documents. APQ stays on either way.
   */
  trustedDocuments?: Manifest;
  /** Most operations one batched request (a JSON array) may hold (BATCH_MAX_OPERATIONS; default 10). */
  batchMaxOperations?: number;
  /** Where the gateway's Prometheus metrics are kept (GET /metrics); default a registry of its own with Node's process metrics. */
  metrics?: GatewayMetrics;
  /**
   * The departments' committed events as this gateway receives them from the bus: served as
   * GraphQL subscriptions over WebSocket on /graphql. Without it no subscription is accepted.
   */
  events?: EventSubscriber;
}

export interface RunningGateway {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Probes a department's /health next to its /graphql. */
async function departmentAnswers(graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(new URL('/health', graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The federated endpoint: /graphql (GraphiQL for browsers), /health (supergraph loaded) and
 * /ready (every department answers). Nothing leaves this machine but calls to the subgraphs.
 */
export function createGateway(options: GatewayOptions) {
  // @apollo/gateway otherwise exports usage telemetry to Apollo; these networks allow no outbound calls.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const { log } = options;
  const timeoutMs = options.subgraphTimeoutMs ?? 10000;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const auditSchema = createAuditSubgraphSchema({ prisma: options.auditDatabase ?? null, transparency: options.auditTransparency ?? null });
  /** Each department's data source, whose circuit /ready reports. */
  const departmentSources = new Map<string, DepartmentDataSource>();
  /** Every data source with a pool of connections, closed when the gateway stops. */
  const pooledSources = new Set<DepartmentDataSource>();
  const metrics = options.metrics ?? createGatewayMetrics();
  metrics.watchCircuits(() => [...departmentSources].map(([department, source]) => [department, source.circuit]));
  if (options.auditLog?.queueDepth) metrics.watchAuditQueue(options.auditLog.queueDepth);
  options.auditLog?.onBatchWritten?.((seconds) => metrics.auditWriteDuration.observe(seconds));
  // Department URLs and the in-process audit subgraph apply to this product's own supergraph only.
  const routeOf = createSubgraphRouter(options.supergraphSdl, options.subgraphUrls);
  const planning = watchQueryPlanning(log);
  // Mutual recognition: the key directory, verification, and the issuers asked about revocation.
  const attestationKeys = options.attestationKeys ?? { keys: [] };
  const issuers = createIssuerClient({ subgraphUrls: options.subgraphUrls, assertionKey: options.assertionKey ?? null });
  const attestationSchema = createAttestationSubgraphSchema({ directory: attestationKeys, issuers });
  const nodeSchema = createNodeSubgraphSchema();
  // Audiences, built once for the HTTP pipeline and the subscriptions alike.
  const contractsOn = options.contracts !== false && !options.securityOff;
  const contracts: Pick<Contracts, 'apiSchema' | 'variantOf'> = contractsOn
    ? createContracts(options.supergraphSdl)
    : { apiSchema: apiSchemaOf(options.supergraphSdl), variantOf: () => null };
  const gateway = new ApolloGateway({
    // It refuses the authorization specs (for: SECURITY) it does not implement; useAuthorization enforces them.
    supergraphSdl: executableSupergraphSdl(options.supergraphSdl),
    logger: log,
    experimental_didResolveQueryPlan: (resolved) => {
      planning.didResolveQueryPlan(resolved);
      // The subgraphs this request's plan fetches from, for its access log line.
      const access = (resolved.requestContext.context as Partial<GatewayContext>).access;
      if (access) servicesOfPlan(resolved.queryPlan.node, access.subgraphs);
    },
    buildService: ({ name, url }) => {
      const route = routeOf({ name, url });
      // The gateway's own subgraph, executed in this process with the request's context.
      if (route.kind === 'audit-in-process') return new LocalGraphQLDataSource<GatewayContext>(auditSchema);
      if (route.kind === 'attestation-in-process') return new LocalGraphQLDataSource<GatewayContext>(attestationSchema);
      if (route.kind === 'alerts-in-process') return new LocalGraphQLDataSource<GatewayContext>(createAlertsSubgraphSchema());
      if (route.kind === 'node-in-process') return new LocalGraphQLDataSource<GatewayContext>(nodeSchema);
      const ownTimeoutMs = route.department ? options.departmentTimeoutsMs?.[route.department] : undefined;
      const source = new DepartmentDataSource({ name, url: route.url, timeoutMs: ownTimeoutMs ?? timeoutMs, assertionKey: options.assertionKey, breaker: options.breaker, log, metrics });
      if (route.department) departmentSources.set(route.department, source);
      pooledSources.add(source);
      return source;
    },
  });

  // The request path, one plugin per concern, in order. Admission (authentication, rate limits)
  // runs while Apollo Server builds the context; the rest hook its request pipeline.
  const checks: GatewayPlugin[] = [
    // Around authentication: the address's allowance before any token work, the caller's after it.
    ...(options.rateLimiter ? [useRateLimit({ rateLimiter: options.rateLimiter, metrics, countAddresses: !options.securityOff })] : []),
    useAuthentication({ authenticate: options.authenticate }),
    // Before the checks that look at the operation: a document with no operation to run is refused as such.
    useOperationResolution(),
    // First of the checks: a document outside the caller's variant is invalid for it.
    ...(contractsOn ? [useContracts({ supergraphSdl: options.supergraphSdl, contracts: contracts as Contracts })] : []),
    // Before demand control, so a bank's ad-hoc document is refused as such.
    ...(options.trustedDocuments ? [useTrustedDocuments({ manifest: options.trustedDocuments })] : []),
    // Bad input, inline or in variables, refused as one BAD_USER_INPUT naming every field, before any department is called.
    useInputProblems(),
    useDemandControl({ supergraphSdl: options.supergraphSdl, limits }),
    // A failed department's error repeated at the path of each field it left null.
    useErrorPaths({ supergraphSdl: options.supergraphSdl }),
  ];
  const plugins = composeGatewayPlugins(
    [
      useRequestMetrics(metrics),
      useAccessLog(),
      // Around every admission step (its refusals are recorded), and outcomes as the checks declare them.
      ...(options.auditLog ? [useAuditLog({ auditLog: options.auditLog, errors: errorsDeclaredBy(checks), log, refusalsRecordedPerMinute: options.refusalsRecordedPerMinute })] : []),
      ...checks,
    ],
    { log },
  );

  const app = express();
  app.disable('x-powered-by');
  // No ETag on answers: each would cost a SHA-1 of the whole body, and POSTed queries are never revalidated.
  app.set('etag', false);
  try {
    app.set('trust proxy', options.trustProxy ?? false);
  } catch (error) {
    throw new Error(`TRUST_PROXY is not a list of addresses or subnets: ${(error as Error).message}`);
  }
  // Every response names the request it answers: the caller's own id when plain, else a new one.
  app.use(assignRequestId());
  // One structured line per request to /graphql, once its response is sent (access-log.ts).
  app.use('/graphql', accessLog(log));
  let loaded = false;
  let alerts: AlertSubscriptions | null = null;
  app.use(metricsRouter(metrics));
  app.get('/health', (_req, res) => {
    res.status(loaded ? 200 : 503).json({ status: loaded ? 'ok' : 'starting' });
  });
  app.get('/ready', async (_req, res) => {
    const entries = Object.entries(options.subgraphUrls) as [Department, string][];
    const results = await Promise.all(entries.map(async ([name, url]) => [name, await departmentAnswers(url, 2000)] as const));
    const down = results.filter(([, ok]) => !ok).map(([name]) => name);
    // A department whose circuit is open gets no requests, whatever its /health says.
    const circuits = Object.fromEntries(entries.map(([name]) => [name, departmentSources.get(name)?.circuit ?? 'closed']));
    const ready = loaded && down.length === 0 && Object.values(circuits).every((state) => state === 'closed');
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not ready',
      subgraphs: Object.fromEntries(results.map(([name, ok]) => [name, ok ? 'up' : 'down'])),
      circuits,
      ...(options.auditSequencer ? { audit: options.auditSequencer.status() } : {}),
      // Alerts pause while the bus is unreachable; queries do not, so readiness does not depend on it.
      ...(options.events ? { alerts: { bus: options.events.listening() ? 'listening' : 'reconnecting', subscriptions: alerts?.active() ?? 0 } } : {}),
    });
  });
  // Before GraphiQL and the API: preflights of allowed origins are answered here, others pass on unchanged.
  app.use('/graphql', corsMiddleware(options.cors ?? NO_CORS));
  app.use(graphiqlRouter(options.graphiql));
  app.use(consoleRouter(options.console));
  app.use(attestationKeysRouter({ directory: attestationKeys, issuers, log }));
  app.use(auditTreeRouter({ transparency: options.auditTransparency ?? null, log }));
  // The CSV export asks this gateway's own /graphql, known once it listens.
  let ownGraphqlUrl: string | null = null;
  app.use(statisticsExportRouter({ graphqlUrl: () => ownGraphqlUrl, log }));

  const listen = async (port: number, host = '127.0.0.1'): Promise<RunningGateway> => {
    // Idle sockets outlive the departments' and load balancers' pools (see keep-alive.ts in common).
    const httpServer = applyServerKeepAlive(http.createServer(app));
    const server = new ApolloServer<GatewayContext>({
      // @authenticated, @requiresScopes and @policy of the supergraph, enforced per caller before planning.
      gateway: options.securityOff ? planning.wrap(gateway) : useAuthorization(planning.wrap(gateway), { supergraphSdl: options.supergraphSdl }),
      introspection: true,
      // main.ts stops on SIGTERM and SIGINT: requests drained, then the audit log flushed, then exit 0.
      stopOnTerminationSignals: false,
      // A request with any of these headers was preflighted by a browser (or comes from no browser):
      // a bearer token in Authorization cannot be sent cross-site without CORS allowing it.
      csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
      includeStacktraceInErrorResponses: false,
      // No "Did you mean …?" from the whole schema: it would name fields outside a caller's variant.
      hideSchemaDetailsFromClientErrors: true,
      // The parser stops at the token limit, so an oversized document costs no more than an allowed one.
      parseOptions: { maxTokens: limits.maxTokens },
      // APQ (persistedQueries) is left at Apollo Server's default: on, in the server's bounded
      // in-memory LRU cache, for the platform front-end. Registered ids need no cache entry:
      // useTrustedDocuments fills in their body before the APQ step.
      plugins: [...plugins.apolloPlugins, ...offlineServerPlugins<GatewayContext>(httpServer)],
      formatError: plugins.formatError,
    });
    await server.start();
    // Subscriptions: WebSocket upgrades on the same path, served by the gateway itself.
    if (options.events) {
      alerts = attachAlertSubscriptions({
        httpServer,
        path: '/graphql',
        admit: plugins.admit,
        // The client address as Express reads it for HTTP requests (trust proxy).
        addressOf: (request) => proxyAddress(request, app.get('trust proxy fn') as Parameters<typeof proxyAddress>[1]),
        events: options.events,
        contracts,
        ...(options.auditLog ? { auditLog: options.auditLog } : {}),
        log,
        maxTokens: limits.maxTokens,
      });
    }
    loaded = true;
    const contextOf = requestContext({ admit: plugins.admit, log });
    app.use(
      '/graphql',
      // A span per request (a child of a department's span when it calls back with a traceparent).
      traceHttpRequests('gateway'),
      jsonBody('1mb'),
      // An array of operations: each one through the server as if sent alone (batching.ts).
      batchedOperations<GatewayContext>({ server, maxOperations: options.batchMaxOperations ?? DEFAULT_BATCH_MAX_OPERATIONS, context: contextOf }),
      expressMiddleware(server, { context: async ({ req, res }) => contextOf(req, res.locals.requestId as string, req.body) }),
    );
    // Malformed, oversized or wrongly encoded bodies: a JSON error, never Express's HTML page with a stack.
    app.use(httpErrorHandler({ service: 'gateway', log }));
    await listenOn(httpServer, port, host);
    const address = httpServer.address() as AddressInfo;
    const url = `http://${host}:${address.port}/graphql`;
    ownGraphqlUrl = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${address.port}/graphql`;
    log.info({ url }, 'gateway listening');
    return {
      url,
      port: address.port,
      close: async () => {
        // Drains: no new connections, in-flight requests answered (their audit entries appended).
        await alerts?.close();
        await server.stop();
        // What the plugins hold (the rate limiter's Redis connection, the audit log), then the departments' pools.
        await plugins.close();
        await Promise.all([...pooledSources].map((source) => source.close()));
        loaded = false;
      },
    };
  };

  return { app, listen };
}
