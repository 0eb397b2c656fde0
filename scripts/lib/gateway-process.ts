/**
 * Real gateway processes (`gateway/src/main.ts` under tsx) against departments that already run,
 * each on its own port: for the tests of several replicas and for the benchmark, which also runs
 * plain @apollo/gateway (plain-gateway.ts) the same way. Also the CPU time
 * a process has used, from /proc/<pid>/stat.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { DEPARTMENTS, type Department } from '@zone/common';
import { subgraphUrlVariableOf } from '../../gateway/src/config';
import { PLAIN_GATEWAY_LISTENING } from './plain-gateway';

const ROOT = path.join(__dirname, '..', '..');

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface GatewayProcessOptions {
  /** Where each department answers. */
  subgraphUrls: Record<Department, string>;
  /** PostgreSQL of the audit log (AUDIT_DATABASE_URL); its sessions are named applicationNameOf(port) unless the URL names them. */
  auditDatabaseUrl: string;
  /** JWKS_PATH, JWT_ISSUER, JWT_AUDIENCE, ASSERTION_KEY_PATH and the like. */
  security: { jwksPath: string; issuer: string; audience: string; assertionKeyPath: string };
  /** A free port when not given. */
  port?: number;
  /** More variables; they win over everything else. REDIS_URL and DATABASE_URL are not inherited unless given here. */
  env?: Record<string, string>;
  /** pino level of the process (info: the harness waits for its "gateway listening" line). */
  logLevel?: string;
  /** How long it may take to listen (90 s: on a busy machine tsx compiles the gateway first). */
  startTimeoutMs?: number;
}

export interface GatewayProcess {
  port: number;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  pid: number;
  child: ChildProcess;
  exited: Promise<ExitStatus>;
  /** The last lines the process wrote to stdout and stderr, for a failure's message. */
  output: () => string;
  /** SIGTERM, then SIGKILL after graceMs; resolves with how it ended. */
  stop: (graceMs?: number) => Promise<ExitStatus>;
}

/** A port nothing listens on at the moment of asking. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const KEPT_LINES = 200;

/** The application_name of a gateway process's PostgreSQL sessions (pg_stat_activity), after its port. */
export function applicationNameOf(port: number): string {
  return `zone-gateway:${port}`;
}

function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('application_name')) parsed.searchParams.set('application_name', name);
  return parsed.toString();
}

/**
 * Starts `gateway/src/main.ts`; resolves once it logs that it listens, rejects if it exits or takes
 * too long. Without a port given, a free one is picked; another process may take it between the
 * check and the gateway's listen, so a start refused with EADDRINUSE is tried again on another.
 */
export async function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  return options.port === undefined ? onAFreePort((port) => startGatewayProcessOn(port, options)) : startGatewayProcessOn(options.port, options);
}

/** Starts a process on a free port, again on another while the one picked was taken meanwhile (three tries). */
async function onAFreePort(start: (port: number) => Promise<GatewayProcess>): Promise<GatewayProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (attempt >= 3 || !String((error as Error).message).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startGatewayProcessOn(port: number, options: GatewayProcessOptions): Promise<GatewayProcess> {
  const departmentUrls = Object.fromEntries(DEPARTMENTS.map((d) => [subgraphUrlVariableOf(d), options.subgraphUrls[d]]));
  const { REDIS_URL: _redis, DATABASE_URL: _database, ...inherited } = process.env;
  return startListeningProcess({
    args: [path.join(ROOT, 'gateway', 'src', 'main.ts')],
    env: {
      ...inherited,
      ...departmentUrls,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: options.logLevel ?? 'info',
      JWKS_PATH: options.security.jwksPath,
      JWT_ISSUER: options.security.issuer,
      JWT_AUDIENCE: options.security.audience,
      ASSERTION_KEY_PATH: options.security.assertionKeyPath,
      AUDIT_DATABASE_URL: withApplicationName(options.auditDatabaseUrl, applicationNameOf(port)),
      ...options.env,
    },
    port,
    listening: '"gateway listening"',
    name: 'gateway process',
    startTimeoutMs: options.startTimeoutMs ?? 90_000,
  });
}

export interface PlainGatewayProcessOptions {
  /** Where each department answers. */
  subgraphUrls: Record<Department, string>;
  /** The departments' caller-assertion private key (a JWK file, as ASSERTION_KEY_PATH). */
  assertionKeyPath: string;
  /** schema/supergraph.graphql unless given. */
  supergraphPath?: string;
  /** How long it may take to listen (90 s unless given). */
  startTimeoutMs?: number;
}

/**
 * Starts plain @apollo/gateway (scripts/lib/plain-gateway-main.ts) in front of the same
 * departments, on a free port; the same handle as a gateway process.
 */
export async function startPlainGatewayProcess(options: PlainGatewayProcessOptions): Promise<GatewayProcess> {
  return onAFreePort((port) => startPlainGatewayProcessOn(port, options));
}

async function startPlainGatewayProcessOn(port: number, options: PlainGatewayProcessOptions): Promise<GatewayProcess> {
  const config = {
    port,
    supergraphPath: options.supergraphPath ?? path.join(ROOT, 'schema', 'supergraph.graphql'),
    subgraphUrls: options.subgraphUrls,
    assertionKeyPath: options.assertionKeyPath,
  };
  const { REDIS_URL: _redis, DATABASE_URL: _database, ...inherited } = process.env;
  return startListeningProcess({
    args: [path.join(ROOT, 'scripts', 'lib', 'plain-gateway-main.ts'), JSON.stringify(config)],
    // As the benchmark runs ours and the departments (process-stack.ts), and as production would run it.
    env: { ...inherited, NODE_ENV: 'production' },
    port,
    listening: PLAIN_GATEWAY_LISTENING,
    name: 'plain @apollo/gateway process',
    startTimeoutMs: options.startTimeoutMs ?? 90_000,
  });
}

interface ListeningProcessOptions {
  /** Arguments after `node --import tsx`: the script and its own. */
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  /** Text of the stdout line that says the process listens. */
  listening: string;
  /** What the process is, for a failure's message. */
  name: string;
  startTimeoutMs: number;
}

/** Runs a script under tsx; resolves once it prints `listening`, rejects if it exits or takes too long. */
async function startListeningProcess(options: ListeningProcessOptions): Promise<GatewayProcess> {
  const { port, name } = options;
  const child = spawn(process.execPath, ['--import', 'tsx', ...options.args], { cwd: ROOT, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<ExitStatus>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // Both pipes are read to the end, always: a full pipe would block the process.
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > KEPT_LINES) lines.shift();
  };
  const stdout = readline.createInterface({ input: child.stdout! });
  readline.createInterface({ input: child.stderr! }).on('line', keep);
  const output = () => lines.join('\n');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} on port ${port} did not listen within ${options.startTimeoutMs / 1000} s:\n${output()}`)), options.startTimeoutMs);
    stdout.on('line', (line) => {
      keep(line);
      if (line.includes(options.listening)) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${name} on port ${port} ended (${signal ?? code}) before listening:\n${output()}`));
    });
  });
  return {
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    child,
    exited,
    output,
    stop: async (graceMs = 15_000) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGCONT');
        child.kill('SIGTERM');
      }
      const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const status = await exited;
      clearTimeout(force);
      return status;
    },
  };
}

/** Several gateway processes at once, each on its own port; all stopped again if one fails to start. */
export async function startGatewayProcesses(count: number, options: Omit<GatewayProcessOptions, 'port'>): Promise<GatewayProcess[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startGatewayProcess(options)));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
    throw failed.reason;
  }
  return started.map((s) => (s as PromiseFulfilledResult<GatewayProcess>).value);
}

let clockTicksPerSecond: number | null = null;

export function ticksPerSecond(): number {
  if (clockTicksPerSecond === null) {
    try {
      clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicksPerSecond = 100;
    }
  }
  return clockTicksPerSecond;
}

/**
 * CPU seconds a process has used so far, user and system (utime + stime of /proc/<pid>/stat, all
 * its threads), or null where /proc is not available or the process is gone.
 */
export function processCpuSeconds(pid: number): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of the whole line are the 12th and 13th after the name.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return (utime + stime) / ticksPerSecond();
}

/** Resident memory of a process in bytes (VmRSS of /proc/<pid>/status), or null where /proc is not available or the process is gone. */
export function processRssBytes(pid: number): number | null {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  return kb === undefined ? null : Number(kb) * 1024;
}
