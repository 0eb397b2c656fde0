/**
 * The product as production runs it, for the benchmark: six department processes
 * (`subgraphs/<department>/src/main.ts`) and one gateway process, each on a free port, over real
 * HTTP, against databases that are already migrated and seeded. Also the CPU time of a process
 * tree (PostgreSQL's server and its backends) from /proc.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEPARTMENTS, databaseUrlVariableOf, portVariableOf, type Department } from '@zone/common';
import { DEV_AUDIENCE, DEV_ISSUER, type DevKeyPaths } from '../../gateway/src/auth/dev-keys';
import { freePort, processCpuSeconds, startGatewayProcess, ticksPerSecond, type GatewayProcess } from './gateway-process';
import { supervisedChild, type SupervisedProcess } from './supervisor';

const ROOT = path.join(__dirname, '..', '..');

export interface DepartmentProcess {
  department: Department;
  pid: number;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  run: SupervisedProcess;
}

export interface ProcessStack {
  gateway: GatewayProcess;
  departments: Record<Department, DepartmentProcess>;
  stop: () => Promise<void>;
}

export interface ProcessStackOptions {
  urlOf: (department: Department) => string;
  keys: DevKeyPaths;
  idHashKey: string;
  cursorKey: string;
  /** More variables of the gateway process (e.g. a rate limit out of the benchmark's way). */
  gatewayEnv?: Record<string, string>;
}

/** Waits until `url` answers 2xx (a GET, or the request `init` gives), or the process ends, or `timeoutMs` passes. */
export async function waitHealthy(url: string, run: SupervisedProcess, timeoutMs = 300_000, init: RequestInit = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void run.exited.then(() => (ended = true));
  while (Date.now() < deadline && !ended) {
    try {
      if ((await fetch(url, { ...init, signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer healthy ${ended ? '(the process ended)' : `within ${timeoutMs / 1000} s`}`);
}

async function startDepartment(department: Department, options: ProcessStackOptions): Promise<DepartmentProcess> {
  const port = await freePort();
  const { REDIS_URL: _redis, DATABASE_URL: _database, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'subgraphs', department, 'src', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...inherited,
      HOST: '127.0.0.1',
      [portVariableOf(department)]: String(port),
      [databaseUrlVariableOf(department)]: options.urlOf(department),
      ASSERTION_PUBLIC_KEY_PATH: options.keys.assertionPublic,
      ID_HASH_KEY: options.idHashKey,
      CURSOR_KEY: options.cursorKey,
      LOG_LEVEL: 'error',
      // As the production image runs (Dockerfile): graphql-js, Express and others take their production paths.
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const run = supervisedChild(child, 10_000);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitHealthy(`${baseUrl}/health`, run);
  return { department, pid: child.pid!, baseUrl, run };
}

/** Starts the six departments, then the gateway in front of them; stops whatever started if one fails. */
export async function startProcessStack(options: ProcessStackOptions): Promise<ProcessStack> {
  const started = await Promise.allSettled(DEPARTMENTS.map((d) => startDepartment(d, options)));
  const stopDepartments = () => Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.run.stop() : undefined)));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await stopDepartments();
    throw failed.reason;
  }
  const departments = Object.fromEntries(started.map((s) => [(s as PromiseFulfilledResult<DepartmentProcess>).value.department, (s as PromiseFulfilledResult<DepartmentProcess>).value])) as Record<Department, DepartmentProcess>;
  let gateway: GatewayProcess;
  try {
    gateway = await startGatewayProcess({
      subgraphUrls: Object.fromEntries(DEPARTMENTS.map((d) => [d, `${departments[d].baseUrl}/graphql`])) as Record<Department, string>,
      auditDatabaseUrl: options.urlOf('commerce'),
      security: { jwksPath: options.keys.jwks, issuer: DEV_ISSUER, audience: DEV_AUDIENCE, assertionKeyPath: options.keys.assertionPrivate },
      env: { CURSOR_KEY: options.cursorKey, NODE_ENV: 'production', ...options.gatewayEnv },
      // Six departments compiling under tsx on a busy machine: the gateway may take minutes too.
      startTimeoutMs: 300_000,
    });
  } catch (error) {
    await stopDepartments();
    throw error;
  }
  return {
    gateway,
    departments,
    stop: async () => {
      await gateway.stop();
      await stopDepartments();
    },
  };
}

/** The SQL statements a department process has sent so far (zone_sql_statements_total of its /metrics). */
export async function departmentSqlStatements(department: DepartmentProcess): Promise<number> {
  const text = await (await fetch(`${department.baseUrl}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) if (line.startsWith('zone_sql_statements_total')) total += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
  return total;
}

/** Parent pid of a process (field 4 of /proc/<pid>/stat), null when it is gone. */
function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** cutime + cstime of a process: the CPU of children it has reaped (PostgreSQL's ended backends). */
function reapedChildrenCpuSeconds(pid: number, ticksPerSecond: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of a server and its direct children (PostgreSQL: the postmaster, every backend and
 * background worker, and the backends that already ended), or null where /proc is not available.
 */
export function processTreeCpuSeconds(pid: number): number | null {
  const own = processCpuSeconds(pid);
  if (own === null) return null;
  let total = own;
  for (const entry of fs.readdirSync('/proc')) {
    const child = Number(entry);
    if (!Number.isInteger(child) || child === pid || parentOf(child) !== pid) continue;
    total += processCpuSeconds(child) ?? 0;
  }
  return total + reapedChildrenCpuSeconds(pid, ticksPerSecond());
}
