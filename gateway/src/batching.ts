import type { ApolloServer, BaseContext, HTTPGraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/** Operations one batched request may hold by default (BATCH_MAX_OPERATIONS). */
export const DEFAULT_BATCH_MAX_OPERATIONS = 10;

export interface BatchingOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  /** Most operations in one array; more, or none, and the whole request is refused with 400. */
  maxOperations: number;
  /**
   * The context of one operation, built as for a request sent alone: authenticated, rate-limited
   * (a refusal here answers that operation only), under its own request id.
   */
  context: (req: Request, requestId: string, body: unknown) => Promise<TContext>;
}

function refuse(res: Response, message: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

async function bodyText(response: HTTPGraphQLResponse): Promise<string> {
  if (response.body.kind === 'complete') return response.body.string;
  let text = '';
  for await (const chunk of response.body.asyncIterator) text += chunk;
  return text;
}

/**
 * Bounded operation batching (Apollo's BatchHttpLink, graphql-request's batchRequests): a POST
 * whose body is an array of up to `maxOperations` operations is answered with the array of their
 * results, in order. Each operation goes through Apollo Server as a request of its own, with a
 * context of its own (request id `<batch id>.<n>`), so each one is authenticated, rate-limited,
 * checked (audience, trusted documents, input, demand control), audited and answered as if it had
 * been sent alone; one refused operation does not refuse the others. The batch's status is that
 * of its operations when they all share one (401 for a bad token, say), else 200. Anything that is
 * not an array passes on to the ordinary handler.
 */
export function batchedOperations<TContext extends BaseContext>(options: BatchingOptions<TContext>): RequestHandler {
  const { server, maxOperations } = options;
  return (req, res, next) => {
    if (req.method !== 'POST' || !Array.isArray(req.body)) return next();
    const pieces = req.body as unknown[];
    if (pieces.length === 0) return refuse(res, 'A batch must hold at least one operation');
    if (pieces.length > maxOperations) {
      return refuse(res, `A batch may hold up to ${maxOperations} operations (BATCH_MAX_OPERATIONS); this one holds ${pieces.length}`);
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
      else if (Array.isArray(value)) headers.set(key, value.join(', '));
    }
    const search = new URL(req.originalUrl, 'http://gateway').search;
    const batchId = res.locals.requestId as string;
    void (async () => {
      const responses = await Promise.all(
        pieces.map((body, i) =>
          server.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: 'POST', headers, search, body },
            context: () => options.context(req, `${batchId}.${i + 1}`, body),
          }),
        ),
      );
      const bodies = await Promise.all(responses.map(bodyText));
      const statuses = responses.map((r) => r.status ?? 200);
      const status = statuses.every((s) => s === statuses[0]) ? statuses[0]! : 200;
      // A refusal's Retry-After (rate limits) holds for the batch: the longest one.
      const retryAfter = Math.max(...responses.map((r) => Number(r.headers.get('retry-after') ?? 0)));
      if (retryAfter > 0) res.setHeader('retry-after', String(retryAfter));
      res.status(status);
      res.setHeader('content-type', responses[0]!.headers.get('content-type') ?? 'application/json; charset=utf-8');
      res.send(`[${bodies.join(',')}]`);
    })().catch(next);
  };
}
