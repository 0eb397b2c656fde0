import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { KeyLike } from 'jose';
import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, ConstantBackoff, circuitBreaker, handleWhen, retry, type CircuitBreakerPolicy } from 'cockatiel';
import { ASSERTION_HEADER, REQUEST_BUDGET_HEADER, callBudgetMs, createServiceAgent, fetchWithAgent, reusableCallerAssertion, type Logger } from '@zone/common';
import type { GatewayContext } from './context';
import type { GatewayMetrics } from './metrics';
import { CallerDeadlineError, DEFAULT_BREAKER, isDepartmentFailure, mayRetry, operationTypeOf, type BreakerSettings } from './upstream-policy';

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

function answeredErrors(error: unknown): GraphQLFormattedError[] | null {
  if (!(error instanceof GraphQLError)) return null;
  const response = error.extensions.response as { status?: number; body?: unknown } | undefined;
  const body = response?.body as { errors?: unknown } | undefined;
  if (!response?.status || response.status >= 500 || !body || !Array.isArray(body.errors) || body.errors.length === 0) return null;
  return body.errors as GraphQLFormattedError[];
}

/** An abort by AbortSignal.timeout (a DOMException, which is not an Error of every realm, so told by name). */
function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TimeoutError';
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

/**
 * Calls one department's subgraph: passes on who the caller is, the request id and the time it
 * has; gives up after the department's timeout (or sooner, when the request it serves has less
 * time), retries a query once on a connection refused or reset, and stops asking a department
 * that keeps failing (a circuit breaker: while open, its fields fail at once, and after a while
 * one request probes it again). A hanging or dead department degrades responses instead of holding them.
 */
export class DepartmentDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly serviceName: string;
  private readonly assertionKey: KeyLike | null;
  private readonly timeoutMs: number;
  private readonly breaker: CircuitBreakerPolicy;
  /** Time each outgoing request was given, by request: sent in x-request-budget-ms and enforced by the fetcher. */
  private readonly budgets = new WeakMap<object, number>();
  private readonly metrics: DepartmentDataSourceOptions['metrics'];

  constructor(options: DepartmentDataSourceOptions) {
    const timeoutMs = options.timeoutMs;
    const fetchDepartment = fetchWithAgent(createServiceAgent());
    super({
      url: options.url,
      // The budget header set in willSendRequest is the time this request is given.
      fetcher: ((input: string, init?: RequestInit) => {
        const stated = Number((init?.headers as Record<string, string> | undefined)?.[REQUEST_BUDGET_HEADER]);
        return fetchDepartment(input, { ...init, signal: AbortSignal.timeout(stated > 0 ? stated : timeoutMs) });
      }) as unknown as RemoteGraphQLDataSource['fetcher'],
    });
    this.serviceName = options.name;
    this.assertionKey = options.assertionKey;
    this.timeoutMs = timeoutMs;
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

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // Health checks and schema loading (unused with a static supergraph) go straight through.
    if (!('incomingRequestContext' in options)) return super.process(options);
    const operation = operationTypeOf(options.request.query ?? '');
    const retryOnce = retry(handleWhen((error) => mayRetry(operation, error)), { maxAttempts: 1, backoff: new ConstantBackoff(0) });
    const stop = this.metrics?.departmentFetchDuration.startTimer({ department: this.serviceName });
    try {
      // While one request probes a half-open circuit, the others fail fast instead of queueing behind it.
      if (this.breaker.state === CircuitState.HalfOpen) throw new CircuitOpenError();
      const response = await this.breaker.execute(() => retryOnce.execute(() => this.attempt(options)));
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
  private async attempt(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const deadline = options.context && 'deadline' in options.context ? options.context.deadline : null;
    const budget = callBudgetMs(this.timeoutMs, deadline, Date.now());
    if (budget <= 0) throw new CallerDeadlineError('the request has no time left');
    this.budgets.set(options.request, budget);
    try {
      return await super.process(options);
    } catch (error) {
      // A department that refused the request (e.g. HTTP 400 for a variable its scalars reject)
      // did answer: its own errors, which name the field and the reason, go to the client.
      const refusal = answeredErrors(error);
      if (refusal) return { errors: refusal };
      if (isTimeout(error) && budget < this.timeoutMs) throw new CallerDeadlineError('the request ran out of time', { cause: error });
      throw error;
    }
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

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const http = request.http;
    if (!http || !context || !('requestId' in context)) return;
    http.headers.set('x-request-id', context.requestId);
    const budget = this.budgets.get(request);
    if (budget !== undefined) http.headers.set(REQUEST_BUDGET_HEADER, String(budget));
    if (this.assertionKey) {
      context.assertion ??= reusableCallerAssertion(context.caller, this.assertionKey);
      http.headers.set(ASSERTION_HEADER, await context.assertion);
    }
  }
}
