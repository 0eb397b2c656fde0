import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** Header that carries a request's id from the client through the gateway to the departments, and back in every response. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Longest inbound request id kept as sent. */
export const MAX_REQUEST_ID_LENGTH = 128;

const PLAIN_REQUEST_ID = /^[A-Za-z0-9._:-]+$/;

/**
 * The id a request goes by: the inbound `x-request-id` when it is short and plain (at most 128 of
 * `A-Z a-z 0-9 . _ : -`), otherwise a fresh UUID. Anything else a client sends (an oversized id,
 * spaces, control characters, a list of several headers) is never logged, audited or passed on.
 */
export function acceptedRequestId(inbound: string | readonly string[] | null | undefined): string {
  if (typeof inbound === 'string' && inbound.length <= MAX_REQUEST_ID_LENGTH && PLAIN_REQUEST_ID.test(inbound)) return inbound;
  return randomUUID();
}

/**
 * Names every response after the request it answers (acceptedRequestId), and keeps the id in
 * `res.locals.requestId` for what handles the request after it.
 */
export function assignRequestId(): RequestHandler {
  return (req, res, next) => {
    const requestId = acceptedRequestId(req.headers[REQUEST_ID_HEADER]);
    res.locals.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    next();
  };
}
