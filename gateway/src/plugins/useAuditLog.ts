import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { maySeePersonalData, type Logger } from '@zone/common';
import type { GatewayContext } from '../context';
import type { ErrorClassification } from '../operations/errors';
import type { GatewayPlugin } from './gateway-plugin';
import { wasRefusedByContract } from './useContracts';
import { createRefusalAuditBudget, digestVariables, operationFootprint, operationHash, refusalRecord, type AuditLog, type AuditOutcome, type OperationFootprint } from '../audit';

interface RequestOfArgs {
  contextValue: GatewayContext;
  request: { query?: string; variables?: Record<string, unknown> };
  source?: string;
  operationName?: string | null;
}

export interface AuditLogPluginOptions {
  auditLog: AuditLog;
  /**
   * The errors the gateway's other plugins declare: an operation answered with a declared refusal
   * is DENIED, with any other error ERROR; a refusal before the pipeline gets its declared outcome.
   */
  errors: ErrorClassification;
  log: Logger;
  /**
   * Refusals before the GraphQL pipeline (401, 429, …) of one source (client address, or caller)
   * written one by one per minute; the rest of the minute's go into one entry with their count
   * (default DEFAULT_REFUSALS_RECORDED_PER_MINUTE, 20).
   */
  refusalsRecordedPerMinute?: number;
}

/**
 * Writes one hash-chained audit entry per operation: who (organisation, role, zone, purpose), what
 * (operation hash, variables digest, the schema coordinates touched), outcome and duration, and
 * whether personal data was served in clear (`unmasked`). An operation refused for lying outside
 * the caller's variant is DENIED, though its error reads like any invalid document's.
 * Personal, tax and FX data, and the answer to every mutation, leave the gateway only once their
 * entry is committed: a write acknowledged to its caller is in the log even if the gateway is
 * killed right after. A mutation is forwarded only once its INTENT entry is committed (else it is
 * refused, 503 AUDIT_UNAVAILABLE, unforwarded); its outcome entry follows, or, if the gateway
 * dies in between, the reconciler records whether the departments committed it. When the audit log cannot be written such a response is replaced by
 * AUDIT_UNAVAILABLE (503); other responses are served and the failure is logged.
 *
 * Its admission step runs around every other: a request refused while it is admitted (no valid
 * token, over a rate limit, a purpose too long) is recorded all the same, without the token, and
 * at most so many entries a minute per address (or caller), then counted (refusal-budget.ts).
 * Closing it writes what is counted and closes the audit log.
 */
export function useAuditLog(options: AuditLogPluginOptions): GatewayPlugin {
  const { auditLog, errors } = options;
  const refusals = createRefusalAuditBudget({ auditLog, log: options.log, perMinute: options.refusalsRecordedPerMinute });
  return {
    name: 'audit',
    admit: async (admission, next) => {
      try {
        await next();
      } catch (error) {
        if (error instanceof GraphQLError) {
          const { at, requestId, caller, body, address } = admission;
          const record = refusalRecord({ at, requestId, caller, body, outcome: errors.refusalOutcomeOf(error), durationMs: performance.now() - admission.started });
          refusals.record(caller ? `caller:${caller.role}:${caller.organisation}` : `address:${address}`, record);
        }
        throw error;
      }
    },
    close: async () => {
      await refusals.close();
      await auditLog.close();
    },
    apollo: pipelineAudit(auditLog, errors),
  };
}

/** One entry per operation through Apollo Server's pipeline (see useAuditLog). */
function pipelineAudit(auditLog: AuditLog, errors: ErrorClassification): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const at = new Date();
      const started = performance.now();
      let footprint: OperationFootprint | null = null;
      let intentRefused = false;
      // Who asked and what: the same in a mutation's INTENT entry and in every outcome entry.
      const requestOf = ({ contextValue, request, source, operationName }: RequestOfArgs) => ({
        at,
        requestId: contextValue.requestId,
        organisation: contextValue.caller.organisation,
        role: contextValue.caller.role,
        zone: contextValue.caller.zone,
        purpose: contextValue.caller.purpose ?? null,
        operationName: operationName ?? null,
        operationHash: operationHash(source ?? request.query ?? ''),
        variablesDigest: digestVariables(request.variables),
      });
      return {
        async didResolveOperation({ schema, document, operationName }) {
          footprint = operationFootprint(schema, document, operationName);
        },
        // Write-ahead: a mutation is forwarded only once its INTENT entry is durable, so a write
        // that commits in a department has an entry even if this gateway dies before the outcome.
        async responseForOperation({ contextValue, request, source, operationName }) {
          if (!footprint?.mutation) return null;
          try {
            await auditLog.append({
              ...requestOf({ contextValue, request, source, operationName }),
              fields: footprint.fields,
              personalData: footprint.personalData,
              unmasked: false,
              outcome: 'INTENT',
              durationMs: Math.round(performance.now() - started),
            });
            return null;
          } catch (error) {
            contextValue.log.error({ err: error }, 'audit log unavailable: write not forwarded');
            intentRefused = true;
            const refusal = new GraphQLError('The audit log cannot be written, so this write was not forwarded and nothing was changed; send it again once the audit log is back', {
              extensions: { code: 'AUDIT_UNAVAILABLE' },
            });
            return { http: { status: 503, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [{ message: refusal.message, extensions: refusal.extensions }] } } };
          }
        },
        async willSendResponse({ response, contextValue, request, source, operationName, errors: answered }) {
          if (response.body.kind !== 'single') return;
          // Refused for want of its intent: nothing was forwarded, and the log could not take an entry anyway.
          if (intentRefused) return;
          const result = response.body.singleResult;
          const codes = [...(answered ?? []), ...(result.errors ?? [])].map((e) => e.extensions?.code);
          const outcome: AuditOutcome = wasRefusedByContract(contextValue) ? 'DENIED' : errors.outcomeOf(codes);
          const { caller } = contextValue;
          // A refusal may be partial (fields withheld by authorization, the rest served): what was served counts.
          const served = result.data !== undefined && result.data !== null;
          // In clear only for pii:read with a stated purpose; a refused operation served nothing.
          const unmasked = served && Boolean(footprint?.unmaskable) && maySeePersonalData(caller);
          const append = auditLog.append({
            ...requestOf({ contextValue, request, source, operationName }),
            fields: footprint?.fields ?? [],
            personalData: footprint?.personalData ?? false,
            unmasked,
            outcome,
            durationMs: Math.round(performance.now() - started),
          });
          if (!footprint?.mustAuditBeforeResponse || !served) {
            append.catch((error: unknown) => contextValue.log.error({ err: error }, 'audit entry not written'));
            return;
          }
          try {
            await append;
          } catch (error) {
            const write = footprint.mutation;
            contextValue.log.error({ err: error }, write ? 'audit log unavailable: write not acknowledged' : 'audit log unavailable: personal, tax or FX data withheld');
            const message = write
              ? 'The audit log cannot be written, so this write is not acknowledged; it may have been applied: send it again (writes are idempotent) once the audit log is back'
              : 'The audit log cannot be written, so personal, tax and FX data are not served; try again later';
            const refusal = new GraphQLError(message, { extensions: { code: 'AUDIT_UNAVAILABLE' } });
            response.body.singleResult = { errors: [{ message: refusal.message, extensions: refusal.extensions }] };
            response.http.status = 503;
          }
        },
      };
    },
  };
}
