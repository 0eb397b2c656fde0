import { Kind, type DocumentNode } from 'graphql';
import { ClientSafeError } from './errors';

/** An operation name quoted back only when it is a plain GraphQL name of reasonable length. */
const QUOTABLE_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Why a validated document has no operation to run for the request's operationName, in
 * graphql-js's words, or null when it has one. The request is the client's mistake: 400
 * OPERATION_RESOLUTION_FAILURE, as Apollo Server answers when it executes a schema itself.
 */
export function operationResolutionError(document: DocumentNode, operationName: string | null | undefined): ClientSafeError | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  let message: string;
  if (operationName) {
    if (operations.some((o) => o.name?.value === operationName)) return null;
    message = QUOTABLE_NAME.test(operationName) ? `Unknown operation named "${operationName}".` : 'Unknown operation name: the document has no operation of that name.';
  } else if (operations.length === 1) {
    return null;
  } else {
    message = operations.length === 0 ? 'Must provide an operation.' : 'Must provide operation name if query contains multiple operations.';
  }
  return new ClientSafeError(message, { code: 'OPERATION_RESOLUTION_FAILURE', status: 400 });
}
