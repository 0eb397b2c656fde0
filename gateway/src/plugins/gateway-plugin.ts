import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { maskUnexpectedError, type Caller, type Logger } from '@zone/common';
import type { AccessRecord } from '../access-log';
import type { GatewayContext } from '../context';
import { classifyErrors, isClientSafe, type ErrorClassification, type GatewayError } from '../operations/errors';

/** A request as admission sees it, whichever way it came (HTTP, one operation of a batch, a WebSocket connection). */
export interface AdmissionRequest {
  headers: Headers;
  /** The client address: the TCP peer's, or the client a trusted proxy names (TRUST_PROXY). */
  address: string;
  requestId: string;
  /** The parsed body as sent, if any: the audit entry of a refusal keeps its operation name and digests. */
  body: unknown;
  /** The request's access log record, filled as admission goes; absent outside HTTP. */
  access?: AccessRecord;
}

/** One request while it is admitted. */
export interface Admission extends Readonly<AdmissionRequest> {
  readonly at: Date;
  /** performance.now() on arrival. */
  readonly started: number;
  /** Who calls, once authentication established it (with the purpose it states, once read). */
  caller: Caller | null;
}

/**
 * A step of admission, run while Apollo Server builds the request's context, before anything of
 * the request is parsed: it refuses by throwing a GraphQLError, whose `extensions.http` status
 * answers the request (401, 429, never a 500). Each step runs around the steps of the plugins
 * after it (`next`), so it can act before them, after them, or on their refusal.
 */
export type AdmissionStep = (admission: Admission, next: () => Promise<void>) => Promise<void>;

/**
 * One concern of the gateway: its hooks into Apollo Server's request pipeline, its step of
 * admission, and the error codes it raises. The gateway composes a list of them
 * (composeGatewayPlugins); nothing else of the request path lives in gateway.ts.
 */
export interface GatewayPlugin {
  /** Names the plugin where its composition fails. */
  name: string;
  /** The codes of the errors it raises: passed to clients as they are, and audited as declared. */
  errors?: readonly GatewayError[];
  admit?: AdmissionStep;
  apollo?: ApolloServerPlugin<GatewayContext>;
  /** One of its refusals that Apollo Server raised in its stead (the parser's token limit), restated as its own; null for any other error. */
  restateError?: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError | null;
  /** Releases what it holds once the server drained; plugins close in the reverse order of composition. */
  close?: () => Promise<void>;
}

export interface ComposedGatewayPlugins {
  /** The union of the errors the plugins declare, with the departments' and Apollo Server's own. */
  errors: ErrorClassification;
  apolloPlugins: ApolloServerPlugin<GatewayContext>[];
  /** Runs the admission steps in order: the caller admitted, or the refusal thrown. */
  admit: (request: AdmissionRequest) => Promise<Caller>;
  /** Apollo Server's formatError: declared codes and departments' errors pass, anything else of the gateway's own is masked. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  close: () => Promise<void>;
}

/** The errors a list of plugins declares, classified. */
export function errorsDeclaredBy(plugins: readonly GatewayPlugin[]): ErrorClassification {
  return classifyErrors(plugins.map((plugin) => plugin.errors ?? []));
}

export function composeGatewayPlugins(plugins: readonly GatewayPlugin[], options: { log: Logger }): ComposedGatewayPlugins {
  const errors = errorsDeclaredBy(plugins);
  const steps = plugins.flatMap((plugin) => (plugin.admit ? [plugin.admit] : []));
  return {
    errors,
    apolloPlugins: plugins.flatMap((plugin) => (plugin.apollo ? [plugin.apollo] : [])),
    admit: async (request) => {
      const admission: Admission = { ...request, at: new Date(), started: performance.now(), caller: null };
      const run = async (index: number): Promise<void> => {
        const step = steps[index];
        if (step) await step(admission, () => run(index + 1));
      };
      await run(0);
      if (!admission.caller) throw new Error(`No admission step established who calls: compose an authentication plugin (plugins: ${plugins.map((p) => p.name).join(', ')})`);
      return admission.caller;
    },
    formatError: (formatted, error) => {
      // Errors that name a department's failure pass through as the department answered them.
      if (formatted.extensions?.serviceName) return formatted;
      // Raised by the gateway's own checks with a message meant for the client (ClientSafeError).
      if (isClientSafe(error)) return formatted;
      let restated: GraphQLFormattedError | null = null;
      for (const plugin of plugins) restated ??= plugin.restateError?.(formatted, error) ?? null;
      return maskUnexpectedError(restated ?? formatted, error, options.log, 'gateway', errors.codes);
    },
    close: async () => {
      for (const plugin of [...plugins].reverse()) await plugin.close?.();
    },
  };
}
