/**
 * One department of the floor stack (floor.ts), configured by its one JSON argument. The hops kind: a node:http server with the
 * product's keep-alive times that answers each POST of ids with `statements` reads of their
 * rows (`= ANY($1)`, as named statements through a pg pool): only the HTTP hop and the statements
 * a department of the product also has on each request. The apollo kind: the same reads behind
 * Apollo Server's standalone server and @apollo/subgraph, batched per request by DataLoader, with
 * nothing else (floor-schema.ts).
 */
import DataLoader from 'dataloader';
import { parse } from 'graphql';
import pg from 'pg';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { floorFailure, floorProcessConfig, listenJsonPosts } from './floor-server';
import { FLOOR_SUBGRAPHS, type FloorRow } from './floor-schema';

const config = floorProcessConfig();
const { port } = config;
const statements = config.statements ?? 1;
const department = config.department!;
// Few connections, closed when idle: the product's processes and both floors share one server's max_connections.
const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2, idleTimeoutMillis: 1000 });
pool.on('error', () => undefined);
const COLUMNS = 'id, ebp_code, order_no, amount, status, updated_at';
const READ = `SELECT ${COLUMNS} FROM bench_floor.item WHERE id = ANY($1::int[])`;
const RANGE = `SELECT ${COLUMNS} FROM bench_floor.item WHERE id >= $1 ORDER BY id LIMIT $2`;

/** The rows of these ids, in their order (null where there is none), read `statements` times. */
async function read(ids: readonly number[]): Promise<(FloorRow | null)[]> {
  let rows: FloorRow[] = [];
  for (let n = 0; n < statements; n++) rows = (await pool.query<FloorRow>({ name: 'floor_items', text: READ, values: [ids] })).rows;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

async function listenHops(): Promise<void> {
  await listenJsonPosts(port, async (body) => JSON.stringify({ data: { items: await read((JSON.parse(body) as { ids: number[] }).ids) } }), 500, () => pool.end());
}

interface FloorContext {
  rows: DataLoader<number, FloorRow | null>;
}

async function listenApollo(): Promise<void> {
  const { typeDefs, part } = FLOOR_SUBGRAPHS[department];
  const entity = (row: FloorRow | null) => (row ? { id: row.id, ...part(row) } : null);
  const resolvers = {
    ...(department === 'commerce'
      ? {
          Query: {
            order: async (_: unknown, args: { id: number }, context: FloorContext) => entity(await context.rows.load(args.id)),
            orders: async (_: unknown, args: { from: number; first: number }) =>
              (await pool.query<FloorRow>({ name: 'floor_range', text: RANGE, values: [args.from, args.first] })).rows.map(entity),
          },
        }
      : {}),
    Order: { __resolveReference: async (reference: { id: number }, context: FloorContext) => entity(await context.rows.load(reference.id)) },
  };
  const server = new ApolloServer<FloorContext>({
    schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never }),
    plugins: [{ requestDidStart: async () => ({ didEncounterErrors: async ({ errors }) => errors.forEach(floorFailure) }) }],
  });
  await startStandaloneServer(server, { listen: { host: '127.0.0.1', port }, context: async () => ({ rows: new DataLoader((ids: readonly number[]) => read(ids)) }) });
  process.once('SIGTERM', () => void server.stop().then(() => pool.end()).then(() => process.exit(0)));
}

void (config.kind === 'apollo' ? listenApollo() : listenHops()).then(() => console.log(`${config.name} listening on ${port}`));
