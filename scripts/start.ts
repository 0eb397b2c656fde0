// npm start: the whole product on one machine. Embedded PostgreSQL unless DATABASE_URL is set,
// migrations, demo data on first start, six department processes and the gateway, each restarted
// with backoff if it dies (the gateway meanwhile serves partial data naming a missing department).
// GATEWAY_REPLICA_PORTS adds gateway processes on the same database (and Redis), supervised alike.
// Ctrl-C (or SIGTERM) stops all and exits 0.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { DEPARTMENTS, parsePositiveInt } from '@zone/common';
import { DATA_DIR, ROOT, embeddedPostgresNeeded, resolveCursorKey, resolveDatabases, resolveIdHashKey } from './lib/database';
import { DEV_AUDIENCE, DEV_ISSUER, ensureDevKeys, issueDevToken } from '../gateway/src/auth/dev-keys';
import { subgraphUrlVariableOf } from '../gateway/src/config';
import { runDemoScenarios } from './demo/scenarios';
import { migrateAll } from './lib/migrate';
import { ensureConsoleBuilt } from './lib/console-build';
import { START_DEMO_ORDERS, isSeeded, seedAll } from './lib/seed';
import { beijingDayOf, demoOrderTotal } from './demo/generate';
import { loadStartPorts } from './lib/start-config';
import { Supervisor, supervisedChild, type SupervisedProcess } from './lib/supervisor';

const log = (message: string) => console.log(`[start] ${message}`);

let stopping = false;
const supervisor = new Supervisor({
  log,
  onGiveUp: (name) => {
    log(`${name} cannot be kept running; stopping everything`);
    void stop(1);
  },
});

/** One run of a service: a Node process of its own, in this script's process group (Ctrl-C reaches it too). */
function spawnService(entry: string, env: NodeJS.ProcessEnv, args: string[] = []): SupervisedProcess {
  return supervisedChild(
    spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  );
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

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('stopping');
  await supervisor.stopAll();
  log('stopped');
  process.exit(code);
}

/** Plays the demo scenarios through the gateway once, right after the demo data is written. */
async function playDemoScenarios(keysDir: string, gatewayPort: number): Promise<void> {
  log('playing the demo scenarios through the gateway');
  const outcomes = await runDemoScenarios(async (caller, query, variables) => {
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await issueDevToken(keysDir, caller, '10m')}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  });
  for (const outcome of outcomes) {
    log(`  ${outcome.actual === outcome.expected ? 'ok ' : 'UNEXPECTED'} ${outcome.name}: ${outcome.actual}${outcome.actual === outcome.expected ? '' : ` (expected ${outcome.expected})`}`);
  }
}

async function main(): Promise<void> {
  supervisor.stopOnSignals((code) => {
    log('stopped');
    process.exit(code);
  });
  const started = Date.now();
  // Checked before anything starts: a wrong port stops npm start with a message naming it.
  let ports;
  try {
    ports = loadStartPorts(process.env, { embeddedPostgres: embeddedPostgresNeeded(process.env) });
  } catch (error) {
    console.error(`[start] ${(error as Error).message}`);
    process.exit(1);
  }
  const databases = await resolveDatabases(log);
  const server = databases.server;
  if (server) {
    // The embedded server is already running: the first run is the one started above.
    let first = true;
    await supervisor.add({ name: 'PostgreSQL', tier: 0, start: async () => (first ? ((first = false), server.process()) : server.restart()) });
  }
  // The web console's build, made now when console/ changed since the last one (seconds).
  const consoleBuild = ensureConsoleBuilt(log);
  // Without a build the gateway still starts; /console then says how to build it.
  consoleBuild.catch((error: Error) => log(error.message));
  const idHashKey = resolveIdHashKey(log);
  log('applying migrations');
  await migrateAll(databases.urlOf);
  let seededNow = false;
  if (process.env.SEED !== 'false' && !(await isSeeded(databases.urlOf))) {
    seededNow = true;
    const orders = parsePositiveInt('DEMO_ORDERS', process.env.DEMO_ORDERS, START_DEMO_ORDERS);
    // The demo data reaches today: the base orders (January to October 2026) and as many per day since.
    const until = new Date();
    log(`seeding demo data: ${demoOrderTotal({ orders, until })} orders across the eight zones, reaching ${beijingDayOf(until)}`);
    await seedAll({ orders, until, idHashKey, urlOf: databases.urlOf, onProgress: (n, total) => log(`  ${n} / ${total} orders`) });
  } else {
    log('demo data already present: keeping it');
  }
  // Development keys: the issuer behind `npm run token`, the gateway's caller-assertion key and its audit tree-head key.
  const keysDir = path.join(DATA_DIR, 'keys');
  const keys = await ensureDevKeys(keysDir);
  const env: NodeJS.ProcessEnv = {
    ...databases.env,
    ID_HASH_KEY: idHashKey,
    CURSOR_KEY: resolveCursorKey(log),
    ...(process.env.JWKS_URL ? {} : { JWKS_PATH: process.env.JWKS_PATH ?? keys.jwks }),
    JWT_ISSUER: process.env.JWT_ISSUER ?? DEV_ISSUER,
    JWT_AUDIENCE: process.env.JWT_AUDIENCE ?? DEV_AUDIENCE,
    ASSERTION_KEY_PATH: process.env.ASSERTION_KEY_PATH ?? keys.assertionPrivate,
    ASSERTION_PUBLIC_KEY_PATH: process.env.ASSERTION_PUBLIC_KEY_PATH ?? keys.assertionPublic,
    AUDIT_SIGNING_KEY_PATH: process.env.AUDIT_SIGNING_KEY_PATH ?? keys.auditSigning,
    ATTESTATION_KEY_DIRECTORY_PATH: process.env.ATTESTATION_KEY_DIRECTORY_PATH ?? keys.attestationDirectory,
    // Development: a front-end dev server on any localhost port may call the gateway.
    CORS_ALLOW_LOCALHOST: process.env.CORS_ALLOW_LOCALHOST ?? 'true',
  };
  // Development: the console's sign-in offers the demo roles, minted with the issuer's key (never in production).
  const gatewayEnv: NodeJS.ProcessEnv = process.env.NODE_ENV === 'production' ? {} : { CONSOLE_DEMO_ISSUER_KEY_PATH: process.env.CONSOLE_DEMO_ISSUER_KEY_PATH ?? keys.issuerPrivate };
  const gatewayPort = ports.gateway;
  for (const department of DEPARTMENTS) {
    // Each department calls the federated API as its own system, with its own key.
    const departmentEnv = { GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`, SYSTEM_KEY_PATH: keys.systemPrivate[department], ATTESTATION_KEY_PATH: keys.attestation[department], ...env };
    await supervisor.add({ name: department, tier: 1, start: async () => spawnService(path.join('subgraphs', department, 'src', 'main.ts'), departmentEnv) });
  }
  await Promise.all(DEPARTMENTS.map((d) => waitHealthy(d, `http://127.0.0.1:${ports.departments[d]}/health`)));
  // The gateway finds each department where this script started it, also on ports moved by <DEPT>_PORT.
  const departmentUrls = Object.fromEntries(DEPARTMENTS.map((d) => [
    subgraphUrlVariableOf(d),
    process.env[subgraphUrlVariableOf(d)] ?? `http://127.0.0.1:${ports.departments[d]}/graphql`,
  ]));
  const gatewayEntry = path.join('gateway', 'src', 'main.ts');
  await consoleBuild.catch(() => undefined);
  await supervisor.add({ name: 'gateway', tier: 2, start: async () => spawnService(gatewayEntry, { ...env, ...gatewayEnv, ...departmentUrls }, process.argv.slice(2)) });
  // Replicas: the same gateway on other ports, sharing the audit database (and Redis when REDIS_URL is set).
  for (const port of ports.replicas) {
    await supervisor.add({ name: `gateway :${port}`, tier: 2, start: async () => spawnService(gatewayEntry, { ...env, ...gatewayEnv, ...departmentUrls, PORT: String(port) }, process.argv.slice(2)) });
  }
  await Promise.all([gatewayPort, ...ports.replicas].map((port) => waitHealthy(`gateway :${port}`, `http://127.0.0.1:${port}/ready`)));
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (seededNow) await playDemoScenarios(keysDir, gatewayPort);
  const platformToken = await issueDevToken(keysDir, { role: 'PLATFORM', org: 'ZONE-PLATFORM' });
  console.log(`
  Regulators' console      http://127.0.0.1:${gatewayPort}/console   (sign in with a token, or pick a demo role)
  Zone data-exchange API   http://127.0.0.1:${gatewayPort}/graphql   (open it in a browser for GraphiQL, or pick a demo role there)
  Liveness / readiness     http://127.0.0.1:${gatewayPort}/health  /ready
${ports.replicas.map((port) => `  Gateway replica          http://127.0.0.1:${port}/graphql   (same database${process.env.REDIS_URL ? ' and Redis' : ''})
`).join('')}  Departments              ${DEPARTMENTS.map((d) => `${d} :${ports.departments[d]}`).join(', ')} (they answer only the gateway)

  Every request needs a bearer token. A PLATFORM token, valid 8 hours (in GraphiQL: Headers tab,
  {"Authorization": "Bearer <token>"}):

  ${platformToken}

  Tokens for the other roles:
    npm run token -- --role PLATFORM  --org ZONE-PLATFORM
    npm run token -- --role BANK      --org <bank code>
    npm run token -- --role REGULATOR --org GD-COMMERCE-DEPT [--zone SHAOGUAN]
    npm run token -- --role OFFICER   --org <officer id> --zone SHAOGUAN --department customs
    npm run token -- --role SYSTEM    --org SYSTEM-CUSTOMS --department customs
    npm run token -- --role REGULATOR --org GD-AUDIT --scope audit:read     (reads the audit log)

  A department, the gateway or PostgreSQL that dies is restarted (after 0.5 s, doubling up to 30 s);
  meanwhile the gateway answers with partial data naming the missing department.
  Ctrl-C stops everything; the data stays for the next start.
`);
}

main().catch(async (error) => {
  console.error(error);
  await stop(1);
});
