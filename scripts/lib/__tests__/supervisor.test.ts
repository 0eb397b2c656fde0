import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Supervisor, supervisedChild, type SupervisorEvent } from '../supervisor';
import type { RestartPolicy } from '../restart-policy';

// Real child processes, killed for real; fast delays so a test takes a second or two.
const FAST: RestartPolicy = { initialDelayMs: 20, maxDelayMs: 100, factor: 2, stableAfterMs: 60_000, maxConsecutiveFailures: 3 };

function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Events as they come, and a way to await the next one matching a predicate. */
function eventLog() {
  const events: SupervisorEvent[] = [];
  const waiters: { match: (e: SupervisorEvent) => boolean; resolve: (e: SupervisorEvent) => void }[] = [];
  return {
    events,
    onEvent: (event: SupervisorEvent) => {
      events.push(event);
      for (const waiter of [...waiters]) {
        if (waiter.match(event)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(event);
        }
      }
    },
    next: (match: (e: SupervisorEvent) => boolean) => new Promise<SupervisorEvent>((resolve) => waiters.push({ match, resolve })),
  };
}

const sleeper = () => supervisedChild(spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }));

describe('Supervisor over real child processes', () => {
  it('restarts a child killed with SIGKILL, and stops it when asked', async () => {
    const log = eventLog();
    const supervisor = new Supervisor({ log: () => undefined, policy: FAST, onEvent: log.onEvent });
    await supervisor.add({ name: 'tax', tier: 1, start: async () => sleeper() });
    const first = supervisor.processOf('tax')!.pid;
    expect(isAlive(first)).toBe(true);

    const restarted = log.next((e) => e.type === 'started' && e.restart);
    process.kill(first!, 'SIGKILL');
    const event = await restarted;
    const second = (event as Extract<SupervisorEvent, { type: 'started' }>).pid;
    expect(second).not.toBe(first);
    expect(isAlive(second)).toBe(true);
    expect(log.events).toContainEqual(expect.objectContaining({ type: 'exited', name: 'tax', status: { code: null, signal: 'SIGKILL' } }));
    expect(log.events).toContainEqual({ type: 'restarting', name: 'tax', attempt: 1, delayMs: 20 });

    await supervisor.stopAll();
    expect(isAlive(second)).toBe(false);
    expect(supervisor.processOf('tax')).toBeNull();
  });

  it('backs off on a child that keeps dying and gives up after the policy\'s limit', async () => {
    const log = eventLog();
    const gaveUp = jest.fn();
    const supervisor = new Supervisor({ log: () => undefined, policy: FAST, onEvent: log.onEvent, onGiveUp: gaveUp });
    const done = log.next((e) => e.type === 'gave-up');
    await supervisor.add({ name: 'post', tier: 1, start: async () => supervisedChild(spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' })) });
    await done;
    expect(log.events.filter((e) => e.type === 'restarting')).toEqual([
      { type: 'restarting', name: 'post', attempt: 1, delayMs: 20 },
      { type: 'restarting', name: 'post', attempt: 2, delayMs: 40 },
      { type: 'restarting', name: 'post', attempt: 3, delayMs: 80 },
    ]);
    expect(log.events).toContainEqual(expect.objectContaining({ type: 'exited', status: { code: 3, signal: null } }));
    expect(gaveUp).toHaveBeenCalledWith('post');
    await supervisor.stopAll();
  });

  it('retries a start that fails, with backoff, until one succeeds', async () => {
    const log = eventLog();
    const supervisor = new Supervisor({ log: () => undefined, policy: FAST, onEvent: log.onEvent });
    let starts = 0;
    await supervisor.add({
      name: 'postgres',
      tier: 0,
      start: async () => {
        starts++;
        if (starts === 2 || starts === 3) throw new Error('could not bind');
        return sleeper();
      },
    });
    const back = log.next((e) => e.type === 'started' && e.restart);
    process.kill(supervisor.processOf('postgres')!.pid!, 'SIGKILL');
    await back;
    expect(starts).toBe(4);
    expect(log.events.filter((e) => e.type === 'start-failed')).toHaveLength(2);
    await supervisor.stopAll();
  });

  it('stops the callers first: the highest tier, then the next', async () => {
    const order: string[] = [];
    const supervisor = new Supervisor({ log: () => undefined, policy: FAST });
    const tracked = (name: string) => async () => {
      const run = sleeper();
      return { ...run, stop: async () => (await run.stop(), order.push(name)) as unknown as void };
    };
    await supervisor.add({ name: 'postgres', tier: 0, start: tracked('postgres') });
    await supervisor.add({ name: 'tax', tier: 1, start: tracked('tax') });
    await supervisor.add({ name: 'gateway', tier: 2, start: tracked('gateway') });
    await supervisor.stopAll();
    expect(order).toEqual(['gateway', 'tax', 'postgres']);
  });
});

describe('a supervisor process and its signals', () => {
  async function startFixture(): Promise<{ process: ChildProcess; nextPid: () => Promise<number> }> {
    const fixture = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures', 'supervise-sleeper.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pids: number[] = [];
    const waiting: ((pid: number) => void)[] = [];
    createInterface({ input: fixture.stdout! }).on('line', (line) => {
      const match = /^child (\d+)$/.exec(line);
      if (!match) return;
      const waiter = waiting.shift();
      if (waiter) waiter(Number(match[1]));
      else pids.push(Number(match[1]));
    });
    return { process: fixture, nextPid: () => (pids.length > 0 ? Promise.resolve(pids.shift()!) : new Promise((resolve) => waiting.push(resolve))) };
  }

  it.each(['SIGINT', 'SIGTERM'] as const)('restarts a killed child, then on %s stops it and exits 0', async (signal) => {
    const fixture = await startFixture();
    const first = await fixture.nextPid();
    process.kill(first, 'SIGKILL');
    const second = await fixture.nextPid();
    expect(second).not.toBe(first);
    expect(isAlive(second)).toBe(true);

    const exited = new Promise<number | null>((resolve) => fixture.process.once('exit', (code) => resolve(code)));
    fixture.process.kill(signal);
    expect(await exited).toBe(0);
    expect(isAlive(second)).toBe(false);
  });
});
