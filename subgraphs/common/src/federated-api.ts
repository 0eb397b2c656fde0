/**
 * A department's own client of the federated API. A department never reads another department's
 * database: when customs needs the order, payment, waybill and identity check of a list, it asks
 * the gateway for them as a caller in its own right, a SYSTEM caller of its department, with a
 * short-lived token it signs with its department key. The gateway accepts such a token only when
 * the key that signed it (key id `system:<department>`) belongs to the department the token names,
 * so one department's key cannot speak for another.
 */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { GraphQLError, print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SignJWT, importJWK, type JWK, type KeyLike } from 'jose';
import type { Department } from './caller';
import { createServiceAgent, fetchWithAgent } from './keep-alive';
import { SpanKind } from '@opentelemetry/api';
import { injectTraceContext, inSpan } from './tracing';
import { MAX_REQUEST_ID_LENGTH, REQUEST_ID_HEADER } from './request-id';
import { dependencyUnavailable } from './errors';

/**
 * Header with the time, in milliseconds, that the sender still waits for this request: the gateway
 * sends it to each department, and a department calling back through the gateway sends what is
 * left of it, so an inner call never outlives the one it serves. Relative, not a clock time, so
 * hosts whose clocks disagree still agree on it.
 */
export const REQUEST_BUDGET_HEADER = 'x-request-budget-ms';

/** Longest budget a header may state (an hour); anything longer is ignored as malformed. */
const MAX_REQUEST_BUDGET_MS = 3_600_000;

/** The budget an x-request-budget-ms header states: a whole number of milliseconds, else null (absent or malformed). */
export function requestBudgetOf(value: string | null | undefined): number | null {
  if (!value || !/^\d{1,7}$/.test(value.trim())) return null;
  const budget = Number(value.trim());
  return budget <= MAX_REQUEST_BUDGET_MS ? budget : null;
}

/**
 * Time allowed for a call: the call's own timeout, shortened to what is left before the deadline
 * (epoch ms) of the request it serves, if any. Zero or less: no time left, do not call.
 */
export function callBudgetMs(timeoutMs: number, deadline: number | null | undefined, now: number): number {
  return deadline == null ? timeoutMs : Math.min(timeoutMs, deadline - now);
}

/** Issuer and audience of development tokens; the gateway's defaults (JWT_ISSUER, JWT_AUDIENCE). */
export const DEV_TOKEN_ISSUER = 'zone-dev-issuer';
export const DEV_TOKEN_AUDIENCE = 'zone-gateway';

/** Key id of a department system's signing key as the gateway's JWKS lists it. */
export function systemKeyIdOf(department: Department): string {
  return `system:${department}`;
}

/** The department a `system:<department>` key id names, or null for any other key id. */
export function departmentOfSystemKeyId(kid: string | undefined): string | null {
  return kid?.startsWith('system:') ? kid.slice('system:'.length) : null;
}

/**
 * Scopes of a department system's token. `identity:match` lets it read the keyed hashes of buyers'
 * and payers' ID numbers, which three-document matching compares; `pii:read` the names it compares,
 * and only on requests that state their purpose, which the audit log records.
 */
export const SYSTEM_SCOPES: readonly string[] = ['identity:match', 'pii:read'];

/** Organisation code a department system presents, e.g. SYSTEM-CUSTOMS. */
export function systemOrganisationOf(department: Department): string {
  return `SYSTEM-${department.toUpperCase()}`;
}

export interface SystemTokenOptions {
  department: Department;
  privateKey: KeyLike;
  issuer: string;
  audience: string;
  /** Lifetime of each token in seconds (default 120); a new one is signed when less than half is left. */
  lifetimeSeconds?: number;
}

/** Signs and caches the department system's bearer tokens. */
export function systemTokenSource(options: SystemTokenOptions): () => Promise<string> {
  const lifetime = options.lifetimeSeconds ?? 120;
  let cached: { token: string; renewAt: number } | null = null;
  return async () => {
    const now = Math.floor(Date.now() / 1000);
    if (cached && now < cached.renewAt) return cached.token;
    const token = await new SignJWT({
      org: systemOrganisationOf(options.department),
      role: 'SYSTEM',
      department: options.department,
      scope: SYSTEM_SCOPES.join(' '),
    })
      .setProtectedHeader({ alg: 'ES256', kid: systemKeyIdOf(options.department) })
      .setSubject(systemOrganisationOf(options.department))
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setIssuedAt(now)
      .setNotBefore(now - 5)
      .setExpirationTime(now + lifetime)
      .sign(options.privateKey);
    cached = { token, renewAt: now + Math.floor(lifetime / 2) };
    return token;
  };
}

export interface FederatedError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface FederatedResult<T> {
  data: T | null;
  errors: readonly FederatedError[];
}

export interface FederatedRequestOptions {
  /** Why the data is needed (x-purpose, ASCII); required to see personal data in clear. */
  purpose?: string;
  /** When (epoch ms) the request this call serves is given up; the call uses at most the time left. */
  deadline?: number | null;
  /** The id of the request this call serves (the gateway's): the call goes by callbackRequestId of it. */
  requestId?: string | null;
}

/**
 * The x-request-id of a call back through the gateway made while serving request `requestId`:
 * that id, ":cb-" and 8 random hex digits (the originating id cut short when the whole would pass
 * MAX_REQUEST_ID_LENGTH). The gateway keeps it as sent (it is plain), so the callback's access log
 * line and audit entry are found by the originating id as a prefix; it is still an id of its own,
 * since the departments record each write under the gateway's request id and the audit
 * reconciler asks them by it: two requests sharing one would make its answer ambiguous.
 */
export function callbackRequestId(requestId: string): string {
  const suffix = `:cb-${randomBytes(4).toString('hex')}`;
  return `${requestId.slice(0, MAX_REQUEST_ID_LENGTH - suffix.length)}${suffix}`;
}

/**
 * An operation a department sends: a document of its `federated/*.graphql`, typed by codegen
 * (TypedDocumentNode, so its data and variables are checked against the gateway's schema), or
 * query text for an operation built at run time.
 */
export type FederatedOperation<T, V> = TypedDocumentNode<T, V> | string;

export interface FederatedApi {
  /** Sends one operation to the gateway as this department's system; partial data comes with its errors. */
  request: <T, V extends Record<string, unknown> = Record<string, unknown>>(query: FederatedOperation<T, V>, variables?: V, options?: FederatedRequestOptions) => Promise<FederatedResult<T>>;
}

const printed = new WeakMap<DocumentNode, string>();

/** The text of an operation, printed once per document. */
export function operationText(query: FederatedOperation<unknown, never>): string {
  if (typeof query === 'string') return query;
  let text = printed.get(query);
  if (text === undefined) {
    text = print(query);
    printed.set(query, text);
  }
  return text;
}

export interface FederatedApiOptions {
  department: Department;
  /** The gateway's GraphQL endpoint; a function when it is known only after start-up (tests). */
  url: string | (() => string);
  token: () => Promise<string>;
  /** Time allowed for one request in milliseconds (default 10,000). */
  timeoutMs?: number;
}

/** Raised when the federated API cannot be reached or answers without a GraphQL result. */
export function federatedApiUnavailable(department: Department, reason: string): GraphQLError {
  return dependencyUnavailable(`The ${department} service could not reach the federated API: ${reason}`, 'gateway');
}

export function createFederatedApi(options: FederatedApiOptions): FederatedApi {
  const urlOf = typeof options.url === 'string' ? () => options.url as string : options.url;
  const fetchGateway = fetchWithAgent(createServiceAgent());
  const send = async <T, V extends Record<string, unknown>>(query: FederatedOperation<T, V>, variables: V | undefined, requestOptions: FederatedRequestOptions) => {
    const budget = callBudgetMs(options.timeoutMs ?? 10_000, requestOptions.deadline, Date.now());
    if (budget <= 0) throw federatedApiUnavailable(options.department, 'the request this call serves has no time left');
    let response: Response;
    try {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        authorization: `Bearer ${await options.token()}`,
        [REQUEST_BUDGET_HEADER]: String(budget),
        ...(requestOptions.purpose ? { 'x-purpose': requestOptions.purpose } : {}),
        ...(requestOptions.requestId ? { [REQUEST_ID_HEADER]: callbackRequestId(requestOptions.requestId) } : {}),
      };
      // The gateway's span of this call is a child of the request this department is serving.
      injectTraceContext((name, value) => (headers[name] = value));
      response = await fetchGateway(urlOf(), {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: operationText(query), variables }),
        signal: AbortSignal.timeout(budget),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw federatedApiUnavailable(options.department, timedOut ? `no answer within ${budget} ms` : (error as Error).message);
    }
    let body: { data?: T | null; errors?: FederatedError[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw federatedApiUnavailable(options.department, `HTTP ${response.status} without a GraphQL result`);
    }
    if (body.data === undefined && !body.errors) throw federatedApiUnavailable(options.department, `HTTP ${response.status} without a GraphQL result`);
    return { data: body.data ?? null, errors: body.errors ?? [] };
  };
  return {
    request: <T, V extends Record<string, unknown> = Record<string, unknown>>(query: FederatedOperation<T, V>, variables?: V, requestOptions: FederatedRequestOptions = {}) =>
      inSpan('POST gateway /graphql', { kind: SpanKind.CLIENT, service: options.department, attributes: { 'zone.service': options.department } }, () => send(query, variables, requestOptions)),
  };
}

/** The federated API as one request uses it: every call ends before that request's deadline (epoch ms; null: none). */
export function withDeadline(api: FederatedApi, deadline: number | null): FederatedApi {
  if (deadline === null) return api;
  return { request: (query, variables, options = {}) => api.request(query, variables, { ...options, deadline: options.deadline ?? deadline }) };
}

/** The federated API as one request uses it: its calls end before the request's deadline and carry its id (callbackRequestId). */
export function forRequest(api: FederatedApi, request: { deadline: number | null; requestId: string }): FederatedApi {
  const bounded = withDeadline(api, request.deadline);
  return { request: (query, variables, options = {}) => bounded.request(query, variables, { ...options, requestId: options.requestId ?? request.requestId }) };
}

/** A federated API that is not configured: every use explains which settings are missing. */
export function unconfiguredFederatedApi(department: Department): FederatedApi {
  return {
    request: async () => {
      throw federatedApiUnavailable(department, 'SYSTEM_KEY_PATH is not set, so this department has no identity to call the gateway with');
    },
  };
}

/** Reads a department's private system key (SYSTEM_KEY_PATH). */
export async function loadSystemKey(path: string): Promise<KeyLike> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(fs.readFileSync(path, 'utf8')) as JWK;
  } catch (error) {
    throw new Error(`SYSTEM_KEY_PATH: cannot read a JWK from ${path} (${(error as Error).message})`);
  }
  return (await importJWK(jwk, 'ES256')) as KeyLike;
}
