import { STATUS_CODES } from 'node:http';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { KeyLike } from 'jose';
import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, ConstantBackoff, circuitBreaker, handleWhen, retry, type CircuitBreakerPolicy } from 'cockatiel';
import { ASSERTION_HEADER, REQUEST_BUDGET_HEADER, callBudgetMs, createServicePool, injectTraceContext, reusableCallerAssertion, traceDepartmentFetch, type Caller, type Logger } from '@zone/common';
import type { GatewayContext } from './context';
import type { GatewayMetrics } from './metrics';
import { CallerDeadlineError, DEFAULT_BREAKER, isDepartmentFailure, mayRetry, operationTypeOf, type BreakerSettings, type OperationType } from './upstream-policy';

export interface DepartmentDataSourceOptions {
  name: string;
  url: string;
  /** Time allowed for one request to this department (its <DEPT>_TIMEOUT_MS, else SUBGRAPH_TIMEOUT_MS). */
  timeoutMs: number;
  /** Signs the caller assertion each department requires; null for subgraphs that expect none. */
  assertionKey: KeyLike | null;
  /** When the department's circuit opens and probes again (default DEFAULT_BREAKER: 5 failures, 5 s). */
  breaker?: BreakerSettings;
  /** Where the circuit's openings and closings are logged. */
  log?: Logger;
  /** Where each request's duration and failures are counted. */
  metrics?: Pick<GatewayMetrics, 'departmentFetchDuration' | 'departmentErrors'>;
}

/** State of a department's circuit as /ready reports it. */
export type CircuitStatus = 'closed' | 'open' | 'half-open';

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
/** A department's answer as @apollo/gateway takes it. */
type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;
type Variables = Record<string, unknown>;

/** One HTTP exchange with a department: its status and the body as received, not yet parsed. */
interface Exchange {
  status: number;
  contentType: string | undefined;
  cacheControl: string | undefined;
  text: string;
}

/** The whole exchange with a department took longer than its budget. */
class ExchangeTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(budgetMs: number) {
    super(`no complete answer within ${budgetMs} ms`);
  }
}

/** The undici errors of a request that ran out of its time: no headers, or the body stalled. */
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** A request that ran out of its time: undici's header or body timeout, or the exchange's own timer (told by name). */
function isTimeout(error: unknown): boolean {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return (typeof code === 'string' && TIMEOUT_CODES.has(code)) || name === 'TimeoutError';
}

function answeredErrors(error: unknown): GraphQLFormattedError[] | null {
  if (!(error instanceof GraphQLError)) return null;
  const response = error.extensions.response as { status?: number; body?: unknown } | undefined;
  const body = response?.body as { errors?: unknown } | undefined;
  if (!response?.status || response.status >= 500 || !body || !Array.isArray(body.errors) || body.errors.length === 0) return null;
  return body.errors as GraphQLFormattedError[];
}

/** Raised instead of calling a department whose circuit is open, or half-open with its probe in flight. */
class CircuitOpenError extends Error {
  override readonly name = 'CircuitOpenError';
}

function departmentError(serviceName: string, message: string, reason: string): GraphQLError {
  return new GraphQLError(`The ${serviceName} department ${message}; its fields are null in this response`, {
    extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName, reason },
  });
}

const isJson = (contentType: string | undefined) => !!contentType && (contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json'));

/** An answer other than 2xx, in the shape the breaker and the refusal pass-through read (extensions.response). */
function responseError(url: string, exchange: Exchange): GraphQLError {
  let body: unknown = exchange.text;
  if (isJson(exchange.contentType)) {
    try {
      body = JSON.parse(exchange.text);
    } catch {
      // not JSON after all: kept as text
    }
  }
  const statusText = STATUS_CODES[exchange.status] ?? '';
  const code = exchange.status === 401 ? 'UNAUTHENTICATED' : exchange.status === 403 ? 'FORBIDDEN' : undefined;
  return new GraphQLError(`${exchange.status}: ${statusText}`, {
    extensions: { response: { url, status: exchange.status, statusText, body }, ...(code ? { code } : {}) },
  });
}

/** A copy of a parsed JSON value, so that two places in one response never share an object. */
function copyJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copyJson((value as Record<string, unknown>)[key]);
  return copy;
}

/**
 * Entity representations sent once each: the same __typename and key asked for at several places
 * of a response (a product reviewed by several users) is one representation in the request.
 * `positions[i]` is the representation the i-th of the gateway's list became.
 */
function uniqueRepresentations(variables: Variables | undefined): { variables: Variables; positions: number[]; count: number } | null {
  const representations = variables?.representations;
  if (!Array.isArray(representations) || representations.length < 2) return null;
  const seen = new Map<string, number>();
  const unique: unknown[] = [];
  const positions = new Array<number>(representations.length);
  for (let i = 0; i < representations.length; i++) {
    const key = JSON.stringify(representations[i]);
    let at = seen.get(key);
    if (at === undefined) {
      at = unique.length;
      seen.set(key, at);
      unique.push(representations[i]);
    }
    positions[i] = at;
  }
  if (unique.length === representations.length) return null;
  return { variables: { ...variables, representations: unique }, positions, count: unique.length };
}

/**
 * The department's answer to the unique representations, laid out again as the gateway asked:
 * one entity per representation it sent (a copy where one answers several places), and each
 * error at an entity repeated at every place that entity answers.
 */
function fanOutEntities(response: GatewayGraphQLResponse, { positions, count }: { positions: number[]; count: number }): GatewayGraphQLResponse {
  const entities = (response.data as { _entities?: unknown } | null | undefined)?._entities;
  // Any other answer is left as it came, for @apollo/gateway to refuse as it would.
  if (!Array.isArray(entities) || entities.length !== count) return response;
  const used = new Array<boolean>(entities.length).fill(false);
  const laidOut = positions.map((at) => {
    if (!used[at]) {
      used[at] = true;
      return entities[at];
    }
    return copyJson(entities[at]);
  });
  let errors = response.errors;
  if (errors) {
    errors = errors.flatMap((error) => {
      const path = error.path;
      if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
      const at = path[1];
      const places: GraphQLFormattedError[] = [];
      positions.forEach((p, i) => {
        if (p === at) places.push({ ...error, path: ['_entities', i, ...path.slice(2)] });
      });
      return places.length ? places : [error];
    });
  }
  return { ...response, data: { ...response.data, _entities: laidOut }, ...(errors ? { errors } : {}) };
}

/** Apollo Server's cache policy of the whole response, restricted by a department's Cache-Control as @apollo/gateway does. */
function restrictCachePolicy(options: ProcessOptions, cacheControl: string | undefined): void {
  if (options.kind !== 'incoming operation') return;
  const policy = options.incomingRequestContext.overallCachePolicy as { restrict?: (hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }) => void } | undefined;
  if (!policy?.restrict) return;
  const hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' } = { maxAge: 0 };
  for (const part of (cacheControl ?? '').split(',')) {
    const [name, value] = part.trim().toLowerCase().split('=');
    if (name === 'max-age' && value && /^[0-9]+$/.test(value)) hint.maxAge = Number(value);
    else if (name === 'private') hint.scope = 'PRIVATE';
    else if (name === 'public') hint.scope = 'PUBLIC';
  }
  policy.restrict(hint);
}

/**
 * Calls one department's subgraph: passes on who the caller is, the request id and the time it
 * has; gives up after the department's timeout (or sooner, when the request it serves has less
 * time), retries a query once on a connection refused or reset, and stops asking a department
 * that keeps failing (a circuit breaker: while open, its fields fail at once, and after a while
 * one request probes it again). A hanging or dead department degrades responses instead of holding them.
 *
 * The HTTP exchange itself (exchange()) is one undici request() over a keep-alive Pool per
 * department, its body read once. Within one entity fetch each representation is sent once, and
 * identical queries in flight at the same time for the same caller share one exchange.
 */
export class DepartmentDataSource implements GraphQLDataSource<GatewayContext> {
  readonly url: string;
  private readonly path: string;
  private readonly pool: ReturnType<typeof createServicePool>;
  private readonly serviceName: string;
  private readonly assertionKey: KeyLike | null;
  private readonly timeoutMs: number;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly metrics: DepartmentDataSourceOptions['metrics'];
  /** Exchanges in flight that an identical query of the same caller may share, by caller and body. */
  private readonly inFlight = new Map<string, Promise<Exchange>>();
  /** Each caller as a string, the part of the in-flight key that tells callers apart. */
  private readonly callerKeys = new WeakMap<Caller, string>();
  /** Time each outgoing request was given, by request: sent in x-request-budget-ms. */
  private readonly budgetOf = new WeakMap<object, number>();
  /** The HTTP parts this data source set on requests (a retry starts again from what the gateway gave). */
  private readonly ownHttp = new WeakSet<object>();
  /** The headers @apollo/gateway gave a request (its trace request), kept for a retry. */
  private readonly givenHeaders = new WeakMap<object, [string, string][]>();

  constructor(options: DepartmentDataSourceOptions) {
    const url = new URL(options.url);
    this.url = options.url;
    this.path = `${url.pathname}${url.search}`;
    this.pool = createServicePool(url.origin);
    this.serviceName = options.name;
    this.assertionKey = options.assertionKey;
    this.timeoutMs = options.timeoutMs;
    this.metrics = options.metrics;
    const settings = options.breaker ?? DEFAULT_BREAKER;
    this.breaker = circuitBreaker(handleWhen(isDepartmentFailure), {
      halfOpenAfter: settings.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(settings.failures),
    });
    const log = options.log;
    this.breaker.onBreak(() => log?.warn({ service: this.serviceName }, `circuit of the ${this.serviceName} department opened: failing fast, probing again in ${settings.halfOpenAfterMs} ms`));
    this.breaker.onReset(() => log?.info({ service: this.serviceName }, `circuit of the ${this.serviceName} department closed: it answers again`));
  }

  /** Whether requests reach the department (closed), fail fast (open) or wait for a probe (half-open). */
  get circuit(): CircuitStatus {
    switch (this.breaker.state) {
      case CircuitState.Closed:
        return 'closed';
      case CircuitState.HalfOpen:
        return 'half-open';
      default:
        return 'open';
    }
  }

  /** Closes the keep-alive pool to the department: its idle sockets are ended; requests still in flight are answered first. */
  async close(): Promise<void> {
    if (!this.pool.closed) await this.pool.close();
  }

  /** Whether close() ended the pool: no socket to the department is left open. */
  get closed(): boolean {
    return this.pool.destroyed;
  }

  async process(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    // Health checks and schema loading (unused with a static supergraph) go straight through.
    if (!('incomingRequestContext' in options)) return this.attempt(options, 'query');
    const operation = operationTypeOf(options.request.query ?? '');
    const retryOnce = retry(handleWhen((error) => mayRetry(operation, error)), { maxAttempts: 1, backoff: new ConstantBackoff(0) });
    const stop = this.metrics?.departmentFetchDuration.startTimer({ department: this.serviceName });
    try {
      // While one request probes a half-open circuit, the others fail fast instead of queueing behind it.
      if (this.breaker.state === CircuitState.HalfOpen) throw new CircuitOpenError();
      const response = await this.breaker.execute(() => retryOnce.execute(() => this.attempt(options, operation)));
      stop?.({ outcome: 'ok' });
      return response;
    } catch (error) {
      const failure = this.asDepartmentError(error, options.context);
      const reason = String(failure.extensions.reason);
      stop?.({ outcome: reason.toLowerCase() === 'unavailable' ? 'error' : reason.toLowerCase() });
      this.metrics?.departmentErrors.inc({ department: this.serviceName, reason });
      throw failure;
    }
  }

  /** One request to the department within the time the request it serves has left. */
  private async attempt(options: ProcessOptions, operation: OperationType): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    const deadline = context && 'deadline' in context ? (context as GatewayContext).deadline : null;
    const budget = callBudgetMs(this.timeoutMs, deadline, Date.now());
    if (budget <= 0) throw new CallerDeadlineError('the request has no time left');
    if (!request.query) throw new Error('Missing query');
    const unique = uniqueRepresentations(request.variables);
    const body = JSON.stringify({ query: request.query, variables: unique?.variables ?? request.variables, operationName: request.operationName, extensions: request.extensions });
    // Only a query of a caller without a deadline of its own is shared: same caller, same document
    // and variables, same time allowed; never a mutation, never a request with headers of its own.
    const caller = context && 'caller' in context ? (context as GatewayContext).caller : null;
    const shareable = operation === 'query' && caller && !deadline && !this.givenHeadersOf(request).length && 'incomingRequestContext' in options;
    const key = shareable ? `${this.callerKey(caller)}\n${body}` : null;
    let exchange: Exchange;
    try {
      let pending = key ? this.inFlight.get(key) : undefined;
      if (!pending) {
        pending = traceDepartmentFetch(this.serviceName, () => this.send(options, body, budget));
        if (key) {
          this.inFlight.set(key, pending);
          const forget = () => this.inFlight.delete(key);
          pending.then(forget, forget);
        }
      }
      exchange = await pending;
      if (exchange.status < 200 || exchange.status >= 300) throw responseError(this.url, exchange);
    } catch (error) {
      // A department that refused the request (e.g. HTTP 400 for a variable its scalars reject)
      // did answer: its own errors, which name the field and the reason, go to the client.
      const refusal = answeredErrors(error);
      if (refusal) return { errors: refusal };
      if (isTimeout(error) && budget < this.timeoutMs) throw new CallerDeadlineError('the request ran out of time', { cause: error });
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(exchange.text);
    } catch {
      parsed = null;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`Expected a JSON object from the ${this.serviceName} department`);
    restrictCachePolicy(options, exchange.cacheControl);
    const response = parsed as GatewayGraphQLResponse;
    return unique ? fanOutEntities(response, unique) : response;
  }

  /**
   * The HTTP exchange with the department: POST of the request's body over the department's pool,
   * the headers willSendRequest sets, and the budget as the time allowed for the whole answer.
   * The one place a request leaves for a department.
   */
  private async send(options: ProcessOptions, body: string, budget: number): Promise<Exchange> {
    const headers = new Headers();
    for (const [name, value] of this.givenHeadersOf(options.request)) headers.append(name, value);
    headers.set('content-type', 'application/json');
    const http = { method: 'POST', url: this.url, headers };
    this.ownHttp.add(http);
    options.request.http = http;
    this.budgetOf.set(options.request, budget);
    await this.willSendRequest(options);
    const outgoing: Record<string, string> = {};
    headers.forEach((value, name) => (outgoing[name] = value));
    // undici's header and body timeouts bound a stall (coarsely: its timers tick about once a
    // second); the timer bounds the whole exchange, a body trickled byte by byte included.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new ExchangeTimeoutError(budget)), budget);
    let answer: Awaited<ReturnType<typeof this.pool.request>>;
    let text: string;
    try {
      answer = await this.pool.request({ method: 'POST', path: this.path, headers: outgoing, body, headersTimeout: budget, bodyTimeout: budget, signal: abort.signal });
      text = await answer.body.text();
    } finally {
      clearTimeout(timer);
    }
    const header = (name: string) => {
      const value = answer.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    };
    return { status: answer.statusCode, contentType: header('content-type'), cacheControl: header('cache-control'), text };
  }

  private givenHeadersOf(request: ProcessOptions['request']): [string, string][] {
    let given = this.givenHeaders.get(request);
    if (!given) {
      given = request.http && !this.ownHttp.has(request.http) ? [...request.http.headers] : [];
      this.givenHeaders.set(request, given);
    }
    return given;
  }

  private callerKey(caller: Caller): string {
    let key = this.callerKeys.get(caller);
    if (key === undefined) {
      key = JSON.stringify(caller);
      this.callerKeys.set(caller, key);
    }
    return key;
  }

  private asDepartmentError(error: unknown, context: GatewayContext | Record<string, unknown>): GraphQLError {
    const log = 'log' in context ? (context as GatewayContext).log : undefined;
    if (error instanceof BrokenCircuitError || error instanceof CircuitOpenError) {
      return departmentError(this.serviceName, 'is unavailable: its circuit is open after repeated failures, so it is not asked until a probe succeeds', 'CIRCUIT_OPEN');
    }
    log?.warn({ err: error, service: this.serviceName }, 'department request failed');
    if (error instanceof CallerDeadlineError) return departmentError(this.serviceName, 'did not answer within the time left to this request', 'DEADLINE');
    return isTimeout(error) ? departmentError(this.serviceName, 'timed out', 'TIMEOUT') : departmentError(this.serviceName, 'is unavailable', 'UNAVAILABLE');
  }

  /** Sets who asks (the signed caller assertion), the request id and the time allowed on a request about to be sent. */
  async willSendRequest({ request, context }: ProcessOptions): Promise<void> {
    const http = request.http;
    if (!http || !context || !('requestId' in context)) return;
    const gatewayContext = context as GatewayContext;
    http.headers.set('x-request-id', gatewayContext.requestId);
    injectTraceContext((name, value) => http.headers.set(name, value));
    const budget = this.budgetOf.get(request);
    if (budget !== undefined) http.headers.set(REQUEST_BUDGET_HEADER, String(budget));
    if (this.assertionKey) {
      gatewayContext.assertion ??= reusableCallerAssertion(gatewayContext.caller, this.assertionKey);
      http.headers.set(ASSERTION_HEADER, await gatewayContext.assertion);
    }
  }
}
