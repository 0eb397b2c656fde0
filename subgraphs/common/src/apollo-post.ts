import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { httpErrorResponder } from './http-errors';
import type { Logger } from './logger';

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

export interface ApolloPostHandlerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Named in the message of an unexpected error. */
  service: string;
  log: Logger;
  context: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<TContext>;
  /** Runs first, around everything else (traceHttpRequests). */
  trace: Middleware;
  /** The server's JSON body parser (jsonBody): its limits and refusals hold here as under Express. */
  parseBody: RequestHandler;
}

/** Whether a request target is exactly /graphql, with or without a query string. */
export function isGraphqlPath(url: string | undefined): boolean {
  return url === '/graphql' || (url !== undefined && url.startsWith('/graphql?'));
}

/** A request header as one string: repeated headers joined as Node and Express join them. */
export function headerOf(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * POST /graphql served by Apollo Server straight from node:http, as its Express integration does
 * (`executeHTTPGraphQLRequest` with the parsed body) but without Express's router, request and
 * response decoration and `res.send`. Body errors get the same JSON refusals as httpErrorHandler.
 */
export function apolloPostHandler<TContext extends BaseContext>(options: ApolloPostHandlerOptions<TContext>): http.RequestListener {
  const { apollo, context, trace, parseBody } = options;
  const refuse = httpErrorResponder({ service: options.service, log: options.log });
  const answer = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '/graphql';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query === -1 ? '' : url.slice(query), body: (req as { body?: unknown }).body },
      context: () => context(req, res),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    trace(req, res, () => {
      parseBody(req as Request, res as Response, (error?: unknown) => {
        if (error) refuse(error, req, res);
        else answer(req, res).catch((failure: unknown) => refuse(failure, req, res));
      });
    });
  };
}
