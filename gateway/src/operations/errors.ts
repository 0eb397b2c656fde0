import { GraphQLError, type ASTNode } from 'graphql';

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
