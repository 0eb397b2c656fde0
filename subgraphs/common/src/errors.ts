import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';

/**
 * An error code a service raises for its client to act on, declared once, where its errors are
 * made: an error with a declared code reaches the client as it is (any other is masked), and
 * `audit` says how the gateway's audit log records an operation answered with it.
 */
export interface DeclaredError<C extends string = string> {
  code: C;
  /** DENIED: the request was seen and refused (who asks, or what it asks for); ERROR: it was not served. */
  audit: 'DENIED' | 'ERROR';
}

/** The errors the departments raise, each made by its constructor below (badUserInput, forbidden, …). */
export const DEPARTMENT_ERRORS = [
  { code: 'BAD_USER_INPUT', audit: 'ERROR' },
  { code: 'NOT_FOUND', audit: 'ERROR' },
  { code: 'FORBIDDEN', audit: 'DENIED' },
  { code: 'UNAUTHENTICATED', audit: 'DENIED' },
  { code: 'CONFLICT', audit: 'ERROR' },
  { code: 'DEPENDENCY_UNAVAILABLE', audit: 'ERROR' },
] as const satisfies readonly DeclaredError[];

/** Stable error codes clients can branch on. */
export type ErrorCode = (typeof DEPARTMENT_ERRORS)[number]['code'];

/** Apollo Server's own refusals of a request it cannot run as sent (every server of the product answers them). */
export const REQUEST_ERRORS: readonly DeclaredError[] = [
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
].map((code) => ({ code, audit: 'ERROR' }));

/** Codes whose errors a department's server (and the gateway's) passes to the client as they are. */
export const EXPECTED_ERROR_CODES: ReadonlySet<string> = new Set([...DEPARTMENT_ERRORS, ...REQUEST_ERRORS].map((declared) => declared.code));

/** An error of a declared kind, with its code and further extensions. */
export function departmentError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export interface FieldProblem {
  /** Argument or input path, e.g. `uscc` or `order.items[2].hsCode`. */
  field: string;
  reason: string;
}

/** A BAD_USER_INPUT error naming each wrong field and why. */
export function badUserInput(problems: FieldProblem[] | FieldProblem): GraphQLError {
  const list = Array.isArray(problems) ? problems : [problems];
  const message = list.map((p) => `${p.field}: ${p.reason}`).join('; ');
  return departmentError('BAD_USER_INPUT', `Invalid input. ${message}`, { problems: list });
}

export function forbidden(message: string): GraphQLError {
  return departmentError('FORBIDDEN', message);
}

/** The request clashes with the record's current state (e.g. a listing already in force). */
export function conflict(message: string): GraphQLError {
  return departmentError('CONFLICT', message);
}

export function notFound(message: string): GraphQLError {
  return departmentError('NOT_FOUND', message);
}

/** Another service this one depends on (the gateway, for the federated API) could not answer just now. */
export function dependencyUnavailable(message: string, service: string): GraphQLError {
  return departmentError('DEPENDENCY_UNAVAILABLE', message, { service });
}

interface PrismaKnownError {
  code: string;
  meta?: Record<string, unknown>;
}

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    && /^P\d{4}$/.test((error as { code: string }).code);
}

/**
 * Translates the Prisma errors a client can cause into user-facing errors in one place; anything
 * else is rethrown untouched and masked by the server's error formatter.
 */
export function translatePrismaError(error: unknown): never {
  if (isPrismaKnownError(error)) {
    if (error.code === 'P2002') {
      throw departmentError('CONFLICT', 'A record with the same business key already exists', { target: error.meta?.target });
    }
    if (error.code === 'P2025') {
      throw notFound('The record does not exist');
    }
  }
  throw error;
}

/**
 * A bank reads customs lists, waybills, tax bills and identity checks only through the orders it
 * processed (Order.inventoryList, …), never by looking one up by its own number.
 */
export function assertMayLookUp(caller: { role: string }, what: string): void {
  if (caller.role === 'BANK') throw forbidden(`A bank reads ${what} only through the orders it processed as payment institution`);
}
