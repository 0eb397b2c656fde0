import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { Logger } from './logger';

/** What a client is told about a request the HTTP layer could not read, in GraphQL error shape. */
export interface HttpRequestRefusal {
  status: number;
  code: string;
  message: string;
}

/** The fields body-parser (express.json) and http-errors put on the errors they raise. */
interface BodyParserError {
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  limit?: unknown;
  charset?: unknown;
  encoding?: unknown;
  body?: unknown;
}

const EXPECTED_BODY = 'a GraphQL request over POST is a JSON object such as {"query": "{ zones { code } }"}';

/** A header value quoted back only when it is short and plain, so nothing a client sent is echoed verbatim. */
function plain(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z0-9._-]{1,40}$/.test(value) ? value : null;
}

function sizeOf(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}

/**
 * The answer to an error raised while a request was read (body parsing, decompression, size and
 * charset checks), or null when the error is not one of those: then it is the server's own and
 * answered 500. Messages say what is wrong and how to send it right; they never carry the
 * parser's text, the body, a stack or a path.
 */
export function httpRequestRefusal(error: unknown): HttpRequestRefusal | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as BodyParserError;
  switch (e.type) {
    case 'entity.parse.failed': {
      // Strict JSON parsing refuses anything but an object or an array at the top.
      const first = typeof e.body === 'string' ? e.body.trimStart()[0] : undefined;
      const notAnObject = first !== undefined && first !== '{' && first !== '[';
      return {
        status: 400,
        code: 'BAD_REQUEST',
        message: notAnObject ? `The request body must be a JSON object: ${EXPECTED_BODY}` : `The request body is not valid JSON: ${EXPECTED_BODY}`,
      };
    }
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: typeof e.limit === 'number' ? `The request body is larger than the limit of ${sizeOf(e.limit)}` : 'The request body is too large',
      };
    case 'charset.unsupported': {
      const charset = plain(e.charset);
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: `${charset ? `Unsupported charset "${charset}"` : 'Unsupported charset'}: send JSON in UTF-8 (content-type: application/json)` };
    }
    case 'encoding.unsupported': {
      const encoding = plain(e.encoding);
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: `${encoding ? `Unsupported content-encoding "${encoding}"` : 'Unsupported content-encoding'}: send the body as is, or compressed with gzip, deflate or br` };
    }
    case JSON_TOO_DEEP:
      return { status: 400, code: 'BAD_REQUEST', message: `The request body nests JSON arrays and objects more than ${MAX_JSON_DEPTH} levels deep: no GraphQL request needs that many` };
    case 'request.aborted':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request was aborted before its body was received' };
    case 'request.size.invalid':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is shorter or longer than its content-length says' };
    default:
      break;
  }
  // Other client errors raised while reading (e.g. a gzip body that does not decompress).
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
  if (e.expose === true && status !== undefined && status >= 400 && status < 500) {
    return { status, code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST', message: 'The request body could not be read: send JSON in UTF-8, as is or compressed with gzip, deflate or br' };
  }
  return null;
}

/** Deepest nesting of JSON arrays and objects a request body may have; variables of this API need fewer than ten. */
export const MAX_JSON_DEPTH = 64;

/** body-parser's error type for a body refused by jsonBody's depth check. */
const JSON_TOO_DEEP = 'entity.too.deep';

/**
 * How deep arrays and objects nest in a JSON text, counted without recursion: brackets inside
 * strings (escapes included) do not count. The text need not be valid; the parser judges that.
 */
export function jsonNestingDepth(bytes: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c) i++; // backslash: the next byte is escaped
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) deepest = Math.max(deepest, ++depth);
    else if ((byte === 0x7d || byte === 0x5d) && depth > 0) depth--;
  }
  return deepest;
}

/**
 * The JSON body parser of every server of the product: express.json with the size limit, and
 * bodies nested deeper than MAX_JSON_DEPTH refused before they are parsed, since GraphQL's
 * variable coercion and the audit digest walk values recursively and would exhaust the stack.
 */
export function jsonBody(limit: string): RequestHandler {
  return express.json({
    limit,
    verify: (_req, _res, bytes) => {
      if (jsonNestingDepth(bytes) > MAX_JSON_DEPTH) throw Object.assign(new Error('JSON nested too deep'), { type: JSON_TOO_DEEP });
    },
  });
}

export interface HttpErrorHandlerOptions {
  /** Named in the message of an unexpected error ("Internal error in the <service> service"). */
  service: string;
  log: Logger;
}

/**
 * Express's last error handler for every server of the product (the gateway and the departments):
 * errors of the HTTP layer become a JSON body in GraphQL error shape
 * (`{ errors: [{ message, extensions: { code } }] }`) with their 4xx status, and anything else a
 * masked 500 that is logged. Express's own handler would answer an HTML page with the stack and
 * file paths whenever NODE_ENV is not "production"; this one does not depend on NODE_ENV.
 */
export function httpErrorHandler(options: HttpErrorHandlerOptions): ErrorRequestHandler {
  const answer = httpErrorResponder(options);
  return (error: unknown, req, res, next) => {
    // Too late for a body of our own: Express then closes the connection.
    if (res.headersSent) {
      next(error);
      return;
    }
    answer(error, req, res);
  };
}

/**
 * httpErrorHandler's answer for a server's own handler outside Express (a department's POST
 * /graphql): the same JSON body and status, on a plain response whose headers are not yet sent;
 * when they are, the socket is closed, as Express does.
 */
export function httpErrorResponder(options: HttpErrorHandlerOptions): (error: unknown, req: IncomingMessage, res: ServerResponse) => void {
  const { service, log } = options;
  return (error, req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (res.headersSent) {
      log.error({ err: error, method: req.method, path }, 'error after the response began');
      res.destroy();
      return;
    }
    const refusal = httpRequestRefusal(error);
    if (refusal) {
      log.info({ method: req.method, path, status: refusal.status, code: refusal.code }, 'request refused by the HTTP layer');
    } else {
      log.error({ err: error, method: req.method, path }, 'unexpected error in the HTTP layer');
    }
    const { status, code, message } = refusal ?? { status: 500, code: 'INTERNAL_SERVER_ERROR', message: `Internal error in the ${service} service` };
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
}
