import { GraphQLError } from 'graphql';

/** Stable error codes clients can branch on. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';

export interface FieldProblem {
  /** Argument or input path, e.g. `uscc` or `order.items[2].hsCode`. */
  field: string;
  reason: string;
}

/** A BAD_USER_INPUT error naming each wrong field and why. */
export function badUserInput(problems: FieldProblem[] | FieldProblem): GraphQLError {
  const list = Array.isArray(problems) ? problems : [problems];
  const message = list.map((p) => `${p.field}: ${p.reason}`).join('; ');
  return new GraphQLError(`Invalid input. ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', problems: list },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** The request clashes with the record's current state (e.g. a listing already in force). */
export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
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
      throw new GraphQLError('A record with the same business key already exists', {
        extensions: { code: 'CONFLICT', target: error.meta?.target },
      });
    }
    if (error.code === 'P2025') {
      throw new GraphQLError('The record does not exist', { extensions: { code: 'NOT_FOUND' } });
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
