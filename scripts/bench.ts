// npm run bench -- [--orders N] [--duration S] [--connections C] [--replicas R] [--only-replicas] [--only-processes] [--only-bulk] [--only-feed [--whole-feed]]
//   [--only-statistics [--statistics-orders N,M]] [--soak MINUTES] [--plain] [--scenarios NAME,NAME] [--floor]
// --scenarios: only the process scenarios whose names start with one of these (e.g. order,acceptance).
// --floor (with --only-processes): after each of the issue's scenarios, two floors of its shape at
// the rate it ran at (scripts/lib/floor.ts: its hops and statements alone, and stock Apollo
// federation doing only its reads), and its CPU per request as a multiple of each.
// --soak: only sustained load on the gateway process (the issue's three scenarios in turn), printing
// its resident memory and p50/p99 every minute and the slope of its memory at the end.
// --plain (with --only-processes or --soak): plain @apollo/gateway (scripts/lib/plain-gateway.ts)
// beside ours in front of the same department processes, the two runs alternating, and the figures
// side by side with the ratio ours/plain (scripts/lib/plain-comparison.ts).
// Seeds a benchmark data set (once). First the issue's three scenarios through the six departments
// and the gateway in processes of their own, as in production: CPU time per request of every
// process (gateway, each department, PostgreSQL's server and backends) from /proc. Then runs the
// six departments and the gateway in this process over real HTTP, and measures representative
// queries with autocannon. Then audited reads of
// personal data through one and through R (3) gateway processes side by side: throughput, CPU
// time per request of each process, and how long an entry takes to be in the audit chain.
// Prints figures only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { importJWK, type JWK, type KeyLike } from 'jose';
import { DEPARTMENTS, parsePositiveInt, sqlStatementCount, type Department } from '@zone/common';
import { embeddedPostgresNeeded, resolveCursorKey, resolveDatabases, resolveIdHashKey, type Databases } from './lib/database';
import { processCpuSeconds, processRssBytes, startGatewayProcess, startPlainGatewayProcess, type GatewayProcess } from './lib/gateway-process';
import { departmentSqlStatements, processTreeCpuSeconds, startProcessStack, type ProcessStack } from './lib/process-stack';
import { compareScenario, printComparisonTable, soakSideBySide, type ScenarioComparison, type SideBySide } from './lib/plain-comparison';
import { startInProcess, type InProcessStack } from './lib/in-process';
import { floorName, floorTotalMs, formatFloor, measureFloor, startFloorStack, type FloorFigures, type FloorStack } from './lib/floor';
import { migrateAll } from './lib/migrate';
import { attestationThroughput } from './lib/attestation-bench';
import { seedAll } from './lib/seed';
import { sequencingLag, type SequencerTransaction } from '../gateway/src/audit';
import { createJwtAuthenticator } from '../gateway/src/auth/authenticate';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH, loadManifest } from '../gateway/src/trusted-documents/manifest';
import { DEV_AUDIENCE, DEV_ISSUER, createLocalIssuer, ensureDevKeys, issueDevToken, type DevKeyPaths } from '../gateway/src/auth/dev-keys';

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

interface Scenario {
  name: string;
  bodies: string[];
  /** Orders each request asks for, through commerce, with every other department's part (the floors' shape, --floor); none: no floor. */
  orders?: number;
}

async function orderCount(stack: InProcessStack): Promise<number> {
  const rows = (await stack.runtimes.commerce.prisma.$queryRaw`SELECT count(*)::int AS n FROM "order"`) as { n: number }[];
  return rows[0]?.n ?? 0;
}

async function sampleOrderKeys(stack: InProcessStack, n: number): Promise<{ ebp_code: string; order_no: string }[]> {
  return (await stack.runtimes.commerce.prisma.$queryRaw`SELECT ebp_code, order_no FROM "order" ORDER BY id DESC LIMIT ${n}`) as { ebp_code: string; order_no: string }[];
}

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

const STATISTICS_VIEW = 'from: "2026-01-01", to: "2026-12-31", granularity: MONTH';
const STATISTICS_QUERY = `{ statistics(filter: { ${STATISTICS_VIEW} }) { zone period orderCount orderValueCny
    listsDeclared listsReleased listsRejected rejectionsByReason { reason count } medianHoursToRelease taxAssessedCny taxExemptedCny
    paymentsCny paymentsUsd settlementsRefused parcelsDelivered medianHoursToDeliver identityChecks identityMismatches } }`;

interface StatisticsRun {
  orders: number;
  refreshSeconds: number;
  results: ScenarioResult[];
}

/**
 * The regulators' statistics: a province-wide monthly view over a year (8 zones x 12 months, every
 * department's figures), then, to show where the floor is, the same 96 entities with commerce's
 * figures only (no entity fetch) and a gateway round trip that reads nothing. The buckets of the
 * seeded data are drained by the departments as the stack starts; the first read waits for that
 * (timed), then the measurement reads buckets only.
 */
async function benchStatistics(stack: InProcessStack, issuer: Awaited<ReturnType<typeof createLocalIssuer>>, duration: number, connections: number, postgresPid: number | null, orders: number): Promise<StatisticsRun> {
  const regulator = await issuer.issue({ role: 'REGULATOR', org: 'BENCH-REGULATOR' }, '2h');
  // Eight regulators in turn, so that no two requests in flight are one caller's identical query (shared by the gateway).
  const regulators = await Promise.all(Array.from({ length: 8 }, (_, n) => issuer.issue({ role: 'REGULATOR', org: `BENCH-REGULATOR-${n + 1}` }, '2h')));
  const started = Date.now();
  // A department still draining the seeded days answers after the gateway's timeout: ask again until every one answers.
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${regulator}` }, body: JSON.stringify({ query: STATISTICS_QUERY }) });
    const first = (await response.json()) as { errors?: unknown[] };
    if (!first.errors) break;
    if (attempt > 720) throw new Error(`statistics did not answer: ${JSON.stringify(first.errors).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  const refreshSeconds = (Date.now() - started) / 1000;
  console.log(`statistics at ${orders.toLocaleString('en')} orders: buckets of the seeded data current after ${refreshSeconds.toFixed(1)} s (first read)`);
  const scenarios: Scenario[] = [
    { name: 'statistics: province, 12 months', bodies: [JSON.stringify({ query: STATISTICS_QUERY })] },
    { name: 'statistics: commerce figures only', bodies: [JSON.stringify({ query: `{ statistics(filter: { ${STATISTICS_VIEW} }) { zone period orderCount orderValueCny } }` })] },
    { name: 'zones (a round trip, no SQL)', bodies: [body('{ zones { code city } }')] },
  ];
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) results.push(await run(stack, regulators, scenario, duration, connections, postgresPid));
  return { orders, refreshSeconds, results };
}

function printStatisticsTable(runs: StatisticsRun[]): void {
  console.log(`\nstatistics side by side (load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${os.cpus().length} cores)`);
  console.log(`${'scenario'.padEnd(36)} ${runs.map((r) => `${r.orders.toLocaleString('en')} orders`.padEnd(64)).join('')}`);
  const names = runs[0]?.results.map((r) => r.name) ?? [];
  for (const [i, name] of names.entries()) {
    const cells = runs.map((r) => {
      const x = r.results[i]!;
      return `p50 ${x.p50} ms p97.5 ${x.p97_5} ms, CPU/req ${x.cpuMs.toFixed(1)} ms + PG ${x.postgresCpuMs === null ? 'n/a' : `${x.postgresCpuMs.toFixed(1)} ms`}, SQL ${x.statements.toFixed(1)}`.padEnd(64);
    });
    console.log(`${name.padEnd(36)} ${cells.join('')}`);
  }
  console.log(`${'first read after seeding'.padEnd(36)} ${runs.map((r) => `${r.refreshSeconds.toFixed(1)} s`.padEnd(64)).join('')}`);
}

interface ScenarioResult {
  name: string;
  p50: number;
  p97_5: number;
  /** CPU of this process (gateway, departments, load generator) per request, ms. */
  cpuMs: number;
  /** CPU of the embedded PostgreSQL (server and backends) per request, ms (null with DATABASE_URL). */
  postgresCpuMs: number | null;
  /** SQL statements per request, all departments. */
  statements: number;
}

/**
 * Runs a scenario with autocannon. With several tokens, consecutive requests take them in turn:
 * the gateway shares a department call among identical in-flight queries of one caller, so one
 * caller sending one query on every connection would measure shared calls, not requests.
 */
async function run(stack: InProcessStack, token: string | readonly string[], scenario: Scenario, duration: number, connections: number, postgresPid: number | null = null): Promise<ScenarioResult> {
  const before = Object.fromEntries(await Promise.all(DEPARTMENTS.map(async (d) => [d, await sqlStatementCount(stack.runtimes[d].metrics)])));
  const cpuBefore = process.cpuUsage();
  const postgresBefore = postgresPid === null ? null : processTreeCpuSeconds(postgresPid);
  const tokens = typeof token === 'string' ? [token] : token;
  let i = 0;
  const result = await autocannon({
    url: stack.gatewayUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
    connections,
    duration,
    requests: [
      {
        setupRequest: (request) => {
          const n = i++;
          return { ...request, headers: { ...request.headers, authorization: `Bearer ${tokens[n % tokens.length]}` }, body: scenario.bodies[n % scenario.bodies.length] };
        },
      },
    ],
  });
  const cpu = process.cpuUsage(cpuBefore);
  const postgresAfter = postgresPid === null ? null : processTreeCpuSeconds(postgresPid);
  const postgresCpuMs = postgresAfter === null || postgresBefore === null ? null : ((postgresAfter - postgresBefore) * 1000) / Math.max(1, result.requests.total);
  const perRequest: string[] = [];
  let statements = 0;
  for (const d of DEPARTMENTS as Department[]) {
    const delta = (await sqlStatementCount(stack.runtimes[d].metrics)) - (before[d] as number);
    statements += delta;
    if (delta > 0) perRequest.push(`${d} ${(delta / Math.max(1, result.requests.total)).toFixed(1)}`);
  }
  const cpuMs = (cpu.user + cpu.system) / 1000 / Math.max(1, result.requests.total);
  console.log(
    `${scenario.name.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p97.5 ${String(result.latency.p97_5).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   non-2xx ${result.non2xx}   errors ${result.errors}   SQL/request: ${perRequest.join(', ')}   CPU/request ${cpuMs.toFixed(1)} ms (one process: gateway, six departments, autocannon)${postgresCpuMs === null ? '' : ` + PostgreSQL ${postgresCpuMs.toFixed(1)} ms`}`,
  );
  return { name: scenario.name, p50: result.latency.p50, p97_5: result.latency.p97_5, cpuMs, postgresCpuMs, statements: statements / Math.max(1, result.requests.total) };
}

// ---------------------------------------------------------------------------------------------
// CPU per request of every process, with the departments and the gateway in processes of their own

interface ProcessFigures {
  scenario: string;
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU milliseconds per request of the gateway, each department, all departments, PostgreSQL and the sum. */
  gateway: number;
  departments: Record<Department, number>;
  departmentsTotal: number;
  postgres: number | null;
  total: number;
}

/** CPU seconds of every measured process at one instant (null: not readable). */
function cpuSnapshot(stack: ProcessStack, postgresPid: number | null) {
  return {
    gateway: processCpuSeconds(stack.gateway.pid),
    departments: Object.fromEntries(DEPARTMENTS.map((d) => [d, processCpuSeconds(stack.departments[d].pid)])) as Record<Department, number | null>,
    postgres: postgresPid === null ? null : processTreeCpuSeconds(postgresPid),
    self: process.cpuUsage(),
  };
}

/**
 * Platform callers the process scenarios send as, one after the other: the gateway shares one
 * department call among one caller's identical queries in flight, and the scenarios repeat their
 * queries, so a single caller would measure shared calls instead of requests.
 */
const PROCESS_CALLERS = 8;

function platformTokens(keysDir: string, lifetime: string): Promise<string[]> {
  return Promise.all(Array.from({ length: PROCESS_CALLERS }, (_, n) => issueDevToken(keysDir, { role: 'PLATFORM', org: `BENCHMARK-${n + 1}` }, lifetime)));
}

async function runOnProcesses(stack: ProcessStack, postgresPid: number | null, tokens: string[], scenario: Scenario, duration: number, connections: number): Promise<ProcessFigures> {
  let i = 0;
  const load = (seconds: number) =>
    autocannon({
      url: stack.gateway.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
      connections,
      duration: seconds,
      // A busy machine may take long over one request: counted late rather than as an error.
      timeout: 120,
      requests: [
        {
          setupRequest: (request) => {
            const n = i++;
            return { ...request, headers: { ...request.headers, authorization: `Bearer ${tokens[n % tokens.length]}` }, body: scenario.bodies[n % scenario.bodies.length] };
          },
        },
      ],
    });
  // One request first: a scenario that answers errors is not measured.
  const probe = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` }, body: scenario.bodies[0], signal: AbortSignal.timeout(120_000) });
  const answer = (await probe.json()) as { errors?: unknown[] };
  if (!probe.ok || answer.errors) throw new Error(`${scenario.name}: the gateway answered ${probe.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
  // Warm-up (JIT, connection pools, prepared statements), not measured.
  await load(Math.max(2, Math.ceil(duration / 3)));
  const sqlBefore = Object.fromEntries(await Promise.all(DEPARTMENTS.map(async (d) => [d, await departmentSqlStatements(stack.departments[d])])));
  const before = cpuSnapshot(stack, postgresPid);
  const result = await load(duration);
  const after = cpuSnapshot(stack, postgresPid);
  const requests = Math.max(1, result.requests.total);
  const msPer = (a: number | null, b: number | null) => (a === null || b === null ? NaN : ((a - b) * 1000) / requests);
  const departments = Object.fromEntries(DEPARTMENTS.map((d) => [d, msPer(after.departments[d], before.departments[d])])) as Record<Department, number>;
  const departmentsTotal = DEPARTMENTS.reduce((sum, d) => sum + departments[d], 0);
  const gateway = msPer(after.gateway, before.gateway);
  const postgres = after.postgres === null || before.postgres === null ? null : msPer(after.postgres, before.postgres);
  const total = gateway + departmentsTotal + (postgres ?? 0);
  const sql: string[] = [];
  for (const d of DEPARTMENTS) {
    const delta = (await departmentSqlStatements(stack.departments[d])) - (sqlBefore[d] as number);
    if (delta > 0) sql.push(`${d} ${(delta / requests).toFixed(1)}`);
  }
  const self = process.cpuUsage(before.self);
  console.log(
    `${scenario.name.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   non-2xx ${result.non2xx}   errors ${result.errors}   (${result.requests.total} requests)`,
  );
  console.log(
    `    CPU ms per request: gateway ${gateway.toFixed(1)} · departments ${departmentsTotal.toFixed(1)} (${DEPARTMENTS.map((d) => `${d} ${departments[d].toFixed(1)}`).join(', ')}) · PostgreSQL ${postgres === null ? 'n/a' : postgres.toFixed(1)} · total ${total.toFixed(1)}   (load generator ${((self.user + self.system) / 1000 / requests).toFixed(1)})`,
  );
  console.log(`    SQL statements per request: ${sql.join(', ') || 'none'}`);
  return { scenario: scenario.name, perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, gateway, departments, departmentsTotal, postgres, total };
}

/**
 * Plain @apollo/gateway in front of the stack's departments, with the key ours signs caller
 * assertions with; `fn` runs with both, and the plain one is stopped after it.
 */
async function withPlainGateway<T>(stack: ProcessStack, keys: DevKeyPaths, fn: (plain: GatewayProcess) => Promise<T>): Promise<T> {
  const plain = await startPlainGatewayProcess({
    subgraphUrls: Object.fromEntries(DEPARTMENTS.map((d) => [d, `${stack.departments[d].baseUrl}/graphql`])) as Record<Department, string>,
    assertionKeyPath: keys.assertionPrivate,
    startTimeoutMs: 300_000,
  });
  try {
    return await fn(plain);
  } finally {
    await plain.stop();
  }
}

/**
 * The scenarios through the product in processes of its own; a table of the figures at the end.
 * With `plain`, beside plain @apollo/gateway; with `floor`, beside the floors of their shapes.
 */
async function processComparison(postgresPid: number | null, urlOf: (d: Department) => string, keys: DevKeyPaths, keysDir: string, idHashKey: string, scenarios: Scenario[], duration: number, connections: number, plain: boolean, floor: boolean): Promise<void> {
  console.log(`
separate processes (six departments, ${plain ? 'our gateway and plain @apollo/gateway, run in turn' : 'one gateway'}, PostgreSQL${postgresPid === null ? ' not measured: DATABASE_URL is an outside server' : ''}), ${connections} connections, ${duration} s each after a warm-up; CPU from /proc/<pid>/stat (utime + stime; PostgreSQL: the server, its backends and the backends that ended)`);
  const stack = await startProcessStack({ urlOf, keys, idHashKey, cursorKey: process.env.CURSOR_KEY!, gatewayEnv: { RATE_LIMIT_PER_MINUTE_PLATFORM: '10000000', LOG_LEVEL: 'info' } });
  const floorStacks: FloorStack[] = [];
  try {
    const tokens = await platformTokens(keysDir, '2h');
    if (plain) {
      await withPlainGateway(stack, keys, async (plainGateway) => {
        const bench: SideBySide = { stack, plain: plainGateway, postgresPid, tokens, connections };
        const comparisons: ScenarioComparison[] = [];
        for (const scenario of scenarios) comparisons.push(await compareScenario(bench, scenario, duration));
        printComparisonTable(comparisons);
      });
      return;
    }
    // After each scenario, both floors of its shape at the rate it ran at.
    const measureTheFloor = async (floorStack: FloorStack, orders: number, rate: number) => {
      const figures = await measureFloor(floorStack, postgresPid, orders, duration, connections, rate);
      console.log(formatFloor(figures));
      return figures;
    };
    if (floor) {
      floorStacks.push(await startFloorStack(urlOf('commerce'), 'hops'));
      floorStacks.push(await startFloorStack(urlOf('commerce'), 'apollo'));
    }
    const figures: (ProcessFigures & { floors: FloorFigures[] })[] = [];
    for (const scenario of scenarios) {
      const measured = await runOnProcesses(stack, postgresPid, tokens, scenario, duration, connections);
      const atItsRate: FloorFigures[] = [];
      if (scenario.orders !== undefined) for (const floorStack of floorStacks) atItsRate.push(await measureTheFloor(floorStack, scenario.orders, measured.perSecond));
      figures.push({ ...measured, floors: atItsRate });
    }
    const floorColumns = floor ? ' × the hops floor · × the Apollo floor, each of its shape and rate |' : '';
    console.log(`\n| scenario | req/s | p50 | p99 | CPU ms per request: gateway · six departments · PostgreSQL · total |${floorColumns}\n|---|---|---|---|---|${floor ? '---|' : ''}`);
    for (const f of figures) {
      const multiples = f.floors.map((x) => (f.total / floorTotalMs(x)).toFixed(2)).join(' · ');
      console.log(`| ${f.scenario} | ${f.perSecond.toFixed(0)} | ${f.p50} ms | ${f.p99} ms | ${f.gateway.toFixed(1)} · ${f.departmentsTotal.toFixed(1)} · ${f.postgres === null ? 'n/a' : f.postgres.toFixed(1)} · **${f.total.toFixed(1)}** |${floor ? ` ${multiples || 'no floor'} |` : ''}`);
    }
    for (const f of figures.flatMap((scenario) => scenario.floors)) {
      console.log(`| ${floorName(f)} | ${f.requestsPerSecond.toFixed(0)} | | | ${f.gatewayMs.toFixed(1)} · ${f.departmentsMs.toFixed(1)} · ${f.postgresMs === null ? 'n/a' : f.postgresMs.toFixed(1)} · **${floorTotalMs(f).toFixed(1)}** | |`);
    }
  } finally {
    await Promise.all(floorStacks.map((f) => f.stop()));
    await stack.stop();
  }
}

/** Least-squares slope of y over x (NaN with fewer than two points). */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? NaN : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

/**
 * Sustained load on the gateway process for `minutes`, one autocannon run a minute back to back,
 * the scenarios' requests in turn (one of each in every three): after each minute, the gateway's
 * resident memory (VmRSS from /proc), requests per second, p50, p99 and its CPU per request; at the
 * end the memory's least-squares slope, over every minute and without the first (warm-up).
 */
async function soak(postgresPid: number | null, urlOf: (d: Department) => string, keys: DevKeyPaths, keysDir: string, idHashKey: string, scenarios: Scenario[], minutes: number, connections: number, plain: boolean): Promise<void> {
  console.log(`\nsoak: ${minutes} min of sustained load on ${plain ? 'our gateway process and plain @apollo/gateway, a minute at a time' : 'the gateway process'} (six department processes behind it), ${connections} connections, requests of ${scenarios.map((s) => s.name).join(' / ')} in turn`);
  const stack = await startProcessStack({ urlOf, keys, idHashKey, cursorKey: process.env.CURSOR_KEY!, gatewayEnv: { RATE_LIMIT_PER_MINUTE_PLATFORM: '10000000', LOG_LEVEL: 'info' } });
  try {
    const tokens = await platformTokens(keysDir, `${minutes + 60}m`);
    if (plain) {
      await withPlainGateway(stack, keys, (plainGateway) => soakSideBySide({ stack, plain: plainGateway, postgresPid, tokens, connections }, scenarios, minutes));
      return;
    }
    const token = tokens[0]!;
    const next = scenarios.map(() => 0);
    let turn = 0;
    const nextRequest = () => {
      const s = turn++ % scenarios.length;
      const bodies = scenarios[s]!.bodies;
      return { authorization: `Bearer ${tokens[turn % tokens.length]}`, body: bodies[next[s]!++ % bodies.length]! };
    };
    for (const scenario of scenarios) {
      const probe = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: scenario.bodies[0], signal: AbortSignal.timeout(120_000) });
      const answer = (await probe.json()) as { errors?: unknown[] };
      if (!probe.ok || answer.errors) throw new Error(`${scenario.name}: the gateway answered ${probe.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
    }
    const mb = (bytes: number | null) => (bytes === null ? NaN : bytes / 1024 / 1024);
    const samples: { x: number; y: number }[] = [];
    const startRss = mb(processRssBytes(stack.gateway.pid));
    console.log(`minute   req/s     p50     p99   non-2xx errors   gateway CPU/req   gateway RSS   (at start ${startRss.toFixed(0)} MB; load average, 1 min)`);
    for (let minute = 1; minute <= minutes; minute++) {
      const cpuBefore = processCpuSeconds(stack.gateway.pid);
      const result = await autocannon({
        url: stack.gateway.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        connections,
        duration: 60,
        timeout: 120,
        requests: [
          {
            setupRequest: (request) => {
              const { authorization, body } = nextRequest();
              return { ...request, headers: { ...request.headers, authorization }, body };
            },
          },
        ],
      });
      const cpuAfter = processCpuSeconds(stack.gateway.pid);
      const rss = mb(processRssBytes(stack.gateway.pid));
      samples.push({ x: minute, y: rss });
      const cpuMs = cpuBefore === null || cpuAfter === null ? NaN : ((cpuAfter - cpuBefore) * 1000) / Math.max(1, result.requests.total);
      console.log(
        `${String(minute).padStart(6)} ${result.requests.average.toFixed(1).padStart(7)} ${`${result.latency.p50} ms`.padStart(7)} ${`${result.latency.p99} ms`.padStart(7)} ${String(result.non2xx).padStart(9)} ${String(result.errors).padStart(6)} ${`${cpuMs.toFixed(1)} ms`.padStart(17)} ${`${rss.toFixed(1)} MB`.padStart(13)}   (load ${os.loadavg()[0]!.toFixed(1)})`,
      );
    }
    const all = slope(samples);
    const settled = slope(samples.slice(1));
    console.log(`gateway RSS slope: ${all.toFixed(2)} MB/min over minutes 1-${minutes}; ${Number.isNaN(settled) ? 'n/a' : `${settled.toFixed(2)} MB/min`} without the first minute (warm-up)${Number.isNaN(settled) ? '' : `, ${(settled * 60).toFixed(0)} MB/hour at that rate`}`);
  } finally {
    await stack.stop();
  }
}

/** CPU seconds used so far by each PostgreSQL backend serving `stack`'s database (same host only). */
async function postgresBackendCpu(stack: InProcessStack): Promise<Map<number, number>> {
  const rows = (await stack.runtimes.forex.prisma.$queryRaw`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`) as { pid: number }[];
  const seconds = new Map<number, number>();
  for (const { pid } of rows) {
    const cpu = processCpuSeconds(pid);
    if (cpu !== null) seconds.set(pid, cpu);
  }
  return seconds;
}

/**
 * Drains a transaction feed through the registered operation, 1,000 payments a page with each
 * one's order, waybill and list: payments per second, statements per page of each department, and
 * CPU per page of this process (gateway and six departments) and of PostgreSQL's backends.
 */
async function feedDrain(stack: InProcessStack, label: string, token: string): Promise<void> {
  const id = loadManifest(DEFAULT_TRUSTED_DOCUMENTS_PATH).operations.find((o) => o.name === 'BankTransactionFeed')!.id;
  const before = Object.fromEntries(await Promise.all(DEPARTMENTS.map(async (d) => [d, await sqlStatementCount(stack.runtimes[d].metrics)])));
  const postgresBefore = await postgresBackendCpu(stack);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let after: string | null = null;
  let payments = 0;
  let pages = 0;
  for (;;) {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: id } }, variables: { first: 1000, after } }),
    });
    const page = (await response.json()) as { data?: { transactionFeed: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }; errors?: unknown[] };
    if (!page.data || page.errors) throw new Error(`feed page refused: ${JSON.stringify(page.errors)}`);
    pages++;
    payments += page.data.transactionFeed.edges.length;
    after = page.data.transactionFeed.pageInfo.endCursor;
    if (!page.data.transactionFeed.pageInfo.hasNextPage) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const postgresCpu = [...(await postgresBackendCpu(stack))].reduce((sum, [pid, cpuSeconds]) => sum + cpuSeconds - (postgresBefore.get(pid) ?? 0), 0);
  const perPage: string[] = [];
  for (const d of DEPARTMENTS as Department[]) {
    const delta = (await sqlStatementCount(stack.runtimes[d].metrics)) - (before[d] as number);
    if (delta > 0) perPage.push(`${d} ${(delta / pages).toFixed(1)}`);
  }
  console.log(
    `${label}  ${payments} payments in ${pages} pages of 1,000, ${seconds.toFixed(1)} s: ${(payments / seconds).toFixed(0)} payments/s   SQL/page: ${perPage.join(', ')}   CPU/page: ${((cpu.user + cpu.system) / 1000 / pages).toFixed(0)} ms this process (gateway and six departments), ${((postgresCpu * 1000) / pages).toFixed(0)} ms PostgreSQL backends   load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  );
}

/** The bank with the most payments drains its feed; with --whole-feed a regulator then drains every bank's through the same operation. */
async function feedDrains(stack: InProcessStack, issuer: Awaited<ReturnType<typeof createLocalIssuer>>): Promise<void> {
  const top = (await stack.runtimes.forex.prisma.$queryRaw`SELECT pay_code FROM payment GROUP BY pay_code ORDER BY count(*) DESC LIMIT 1`) as { pay_code: string }[];
  const payCode = top[0]!.pay_code.trim();
  await feedDrain(stack, `bank feed drain (${payCode})`, await issuer.issue({ role: 'BANK', org: payCode }, '1h'));
  if (process.argv.includes('--whole-feed')) await feedDrain(stack, 'whole feed drain (a regulator, every bank)', await issuer.issue({ role: 'REGULATOR', org: 'GD-REGULATOR' }, '1h'));
}

// ---------------------------------------------------------------------------------------------
// Audited reads through gateway processes

const AUDITED_READ = `query BuyerOfOrder($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo buyer { name phone } } }`;
const PURPOSE = 'benchmark: order dispute review';

interface ReplicaRun {
  replicas: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Per gateway process: requests it answered and the CPU seconds it used meanwhile. */
  processes: { port: number; requests: number; cpuSeconds: number | null }[];
  /** CPU seconds of this process (departments, the in-process gateway and its audit sequencer, autocannon). */
  benchCpuSeconds: number;
}

/** `total` connections spread over `parts` as evenly as whole numbers allow (at least one each). */
function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.max(1, Math.floor(total / parts) + (i < total % parts ? 1 : 0)));
}

/** Audited reads on every gateway at once (one autocannon per gateway), measured together. */
async function auditedReads(gateways: GatewayProcess[], token: string, bodies: string[], duration: number, connections: number): Promise<ReplicaRun> {
  const cpuBefore = gateways.map((g) => processCpuSeconds(g.pid));
  const benchBefore = process.cpuUsage();
  let i = 0;
  const results = await Promise.all(
    gateways.map((gateway, g) =>
      autocannon({
        url: gateway.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': PURPOSE },
        connections: spread(connections, gateways.length)[g]!,
        duration,
        requests: [{ setupRequest: (request) => ({ ...request, body: bodies[i++ % bodies.length] }) }],
      }),
    ),
  );
  const bench = process.cpuUsage(benchBefore);
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
  // Latency percentiles of the whole run: each autocannon's, weighted by its requests (close enough for side-by-side figures).
  const weighted = (pick: (r: autocannon.Result) => number) => results.reduce((sum, r) => sum + pick(r) * r.requests.total, 0) / Math.max(1, requests);
  return {
    replicas: gateways.length,
    requests,
    perSecond: results.reduce((sum, r) => sum + r.requests.average, 0),
    p50: weighted((r) => r.latency.p50),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    processes: gateways.map((gateway, g) => {
      const after = processCpuSeconds(gateway.pid);
      const before = cpuBefore[g];
      return { port: gateway.port, requests: results[g]!.requests.total, cpuSeconds: after === null || before === null || before === undefined ? null : after - before };
    }),
    benchCpuSeconds: (bench.user + bench.system) / 1e6,
  };
}

function printRun(run: ReplicaRun): void {
  console.log(
    `audited reads, ${run.replicas} gateway process${run.replicas === 1 ? '' : 'es'}`.padEnd(34) +
      ` ${run.perSecond.toFixed(0).padStart(6)} req/s   p50 ${run.p50.toFixed(0).padStart(4)} ms   p99 ${String(run.p99).padStart(4)} ms   non-2xx ${run.non2xx}   errors ${run.errors}   (${run.requests} requests)`,
  );
  for (const p of run.processes) {
    const perRequest = p.cpuSeconds === null ? 'n/a' : `${((p.cpuSeconds * 1000) / Math.max(1, p.requests)).toFixed(1)} ms`;
    console.log(`    gateway :${p.port}   ${String(p.requests).padStart(6)} requests   CPU ${p.cpuSeconds === null ? 'n/a' : `${p.cpuSeconds.toFixed(1)} s`}   CPU per request ${perRequest}`);
  }
  console.log(`    this process (departments, in-process gateway and audit sequencer, load generator)   CPU ${run.benchCpuSeconds.toFixed(1)} s   per request ${((run.benchCpuSeconds * 1000) / Math.max(1, run.requests)).toFixed(1)} ms`);
}

/**
 * The audit integration lag as a client sees it: from the response to a `zones` read (whose entry
 * is not awaited) to its entry being in the audit chain (audit_entry), polled every 5 ms; one
 * read after another, spread over the gateways, until `stopAt` (while the load runs).
 */
async function integrationLag(stack: InProcessStack, gateways: GatewayProcess[], token: string, stopAt: number): Promise<number[]> {
  const lags: number[] = [];
  for (let n = 0; Date.now() < stopAt; n += 1) {
    const requestId = `bench-lag-${process.pid}-${Date.now()}-${n}`;
    const response = await fetch(gateways[n % gateways.length]!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: '{ zones { code } }' }),
    });
    await response.arrayBuffer();
    const answered = performance.now();
    const until = Date.now() + 60_000;
    while (!(await stack.audit.prisma.auditEntry.findFirst({ where: { requestId }, select: { seq: true } }))) {
      if (Date.now() > until) throw new Error(`no audit entry for ${requestId} within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    lags.push(performance.now() - answered);
  }
  return lags;
}

interface SequencerSamples {
  samples: number;
  maxPending: number;
  meanPending: number;
  /** Largest age of the oldest submission not yet in the chain, over the samples (ms). */
  maxOldestPendingMs: number;
}

/**
 * The sequencer's own lag metric (sequencingLag: submissions committed and not yet in the chain,
 * and the age of the oldest), read from the database every 250 ms until `stopAt`, over the
 * submissions made after the run began: whichever gateway leads, the same figure its /ready shows.
 */
async function sampleSequencerLag(stack: InProcessStack, stopAt: number): Promise<SequencerSamples> {
  const query: SequencerTransaction['query'] = (text, values) => stack.audit.prisma.$queryRawUnsafe(text, ...(values ?? []));
  const [floor] = await stack.audit.prisma.$queryRaw<{ max: bigint | null }[]>`SELECT max("id") AS "max" FROM "audit"."audit_submission"`;
  const pending: number[] = [];
  let maxOldestPendingMs = 0;
  while (Date.now() < stopAt) {
    const lag = await sequencingLag(query, floor?.max ?? 0n);
    pending.push(lag.pending);
    maxOldestPendingMs = Math.max(maxOldestPendingMs, lag.oldestPendingMs ?? 0);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    samples: pending.length,
    maxPending: Math.max(0, ...pending),
    meanPending: pending.reduce((sum, n) => sum + n, 0) / Math.max(1, pending.length),
    maxOldestPendingMs,
  };
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function replicaComparison(stack: InProcessStack, keys: DevKeyPaths, keysDir: string, databaseUrl: string, duration: number, connections: number, replicas: number): Promise<void> {
  const token = await issueDevToken(keysDir, { role: 'PLATFORM', org: 'BENCHMARK', scopes: ['pii:read'] }, '2h');
  const lagToken = await issueDevToken(keysDir, { role: 'PLATFORM', org: 'BENCHMARK-LAG' }, '2h');
  const bodies = (await sampleOrderKeys(stack, 500)).map((k) => body(AUDITED_READ, { e: k.ebp_code, o: k.order_no }));
  const start = () =>
    startGatewayProcess({
      subgraphUrls: stack.subgraphUrls,
      auditDatabaseUrl: databaseUrl,
      security: { jwksPath: keys.jwks, issuer: DEV_ISSUER, audience: DEV_AUDIENCE, assertionKeyPath: keys.assertionPrivate },
      env: { RATE_LIMIT_PER_MINUTE_PLATFORM: '10000000' },
    });
  const gateways: GatewayProcess[] = [];
  try {
    console.log(`\naudited reads of personal data (a buyer's name and phone, pii:read and x-purpose), ${connections} connections, ${duration} s each; CPU from /proc/<pid>/stat (utime + stime)`);
    const runs: ReplicaRun[] = [];
    for (const count of [1, replicas]) {
      while (gateways.length < count) gateways.push(await start());
      // Warm-up of every process (JIT, connection pools), so that a fresh one is not measured cold.
      await auditedReads(gateways, token, bodies, Math.max(3, Math.ceil(duration / 2)), connections);
      const stopAt = Date.now() + (duration - 1) * 1000;
      const [run, lags, sequencer] = await Promise.all([
        auditedReads(gateways, token, bodies, duration, connections),
        integrationLag(stack, gateways, lagToken, stopAt),
        sampleSequencerLag(stack, stopAt),
      ]);
      printRun(run);
      runs.push(run);
      console.log(
        `    audit sequencer lag (its metric, ${sequencer.samples} samples): submissions not yet in the chain mean ${sequencer.meanPending.toFixed(1)}, max ${sequencer.maxPending}; oldest of them at most ${sequencer.maxOldestPendingMs} ms old`,
      );
      console.log(`    audit integration lag under this load (response to entry in the chain, ${lags.length} zones reads): p50 ${percentile(lags, 0.5).toFixed(0)} ms, p99 ${percentile(lags, 0.99).toFixed(0)} ms, max ${Math.max(...lags).toFixed(0)} ms`);
    }
    const [one, many] = runs as [ReplicaRun, ReplicaRun];
    console.log(`    ${replicas} processes answered ${((many.perSecond / Math.max(1, one.perSecond)) * 100).toFixed(0)}% of one process's audited reads per second, on ${os.cpus().length} cores`);
  } finally {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
  }
}

interface BenchContext {
  stack: InProcessStack;
  databases: Databases;
  issuer: Awaited<ReturnType<typeof createLocalIssuer>>;
  idHashKey: string;
  processKeys: DevKeyPaths;
  keysDir: string;
}

/**
 * Runs `fn` on the in-process stack over the benchmark's data set of `orders` orders
 * (`zones_bench_<orders>` on the embedded server, or DATABASE_URL), seeding it first if needed.
 */
async function withBenchStack<T>(orders: number, connections: number, duration: number, fn: (bench: BenchContext) => Promise<T>): Promise<T> {
  const log = (message: string) => console.log(message);
  const databases = await resolveDatabases(log, `zones_bench_${orders}`);
  const idHashKey = resolveIdHashKey(log);
  process.env.CURSOR_KEY ??= resolveCursorKey(log);
  await migrateAll(databases.urlOf);
  const issuer = await createLocalIssuer();
  const authenticate = createJwtAuthenticator({ keys: issuer.keys, issuer: issuer.issuer, audience: issuer.audience });
  // Keys on disk for the gateway processes; the departments here accept their caller assertions.
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zone-bench-keys-'));
  const processKeys = await ensureDevKeys(keysDir);
  const loadKey = async (file: string) => (await importJWK(JSON.parse(fs.readFileSync(file, 'utf8')) as JWK, 'ES256')) as KeyLike;
  const assertionKeys = { privateKey: await loadKey(processKeys.assertionPrivate), publicKey: await loadKey(processKeys.assertionPublic) };
  const stack = await startInProcess({ urlOf: databases.urlOf, poolSize: 10, authenticate, auditDatabaseUrl: databases.urlOf('commerce'), assertionKeys });
  try {
    const present = await orderCount(stack);
    if (present < orders) {
      log(`seeding ${orders.toLocaleString('en')} orders`);
      const started = Date.now();
      await seedAll({ orders, idHashKey, urlOf: databases.urlOf, batchSize: 10000 });
      log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    log(`data set: ${(await orderCount(stack)).toLocaleString('en')} orders; ${connections} connections, ${duration} s per scenario; Node ${process.version}`);
    return await fn({ stack, databases, issuer, idHashKey, processKeys, keysDir });
  } finally {
    await stack.close();
    await databases.stop();
    fs.rmSync(keysDir, { recursive: true, force: true });
  }
}

/**
 * Runs `fn` with this process's audit sequencer stopped, so that the gateway process it starts
 * leads and its CPU per request includes chaining what it audits, as a single gateway's does in
 * production; this process's sequencer leads again afterwards.
 */
async function withGatewayProcessSequencing<T>(stack: InProcessStack, fn: () => Promise<T>): Promise<T> {
  await stack.sequencer.stop();
  try {
    return await fn();
  } finally {
    stack.sequencer.start();
  }
}

/** The issue's three scenarios, run through the product in processes of its own, then the filtered page. */
const ISSUE_SCENARIOS = ['order by key, all 6 departments', 'acceptance query (15 orders x 6)', '200 orders x 6 departments'];
const FILTERED_PAGE = 'filtered page of 100 x 6 departments';

async function main(): Promise<void> {
  const orders = parsePositiveInt('--orders', flag('--orders'), 20000);
  const duration = parsePositiveInt('--duration', flag('--duration'), 10);
  const connections = parsePositiveInt('--connections', flag('--connections'), 10);
  const replicas = parsePositiveInt('--replicas', flag('--replicas'), 3);
  const onlyReplicas = process.argv.includes('--only-replicas');
  const plain = process.argv.includes('--plain');
  const floor = process.argv.includes('--floor');
  if (floor && (plain || !process.argv.includes('--only-processes'))) throw new Error('--floor applies to --only-processes without --plain');
  const scenarioPrefixes = flag('--scenarios')?.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const processScenarioNames = [...ISSUE_SCENARIOS, FILTERED_PAGE];
  for (const prefix of scenarioPrefixes ?? []) {
    if (!processScenarioNames.some((name) => name.startsWith(prefix))) throw new Error(`--scenarios: no scenario's name starts with '${prefix}' (${processScenarioNames.join('; ')})`);
  }
  if (plain && !process.argv.includes('--only-processes') && !process.argv.includes('--soak')) throw new Error('--plain applies to --only-processes and --soak: give one of them');
  process.env.LOG_LEVEL ??= 'silent';
  const log = (message: string) => console.log(message);
  if (process.argv.includes('--only-statistics')) {
    // One data set after the other (each seeded once and kept), then their figures side by side.
    const sizes = (flag('--statistics-orders') ?? String(orders)).split(',').map((n) => parsePositiveInt('--statistics-orders', n.trim(), orders));
    if (sizes.length > 1 && !embeddedPostgresNeeded(process.env)) throw new Error('--statistics-orders with several sizes needs the embedded server (one database per size), not DATABASE_URL');
    const runs: StatisticsRun[] = [];
    for (const size of sizes) {
      runs.push(await withBenchStack(size, connections, duration, ({ stack, databases, issuer }) => benchStatistics(stack, issuer, duration, connections, databases.server?.process().pid ?? null, size)));
    }
    printStatisticsTable(runs.sort((x, y) => x.orders - y.orders));
    return;
  }
  await withBenchStack(orders, connections, duration, async ({ stack, databases, issuer, idHashKey, processKeys, keysDir }) => {
    // Platform callers in turn, as in the process scenarios (PROCESS_CALLERS): no two requests in flight are one caller's identical query.
    const tokens = await Promise.all(Array.from({ length: PROCESS_CALLERS }, (_, n) => issuer.issue({ role: 'PLATFORM', org: `BENCHMARK-${n + 1}` }, '2h')));
    const attestations = attestationThroughput();
    log(`attestations (SM2-SM3, one core): ${attestations.signedPerSecond.toFixed(0)} signed/s, ${attestations.verifiedPerSecond.toFixed(0)} verified/s; signing adds ${attestations.signMs.toFixed(2)} ms of CPU to each attested decision (a declaration released at once signs two), nothing to reads`);
    const keys = await sampleOrderKeys(stack, 500);
    const orderQuery = `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo actualPaid buyer { name }
      payment { amountPaid } waybill { logisticsNo status } inventoryList { invtNo status } taxBill { totalTax } buyerIdentityCheck { verdict } } }`;
    const scenarios: Scenario[] = [
      { name: 'zones (gateway only, 1 department)', bodies: [body('{ zones { code city } }')] },
      { name: 'enterprises page (commerce)', bodies: ['SHAOGUAN', 'HEYUAN', 'YUNFU'].map((zone) => body(`{ enterprises(zone: ${zone}, first: 20) { totalCount edges { node { uscc name roles } } } }`)) },
      { name: 'order by key, all 6 departments', orders: 1, bodies: keys.map((k) => body(orderQuery, { e: k.ebp_code, o: k.order_no })) },
      {
        name: 'acceptance query (15 orders x 6)',
        orders: 15,
        bodies: ['SHAOGUAN', 'CHAOZHOU', 'JIEYANG'].map((zone) => body(`{ enterprises(zone: ${zone}, first: 3) { totalCount edges { node { uscc name zone
          orders(first: 5) { orderNo ebpCode actualPaid payment { payTransactionId amountPaid } waybill { logisticsNo }
          inventoryList { invtNo status } taxBill { totalTax } buyerIdentityCheck { verdict } } } } } }`)),
      },
      {
        name: '200 orders x 6 departments',
        orders: 200,
        bodies: [body(`{ enterprises(first: 50) { edges { node { orders(first: 4) { orderNo payment { amountPaid } waybill { status }
          inventoryList { status } taxBill { totalTax } buyerIdentityCheck { verdict } } } } } }`)],
      },
    ];
    const bulkOnly = process.argv.includes('--only-bulk');
    const filteredPage = {
      name: FILTERED_PAGE,
      bodies: ['SHAOGUAN', 'HEYUAN', 'JIEYANG'].map((zone) => body(`{ inventoryLists(filter: { zones: [${zone}], statuses: [RELEASED, CLEARED] }, first: 100) { totalCount
        edges { node { invtNo status order { actualPaid payment { amountPaid } waybill { status } taxBill { totalTax } buyerIdentityCheck { verdict } } } } } }`)),
    };
    // The issue's three scenarios through the product in separate processes, as in production.
    const postgresPid = databases.server?.process().pid ?? null;
    const chosen = (name: string) => !scenarioPrefixes || scenarioPrefixes.some((prefix) => name.startsWith(prefix));
    const processScenarios = scenarios.filter((s) => ISSUE_SCENARIOS.includes(s.name) && chosen(s.name));
    const feedOnly = process.argv.includes('--only-feed');
    const soakMinutes = flag('--soak');
    if (process.argv.includes('--soak')) {
      await withGatewayProcessSequencing(stack, () => soak(postgresPid, databases.urlOf, processKeys, keysDir, idHashKey, processScenarios, parsePositiveInt('--soak', soakMinutes, 30), connections, plain));
      return;
    }
    if (!onlyReplicas && !bulkOnly && !feedOnly) {
      await withGatewayProcessSequencing(stack, () =>
        processComparison(postgresPid, databases.urlOf, processKeys, keysDir, idHashKey, [...processScenarios, ...(chosen(filteredPage.name) ? [filteredPage] : [])], duration, connections, plain, floor),
      );
      if (process.argv.includes('--only-processes')) return;
      console.log('\nthe six departments and the gateway in this process:');
    }
    if (!onlyReplicas && !bulkOnly && !feedOnly) {
      for (const scenario of scenarios) await run(stack, tokens, scenario, duration, connections);
      await benchStatistics(stack, issuer, duration, connections, postgresPid, orders);
    }
    if (!onlyReplicas) {
      if (!feedOnly) await run(stack, tokens, filteredPage, duration, connections);
      await feedDrains(stack, issuer);
    }
    if (bulkOnly || feedOnly) return;
    await replicaComparison(stack, processKeys, keysDir, databases.urlOf('commerce'), duration, connections, replicas);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
