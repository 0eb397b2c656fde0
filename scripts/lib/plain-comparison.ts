/**
 * This product's gateway and plain @apollo/gateway (plain-gateway.ts) side by side on the
 * benchmark's own workload, in front of the same six department processes and PostgreSQL, sent
 * the same requests as the same callers: `npm run bench -- --only-processes --plain` and
 * `--soak MINUTES --plain`. Runs alternate between the two (ours, plain, then plain, ours), so that
 * a machine that gets busier or quieter during a run weighs on both alike.
 */
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { DEPARTMENTS, type Department } from '../../subgraphs/common/src/caller';
import { processCpuSeconds, processRssBytes, type GatewayProcess } from './gateway-process';
import { departmentSqlStatements, processTreeCpuSeconds, type ProcessStack } from './process-stack';

export interface ComparedScenario {
  name: string;
  bodies: string[];
}

/** One request as the load generator sends it: the caller's bearer token and the JSON body. */
export interface CallerRequest {
  authorization: string;
  body: string;
}

export type GatewayKind = 'ours' | 'plain';

const LABEL: Record<GatewayKind, string> = { ours: 'ours', plain: 'plain @apollo/gateway' };

export interface SideBySide {
  /** Departments, PostgreSQL and this product's gateway (stack.gateway). */
  stack: ProcessStack;
  plain: GatewayProcess;
  /** PostgreSQL's server process, or null when it is not on this machine (DATABASE_URL). */
  postgresPid: number | null;
  /** Bearer tokens of the callers, sent in turn; the plain gateway ignores them and signs its one PLATFORM caller. */
  tokens: string[];
  connections: number;
}

function gatewayOf(bench: SideBySide, kind: GatewayKind): GatewayProcess {
  return kind === 'ours' ? bench.stack.gateway : bench.plain;
}

// ---------------------------------------------------------------------------------------------
// Same data from both

interface Answer {
  status: number;
  data?: unknown;
  errors?: unknown[];
}

async function ask(gateway: GatewayProcess, request: CallerRequest): Promise<Answer> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: request.authorization },
    body: request.body,
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as { data?: unknown; errors?: unknown[] }) };
  } catch {
    return { status: response.status, errors: [`not JSON: ${text.slice(0, 200)}`] };
  }
}

/** The first place two JSON values differ, as a path ("data.order.buyer.name"), or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = 'data'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path} (${a.length} items against ${b.length})`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return path;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
    return path;
  }
  return `${path} (${JSON.stringify(a)?.slice(0, 80)} against ${JSON.stringify(b)?.slice(0, 80)})`;
}

/**
 * Sends one request of the scenario to each gateway and requires the same `data` from both, with
 * no errors: the two are compared on the same work, not on an error page. Personal data compares
 * equal as it is: the departments mask names and phones for any caller without pii:read and a
 * purpose (subgraphs/common/src/masking.ts), and both gateways send PLATFORM callers without
 * scopes (ours the token's BENCHMARK-n, the plain one its own PLAIN-APOLLO-GATEWAY), so both get
 * the same masked values; nothing a department answers for these scenarios depends on the
 * organisation of a province-wide platform caller.
 */
export async function requireSameData(bench: SideBySide, scenario: ComparedScenario, request: CallerRequest): Promise<number> {
  const [ours, plain] = await Promise.all([ask(bench.stack.gateway, request), ask(bench.plain, request)]);
  for (const [kind, answer] of [['ours', ours], ['plain', plain]] as const) {
    if (answer.status !== 200 || answer.errors || answer.data === undefined) {
      throw new Error(`${scenario.name}: ${LABEL[kind]} answered ${answer.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
    }
  }
  const difference = firstDifference(ours.data, plain.data);
  if (difference) throw new Error(`${scenario.name}: the two gateways answered different data, first at ${difference}`);
  return JSON.stringify(ours.data).length;
}

// ---------------------------------------------------------------------------------------------
// Load on one gateway, measured

interface LegFigures {
  kind: GatewayKind;
  seconds: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Every response's latency, ms. */
  latencies: number[];
  /** CPU seconds over the leg. */
  gatewayCpu: number;
  departmentsCpu: Record<Department, number>;
  postgresCpu: number | null;
  sqlStatements: number;
}

function cpuOf(pid: number | null, tree = false): number | null {
  if (pid === null) return null;
  return tree ? processTreeCpuSeconds(pid) : processCpuSeconds(pid);
}

const delta = (after: number | null, before: number | null) => (after === null || before === null ? NaN : after - before);

/**
 * `seconds` of load on one gateway with autocannon, every `connections` connection sending
 * `next(n)` for the n-th request of the leg (so every leg sends the same sequence); the CPU of
 * every process from /proc around it, and the latency of every response.
 */
async function leg(bench: SideBySide, kind: GatewayKind, next: (n: number) => CallerRequest, seconds: number): Promise<LegFigures> {
  const gateway = gatewayOf(bench, kind);
  const departments = DEPARTMENTS.map((d) => bench.stack.departments[d]);
  const sqlBefore = await Promise.all(departments.map((d) => departmentSqlStatements(d)));
  const before = { gateway: cpuOf(gateway.pid), departments: departments.map((d) => cpuOf(d.pid)), postgres: cpuOf(bench.postgresPid, true) };
  const latencies: number[] = [];
  let n = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: gateway.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections: bench.connections,
        duration: seconds,
        // A busy machine may take long over one request: counted late rather than as an error.
        timeout: 120,
        requests: [
          {
            setupRequest: (request) => {
              const { authorization, body } = next(n++);
              return { ...request, headers: { ...request.headers, authorization }, body };
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error as Error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const after = { gateway: cpuOf(gateway.pid), departments: departments.map((d) => cpuOf(d.pid)), postgres: cpuOf(bench.postgresPid, true) };
  const sqlAfter = await Promise.all(departments.map((d) => departmentSqlStatements(d)));
  return {
    kind,
    seconds: result.duration,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    latencies,
    gatewayCpu: delta(after.gateway, before.gateway),
    departmentsCpu: Object.fromEntries(DEPARTMENTS.map((d, i) => [d, delta(after.departments[i]!, before.departments[i]!)])) as Record<Department, number>,
    postgresCpu: bench.postgresPid === null ? null : delta(after.postgres, before.postgres),
    sqlStatements: sqlAfter.reduce((sum, s, i) => sum + s - sqlBefore[i]!, 0),
  };
}

/**
 * Waits until the gateway just measured and the departments are idle again (together under a
 * tenth of a core over a quarter second; at most 20 s), so that work it left behind (our
 * gateway's audit chaining, a department's queued batches) is not counted to the next leg.
 * Returns how long it took, in seconds.
 */
async function settle(bench: SideBySide, kind: GatewayKind): Promise<number> {
  const pids = [gatewayOf(bench, kind).pid, ...DEPARTMENTS.map((d) => bench.stack.departments[d].pid)];
  const busy = () => pids.reduce((sum, pid) => sum + (processCpuSeconds(pid) ?? 0), 0);
  const started = performance.now();
  const windowMs = 250;
  while (performance.now() - started < 20_000) {
    const before = busy();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    if (busy() - before < (0.1 * windowMs) / 1000) break;
  }
  return (performance.now() - started) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Figures of several legs of one gateway, and the ratio of ours to plain

export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export interface GatewayFigures {
  kind: GatewayKind;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU ms per request: the gateway, all six departments, PostgreSQL (null: not measured) and their sum. */
  gateway: number;
  departments: number;
  postgres: number | null;
  total: number;
  sqlPerRequest: number;
}

function figuresOf(legs: LegFigures[]): GatewayFigures {
  const requests = legs.reduce((sum, l) => sum + l.requests, 0);
  const per = (seconds: number) => (seconds * 1000) / Math.max(1, requests);
  const latencies = legs.flatMap((l) => l.latencies);
  const departments = per(legs.reduce((sum, l) => sum + DEPARTMENTS.reduce((s, d) => s + l.departmentsCpu[d], 0), 0));
  const gateway = per(legs.reduce((sum, l) => sum + l.gatewayCpu, 0));
  const postgres = legs.some((l) => l.postgresCpu === null) ? null : per(legs.reduce((sum, l) => sum + l.postgresCpu!, 0));
  return {
    kind: legs[0]!.kind,
    requests,
    perSecond: requests / Math.max(1e-9, legs.reduce((sum, l) => sum + l.seconds, 0)),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    non2xx: legs.reduce((sum, l) => sum + l.non2xx, 0),
    errors: legs.reduce((sum, l) => sum + l.errors, 0),
    gateway,
    departments,
    postgres,
    total: gateway + departments + (postgres ?? 0),
    sqlPerRequest: legs.reduce((sum, l) => sum + l.sqlStatements, 0) / Math.max(1, requests),
  };
}

const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (ours: number, plain: number) => (plain > 0 && Number.isFinite(ours / plain) ? `${(ours / plain).toFixed(2)}×` : 'n/a');

function printFigures(f: GatewayFigures): void {
  console.log(
    `  ${LABEL[f.kind].padEnd(22)} ${f.perSecond.toFixed(1).padStart(7)} req/s   p50 ${ms(f.p50).padStart(5)} ms   p99 ${ms(f.p99).padStart(5)} ms   ` +
      `CPU ms/request: gateway ${ms(f.gateway)} · departments ${ms(f.departments)} · PostgreSQL ${f.postgres === null ? 'n/a' : ms(f.postgres)} · total ${ms(f.total)}   ` +
      `SQL/request ${f.sqlPerRequest.toFixed(1)}   non-2xx ${f.non2xx}   errors ${f.errors}   (${f.requests} requests)`,
  );
}

function printRatios(ours: GatewayFigures, plain: GatewayFigures): void {
  console.log(
    `  ${'ours / plain'.padEnd(22)} ${ratio(ours.perSecond, plain.perSecond).padStart(7)} req/s   p50 ${ratio(ours.p50, plain.p50).padStart(5)}      p99 ${ratio(ours.p99, plain.p99).padStart(5)}      ` +
      `gateway CPU/request ${ratio(ours.gateway, plain.gateway)}   total CPU/request ${ratio(ours.total, plain.total)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// --only-processes --plain

export interface ScenarioComparison {
  scenario: string;
  ours: GatewayFigures;
  plain: GatewayFigures;
}

/**
 * One scenario on both gateways: the same data from each first, a warm-up of each, then
 * `duration` seconds on ours, on plain, on plain and on ours again (A B B A), each after the
 * previous one's work has settled; the figures of each gateway over its two runs.
 */
export async function compareScenario(bench: SideBySide, scenario: ComparedScenario, duration: number): Promise<ScenarioComparison> {
  const next = (n: number): CallerRequest => ({ authorization: `Bearer ${bench.tokens[n % bench.tokens.length]}`, body: scenario.bodies[n % scenario.bodies.length]! });
  const bytes = await requireSameData(bench, scenario, next(0));
  // Warm-up (JIT, connection pools, prepared statements), not measured.
  const warmUp = Math.max(2, Math.ceil(duration / 3));
  for (const kind of ['ours', 'plain'] as const) {
    await leg(bench, kind, next, warmUp);
    await settle(bench, kind);
  }
  const legs: LegFigures[] = [];
  let settled = 0;
  for (const kind of ['ours', 'plain', 'plain', 'ours'] as const) {
    legs.push(await leg(bench, kind, next, duration));
    settled += await settle(bench, kind);
  }
  const ours = figuresOf(legs.filter((l) => l.kind === 'ours'));
  const plain = figuresOf(legs.filter((l) => l.kind === 'plain'));
  console.log(`${scenario.name}: same data from both (${bytes.toLocaleString('en')} bytes of JSON); runs ours, plain, plain, ours of ${duration} s (waited ${settled.toFixed(1)} s in all for the processes to settle between runs; load average ${os.loadavg()[0]!.toFixed(1)})`);
  printFigures(ours);
  printFigures(plain);
  printRatios(ours, plain);
  return { scenario: scenario.name, ours, plain };
}

export function printComparisonTable(comparisons: ScenarioComparison[]): void {
  console.log(`\nours beside plain @apollo/gateway (ours / plain; load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${os.cpus().length} cores)`);
  console.log('\n| scenario | req/s ours · plain · ratio | p50 ms ours · plain · ratio | p99 ms ours · plain · ratio | gateway CPU ms/request ours · plain · ratio | total CPU ms/request ours · plain · ratio |\n|---|---|---|---|---|---|');
  for (const { scenario, ours, plain } of comparisons) {
    const cell = (a: number, b: number, digits = 1) => `${a.toFixed(digits)} · ${b.toFixed(digits)} · ${ratio(a, b)}`;
    console.log(`| ${scenario} | ${cell(ours.perSecond, plain.perSecond)} | ${cell(ours.p50, plain.p50, 0)} | ${cell(ours.p99, plain.p99, 0)} | ${cell(ours.gateway, plain.gateway)} | ${cell(ours.total, plain.total)} |`);
  }
}

// ---------------------------------------------------------------------------------------------
// --soak MINUTES --plain

const SOAK_WARM_UP_SECONDS = 20;

/** Which gateway takes minute `minute` (1-based) of a side-by-side soak: ours, plain, plain, ours, ours, plain, … */
export function soakGatewayOf(minute: number): GatewayKind {
  return [0, 3].includes((minute - 1) % 4) ? 'ours' : 'plain';
}

/**
 * Sustained load for `minutes`, one minute at a time on one gateway or the other in the order
 * ours, plain, plain, ours, … (soakGatewayOf), each minute after the other's work has settled.
 * The departments and PostgreSQL stay under load all along and each gateway carries it two
 * minutes in a row (but the first and last); alternating rather than one half then the other,
 * because on a shared machine the load of other work changes over a soak of many minutes, and
 * half an hour of one gateway then half an hour of the other would compare two different
 * machines. The requests of the scenarios are sent in turn, as the callers in turn.
 * Both are warmed up first (SOAK_WARM_UP_SECONDS each, not measured).
 * Prints every minute (req/s, p50, p99, CPU per request, resident memory of that gateway), then
 * each pair of minutes side by side with the ratio of the p99s, and the p99 of all minutes of each.
 */
export async function soakSideBySide(bench: SideBySide, scenarios: ComparedScenario[], minutes: number): Promise<void> {
  const positions = scenarios.map(() => 0);
  let turn = 0;
  const next = (): CallerRequest => {
    const s = turn % scenarios.length;
    const bodies = scenarios[s]!.bodies;
    const request = { authorization: `Bearer ${bench.tokens[turn % bench.tokens.length]}`, body: bodies[positions[s]!++ % bodies.length]! };
    turn++;
    return request;
  };
  for (const scenario of scenarios) await requireSameData(bench, scenario, { authorization: `Bearer ${bench.tokens[0]}`, body: scenario.bodies[0]! });
  // Warm-up of each (JIT, connection pools, the departments' and PostgreSQL's caches), not measured: the first minute would otherwise carry it alone.
  for (const kind of ['ours', 'plain'] as const) {
    await leg(bench, kind, () => next(), SOAK_WARM_UP_SECONDS);
    await settle(bench, kind);
  }
  console.log(`same data from both gateways for each scenario; ${SOAK_WARM_UP_SECONDS} s of warm-up on each; minutes alternate ours, plain, plain, ours, …`);
  const mb = (pid: number) => (processRssBytes(pid) ?? NaN) / 1024 / 1024;
  console.log(`minute  gateway                  req/s     p50     p99   non-2xx errors   gateway CPU/req   gateway RSS   (RSS at start: ours ${mb(bench.stack.gateway.pid).toFixed(0)} MB, plain ${mb(bench.plain.pid).toFixed(0)} MB; load average, 1 min)`);
  const minutesOf: Record<GatewayKind, LegFigures[]> = { ours: [], plain: [] };
  const byMinute: LegFigures[] = [];
  for (let minute = 1; minute <= minutes; minute++) {
    const kind = soakGatewayOf(minute);
    const figures = await leg(bench, kind, () => next(), 60);
    const waited = await settle(bench, kind);
    byMinute.push(figures);
    minutesOf[kind].push(figures);
    const f = figuresOf([figures]);
    console.log(
      `${String(minute).padStart(6)}  ${LABEL[kind].padEnd(22)} ${f.perSecond.toFixed(1).padStart(7)} ${`${ms(f.p50)} ms`.padStart(8)} ${`${ms(f.p99)} ms`.padStart(8)} ${String(f.non2xx).padStart(9)} ${String(f.errors).padStart(6)} ${`${ms(f.gateway)} ms`.padStart(17)} ${`${mb(gatewayOf(bench, kind).pid).toFixed(1)} MB`.padStart(13)}   (load ${os.loadavg()[0]!.toFixed(1)}${waited > 1 ? `; settled in ${waited.toFixed(1)} s` : ''})`,
    );
  }
  console.log('\np99 per minute side by side (each pair: two neighbouring minutes, one on each gateway)');
  console.log('minutes   ours p99   plain p99   ours / plain');
  for (let first = 0; first + 1 < byMinute.length; first += 2) {
    const pair = [byMinute[first]!, byMinute[first + 1]!];
    const ours = figuresOf(pair.filter((l) => l.kind === 'ours'));
    const plain = figuresOf(pair.filter((l) => l.kind === 'plain'));
    console.log(`${`${first + 1}-${first + 2}`.padStart(7)} ${`${ms(ours.p99)} ms`.padStart(10)} ${`${ms(plain.p99)} ms`.padStart(11)} ${ratio(ours.p99, plain.p99).padStart(14)}`);
  }
  if (minutesOf.ours.length && minutesOf.plain.length) {
    const ours = figuresOf(minutesOf.ours);
    const plain = figuresOf(minutesOf.plain);
    console.log(`\nevery minute of each (${minutesOf.ours.length} of ours, ${minutesOf.plain.length} of plain):`);
    printFigures(ours);
    printFigures(plain);
    printRatios(ours, plain);
  }
}
