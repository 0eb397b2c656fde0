import { createHash } from 'node:crypto';
import { getOperationAST, print, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Caller } from '@zone/common';
import { authorizeOperation } from './filter';
import type { AuthorizationRequirements } from './requirements';
import { withRefusals } from './result';

export { POLICIES, type Policy, type PolicyName, type PolicySubject } from './policies';
export { requirementsOf, type AuthorizationRequirements, type FieldRequirements, type Requirement } from './requirements';
export { refusalOf, satisfies, type Refusal } from './refusal';
export { authorizeOperation, PLACEHOLDER_KEY, TYPENAME_KEY, type AuthorizedOperation } from './filter';
export { withRefusals, refusalError } from './result';
export { executableSupergraphSdl } from './supergraph';

/** What the gateway's executor is given, as far as authorization needs it. */
export interface ExecutionRequest {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName: string | null;
  readonly queryHash: string;
  readonly source: string;
  readonly request: { readonly variables?: Record<string, unknown> };
}

export interface ExecutionResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLError[];
}

/**
 * Runs `execute` with the operation a caller may be served. Withheld fields never reach the
 * query planner or a department; the result has `null` and an error at each of their paths.
 *
 * @apollo/gateway caches query plans under the request's queryHash (+ operation name), so the
 * filtered document runs under the hash of its own text: two callers with different rights get
 * different plans, and callers with the same rights share one.
 */
export async function executeAuthorized<R extends ExecutionRequest, T extends ExecutionResult>(
  requirements: AuthorizationRequirements,
  caller: Caller | null,
  request: R,
  execute: (request: R) => Promise<T>,
): Promise<T> {
  const authorized = authorizeOperation(request.schema, request.document, request.operationName, requirements, caller);
  if (authorized.withheld.size === 0) return execute(request);
  const original = getOperationAST(request.document, request.operationName);
  if (!original) return execute(request);
  let result: T;
  if (authorized.nothingLeft) {
    result = { data: {} } as T;
  } else {
    const source = print(authorized.document);
    const queryHash = createHash('sha256').update(source).digest('hex');
    result = await execute({ ...request, document: authorized.document, operation: authorized.operation, source, queryHash });
  }
  return withRefusals(request.schema, request.document, original, request.request.variables, authorized.withheld, result);
}
