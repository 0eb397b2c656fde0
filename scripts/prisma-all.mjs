// Runs a Prisma CLI command in every department that has a Prisma schema, then in the gateway
// (its audit log, schema "audit"):
//   node scripts/prisma-all.mjs generate | validate | deploy
// generate and validate need no database; deploy applies migrations to DATABASE_URL (or a
// department's own <DEPT>_DATABASE_URL, or the audit log's own AUDIT_DATABASE_URL).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const departments = ['commerce', 'customs', 'tax', 'forex', 'post', 'public-security'];
const projects = [...departments.map((department) => ({ name: department, dir: path.join(root, 'subgraphs', department) })), { name: 'audit', dir: path.join(root, 'gateway') }];
const command = process.argv[2];
const args = { generate: ['generate'], validate: ['validate'], deploy: ['migrate', 'deploy'] }[command];
if (!args) {
  console.error('usage: node scripts/prisma-all.mjs generate|validate|deploy');
  process.exit(2);
}
const prismaBin = path.join(root, 'node_modules', '.bin', 'prisma');
for (const { name, dir } of projects) {
  if (!existsSync(path.join(dir, 'prisma', 'schema.prisma'))) continue;
  // The schema names DATABASE_URL; code generation only needs it to be defined.
  // CHECKPOINT_DISABLE: the Prisma CLI otherwise phones home for update checks.
  const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'postgresql://localhost/unused', CHECKPOINT_DISABLE: '1' };
  const result = spawnSync(prismaBin, args, { cwd: dir, env, stdio: command === 'deploy' ? 'pipe' : ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    if (result.stdout) process.stderr.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    console.error(`prisma ${args.join(' ')} failed for ${name}`);
    process.exit(result.status ?? 1);
  }
  console.log(`prisma ${args.join(' ')}: ${name} done`);
}
