import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Which browser origins may call /graphql (CORS_ORIGINS, CORS_ALLOW_LOCALHOST). Callers send a
 * bearer token in Authorization, never a cookie, so no credentials are allowed and `*` is safe.
 */
export interface CorsConfig {
  /** Exact origins (scheme://host[:port]), or '*' for any origin. Empty: no browser origin. */
  origins: readonly string[] | '*';
  /** Development (`npm start`): any http://localhost:<port> and http://127.0.0.1:<port> origin as well. */
  allowLocalhost: boolean;
}

export const NO_CORS: CorsConfig = { origins: [], allowLocalhost: false };

/** The headers a GraphQL client (Apollo Client, urql, graphql-request, GraphiQL) may send. */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-purpose',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'traceparent',
  'baggage',
  'apollographql-client-name',
  'apollographql-client-version',
] as const;

/** Response headers a page may read: the request's id and how long to wait after a 429. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'retry-after'] as const;

/** How long (seconds) a browser may reuse a preflight answer. */
export const CORS_MAX_AGE_SECONDS = 600;

/** Normalises one configured origin; throws naming `variable` and the entry when it is not scheme://host[:port]. */
function parseOrigin(variable: string, entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new Error(`${variable}: "${entry}" is not an origin (scheme://host[:port], e.g. https://app.example.cn)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${variable}: "${entry}" must start with http:// or https://`);
  }
  // An origin has no path, query, fragment or user: "https://a.cn/" and "https://a.cn/app" are refused alike.
  if (url.username || url.password || url.search || url.hash || !/^https?:\/\/[^/?#]+$/i.test(entry)) {
    throw new Error(`${variable}: "${entry}" must be an origin only, scheme://host[:port] with no path, query or trailing slash`);
  }
  return url.origin;
}

/** CORS_ORIGINS: empty (no browser origin), `*`, or comma-separated origins. */
export function parseCorsOrigins(variable: string, value: string | undefined): readonly string[] | '*' {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return [];
  if (entries.includes('*')) {
    if (entries.length > 1) throw new Error(`${variable}: "*" allows every origin and cannot be listed with others, got "${value}"`);
    return '*';
  }
  return [...new Set(entries.map((entry) => parseOrigin(variable, entry)))];
}

const LOCALHOST_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:[0-9]{1,5})?$/;

/** Whether a request's Origin header may read /graphql's answers under `config`. */
export function originAllowed(config: CorsConfig, origin: string): boolean {
  if (config.origins === '*') return true;
  if (config.origins.includes(origin)) return true;
  return config.allowLocalhost && LOCALHOST_ORIGIN.test(origin);
}

/**
 * Answers preflights and adds the allow headers for an allowed origin. A refused origin gets no
 * allow headers (the browser withholds the answer) and its request is otherwise handled as before;
 * a request without Origin (server to server) is untouched.
 */
export function corsMiddleware(config: CorsConfig): RequestHandler {
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && originAllowed(config, origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: [...CORS_EXPOSED_HEADERS],
    credentials: false,
    maxAge: CORS_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });
}
