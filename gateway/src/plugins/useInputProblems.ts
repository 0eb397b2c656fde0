import type { ApolloServerPlugin } from '@apollo/server';
import { ProvidedRequiredArgumentsRule, ValuesOfCorrectTypeRule, getOperationAST, validate, type GraphQLFormattedError } from 'graphql';
import type { FieldProblem } from '@zone/common';
import type { GatewayContext } from '../context';
import { ClientSafeError } from '../operations/errors';
import { inputProblems } from '../operations/input-problems';

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
 *   one error each, no field named) into that one error; other validation failures stay as they are.
 */
export function useInputProblems(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
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
          const others = errors.filter((e) => !(e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && valueMessages.has(e.message)));
          const formatted: GraphQLFormattedError = { message: message(problems), extensions: { code: 'BAD_USER_INPUT', problems } };
          response.body.singleResult.errors = [formatted, ...others];
          if (!others.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')) response.http.status = BAD_INPUT_STATUS;
        },
      };
    },
  };
}
