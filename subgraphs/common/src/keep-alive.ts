/**
 * Keep-alive between the product's own HTTP clients and servers (gateway → departments,
 * departments → gateway), arranged so that a client never reuses a socket its server is closing.
 *
 * The race: a server closes an idle keep-alive socket after its `keepAliveTimeout`; a client that
 * picks that socket from its pool at the same moment writes its request into a closing socket and
 * gets ECONNRESET / "other side closed". Node's server default is 5 s, and it announces
 * `Keep-Alive: timeout=5`; undici (Node's fetch) then keeps the socket for that hint minus 1 s, so
 * the two timers were 1 s apart, less than a busy machine's event-loop stalls.
 *
 * The numbers: clients close idle sockets after at most CLIENT_IDLE_SOCKET_MS (10 s), whatever the
 * server announces (undici's keepAliveMaxTimeout caps the hint); servers keep idle sockets for
 * SERVER_KEEP_ALIVE_TIMEOUT_MS (65 s, also above the 60 s idle timeout of common load balancers),
 * so a client always gives up a socket 55 s before its server would. headersTimeout must exceed
 * keepAliveTimeout, or Node may cut a reused socket while the next request's headers arrive.
 * The gateway's one retry of a query on a reset connection covers whatever race remains.
 */
import type http from 'node:http';
import { Agent, Pool, fetch as undiciFetch } from 'undici';

/** How long a client keeps an idle socket to another service of the product. */
export const CLIENT_IDLE_SOCKET_MS = 10_000;
/** How long a server of the product keeps an idle keep-alive socket open. */
export const SERVER_KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Time allowed for a request's headers on a kept-alive socket: above the keep-alive timeout. */
export const SERVER_HEADERS_TIMEOUT_MS = 66_000;

/** Gives a server of the product the keep-alive times the module comment explains. */
export function applyServerKeepAlive(server: http.Server): http.Server {
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = SERVER_HEADERS_TIMEOUT_MS;
  return server;
}

/**
 * Starts a server of the product listening. A port already taken (or not allowed) rejects with
 * the address in its message, instead of an 'error' event nobody waits for, which left the
 * process running without listening.
 */
export async function listenOn(server: http.Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) => reject(new Error(`Cannot listen on ${host}:${port}: ${error.code ?? error.message}`, { cause: error }));
    server.once('error', refused);
    server.listen(port, host, () => {
      server.off('error', refused);
      resolve();
    });
  });
}

/** A connection pool whose idle sockets are closed by the client well before any server of the product closes them. */
export function createServiceAgent(): Agent {
  return new Agent({ keepAliveTimeout: CLIENT_IDLE_SOCKET_MS, keepAliveMaxTimeout: CLIENT_IDLE_SOCKET_MS });
}

/**
 * A keep-alive connection pool to one service (its origin, e.g. http://127.0.0.1:4001), for
 * undici's request() API: no Request, Headers or web-stream objects per call, timeouts given per
 * request (headersTimeout, bodyTimeout). Same idle-socket times as createServiceAgent.
 */
export function createServicePool(origin: string | URL): Pool {
  return new Pool(origin, { keepAliveTimeout: CLIENT_IDLE_SOCKET_MS, keepAliveMaxTimeout: CLIENT_IDLE_SOCKET_MS });
}

/** fetch over the given pool (undici's own fetch, which takes its dispatcher). */
export function fetchWithAgent(agent: Agent): typeof globalThis.fetch {
  return ((input: string | URL, init?: RequestInit) => undiciFetch(input, { ...(init as object), dispatcher: agent } as never)) as unknown as typeof globalThis.fetch;
}

/**
 * Whether a failed fetch never got an answer because the connection was refused, reset or closed
 * under it, i.e. the request may not have reached the server at all (not a timeout).
 */
export function isConnectionFailure(error: unknown): boolean {
  const CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, name } = current as { code?: unknown; name?: unknown };
    if (name === 'TimeoutError' || name === 'AbortError') return false;
    if (typeof code === 'string' && CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
