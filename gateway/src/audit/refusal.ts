import type { Caller } from '@zone/common';
import { digestVariables, operationHash, type AuditOutcome, type AuditRecord } from './hash';

/** Organisation and role recorded for a request without a valid token: nobody is known. */
export const UNAUTHENTICATED_CALLER = { organisation: '(unauthenticated)', role: '(none)' } as const;

/** What a request refused before the GraphQL pipeline carried, as far as it can be read. */
export interface RefusedRequest {
  at: Date;
  requestId: string;
  /** The authenticated caller, when the refusal came after authentication (rate limit, bad purpose). */
  caller: Caller | null;
  /** The parsed JSON body, if any: only the operation name, the document's hash and the variables' digest are kept. */
  body: unknown;
  /** As the refusing plugin declares it (ErrorClassification.refusalOutcomeOf). */
  outcome: AuditOutcome;
  durationMs: number;
}

/**
 * The audit record of a request refused before the GraphQL pipeline (in the gateway's context
 * function): no valid token (401), over the rate limit (429), a purpose header too long (400), the
 * rate limiter unavailable (503). It never holds the token, nor anything a bad token claims: the
 * caller is whoever authentication established, or nobody.
 */
export function refusalRecord(refused: RefusedRequest): AuditRecord {
  const body = (typeof refused.body === 'object' && refused.body !== null ? refused.body : {}) as Record<string, unknown>;
  const query = typeof body.query === 'string' ? body.query : '';
  const variables = typeof body.variables === 'object' && body.variables !== null && !Array.isArray(body.variables) ? (body.variables as Record<string, unknown>) : {};
  const operationName = typeof body.operationName === 'string' && body.operationName.length > 0 && body.operationName.length <= 200 ? body.operationName : null;
  const { caller } = refused;
  return {
    at: refused.at,
    requestId: refused.requestId,
    organisation: caller?.organisation ?? UNAUTHENTICATED_CALLER.organisation,
    role: caller?.role ?? UNAUTHENTICATED_CALLER.role,
    zone: caller?.zone ?? null,
    purpose: caller?.purpose ?? null,
    operationName,
    operationHash: operationHash(query),
    variablesDigest: digestVariables(variables),
    fields: [],
    personalData: false,
    unmasked: false,
    outcome: refused.outcome,
    durationMs: Math.max(0, Math.round(refused.durationMs)),
  };
}
