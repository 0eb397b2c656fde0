import { spawn } from 'node:child_process';
import path from 'node:path';
import { DEPARTMENTS, databaseUrlVariableOf, type Department } from '@zone/common';

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

/** Applies every department's Prisma migrations (`prisma migrate deploy`), each into its own schema. */
export async function migrateAll(urlOf: (department: Department) => string): Promise<void> {
  // One after the other: Prisma holds one advisory lock per database while it migrates.
  for (const department of DEPARTMENTS) {
    // CHECKPOINT_DISABLE: the Prisma CLI otherwise phones home for update checks.
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: urlOf(department), CHECKPOINT_DISABLE: '1' };
    delete env[databaseUrlVariableOf(department)];
    await migrateDeploy(path.join(ROOT, 'subgraphs', department), env);
  }
}
