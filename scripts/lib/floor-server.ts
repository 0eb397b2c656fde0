/** What the floor's processes (floor.ts) share: their JSON-over-POST server and how they show failures. */
import http from 'node:http';
import { applyServerKeepAlive, listenOn } from '../../subgraphs/common/src/keep-alive';

let failures = 0;

/** Shows the first few failures on stderr: the floor's figures count only its answered requests. */
export function floorFailure(error: unknown): void {
  if (failures++ < 3) console.error(`${process.env.FLOOR_NAME ?? 'floor'}: ${(error as Error).message}`);
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
