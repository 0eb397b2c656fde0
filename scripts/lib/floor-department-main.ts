/**
 * One department of the floor stack (floor.ts). FLOOR_KIND=hops: a node:http server with the
 * product's keep-alive times that answers each POST with FLOOR_STATEMENTS reads of one row by
 * primary key, as named statements through a pg pool: only the HTTP hop and the statements a
 * department of the product also has on each request. FLOOR_KIND=apollo: the same reads behind
 * Apollo Server's standalone server and @apollo/subgraph, with nothing else (floor-schema.ts).
 */
import http from 'node:http';
import { parse } from 'graphql';
import pg from 'pg';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Department } from '../../subgraphs/common/src/caller';
import { applyServerKeepAlive, listenOn } from '../../subgraphs/common/src/keep-alive';
import { FLOOR_SUBGRAPHS, type FloorRow } from './floor-schema';

const port = Number(process.env.PORT);
const statements = Number(process.env.FLOOR_STATEMENTS ?? '1');
const department = process.env.FLOOR_DEPARTMENT as Department;
// Few connections, closed when idle: the product's processes and both floors share one server's max_connections.
const pool = new pg.Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: 2, idleTimeoutMillis: 1000 });
pool.on('error', () => undefined);
const READ = 'SELECT id, ebp_code, order_no, amount, status, updated_at FROM bench_floor.item WHERE id = $1';
let failures = 0;

async function read(id: number): Promise<FloorRow> {
  let row: FloorRow | undefined;
  for (let n = 0; n < statements; n++) row = (await pool.query<FloorRow>({ name: 'floor_item', text: READ, values: [id] })).rows[0];
  if (!row) throw new Error(`no floor row ${id}`);
  return row;
}

function fail(error: unknown): void {
  // The first few failures are shown: the floor's figures count only its answered requests.
  if (failures++ < 3) console.error(`${process.env.FLOOR_NAME ?? 'floor'}: ${(error as Error).message}`);
}

async function listenHops(): Promise<void> {
  const server = applyServerKeepAlive(
    http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: number };
        read(id).then(
          (row) => {
            const text = JSON.stringify({ data: { item: row } });
            res.setHeader('content-type', 'application/json');
            res.setHeader('content-length', Buffer.byteLength(text));
            res.end(text);
          },
          (error: unknown) => {
            fail(error);
            res.statusCode = 500;
            res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
          },
        );
      });
    }),
  );
  await listenOn(server, port, '127.0.0.1');
  process.once('SIGTERM', () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}

async function listenApollo(): Promise<void> {
  const { typeDefs, part } = FLOOR_SUBGRAPHS[department];
  const entity = async (id: number) => ({ id, ...part(await read(id)) });
  const resolvers = {
    ...(department === 'commerce' ? { Query: { order: (_: unknown, args: { id: number }) => entity(args.id) } } : {}),
    Order: { __resolveReference: (reference: { id: number }) => entity(reference.id) },
  };
  const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never }), plugins: [{ async requestDidStart() {
    return { async didEncounterErrors({ errors }) { errors.forEach(fail); } };
  } }] });
  await startStandaloneServer(server, { listen: { host: '127.0.0.1', port } });
  process.once('SIGTERM', () => void server.stop().then(() => pool.end()).then(() => process.exit(0)));
}

void (process.env.FLOOR_KIND === 'apollo' ? listenApollo() : listenHops()).then(() => console.log(`${process.env.FLOOR_NAME ?? 'floor'} listening on ${port}`));
