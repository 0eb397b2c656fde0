import { GraphQLError, type ASTNode } from 'graphql';
import { DEPARTMENT_ERRORS, REQUEST_ERRORS, type DeclaredError } from '@zone/common';
import type { AuditOutcome } from '../audit/hash';

export interface ClientSafeErrorOptions {
  /** Stable `extensions.code` clients branch on. */
  code: string;
  /** HTTP status of a response that carries only this error (Apollo Server reads `extensions.http`). */
  status: number;
  nodes?: ASTNode | readonly ASTNode[];
  /** Further extensions, shown to the client as they are. */
  extensions?: Record<string, unknown>;
}

/**
 * An error the gateway raises itself, whose message, code and status are meant for the client as
 * they are: the code that raises it says so once, here, instead of its code being listed in
 * formatError, which masks every other error of the gateway's own.
 */
export class ClientSafeError extends GraphQLError {
  constructor(message: string, options: ClientSafeErrorOptions) {
    super(message, { nodes: options.nodes, extensions: { ...options.extensions, code: options.code, http: { status: options.status } } });
    this.name = 'ClientSafeError';
  }
}

/** Whether formatError may pass this error to the client unmasked. */
export function isClientSafe(error: unknown): error is ClientSafeError {
  return error instanceof ClientSafeError;
}

/**
 * An error code a gateway plugin raises, declared by that plugin (GatewayPlugin.errors): its errors
 * reach the client as they are, and the audit log records an operation answered with it as `audit`
 * says. `refusal` names the outcome of its entry when it refuses a request before the GraphQL
 * pipeline and the audit log has an outcome of its own for that refusal.
 */
export interface GatewayError extends DeclaredError {
  refusal?: Extract<AuditOutcome, 'REFUSED_UNAUTHENTICATED' | 'RATE_LIMITED'>;
}

/** What the gateway does with the errors it answers, as the composed plugins and the departments declare them. */
export interface ErrorClassification {
  /** Every declared code: an error with any other code of the gateway's own is masked. */
  readonly codes: ReadonlySet<string>;
  /** The audit outcome of an operation answered with these error codes: DENIED when one is a declared refusal, else ERROR (OK without errors). */
  outcomeOf: (codes: readonly unknown[]) => 'OK' | 'DENIED' | 'ERROR';
  /** The audit outcome of a request refused before the GraphQL pipeline: its code's own, else DENIED for a 4xx status and ERROR otherwise. */
  refusalOutcomeOf: (error: GraphQLError) => AuditOutcome;
}

/**
 * The union of the declarations: the departments' error kinds and Apollo Server's own refusals
 * (the gateway fronts the one and is the other), then each plugin's. A code declared twice must
 * be declared alike; else the gateway does not start, naming the code.
 */
export function classifyErrors(declarations: readonly (readonly GatewayError[])[]): ErrorClassification {
  const byCode = new Map<string, GatewayError>();
  const all: readonly (readonly GatewayError[])[] = [DEPARTMENT_ERRORS, REQUEST_ERRORS, ...declarations];
  for (const declared of all.flat()) {
    const known = byCode.get(declared.code);
    if (known && (known.audit !== declared.audit || (known.refusal && declared.refusal && known.refusal !== declared.refusal))) {
      throw new Error(`Error code ${declared.code} is declared twice, differently: ${JSON.stringify(known)} and ${JSON.stringify(declared)}`);
    }
    byCode.set(declared.code, { ...known, ...declared, ...((known?.refusal ?? declared.refusal) ? { refusal: known?.refusal ?? declared.refusal } : {}) });
  }
  const declaredOf = (code: unknown) => (typeof code === 'string' ? byCode.get(code) : undefined);
  return {
    codes: new Set(byCode.keys()),
    outcomeOf: (codes) => (codes.some((code) => declaredOf(code)?.audit === 'DENIED') ? 'DENIED' : codes.length > 0 ? 'ERROR' : 'OK'),
    refusalOutcomeOf: (error) => {
      const refusal = declaredOf(error.extensions.code)?.refusal;
      if (refusal) return refusal;
      const status = (error.extensions.http as { status?: number } | undefined)?.status;
      return status !== undefined && status < 500 ? 'DENIED' : 'ERROR';
    },
  };
}
