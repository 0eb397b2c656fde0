import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DEPARTMENTS, databaseUrlVariableOf, parsePort, type Department } from '@zone/common';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';

export const ROOT = path.join(__dirname, '..', '..');
/** Local state of the one-command demo: embedded cluster, its password, the ID hash key. */
export const DATA_DIR = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(ROOT, '.data');

export interface Databases {
  urlOf: (department: Department) => string;
  /** Environment for the department processes. */
  env: NodeJS.ProcessEnv;
  embedded: boolean;
  /** The embedded server, when it runs here (for npm start to supervise); null with DATABASE_URL. */
  server: RunningPostgres | null;
  stop: () => Promise<void>;
}

/** Whether resolveDatabases starts the embedded server: neither DATABASE_URL nor every <DEPT>_DATABASE_URL is set. */
export function embeddedPostgresNeeded(env: NodeJS.ProcessEnv): boolean {
  return !env.DATABASE_URL && !DEPARTMENTS.every((d) => env[databaseUrlVariableOf(d)]);
}

/**
 * DATABASE_URL (or one <DEPT>_DATABASE_URL per department) when given; otherwise embedded
 * PostgreSQL under DATA_DIR on EMBEDDED_PG_PORT (default 54329).
 */
export async function resolveDatabases(log: (message: string) => void, embeddedDatabase = 'zones'): Promise<Databases> {
  if (!embeddedPostgresNeeded(process.env)) {
    const shared = process.env.DATABASE_URL;
    const urlOf = (d: Department) => process.env[databaseUrlVariableOf(d)] || shared!;
    return { urlOf, env: {}, embedded: false, server: null, stop: async () => undefined };
  }
  const port = parsePort('EMBEDDED_PG_PORT', process.env.EMBEDDED_PG_PORT, 54329);
  log(`No DATABASE_URL: starting embedded PostgreSQL on 127.0.0.1:${port} (data in ${DATA_DIR})`);
  const pg = await startEmbeddedPostgres({ dir: DATA_DIR, port, database: embeddedDatabase });
  return { urlOf: () => pg.url, env: { DATABASE_URL: pg.url }, embedded: true, server: pg, stop: pg.stop };
}

/** ID_HASH_KEY from the environment, else a key generated once and kept in DATA_DIR (never in git). */
export function resolveIdHashKey(log: (message: string) => void): string {
  if (process.env.ID_HASH_KEY) return process.env.ID_HASH_KEY;
  const file = path.join(DATA_DIR, 'id-hash-key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    log(`No ID_HASH_KEY: generated one in ${file}`);
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * CURSOR_KEY (the HMAC key of the feed's and searches' cursors) from the environment, else a key
 * generated once and kept in DATA_DIR (never in git), so cursors stay valid across restarts.
 */
export function resolveCursorKey(log: (message: string) => void): string {
  if (process.env.CURSOR_KEY) return process.env.CURSOR_KEY;
  const file = path.join(DATA_DIR, 'cursor-key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    log(`No CURSOR_KEY: generated one in ${file}`);
  }
  return fs.readFileSync(file, 'utf8').trim();
}
