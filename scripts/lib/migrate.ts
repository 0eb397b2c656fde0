import { spawn } from 'node:child_process';
import path from 'node:path';
import { DEPARTMENTS, databaseUrlVariableOf, type Department } from '@zone/common';

const ROOT = path.join(__dirname, '..', '..');
const PRISMA = path.join(ROOT, 'node_modules', '.bin', 'prisma');

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output}`))));
  });
}

/** Applies every department's Prisma migrations (`prisma migrate deploy`), each into its own schema. */
export async function migrateAll(urlOf: (department: Department) => string): Promise<void> {
  // Two at a time: each is a Node process, and these machines have two cores.
  const queue = [...DEPARTMENTS];
  const worker = async () => {
    for (let department = queue.shift(); department; department = queue.shift()) {
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: urlOf(department) };
      delete env[databaseUrlVariableOf(department)];
      await run(PRISMA, ['migrate', 'deploy'], path.join(ROOT, 'subgraphs', department), env);
    }
  };
  await Promise.all([worker(), worker()]);
}
