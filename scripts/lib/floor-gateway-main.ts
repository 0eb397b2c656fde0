/**
 * The gateway of the floor stack (floor.ts). FLOOR_KIND=hops: for each POST of ids it calls the
 * first department, then the other five at once, over undici pools with the product's keep-alive times,
 * then inserts one row (the audit submission's place, committed before the answer) and answers
 * with what they sent. FLOOR_KIND=apollo: stock @apollo/gateway behind Apollo Server's standalone
 * server over the six Apollo floor departments, the same insert in willSendResponse. No
 * authentication, audiences, authorization, limits or audit chain in either.
 */
import http from 'node:http';
import pg from 'pg';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { DEPARTMENTS } from '../../subgraphs/common/src/caller';
import { applyServerKeepAlive, createServicePool, listenOn } from '../../subgraphs/common/src/keep-alive';

const port = Number(process.env.PORT);
const urls = JSON.parse(process.env.FLOOR_DEPARTMENT_URLS ?? '[]') as string[];
const pool = new pg.Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: 2, idleTimeoutMillis: 1000 });
pool.on('error', () => undefined);
const INSERT = 'INSERT INTO bench_floor.audit (request_id, body) VALUES ($1, $2)';
let requests = 0;
let failures = 0;

const record = (body: string) => pool.query({ name: 'floor_audit', text: INSERT, values: [`floor-${++requests}`, body] });

function fail(error: unknown): void {
  // The first few failures are shown: the floor's figures count only its answered requests.
  if (failures++ < 3) console.error(`floor gateway: ${(error as Error).message}`);
}

async function listenHops(): Promise<void> {
  const departments = urls.map((url) => ({ url: new URL(url), pool: createServicePool(new URL(url).origin) }));
  const call = async (department: (typeof departments)[number], body: string): Promise<unknown> => {
    const response = await department.pool.request({ path: department.url.pathname, method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const parsed = (await response.body.json()) as { data?: unknown };
    if (response.statusCode !== 200) throw new Error(`${department.url.href} answered ${response.statusCode}`);
    return parsed.data;
  };
  const answer = async (body: string): Promise<string> => {
    const request = JSON.stringify({ ids: (JSON.parse(body) as { ids: number[] }).ids });
    const [first, ...others] = departments;
    const parts = [await call(first!, request), ...(await Promise.all(others.map((d) => call(d, request))))];
    await record(request);
    return JSON.stringify({ data: { parts } });
  };
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
            fail(error);
            res.statusCode = 502;
            res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
          },
        );
      });
    }),
  );
  await listenOn(server, port, '127.0.0.1');
  process.once('SIGTERM', () => {
    server.close();
    void Promise.all([pool.end(), ...departments.map((d) => d.pool.close())]).then(() => process.exit(0));
  });
}

async function listenApollo(): Promise<void> {
  const gateway = new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs: DEPARTMENTS.map((name, i) => ({ name, url: urls[i]! })) }) });
  const server = new ApolloServer({
    gateway,
    plugins: [
      {
        async requestDidStart({ request }) {
          return {
            async didEncounterErrors({ errors }) {
              errors.forEach(fail);
            },
            async willSendResponse() {
              await record(JSON.stringify(request.variables ?? {}));
            },
          };
        },
      },
    ],
  });
  await startStandaloneServer(server, { listen: { host: '127.0.0.1', port } });
  process.once('SIGTERM', () => void server.stop().then(() => pool.end()).then(() => process.exit(0)));
}

void (process.env.FLOOR_KIND === 'apollo' ? listenApollo() : listenHops()).then(() => console.log(`floor gateway listening on ${port}`));
