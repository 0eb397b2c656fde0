import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { CloseCode, type Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Caller, EventSubscriber, EventTopic, Logger, ZoneEvent } from '@zone/common';
import { isEventTopic } from '@zone/common';
import { digestVariables, operationHash, type AuditLog, type AuditRecord } from '../audit';
import { touchedCoordinates } from '../audit/coordinates';
import type { Contracts } from '../contracts';
import { selectOperation } from '../limits/operation-shape';
import { KnownOperationTypesRule } from '../operations/known-operation-types';
import type { AdmissionRequest } from '../plugins/gateway-plugin';
import { isRateLimitRefusal } from '../plugins/useRateLimit';
import { mayReceive, presentEvent } from './rules';

export interface AlertSubscriptionsOptions {
  httpServer: http.Server;
  /** The path of the HTTP API, where WebSocket upgrades are accepted too (/graphql). */
  path: string;
  /**
   * The gateway's admission, as for an HTTP request (composeGatewayPlugins): authentication, rate
   * limits and the audit of a refusal, in the same order. Its refusal closes the connection.
   */
  admit: (request: AdmissionRequest) => Promise<Caller>;
  /** The client address of an upgrade request, as for HTTP (TRUST_PROXY). */
  addressOf: (request: http.IncomingMessage) => string;
  /** Every event of the bus, as this gateway receives it. */
  events: EventSubscriber;
  /** The schema each role validates its subscriptions against (its variant, or the whole API schema). */
  contracts: Pick<Contracts, 'apiSchema' | 'variantOf'>;
  /** Records each subscription and each delivery; without it nothing is audited (development only). */
  auditLog?: AuditLog;
  log: Logger;
  /** Lexical tokens a subscription document may have (QUERY_MAX_TOKENS). */
  maxTokens: number;
  /** Events waiting for one slow subscriber before it is dropped (1000). */
  maxQueued?: number;
}

export interface AlertSubscriptions {
  /** Subscriptions open right now on this gateway. */
  active: () => number;
  /** Closes every connection (1001, going away) and stops accepting new ones. */
  close: () => Promise<void>;
}

/** Close code of a connection whose token expired while it was open (graphql-ws' Unauthorized). */
export const TOKEN_EXPIRED_CLOSE_CODE = CloseCode.Unauthorized;

/** Close code of a connection refused because its caller is over its rate (graphql-ws leaves 4429 to applications). */
export const RATE_LIMITED_CLOSE_CODE = 4429;

interface Connection {
  caller: Caller;
  id: string;
  expiry: NodeJS.Timeout | null;
}

/** Error codes a subscriber may see as they are; anything else is an internal error. */
const SAFE_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'FORBIDDEN', 'AUDIT_UNAVAILABLE', 'UNAUTHENTICATED']);

function clientError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** The bearer token a client sent in connectionParams (`authorization` or `Authorization`). */
function bearerOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' && value.length <= 8192 ? value : null;
}

/**
 * A stream of the events `accept` lets through, from now until it is returned. It holds at most
 * `maxQueued` undelivered events: a subscriber that falls further behind is ended, so one slow
 * client never holds the gateway's memory.
 */
function eventStream(events: EventSubscriber, accept: (event: ZoneEvent) => boolean, maxQueued: number, onOverflow: () => void): AsyncIterableIterator<ZoneEvent> {
  const queue: ZoneEvent[] = [];
  let waiting: ((result: IteratorResult<ZoneEvent>) => void) | null = null;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    stopListening();
    waiting?.({ value: undefined, done: true });
    waiting = null;
  };
  const stopListening = events.onEvent((event) => {
    if (ended || !accept(event)) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: event, done: false });
    } else if (queue.length >= maxQueued) {
      onOverflow();
      end();
    } else queue.push(event);
  });
  return {
    next: () => {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false });
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: () => {
      end();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw: (error: unknown) => {
      end();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * GraphQL subscriptions served by the gateway itself (the graphql-ws protocol, on the API's own
 * path), since @apollo/gateway federates queries and mutations only. A connection is admitted
 * once, with the bearer token of connectionParams.authorization, by the same steps as an HTTP
 * request (authentication, rate limits, the audit of a refusal): a missing, forged or expired
 * token closes it (4403) before any subscription, a caller or address over its allowance too
 * (4429), and it is closed (4401) when its token expires. A subscription is validated against the caller's variant
 * of the published schema; each event of the bus reaches it only when the alert rules let the
 * caller receive it (mayReceive: zone, department, role), and only once its delivery is audited.
 */
export function attachAlertSubscriptions(options: AlertSubscriptionsOptions): AlertSubscriptions {
  const { log, auditLog } = options;
  const maxQueued = options.maxQueued ?? 1000;
  const connections = new WeakMap<Context, Connection>();
  let active = 0;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path, maxPayload: 256 * 1024 });

  const audit = async (record: AuditRecord): Promise<void> => {
    if (!auditLog) return;
    await auditLog.append(record);
  };

  const server = useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: http.IncomingMessage }>(
    {
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        const bearer = bearerOf(ctx.connectionParams);
        let caller: Caller;
        try {
          caller = await options.admit({ headers: new Headers(bearer ? { authorization: bearer } : {}), address: options.addressOf(ctx.extra.request), requestId: randomUUID(), body: null });
        } catch (error) {
          // A refusal of admission (audited there), or connectionParams no header can carry.
          log.info({ reason: (error as Error).message }, 'subscription connection refused');
          if (isRateLimitRefusal(error)) ctx.extra.socket.close(RATE_LIMITED_CLOSE_CODE, 'Too many requests');
          return false;
        }
        // The connection lives no longer than its token.
        let expiry: NodeJS.Timeout | null = null;
        const exp = bearer ? decodeJwt(bearer.replace(/^Bearer\s+/i, '')).exp : undefined;
        if (typeof exp === 'number') {
          expiry = setTimeout(() => ctx.extra.socket.close(TOKEN_EXPIRED_CLOSE_CODE, 'Token expired'), Math.max(0, exp * 1000 - Date.now()));
          expiry.unref();
        }
        connections.set(ctx, { caller, id: randomUUID(), expiry });
        return true;
      },
      onClose: (ctx) => {
        const connection = connections.get(ctx);
        if (connection?.expiry) clearTimeout(connection.expiry);
      },
      onSubscribe: async (ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const connection = connections.get(ctx);
        if (!connection) return [clientError('The connection is not authenticated', 'UNAUTHENTICATED')];
        const { caller } = connection;
        if (typeof payload.query !== 'string' || payload.query.length > 100_000) return [clientError('A subscription needs a query of at most 100000 characters', 'BAD_USER_INPUT')];
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [clientError((error as Error).message, 'GRAPHQL_PARSE_FAILED')];
        }
        const schema: GraphQLSchema = options.contracts.variantOf(caller.role)?.schema ?? options.contracts.apiSchema;
        const invalid = validate(schema, document, [...specifiedRules, KnownOperationTypesRule]);
        if (invalid.length > 0) return invalid.map((error) => new GraphQLError(error.message.replace(/\s*Did you mean [^?]*\?$/, ''), { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const operation = selectOperation(document, payload.operationName);
        if (!operation) return [clientError('The document has no operation of that name, or several operations and no operationName', 'GRAPHQL_VALIDATION_FAILED')];
        if (operation.operation !== 'subscription') {
          return [clientError(`Only subscriptions are served over WebSocket: send a ${operation.operation} as an HTTP POST to ${options.path}`, 'GRAPHQL_VALIDATION_FAILED')];
        }
        const variables = payload.variables ?? {};
        const fields = touchedCoordinates(schema, document, payload.operationName);
        const requestId = `${connection.id}.${id}`.slice(0, 128).replace(/[^A-Za-z0-9._:-]/g, '_');
        const base = {
          organisation: caller.organisation,
          role: caller.role,
          zone: caller.zone,
          purpose: caller.purpose ?? null,
          operationName: operation.name?.value ?? null,
          operationHash: operationHash(payload.query),
          variablesDigest: digestVariables(variables),
          fields,
          personalData: false,
          unmasked: false,
        };
        // The subscription itself is an access: recorded before any event reaches it.
        try {
          await audit({ ...base, at: new Date(), requestId, outcome: 'OK', durationMs: 0 });
        } catch {
          return [clientError('The audit log is unavailable: no subscription is served that cannot be recorded', 'AUDIT_UNAVAILABLE')];
        }
        const deliver = (field: EventTopic, event: ZoneEvent) => async () => {
          const received = Date.now();
          try {
            await audit({ ...base, at: new Date(), requestId: `${requestId}:${event.id}`.slice(0, 128), outcome: 'OK', durationMs: Date.now() - received });
          } catch (error) {
            log.error({ err: error, event: event.id }, 'alert not delivered: its audit entry could not be written');
            return new GraphQLError(`An alert (${event.id}) was not delivered: the audit log is unavailable`, { extensions: { code: 'AUDIT_UNAVAILABLE' } });
          }
          return presentEvent(caller, event);
        };
        // graphql-js calls the root value's function of the subscribed field for the source stream,
        // and each yielded value's function of the same name to resolve the event.
        const rootValue: Record<string, unknown> = {};
        for (const selection of operation.selectionSet.selections) {
          if (selection.kind !== 'Field' || !isEventTopic(selection.name.value)) continue;
          const topic = selection.name.value;
          rootValue[topic] = () => {
            active += 1;
            const stream = eventStream(
              options.events,
              (event) => event.topic === topic && mayReceive(caller, event),
              maxQueued,
              () => log.warn({ organisation: caller.organisation, topic }, 'a subscriber fell too far behind: its subscription is ended'),
            );
            const done = stream.return!.bind(stream);
            let counted = true;
            stream.return = () => {
              if (counted) active -= 1;
              counted = false;
              return done();
            };
            return {
              [Symbol.asyncIterator]: () => ({
                next: async () => {
                  const result = await stream.next();
                  if (result.done) {
                    if (counted) active -= 1;
                    counted = false;
                    return result;
                  }
                  return { value: { [topic]: deliver(topic, result.value) }, done: false };
                },
                return: () => stream.return!(),
              }),
            };
          };
        }
        return { schema, document, operationName: payload.operationName ?? undefined, variableValues: variables, rootValue, contextValue: { caller } };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return {
          ...result,
          errors: result.errors.map((error) => {
            const code = error.extensions?.code;
            if (typeof code === 'string' && SAFE_CODES.has(code)) return error.toJSON();
            log.error({ err: error.originalError ?? error }, 'subscription resolver failed');
            return { message: 'Internal error in the gateway service', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
          }),
        };
      },
    },
    wsServer,
  );

  return {
    active: () => active,
    close: async () => {
      for (const client of wsServer.clients) client.close(1001, 'The gateway is stopping');
      await server.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
