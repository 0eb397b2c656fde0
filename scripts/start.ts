// npm start: the whole product on one machine. Embedded PostgreSQL unless DATABASE_URL is set,
// migrations, demo data on first start, six department processes and the gateway. Ctrl-C stops all.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DEFAULT_PORTS, DEPARTMENTS, parsePort, parsePositiveInt, portVariableOf } from '@zone/common';
import { ROOT, resolveDatabases, resolveIdHashKey } from './lib/database';
import { migrateAll } from './lib/migrate';
import { isSeeded, seedAll } from './lib/seed';

const log = (message: string) => console.log(`[start] ${message}`);
const children: { name: string; process: ChildProcess }[] = [];

function spawnService(name: string, entry: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) log(`${name} exited (${signal ?? code}); stopping everything`);
    if (!stopping) void stop(1);
  });
  children.push({ name, process: child });
  return child;
}

async function waitHealthy(name: string, url: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

let stopping = false;
let stopDatabase: () => Promise<void> = async () => undefined;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('stopping');
  await Promise.all(
    children.map(
      ({ process: child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
  await stopDatabase();
  log('stopped');
  process.exit(code);
}

async function main(): Promise<void> {
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  const started = Date.now();
  const databases = await resolveDatabases(log);
  stopDatabase = databases.stop;
  const idHashKey = resolveIdHashKey(log);
  log('applying migrations');
  await migrateAll(databases.urlOf);
  if (process.env.SEED !== 'false' && !(await isSeeded(databases.urlOf))) {
    const orders = parsePositiveInt('DEMO_ORDERS', process.env.DEMO_ORDERS, 2000);
    log(`seeding demo data: ${orders} orders across the eight zones`);
    await seedAll({ orders, idHashKey, urlOf: databases.urlOf, onProgress: (n, total) => log(`  ${n} / ${total} orders`) });
  } else {
    log('demo data already present: keeping it');
  }
  const env = { ...databases.env, ID_HASH_KEY: idHashKey };
  for (const department of DEPARTMENTS) {
    spawnService(department, path.join('subgraphs', department, 'src', 'main.ts'), env);
  }
  await Promise.all(
    DEPARTMENTS.map((d) => {
      const port = parsePort(portVariableOf(d), process.env[portVariableOf(d)], DEFAULT_PORTS[d]);
      return waitHealthy(d, `http://127.0.0.1:${port}/health`);
    }),
  );
  const gatewayPort = parsePort('PORT', process.env.PORT, 4000);
  spawnService('gateway', path.join('gateway', 'src', 'main.ts'), env, process.argv.slice(2));
  await waitHealthy('gateway', `http://127.0.0.1:${gatewayPort}/ready`);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`
  Zone data-exchange API   http://127.0.0.1:${gatewayPort}/graphql   (open it in a browser for GraphiQL)
  Liveness / readiness     http://127.0.0.1:${gatewayPort}/health  /ready
  Departments              ${DEPARTMENTS.map((d) => `${d} :${DEFAULT_PORTS[d]}`).join(', ')}
  Ctrl-C stops everything; the data stays for the next start.
`);
}

main().catch(async (error) => {
  console.error(error);
  await stop(1);
});
