/**
 * Processes a benchmark starts and must not leave behind: each in a process group of its own
 * (its pid names the group, so stopping it stops whatever it started), its output kept for a
 * failure's message, stopped by its pid with SIGTERM and then SIGKILL.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface BenchService {
  name: string;
  pid: number;
  /** How it ended, once it has; null while it runs. */
  exited: () => { code: number | null; signal: NodeJS.Signals | null } | null;
  /** The last lines it wrote (stdout and stderr). */
  output: () => string;
  /** SIGTERM to its group, SIGKILL after graceMs; resolves once the group is gone. */
  stop: (graceMs?: number) => Promise<void>;
}

const KEPT_LINES = 40;

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

const signalGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const started = new Set<BenchService>();

/** Starts `command args` in `cwd` with exactly `env` (nothing inherited that is not in it). */
export function startBenchService(name: string, command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): BenchService {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${name}: ${command} did not start`);
  const pid = child.pid;
  const lines: string[] = [];
  let partial = '';
  const keep = (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    lines.splice(0, Math.max(0, lines.length - KEPT_LINES));
  };
  // Both pipes are read to the end, always: a full pipe would block the process.
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let status: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.once('exit', (code, signal) => (status = { code, signal }));
  const service: BenchService = {
    name,
    pid,
    exited: () => status,
    output: () => [...lines, partial].filter(Boolean).join('\n'),
    stop: async (graceMs = 15_000) => {
      started.delete(service);
      signalGroup(pid, 'SIGTERM');
      const deadline = Date.now() + graceMs;
      while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
      if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
      for (let i = 0; i < 50 && groupAlive(pid); i++) await sleep(100);
    },
  };
  started.add(service);
  return service;
}

/** Last resort when the benchmark ends some other way: nothing it started outlives it. */
process.on('exit', () => {
  for (const service of started) if (groupAlive(service.pid)) signalGroup(service.pid, 'SIGKILL');
});

/** Waits until `url` answers anything at all over HTTP; throws with the service's output if it exits or takes too long. */
export async function waitAnswering(service: BenchService, url: string, init: RequestInit, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const ended = service.exited();
    if (ended) throw new Error(`${service.name} exited (${ended.signal ?? `code ${ended.code}`}) before answering; its output:\n${indent(service.output())}`);
    try {
      await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`${service.name} did not answer at ${url} within ${seconds} s; its output:\n${indent(service.output())}`);
}

export const indent = (text: string) => (text.trim() ? text.trimEnd().split('\n').map((l) => `    | ${l}`).join('\n') : '    | (nothing)');

/** The largest resident memory a process has had since it started (VmHWM of /proc/<pid>/status), bytes; null when gone. */
export function processPeakRssBytes(pid: number): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}
