/**
 * What the floor's processes (floor.ts) share: their configuration, one JSON argument as
 * floor.ts starts them; their JSON-over-POST server; how they show failures.
 */
import http from 'node:http';
import type { Department } from '../../subgraphs/common/src/caller';
import { applyServerKeepAlive, listenOn } from '../../subgraphs/common/src/keep-alive';

export interface FloorProcessConfig {
  kind: 'hops' | 'apollo';
  /** Shown with its failures, e.g. "floor apollo customs". */
  name: string;
  port: number;
  databaseUrl: string;
  /** A department's own. */
  department?: Department;
  /** A department's reads per request. */
  statements?: number;
  /** The gateway's: the six departments' URLs, commerce first. */
  departmentUrls?: string[];
}

/** The process's configuration, from its one argument. */
export function floorProcessConfig(): FloorProcessConfig {
  const argument = process.argv[2];
  if (!argument) throw new Error('floor process: expected its configuration as one JSON argument');
  return JSON.parse(argument) as FloorProcessConfig;
}

let failures = 0;

/** Shows the first few failures on stderr: the floor's figures count only its answered requests. */
export function floorFailure(error: unknown): void {
  if (failures++ < 3) console.error(`${floorProcessConfig().name}: ${(error as Error).message}`);
}

/**
 * A node:http server with the product's keep-alive times that answers every POST with what
 * `answer` makes of its body, as JSON, or with `errorStatus` and the failure's message; on SIGTERM
 * it closes, runs `release` and exits.
 */
export async function listenJsonPosts(port: number, answer: (body: string) => Promise<string>, errorStatus: number, release: () => Promise<unknown>): Promise<void> {
  const server = applyServerKeepAlive(
    http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        answer(Buffer.concat(chunks).toString('utf8')).then(
          (text) => {
            res.setHeader('content-type', 'application/json');
            res.setHeader('content-length', Buffer.byteLength(text));
            res.end(text);
          },
          (error: unknown) => {
            floorFailure(error);
            res.statusCode = errorStatus;
            res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
          },
        );
      });
    }),
  );
  await listenOn(server, port, '127.0.0.1');
  process.once('SIGTERM', () => {
    server.close();
    void release().then(() => process.exit(0));
  });
}
