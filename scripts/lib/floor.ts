/**
 * Floors of this product's shape on the machine it runs on (`npm run bench -- --only-processes
 * --floor`): one gateway process and six department processes that do what a request for N
 * orders costs the product in hops and statements (floor-gateway-main.ts,
 * floor-department-main.ts): the request in, a call to the first department and then to the other
 * five at once, each answering after one read of the N rows by primary key (post two, as post
 * reads twice), and one insert committed before the answer. N is each scenario's own: 1 for one
 * order, 15 for the acceptance query, 200, 100 for the filtered page.
 * - hops: no GraphQL at all: what the machine charges for the shape alone;
 * - apollo: the same reads through Apollo Server, stock @apollo/gateway and @apollo/subgraph
 *   (floor-schema.ts), with no authentication, authorization, limits or audit chain: what the
 *   product's core packages charge before any code of its own.
 * Each is measured as the product is (CPU per request of every process from /proc), in the same
 * run and at the rate the product ran at, since a process's CPU per request grows as its requests
 * come further apart.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEPARTMENTS, type Department } from '../../subgraphs/common/src/caller';
import { freePort, processCpuSeconds } from './gateway-process';
import { processTreeCpuSeconds, waitHealthy } from './process-stack';
import { supervisedChild, type SupervisedProcess } from './supervisor';
import { FLOOR_ORDERS_QUERY, FLOOR_ORDER_QUERY } from './floor-schema';
import type { FloorProcessConfig } from './floor-server';

const ROOT = path.join(__dirname, '..', '..');
/** Rows of the floor's table, read by primary key in turn. */
const FLOOR_ROWS = 20_000;
/** Reads per request of each department, as the product's one-order scenario counts them. */
const STATEMENTS: Record<Department, number> = { commerce: 1, customs: 1, tax: 1, forex: 1, post: 2, 'public-security': 1 };

interface FloorProcess {
  pid: number;
  url: string;
  run: SupervisedProcess;
}

/** See the module comment. */
export type FloorKind = FloorProcessConfig['kind'];

export interface FloorStack {
  kind: FloorKind;
  gateway: FloorProcess;
  departments: FloorProcess[];
  stop: () => Promise<void>;
}

export interface FloorFigures {
  kind: FloorKind;
  /** Orders per request. */
  orders: number;
  /** The rate it was held to, requests per second; undefined: as fast as it answered. */
  rate?: number;
  requests: number;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  /** CPU ms per request. */
  gatewayMs: number;
  departmentsMs: number;
  postgresMs: number | null;
}

/** The floor's own schema in the bench database: the rows read and the table inserted into. */
export async function prepareFloorTables(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('CREATE SCHEMA IF NOT EXISTS bench_floor');
    await client.query(`CREATE TABLE IF NOT EXISTS bench_floor.item (id integer PRIMARY KEY, ebp_code text NOT NULL, order_no text NOT NULL,
      amount numeric(14, 2) NOT NULL, status text NOT NULL, updated_at timestamptz NOT NULL)`);
    await client.query('CREATE TABLE IF NOT EXISTS bench_floor.audit (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), request_id text NOT NULL, body text NOT NULL)');
    await client.query(`INSERT INTO bench_floor.item SELECT n, 'EBP' || (n % 50), 'ORDER-' || n, n * 1.25, 'RELEASED', now() FROM generate_series(1, $1) n ON CONFLICT DO NOTHING`, [FLOOR_ROWS]);
    await client.query('TRUNCATE bench_floor.audit');
    await client.query('ANALYZE bench_floor.item');
  } finally {
    await client.end();
  }
}

/** A request for `count` orders from id `from` on: to the hops kind their ids, to the apollo kind its GraphQL query. */
function requestBody(kind: FloorKind, from: number, count: number): string {
  if (kind === 'hops') return JSON.stringify({ ids: Array.from({ length: count }, (_, i) => from + i) });
  return count === 1 ? JSON.stringify({ query: FLOOR_ORDER_QUERY, variables: { id: from } }) : JSON.stringify({ query: FLOOR_ORDERS_QUERY, variables: { from, first: count } });
}

/** Starts one floor process; it is ready once it answers `probe`, a POST body. */
async function startFloorProcess(script: string, config: Omit<FloorProcessConfig, 'port'>, probe: string): Promise<FloorProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, script), JSON.stringify({ ...config, port })], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const run = supervisedChild(child, 10_000);
  const url = `http://127.0.0.1:${port}/`;
  await waitHealthy(url, run, 300_000, { method: 'POST', headers: { 'content-type': 'application/json' }, body: probe });
  return { pid: child.pid!, url, run };
}

/** Starts the six floor departments, then the floor gateway in front of them. */
export async function startFloorStack(databaseUrl: string, kind: FloorKind): Promise<FloorStack> {
  await prepareFloorTables(databaseUrl);
  // A department of the apollo kind is asked its typename, the hops kind a read.
  const departmentProbe = kind === 'hops' ? requestBody(kind, 1, 1) : JSON.stringify({ query: '{ __typename }' });
  const started = await Promise.allSettled(
    DEPARTMENTS.map((d) => startFloorProcess('floor-department-main.ts', { kind, name: `floor ${kind} ${d}`, databaseUrl, department: d, statements: STATEMENTS[d] }, departmentProbe)),
  );
  const departments = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stopDepartments = () => Promise.all(departments.map((d) => d.run.stop()));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await stopDepartments();
    throw failed.reason;
  }
  let gateway: FloorProcess;
  try {
    gateway = await startFloorProcess('floor-gateway-main.ts', { kind, name: `floor ${kind} gateway`, databaseUrl, departmentUrls: departments.map((d) => d.url) }, requestBody(kind, 1, 1));
  } catch (error) {
    await stopDepartments();
    throw error;
  }
  return {
    kind,
    gateway,
    departments,
    stop: async () => {
      await gateway.run.stop();
      await stopDepartments();
    },
  };
}

/**
 * `seconds` of load on the floor gateway after a warm-up, with the CPU of every process from /proc
 * around it: as fast as it answers, or `rate` requests per second in all.
 */
export async function measureFloor(stack: FloorStack, postgresPid: number | null, orders: number, seconds: number, connections: number, rate?: number): Promise<FloorFigures> {
  if (!Number.isInteger(orders) || orders < 1 || orders > FLOOR_ROWS) throw new Error(`floor: orders per request must be 1 to ${FLOOR_ROWS}`);
  let n = 0;
  const options = {
    url: stack.gateway.url,
    connections,
    ...(rate === undefined ? {} : { overallRate: Math.max(1, Math.round(rate)) }),
    timeout: 120,
    requests: [{ method: 'POST' as const, headers: { 'content-type': 'application/json' }, setupRequest: (request: autocannon.Request) => ({ ...request, body: requestBody(stack.kind, ((n++ * orders) % (FLOOR_ROWS - orders + 1)) + 1, orders) }) }],
  };
  await autocannon({ ...options, duration: Math.min(5, seconds) });
  const cpu = () => ({
    gateway: processCpuSeconds(stack.gateway.pid) ?? NaN,
    departments: stack.departments.reduce((sum, d) => sum + (processCpuSeconds(d.pid) ?? NaN), 0),
    postgres: postgresPid === null ? null : processTreeCpuSeconds(postgresPid),
  });
  const before = cpu();
  const result = await autocannon({ ...options, duration: seconds });
  const after = cpu();
  const perRequest = (seconds: number) => (seconds * 1000) / Math.max(1, result.requests.total);
  return {
    kind: stack.kind,
    orders,
    rate,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    gatewayMs: perRequest(after.gateway - before.gateway),
    departmentsMs: perRequest(after.departments - before.departments),
    postgresMs: after.postgres === null || before.postgres === null ? null : perRequest(after.postgres - before.postgres),
  };
}

export function floorTotalMs(figures: FloorFigures): number {
  return figures.gatewayMs + figures.departmentsMs + (figures.postgresMs ?? 0);
}

export function floorName(figures: FloorFigures): string {
  const failed = figures.non2xx + figures.errors;
  const orders = figures.orders === 1 ? 'one order' : `${figures.orders} orders`;
  return `${figures.kind === 'hops' ? `floor: the hops and statements of ${orders}` : `floor: ${orders} through stock Apollo federation`}, ${figures.rate === undefined ? 'as fast as it answers' : `at ${Math.round(figures.rate)} req/s`}${failed ? ` (NOT VALID: ${failed} requests failed)` : ''}`;
}

export function formatFloor(figures: FloorFigures): string {
  const postgres = figures.postgresMs === null ? 'not measured' : figures.postgresMs.toFixed(1);
  return `${floorName(figures)}   ${figures.requestsPerSecond.toFixed(0)} req/s   non-2xx ${figures.non2xx}   errors ${figures.errors}   (${figures.requests} requests)
    CPU ms per request: gateway ${figures.gatewayMs.toFixed(1)} · departments ${figures.departmentsMs.toFixed(1)} · PostgreSQL ${postgres} · total ${floorTotalMs(figures).toFixed(1)}`;
}
