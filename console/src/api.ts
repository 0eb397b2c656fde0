import { storedToken } from './session';

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; serviceName?: string; problems?: { field: string; reason: string }[] };
}

export interface GraphQLResult<T> {
  data: T | null;
  errors: GraphQLErrorBody[];
}

/** Thrown when the gateway refuses the request as a whole (no data at all). */
export class RequestFailed extends Error {
  constructor(message: string, readonly code: string | null, readonly status: number) {
    super(message);
  }
}

function authorization(): Record<string, string> {
  const token = storedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * One GraphQL request to the gateway with the session's bearer token, like any other client. The
 * purpose goes to the audit log with the request. Partial answers (a department down) come back
 * with their errors; a request refused outright throws RequestFailed.
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, purpose = 'console', signal?: AbortSignal): Promise<GraphQLResult<T>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-purpose': purpose, ...authorization() },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new RequestFailed('The gateway cannot be reached', null, 0);
  }
  let body: { data?: T | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new RequestFailed(`The gateway answered HTTP ${response.status} without a GraphQL body`, null, response.status);
  }
  const errors = body.errors ?? [];
  if (body.data === undefined || body.data === null) {
    const first = errors[0];
    throw new RequestFailed(first?.message ?? `HTTP ${response.status}`, first?.extensions?.code ?? null, response.status);
  }
  return { data: body.data, errors };
}

/** Errors of a partial answer, one line each, naming the department that failed. */
export function describeErrors(errors: GraphQLErrorBody[]): string[] {
  return errors.map((error) => (error.extensions?.serviceName ? `${error.extensions.serviceName}: ${error.message}` : error.message));
}

export interface Download {
  blob: Blob;
  fileName: string;
}

/**
 * A file from the gateway with the bearer token in a header (never in the URL), read as a stream so
 * that progress can be shown: onProgress(received bytes, total bytes or null when unknown).
 */
export async function download(url: string, fallbackName: string, onProgress: (received: number, total: number | null) => void, signal?: AbortSignal): Promise<Download> {
  const response = await fetch(url, { headers: { accept: 'text/csv', 'x-purpose': 'console: export', ...authorization() }, signal });
  if (!response.ok) {
    let message = `HTTP ${response.status}`;
    try {
      const body = (await response.json()) as { errors?: GraphQLErrorBody[] };
      message = body.errors?.[0]?.message ?? message;
    } catch {
      // not JSON: the status says enough
    }
    throw new RequestFailed(message, null, response.status);
  }
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: BlobPart[] = [];
  let received = 0;
  onProgress(0, total);
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(received, total);
    }
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const named = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return { blob: new Blob(chunks, { type: response.headers.get('content-type') ?? 'text/csv' }), fileName: named ? decodeURIComponent(named) : fallbackName };
}
