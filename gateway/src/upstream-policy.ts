/**
 * The decisions behind calls to departments, as pure functions: which operations may be sent
 * twice, which failures count against a department's circuit breaker, and how much time a call
 * has. DepartmentDataSource applies them; cockatiel runs the breaker and the retry.
 */
import { isConnectionFailure, requestBudgetOf, type Caller } from '@zone/common';

export type OperationType = 'query' | 'mutation' | 'subscription';

/** Breaker settings of one department (SUBGRAPH_BREAKER_FAILURES, SUBGRAPH_BREAKER_HALF_OPEN_MS). */
export interface BreakerSettings {
  /** Consecutive failures (unreachable, timed out, HTTP 5xx) that open the circuit. */
  failures: number;
  /** How long an open circuit fails fast before one request probes the department again. */
  halfOpenAfterMs: number;
}

export const DEFAULT_BREAKER: BreakerSettings = { failures: 5, halfOpenAfterMs: 5000 };

/** The type of the operation a subgraph fetch sends; the gateway writes `query`/`mutation` or a bare selection set. */
export function operationTypeOf(document: string): OperationType {
  const keyword = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription)\b/.exec(document)?.[1];
  return (keyword as OperationType | undefined) ?? 'query';
}

/**
 * One retry, and only of a query (reading twice changes nothing), and only when the connection
 * was refused, reset or closed under the request: a keep-alive socket the department was closing,
 * or a department restarting. Never after a timeout (the department may still be working on it,
 * and the time is spent) and never of a mutation (it may have been applied).
 */
export function mayRetry(operation: OperationType, error: unknown): boolean {
  return operation === 'query' && isConnectionFailure(error);
}

/** Raised when the request a subgraph call serves has no time left (its caller's deadline, not the department's fault). */
export class CallerDeadlineError extends Error {
  override readonly name = 'CallerDeadlineError';
}

/**
 * Whether a failed call counts against the department's breaker: it could not be reached, did not
 * answer within its own timeout, or answered HTTP 5xx. A refusal it answered (HTTP 4xx with its
 * GraphQL errors) is an answer, and a caller's spent deadline is not the department's doing.
 */
export function isDepartmentFailure(error: unknown): boolean {
  if (error instanceof CallerDeadlineError) return false;
  const status = (error as { extensions?: { response?: { status?: unknown } } } | null)?.extensions?.response?.status;
  if (typeof status === 'number') return status >= 500;
  return true;
}

/**
 * The deadline (epoch ms) of an inbound request. A department calling back as its SYSTEM states
 * how long it still waits (x-request-budget-ms): the gateway gives up then too, so its calls to
 * other departments never outlive the call they serve. The header only ever shortens the calls:
 * each is still capped by its department's own timeout. Other callers' headers are ignored.
 */
export function inboundDeadline(caller: Pick<Caller, 'role'> | null, budgetHeader: string | null | undefined, now: number): number | null {
  if (caller?.role !== 'SYSTEM') return null;
  const budget = requestBudgetOf(budgetHeader);
  return budget === null ? null : now + budget;
}
