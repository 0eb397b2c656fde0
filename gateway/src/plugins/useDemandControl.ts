import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GatewayPlugin } from './gateway-plugin';
import { costSchemaOf, estimateCost } from '../limits/cost';
import { measureOperationShape } from '../limits/operation-shape';
import { LIMIT_ERRORS, costViolation, limitExceededError, shapeViolation, type LimitsConfig } from '../limits/policy';
import { countTokens, tokenLimitOf } from '../limits/tokens';

export interface DemandControlOptions {
  /** The supergraph the gateway serves: its `@cost` and `@listSize` directives, where declared, shape the estimate. */
  supergraphSdl: string;
  limits: LimitsConfig;
}

/**
 * Refuses an operation that is too deep, too aliased, too wide at the root or too expensive for
 * the caller's role. `didResolveOperation` runs after parsing and validation and before the query
 * planner, so a refused operation never reaches a department. The token limit is enforced earlier
 * still, by the parser itself (`parseOptions.maxTokens`), and translated by `tokenLimitRefusal`.
 */
export function useDemandControl(options: DemandControlOptions): GatewayPlugin {
  const { limits } = options;
  const schema = costSchemaOf(options.supergraphSdl);
  return {
    name: 'demand-control',
    errors: LIMIT_ERRORS,
    restateError: tokenLimitRefusal,
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ document, operationName, request, contextValue }) {
            const role = contextValue.caller.role;
            const shape = measureOperationShape(document, operationName);
            let violation = shapeViolation(shape, limits);
            let cost: number | undefined;
            if (!violation) {
              cost = estimateCost(document, schema, request.variables ?? {}, operationName, limits.cost);
              violation = costViolation(cost, role, limits.costBudgets);
            }
            if (violation) {
              contextValue.log.info({ ...violation, role, organisation: contextValue.caller.organisation, operationName }, 'operation refused by demand control');
              throw limitExceededError(violation, role);
            }
            contextValue.log.debug({ ...shape, cost, operationName }, 'operation within demand limits');
          },
        };
      },
    },
  };
}

/**
 * The parser's "Document contains more than N tokens" syntax error, restated as the gateway's
 * OPERATION_TOO_COMPLEX refusal with the measured count; null for any other error.
 */
export function tokenLimitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return null;
  const allowed = tokenLimitOf(formatted.message);
  if (allowed === null) return null;
  let measured = allowed + 1;
  const source = error instanceof GraphQLError ? error.source : undefined;
  if (source) {
    try {
      measured = countTokens(source);
    } catch {
      // Text past the limit that is not GraphQL cannot be counted to the end; "more than allowed" stands.
    }
  }
  const refusal = limitExceededError({ limit: 'tokens', measured, allowed });
  const { http: _http, ...extensions } = refusal.extensions;
  return { message: refusal.message, extensions };
}
