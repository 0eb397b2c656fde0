import { ProvidedRequiredArgumentsRule, ValuesOfCorrectTypeRule, getOperationAST, validate, type GraphQLFormattedError } from 'graphql';
import type { FieldProblem } from '@zone/common';
import type { GatewayPlugin } from './gateway-plugin';
import { ClientSafeError } from '../operations/errors';
import { inputProblems } from '../operations/input-problems';
import { wasRefusedByContract } from './useContracts';

/** HTTP status of a request refused for its input, at the gateway as at a department: the body says why. */
export const BAD_INPUT_STATUS = 200;

function message(problems: FieldProblem[]): string {
  return `Invalid input. ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`;
}

/** The one error a client gets for bad input, whichever stage found it. */
export function badInputError(problems: FieldProblem[]): ClientSafeError {
  return new ClientSafeError(message(problems), { code: 'BAD_USER_INPUT', status: BAD_INPUT_STATUS, extensions: { problems } });
}

/**
 * One error contract for bad input: BAD_USER_INPUT with `extensions.problems: [{ field, reason }]`,
 * field being the input path (`input.ebpCode`), every problem of the request's input found at once,
 * HTTP 200 with `data` absent. The departments answer business rules and text rules the same way.
 *
 * - `didResolveOperation` reads every argument of the operation, inline or from variables, against
 *   the schema and the departments' scalars (inputProblems), before any department is called.
 * - `willSendResponse` turns graphql-js's validation failures about values (a literal of the wrong
 *   kind, a missing argument or input field, an unknown input field: 400 GRAPHQL_VALIDATION_FAILED,
 *   one error each, no field named) into that one error, when every validation failure of the
 *   response is of that kind; a document with any other (outside the caller's audience, say) is
 *   answered as it was, so the refusal tells nothing about the inputs of fields it may not see.
 */
export function useInputProblems(): GatewayPlugin {
  return {
    name: 'input-problems',
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ schema, document, operation, request, contextValue }) {
            // Outside the caller's audience: refused as such, never told what the input should be.
            if (!operation || wasRefusedByContract(contextValue)) return;
            const problems = inputProblems(schema, document, operation, request.variables);
            if (problems.length > 0) throw badInputError(problems);
          },
          async willSendResponse({ response, document, schema, request }) {
            if (response.body.kind !== 'single' || !document) return;
            const errors = response.body.singleResult.errors;
            if (!errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')) return;
            const operation = getOperationAST(document, request.operationName);
            if (!operation) return;
            const problems = inputProblems(schema, document, operation, request.variables);
            if (problems.length === 0) return;
            const valueMessages = new Set(validate(schema, document, [ValuesOfCorrectTypeRule, ProvidedRequiredArgumentsRule]).map((e) => e.message.replace(/\s*Did you mean [^?]*\?$/, '')));
            // Only when every validation failure is about values: any other (a field outside the
            // caller's audience, say) is answered as it is, and tells nothing about inputs.
            const isValueError = (e: GraphQLFormattedError) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && valueMessages.has(e.message);
            if (errors.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && !isValueError(e))) return;
            const formatted: GraphQLFormattedError = { message: message(problems), extensions: { code: 'BAD_USER_INPUT', problems } };
            response.body.singleResult.errors = [formatted, ...errors.filter((e) => !isValueError(e))];
            response.http.status = BAD_INPUT_STATUS;
          },
        };
      },
    },
  };
}
