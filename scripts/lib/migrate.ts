import { spawn } from 'node:child_process';
import path from 'node:path';
import { DEPARTMENTS, databaseUrlVariableOf, type Department } from '@zone/common';
import { AUDIT_DATABASE_URL_VARIABLE } from '../../gateway/src/audit/database';

const ROOT = path.join(__dirname, '..', '..');
const PRISMA = path.join(ROOT, 'node_modules', '.bin', 'prisma');

/**
 * Output with which `prisma migrate deploy` reports success. After it the 6.19 CLI idles for ten
 * seconds on a timer its schema engine leaves behind, so the process is ended once it has said so.
 */
const DEPLOYED = /All migrations have been successfully applied|No pending migrations to apply/;

function migrateDeploy(cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(PRISMA, ['migrate', 'deploy'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let deployed = false;
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (!deployed && DEPLOYED.test(output)) {
        deployed = true;
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => (deployed || code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed in ${cwd}:\n${output}`))));
  });
}

export interface MigrateAllOptions {
  /**
   * Database of the gateway's audit log (schema "audit"). Default: AUDIT_DATABASE_URL, else the
   * database every department shares in urlOf (the embedded server, a test template), else
   * DATABASE_URL.
   */
  auditUrl?: string;
}

/** The audit log's database when the caller does not name it; throws when there is none to take. */
export function defaultAuditUrl(urlOf: (department: Department) => string, env: NodeJS.ProcessEnv = process.env): string {
  if (env[AUDIT_DATABASE_URL_VARIABLE]) return env[AUDIT_DATABASE_URL_VARIABLE];
  // Before DATABASE_URL: the test setup keeps its server in DATABASE_URL but migrates a template database.
  const urls = new Set(DEPARTMENTS.map(urlOf));
  if (urls.size === 1) return [...urls][0]!;
  if (env.DATABASE_URL) return env.DATABASE_URL;
  throw new Error(`${AUDIT_DATABASE_URL_VARIABLE} or DATABASE_URL must be set: the departments have databases of their own, and the audit log needs one`);
}

/**
 * Applies every department's Prisma migrations (`prisma migrate deploy`), each into its own
 * schema, then the gateway's audit log migrations into schema "audit".
 */
export async function migrateAll(urlOf: (department: Department) => string, options: MigrateAllOptions = {}): Promise<void> {
  // Resolved first: a missing audit database stops the run before anything is migrated.
  const auditUrl = options.auditUrl ?? defaultAuditUrl(urlOf);
  // One after the other: Prisma holds one advisory lock per database while it migrates.
  for (const department of DEPARTMENTS) {
    // CHECKPOINT_DISABLE: the Prisma CLI otherwise phones home for update checks.
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: urlOf(department), CHECKPOINT_DISABLE: '1' };
    delete env[databaseUrlVariableOf(department)];
    await migrateDeploy(path.join(ROOT, 'subgraphs', department), env);
  }
  await migrateAudit(auditUrl);
}

/** Applies the gateway's audit log migrations (gateway/prisma) to schema "audit" of the given database. */
export async function migrateAudit(url: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: '1' };
  delete env[AUDIT_DATABASE_URL_VARIABLE];
  await migrateDeploy(path.join(ROOT, 'gateway'), env);
}
