/**
 * The gateway of the floor stack (floor.ts), configured by its one JSON argument. The hops kind: for each POST of ids it calls the
 * first department, then the other five at once, over undici pools with the product's keep-alive times,
 * then inserts one row (the audit submission's place, committed before the answer) and answers
 * with what they sent. The apollo kind: stock @apollo/gateway behind Apollo Server's standalone
 * server over the six Apollo floor departments, the same insert in willSendResponse. No
 * authentication, audiences, authorization, limits or audit chain in either.
 */
import pg from 'pg';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { DEPARTMENTS } from '../../subgraphs/common/src/caller';
import { createServicePool } from '../../subgraphs/common/src/keep-alive';
import { floorFailure, floorProcessConfig, listenJsonPosts } from './floor-server';

const config = floorProcessConfig();
const { port } = config;
const urls = config.departmentUrls ?? [];
const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2, idleTimeoutMillis: 1000 });
pool.on('error', () => undefined);
const INSERT = 'INSERT INTO bench_floor.audit (request_id, body) VALUES ($1, $2)';
let requests = 0;

const record = (body: string) => pool.query({ name: 'floor_audit', text: INSERT, values: [`floor-${++requests}`, body] });

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
  await listenJsonPosts(port, answer, 502, () => Promise.all([pool.end(), ...departments.map((d) => d.pool.close())]));
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
              errors.forEach(floorFailure);
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

void (config.kind === 'apollo' ? listenApollo() : listenHops()).then(() => console.log(`${config.name} listening on ${port}`));
