/**
 * `npm run bench:gateways`: the public gateways benchmark's scenario (graphql-hive's
 * graphql-gateways-benchmark, kept outside this repository in GATEWAYS_BENCHMARK_DIR) served by
 * three gateways, each a process of its own, measured interleaved with autocannon:
 *
 * - `plain`: plain @apollo/gateway (the benchmark folder's plain-gateway.mjs);
 * - `off`: this gateway with `--no-security` (no authentication, no audit log);
 * - `on`: this gateway with security on: bearer JWTs (development keys), the audit log in
 *   PostgreSQL (embedded unless AUDIT_DATABASE_URL or DATABASE_URL is set), the rate limiter,
 *   demand control, the audiences' contracts and the authorization directives, on the
 *   benchmark's supergraph given to every audience (lib/benchmark-supergraph.ts), called as a
 *   PLATFORM caller.
 *
 * Budgets are raised so that nothing is refused; each gateway's answer must equal the
 * benchmark's reference.json before it is measured. Prints a table and the ratios to plain; exits 1
 * when a gateway answers wrongly, 2 when a run had failed requests. See README "Gateways benchmark".
 */
import assert from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { DEV_AUDIENCE, DEV_ISSUER, ensureDevKeys, issueDevToken } from '../gateway/src/auth/dev-keys';
import { DATA_DIR, ROOT } from './lib/database';
import { startEmbeddedPostgres, type RunningPostgres } from './lib/embedded-postgres';
import { freePort } from './lib/gateway-process';
import { migrateAudit } from './lib/migrate';
import { processTreeCpuSeconds } from './lib/process-stack';
import { withAudiences, withSubgraphsAt } from './lib/benchmark-supergraph';
import { indent, processPeakRssBytes, startBenchService, waitAnswering, type BenchService } from './lib/bench-services';

const USAGE = `usage: npm run bench:gateways -- [--runs N] [--duration S] [--warmup S] [--connections C] [--json FILE]
  --runs N          measured runs per gateway, interleaved, the order rotated each run (2)
  --duration S      seconds measured per run (20)
  --warmup S        seconds of unmeasured load just before each measured run (10)
  --connections C   concurrent connections (50)
  --json FILE       also write every figure to FILE
environment: GATEWAYS_BENCHMARK_DIR (../shared/bench/gateways-benchmark from the project's root);
  AUDIT_DATABASE_URL or DATABASE_URL: the audit log's PostgreSQL instead of the embedded one;
  EMBEDDED_PG_PORT: the embedded server's port (a free one by default)`;

export interface BenchGatewaysOptions {
  runs: number;
  duration: number;
  warmup: number;
  connections: number;
  json: string | null;
}

export function parseOptions(argv: readonly string[]): BenchGatewaysOptions | 'help' {
  const options: BenchGatewaysOptions = { runs: 2, duration: 20, warmup: 10, connections: 50, json: null };
  const integer = (flag: string, raw: string | undefined, min: number) => {
    if (raw === undefined || raw.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be a whole number of at least ${min}, got "${raw}"\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--runs') options.runs = integer(flag, argv[++i], 1);
    else if (flag === '--duration') options.duration = integer(flag, argv[++i], 1);
    else if (flag === '--warmup') options.warmup = integer(flag, argv[++i], 0);
    else if (flag === '--connections') options.connections = integer(flag, argv[++i], 1);
    else if (flag === '--json') {
      const file = argv[++i];
      if (!file || file.startsWith('--')) throw new Error(`--json needs a file name\n${USAGE}`);
      options.json = path.resolve(file);
    } else if (flag === '-h' || flag === '--help') return 'help';
    else throw new Error(`unknown argument "${flag}"\n${USAGE}`);
  }
  return options;
}

/** The benchmark's files this script reads or runs (never copied into the repository). */
interface Scenario {
  dir: string;
  subgraphs: string;
  plainGateway: string;
  supergraphSdl: string;
  queryBody: string;
  reference: unknown;
}

function loadScenario(): Scenario {
  const dir = path.resolve(ROOT, process.env.GATEWAYS_BENCHMARK_DIR || path.join('..', 'shared', 'bench', 'gateways-benchmark'));
  const files = ['subgraphs.cjs', 'plain-gateway.mjs', 'data/supergraph.graphql', 'data/query.json', 'data/reference.json'];
  const missing = files.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    throw new Error(
      `the gateways benchmark is not in ${dir} (missing ${missing.join(', ')}): set GATEWAYS_BENCHMARK_DIR to the folder holding subgraphs.cjs, plain-gateway.mjs and data/`,
    );
  }
  const queryBody = fs.readFileSync(path.join(dir, 'data', 'query.json'), 'utf8');
  try {
    if (typeof (JSON.parse(queryBody) as { query?: unknown }).query !== 'string') throw new Error('no "query" string');
  } catch (error) {
    throw new Error(`${path.join(dir, 'data', 'query.json')} is not a GraphQL request body: ${(error as Error).message}`);
  }
  return {
    dir,
    subgraphs: path.join(dir, 'subgraphs.cjs'),
    plainGateway: path.join(dir, 'plain-gateway.mjs'),
    supergraphSdl: fs.readFileSync(path.join(dir, 'data', 'supergraph.graphql'), 'utf8'),
    queryBody,
    reference: JSON.parse(fs.readFileSync(path.join(dir, 'data', 'reference.json'), 'utf8')) as unknown,
  };
}

/** Where two JSON values first differ, for a failure's message. */
function firstDifference(actual: unknown, expected: unknown, at = 'answer'): string | null {
  if (Object.is(actual, expected)) return null;
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 120);
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null || Array.isArray(actual) !== Array.isArray(expected)) {
    return `${at}: ${show(actual)}, expected ${show(expected)}`;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  if (Array.isArray(a) && a.length !== (e as unknown as unknown[]).length) return `${at}: ${a.length} items, expected ${(e as unknown as unknown[]).length}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(e)])) {
    if (!(key in a)) return `${at}.${key} missing`;
    if (!(key in e)) return `${at}.${key} is not in reference.json (${show(a[key])})`;
    const difference = firstDifference(a[key], e[key], Array.isArray(a) ? `${at}[${key}]` : `${at}.${key}`);
    if (difference) return difference;
  }
  return null;
}

interface Gateway {
  name: 'plain' | 'off' | 'on';
  description: string;
  service: BenchService;
  url: string;
  headers: Record<string, string>;
}

/** Sends the benchmark's query once; throws unless the answer is 200, carries no errors and equals reference.json. */
async function verify(gateway: Gateway, scenario: Scenario): Promise<number> {
  let status: number;
  let text: string;
  try {
    const response = await fetch(gateway.url, { method: 'POST', headers: gateway.headers, body: scenario.queryBody, signal: AbortSignal.timeout(60_000) });
    status = response.status;
    text = await response.text();
  } catch (error) {
    throw new Error(`${gateway.name}: the benchmark's query failed: ${(error as Error).message}`);
  }
  if (status !== 200) throw new Error(`${gateway.name}: HTTP ${status} to the benchmark's query: ${text.slice(0, 600)}`);
  let answer: { errors?: unknown };
  try {
    answer = JSON.parse(text) as { errors?: unknown };
  } catch {
    throw new Error(`${gateway.name}: the answer is not JSON: ${text.slice(0, 300)}`);
  }
  if (answer.errors) throw new Error(`${gateway.name}: the answer carries errors: ${JSON.stringify(answer.errors).slice(0, 800)}`);
  try {
    assert.deepStrictEqual(answer, scenario.reference);
  } catch {
    throw new Error(`${gateway.name}: the answer differs from reference.json: ${firstDifference(answer, scenario.reference) ?? 'deep-equal check failed'}`);
  }
  return Buffer.byteLength(text);
}

/** With security on, the same query without a token must be refused: otherwise `on` measures nothing of it. */
async function verifyRefusesAnonymous(gateway: Gateway, scenario: Scenario): Promise<string> {
  const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: scenario.queryBody, signal: AbortSignal.timeout(60_000) });
  const answer = (await response.json().catch(() => null)) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } | null;
  const code = answer?.errors?.[0]?.extensions?.code ?? 'none';
  const served = answer?.data && Object.values(answer.data).some((v) => v !== null);
  if (served || !answer?.errors) throw new Error(`${gateway.name}: the benchmark's query without a token was answered (HTTP ${response.status}, error code ${code}): security is not on`);
  return `HTTP ${response.status} ${code}`;
}

interface LoadResult {
  result: autocannon.Result;
  seconds: number;
  graphqlErrors: number;
}

function load(gateway: Gateway, body: string, connections: number, seconds: number): Promise<LoadResult> {
  let graphqlErrors = 0;
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: gateway.url,
        method: 'POST',
        headers: gateway.headers,
        body,
        connections,
        duration: seconds,
        // As the benchmark's k6 default: a slow answer counts in p99, not as an error.
        timeout: 60,
        requests: [{ method: 'POST', body, onResponse: (_status: number, text: string) => void (text.includes('"errors"') && graphqlErrors++) }],
      },
      (error, result) => (error ? reject(error) : resolve({ result, seconds: Number(process.hrtime.bigint() - started) / 1e9, graphqlErrors })),
    );
  });
}

interface Row {
  run: number | 'mean';
  gateway: Gateway['name'];
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  graphqlErrors: number;
  gatewayCpuMsPerRequest: number;
  gatewayCpuPercent: number;
  subgraphsCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number | null;
  peakRssMB: number;
  load1Before: number;
  load1After: number;
}

const fixed = (x: number | null, digits: number) => (x !== null && Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const COLUMNS: [string, (r: Row) => string][] = [
  ['run', (r) => String(r.run)],
  ['gateway', (r) => r.gateway],
  ['rps', (r) => fixed(r.rps, 1)],
  ['p50 ms', (r) => fixed(r.p50, 0)],
  ['p99 ms', (r) => fixed(r.p99, 0)],
  ['non-2xx', (r) => String(r.non2xx)],
  ['errors', (r) => String(r.errors)],
  ['gql errors', (r) => String(r.graphqlErrors)],
  ['gw cpu ms/req', (r) => fixed(r.gatewayCpuMsPerRequest, 2)],
  ['gw cpu %', (r) => fixed(r.gatewayCpuPercent, 0)],
  ['subgraphs ms/req', (r) => fixed(r.subgraphsCpuMsPerRequest, 2)],
  ['pg ms/req', (r) => fixed(r.postgresCpuMsPerRequest, 2)],
  ['peak RSS MB', (r) => fixed(r.peakRssMB, 0)],
  ['load1', (r) => `${fixed(r.load1Before, 2)}->${fixed(r.load1After, 2)}`],
];

function table(rows: Row[]): string {
  const cells = rows.map((r) => COLUMNS.map(([, cell]) => cell(r)));
  const widths = COLUMNS.map(([header], i) => Math.max(header.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => (i < 2 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [line(COLUMNS.map(([header]) => header)), ...cells.map(line)].join('\n');
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function meanRow(rows: Row[], gateway: Gateway['name']): Row {
  const mine = rows.filter((r) => r.gateway === gateway);
  const postgres = mine.map((r) => r.postgresCpuMsPerRequest).filter((x): x is number => x !== null);
  return {
    run: 'mean',
    gateway,
    rps: mean(mine.map((r) => r.rps)),
    p50: mean(mine.map((r) => r.p50)),
    p99: mean(mine.map((r) => r.p99)),
    non2xx: mine.reduce((a, r) => a + r.non2xx, 0),
    errors: mine.reduce((a, r) => a + r.errors, 0),
    graphqlErrors: mine.reduce((a, r) => a + r.graphqlErrors, 0),
    gatewayCpuMsPerRequest: mean(mine.map((r) => r.gatewayCpuMsPerRequest)),
    gatewayCpuPercent: mean(mine.map((r) => r.gatewayCpuPercent)),
    subgraphsCpuMsPerRequest: mean(mine.map((r) => r.subgraphsCpuMsPerRequest)),
    postgresCpuMsPerRequest: postgres.length ? mean(postgres) : null,
    peakRssMB: Math.max(...mine.map((r) => r.peakRssMB)),
    load1Before: mean(mine.map((r) => r.load1Before)),
    load1After: mean(mine.map((r) => r.load1After)),
  };
}

/** The audit log's PostgreSQL: the one named in the environment, else the embedded server with a fresh database. */
async function auditDatabase(log: (message: string) => void): Promise<{ url: string; server: RunningPostgres | null; postgresPid: number | null }> {
  const given = process.env.AUDIT_DATABASE_URL || process.env.DATABASE_URL;
  if (given) {
    log('audit log: the PostgreSQL of AUDIT_DATABASE_URL / DATABASE_URL (its CPU is not measured)');
    return { url: given, server: null, postgresPid: null };
  }
  const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : await freePort();
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`EMBEDDED_PG_PORT must be a port number, got "${process.env.EMBEDDED_PG_PORT}"`);
  const dir = path.join(DATA_DIR, 'gateways-bench');
  log(`audit log: embedded PostgreSQL on 127.0.0.1:${port} (cluster in ${dir}), database gateways_bench recreated empty`);
  const server = await startEmbeddedPostgres({ dir, port, database: 'postgres' });
  // A fresh database each run: the audit chain of an earlier run would make this one's inserts dearer.
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  try {
    await admin.query('DROP DATABASE IF EXISTS gateways_bench WITH (FORCE)');
    await admin.query('CREATE DATABASE gateways_bench');
  } finally {
    await admin.end();
  }
  const url = new URL(server.url);
  url.pathname = '/gateways_bench';
  return { url: url.toString(), server, postgresPid: server.process().pid ?? null };
}

/** Requests the audit log recorded (each submission counts `count` requests), or null when it cannot be read. */
async function auditedRequests(url: string): Promise<number | null> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: string | null }>('SELECT sum(count)::text AS n FROM audit.audit_submission');
    return Number(rows[0]?.n ?? 0);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  const o = parsed;
  if (!fs.existsSync('/proc/self/stat')) throw new Error('this benchmark reads CPU time and memory from /proc: run it on Linux');
  const scenario = loadScenario();
  const log = (message: string) => console.log(message);
  const cpuSeconds = (pid: number) => processTreeCpuSeconds(pid) ?? NaN;
  log(
    `gateways benchmark (${scenario.dir}): ${o.runs} run(s) per gateway, ${o.warmup} s warm-up + ${o.duration} s measured, ${o.connections} connections; ` +
      `${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; Node ${process.version}`,
  );

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zone-bench-gateways-'));
  const services: BenchService[] = [];
  let postgres: RunningPostgres | null = null;
  let stopped = false;
  const stopAll = async () => {
    if (stopped) return;
    stopped = true;
    // Gateways first (the secured one flushes its audit queue), then the subgraphs, then PostgreSQL.
    for (const service of [...services].reverse()) await service.stop();
    await postgres?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping every process this benchmark started`);
      void stopAll().finally(() => process.exit(130));
    });
  }
  try {
    // The environment of every process: nothing of a database, Redis or token issuer leaks in from the shell.
    const baseEnv: NodeJS.ProcessEnv = { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1' };
    for (const variable of ['DATABASE_URL', 'AUDIT_DATABASE_URL', 'EVENT_BUS_DATABASE_URL', 'REDIS_URL', 'JWKS_PATH', 'JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE', 'ASSERTION_KEY_PATH', 'AUDIT_SIGNING_KEY_PATH', 'SUPERGRAPH_PATH', 'PORT']) {
      delete baseEnv[variable];
    }
    // As the benchmark folder's own harness runs the gateway: budgets out of the way, fetches may queue.
    const budgets = {
      QUERY_COST_LIMIT_PLATFORM: '1000000',
      RATE_LIMIT_PER_MINUTE: '100000000',
      SUBGRAPH_TIMEOUT_MS: '60000',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    };

    const subgraphPort = await freePort();
    const subgraphs = startBenchService('subgraphs', process.execPath, [scenario.subgraphs], { cwd: ROOT, env: { ...baseEnv, PORT: String(subgraphPort) } });
    services.push(subgraphs);
    await waitAnswering(subgraphs, `http://127.0.0.1:${subgraphPort}/health`, {}, 60);
    const plainSdl = withSubgraphsAt(scenario.supergraphSdl, `http://127.0.0.1:${subgraphPort}`);
    const plainPath = path.join(tmp, 'supergraph.graphql');
    const securedPath = path.join(tmp, 'supergraph-audiences.graphql');
    fs.writeFileSync(plainPath, plainSdl);
    fs.writeFileSync(securedPath, withAudiences(plainSdl));

    const keys = await ensureDevKeys(path.join(tmp, 'keys'));
    const token = await issueDevToken(path.join(tmp, 'keys'), { role: 'PLATFORM', org: 'GATEWAYS-BENCHMARK' }, `${Math.ceil((o.runs * 3 * (o.duration + o.warmup)) / 60) + 60}m`);
    const audit = await auditDatabase(log);
    postgres = audit.server;
    await migrateAudit(audit.url);

    const json = { 'content-type': 'application/json' };
    const gatewayMain = path.join(ROOT, 'gateway', 'src', 'main.ts');
    const gateways: Gateway[] = [];
    const add = async (name: Gateway['name'], description: string, args: string[], env: NodeJS.ProcessEnv, headers: Record<string, string>) => {
      const port = await freePort();
      const service = startBenchService(name, process.execPath, args, { cwd: ROOT, env: { ...env, PORT: String(port) } });
      services.push(service);
      gateways.push({ name, description, service, url: `http://127.0.0.1:${port}/graphql`, headers });
    };
    await add('plain', 'plain @apollo/gateway (plain-gateway.mjs of the benchmark folder)', [scenario.plainGateway], { ...baseEnv, SUPERGRAPH_PATH: plainPath }, json);
    await add('off', 'gateway/src/main.ts --no-security: no token, no audit log', ['--import', 'tsx', gatewayMain, '--no-security', '--supergraph', plainPath], { ...baseEnv, ...budgets }, json);
    await add(
      'on',
      'gateway/src/main.ts, security on: PLATFORM bearer JWT, audit log in PostgreSQL, rate limiter (in memory), demand control, contracts, @authenticated',
      ['--import', 'tsx', gatewayMain, '--supergraph', securedPath],
      {
        ...baseEnv,
        ...budgets,
        JWKS_PATH: keys.jwks,
        JWT_ISSUER: DEV_ISSUER,
        JWT_AUDIENCE: DEV_AUDIENCE,
        ASSERTION_KEY_PATH: keys.assertionPrivate,
        AUDIT_DATABASE_URL: audit.url,
        AUDIT_SIGNING_KEY_PATH: keys.auditSigning,
      },
      { ...json, authorization: `Bearer ${token}` },
    );
    for (const gateway of gateways) {
      // On a busy machine tsx compiles the gateway first: minutes, not seconds.
      await waitAnswering(gateway.service, gateway.url, { method: 'POST', headers: json, body: '{"query":"{ __typename }"}' }, 300);
      const bytes = await verify(gateway, scenario);
      const refusal = gateway.name === 'on' ? `; without a token: ${await verifyRefusesAnonymous(gateway, scenario)}` : '';
      log(`  ${gateway.name.padEnd(5)} pid ${gateway.service.pid}: ${gateway.description}\n        answer deep-equal to reference.json (${bytes} bytes, no errors)${refusal}`);
    }
    log(`  subgraphs pid ${subgraphs.pid}, port ${subgraphPort}${audit.postgresPid ? `; PostgreSQL pid ${audit.postgresPid}` : ''}`);

    const rows: Row[] = [];
    let sentToSecured = 2; // the verification and the refused request
    for (let run = 1; run <= o.runs; run++) {
      // Rotated each run (plain off on, off on plain, on plain off…): drift in the machine's load falls on all three.
      const order = gateways.map((_, i) => gateways[(i + run - 1) % gateways.length]!);
      for (const gateway of order) {
        if (o.warmup > 0) {
          const warm = await load(gateway, scenario.queryBody, o.connections, o.warmup);
          if (gateway.name === 'on') sentToSecured += warm.result.requests.sent;
        }
        const load1Before = os.loadavg()[0]!;
        // PostgreSQL serves the audit log of `on` only: its CPU is counted against `on`'s answers alone.
        const postgresPid = gateway.name === 'on' ? audit.postgresPid : null;
        const before = { gateway: cpuSeconds(gateway.service.pid), subgraphs: cpuSeconds(subgraphs.pid), postgres: postgresPid ? cpuSeconds(postgresPid) : null };
        const { result, seconds, graphqlErrors } = await load(gateway, scenario.queryBody, o.connections, o.duration);
        const after = { gateway: cpuSeconds(gateway.service.pid), subgraphs: cpuSeconds(subgraphs.pid), postgres: postgresPid ? cpuSeconds(postgresPid) : null };
        const load1After = os.loadavg()[0]!;
        if (gateway.name === 'on') sentToSecured += result.requests.sent;
        const ended = gateway.service.exited();
        if (ended) throw new Error(`${gateway.name} exited during run ${run} (${ended.signal ?? `code ${ended.code}`}); its output:\n${indent(gateway.service.output())}`);
        const ok = result['2xx'];
        const perRequest = (cpu: number) => (ok > 0 ? (1000 * cpu) / ok : NaN);
        const row: Row = {
          run,
          gateway: gateway.name,
          rps: ok / seconds,
          p50: result.latency.p50,
          p99: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors,
          graphqlErrors,
          gatewayCpuMsPerRequest: perRequest(after.gateway - before.gateway),
          gatewayCpuPercent: (100 * (after.gateway - before.gateway)) / seconds,
          subgraphsCpuMsPerRequest: perRequest(after.subgraphs - before.subgraphs),
          postgresCpuMsPerRequest: before.postgres !== null && after.postgres !== null ? perRequest(after.postgres - before.postgres) : null,
          peakRssMB: (processPeakRssBytes(gateway.service.pid) ?? NaN) / 1024 / 1024,
          load1Before,
          load1After,
        };
        rows.push(row);
        log(
          `  run ${run} ${gateway.name.padEnd(5)} ${fixed(row.rps, 1)} rps, p50 ${row.p50} ms, p99 ${row.p99} ms, gateway ${fixed(row.gatewayCpuMsPerRequest, 2)} ms cpu/req` +
            `${row.postgresCpuMsPerRequest !== null ? `, PostgreSQL ${fixed(row.postgresCpuMsPerRequest, 2)} ms cpu/req` : ''}, ` +
            `non-2xx ${row.non2xx}, errors ${row.errors}, GraphQL errors ${graphqlErrors}, load1 ${fixed(load1Before, 2)}->${fixed(load1After, 2)}`,
        );
      }
    }

    const means = gateways.map((g) => meanRow(rows, g.name));
    const byName = Object.fromEntries(means.map((m) => [m.gateway, m])) as Record<Gateway['name'], Row>;
    const ratioTo = (name: 'off' | 'on') => ({
      rps: byName[name].rps / byName.plain.rps,
      cpuPerRequest: byName[name].gatewayCpuMsPerRequest / byName.plain.gatewayCpuMsPerRequest,
      p99: byName[name].p99 / byName.plain.p99,
    });
    const ratios = { off: ratioTo('off'), on: ratioTo('on') };
    const failed = rows.filter((r) => r.non2xx || r.errors || r.graphqlErrors);

    // Stopping the secured gateway flushes its audit queue: then every request it served is in the log.
    await gateways.find((g) => g.name === 'on')!.service.stop();
    const audited = await auditedRequests(audit.url);
    await stopAll();

    if (o.json) fs.writeFileSync(o.json, JSON.stringify({ options: o, cpus: os.cpus().length, node: process.version, gateways: gateways.map((g) => ({ name: g.name, description: g.description })), rows, means, ratios, audit: { requestsSent: sentToSecured, requestsRecorded: audited } }, null, 2));
    log('');
    log(table([...rows, ...means]));
    log('(rps: 2xx answers per second; gw cpu: utime+stime of the gateway process and its children; pg: PostgreSQL (server and backends) of the audit log, for "on"; peak RSS: VmHWM; load1: 1-minute load average at the start and end of the run)');
    // A request still in flight when a run's load stops is cut off by the client: the gateway may or may not have recorded it.
    log(`audit log of "on": ${audited ?? 'n/a'} requests recorded; ${sentToSecured} sent to it, warm-up included, of which up to ${o.connections} per load were cut off in flight`);
    if (failed.length) log(`WARNING: ${failed.length} run(s) had failed requests (non-2xx, errors or GraphQL errors): their figures are not comparable`);
    const line = (r: { rps: number; cpuPerRequest: number; p99: number }) => `rps ${fixed(r.rps, 2)}, gateway cpu/request ${fixed(r.cpuPerRequest, 2)}, p99 ${fixed(r.p99, 2)}`;
    log(`security off / plain: ${line(ratios.off)}`);
    log(`security on / plain: ${line(ratios.on)}`);
    return failed.length ? 2 : 0;
  } finally {
    await stopAll();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`bench:gateways FAILED: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
