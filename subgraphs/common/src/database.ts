import type { PoolConfig } from 'pg';
import type { Department } from './caller';

/** PostgreSQL schema holding a department's tables ("public-security" -> "public_security"). */
export function schemaNameOf(department: Department): string {
  return department.replace('-', '_');
}

/** Environment variable with a department's own database URL (e.g. PUBLIC_SECURITY_DATABASE_URL). */
export function databaseUrlVariableOf(department: Department): string {
  return `${schemaNameOf(department).toUpperCase()}_DATABASE_URL`;
}

/**
 * A department's database URL: its own variable when set, otherwise the shared DATABASE_URL
 * (every department then lives in its own schema of one database).
 */
export function databaseUrlFor(department: Department, env: NodeJS.ProcessEnv): string {
  const own = env[databaseUrlVariableOf(department)];
  const url = own || env.DATABASE_URL;
  if (!url) {
    throw new Error(`${databaseUrlVariableOf(department)} or DATABASE_URL must be set to reach the ${department} database`);
  }
  return url;
}

/**
 * node-postgres settings for a department: every session's search_path is the department's schema,
 * so its tables and Prisma's own migration table live there and nowhere else.
 */
export function poolConfigFor(department: Department, connectionString: string, max = 10): PoolConfig {
  return { connectionString, max, options: `-c search_path=${schemaNameOf(department)}` };
}

/**
 * Interactive transactions of every department: waiting up to 10 s for a pooled connection and
 * running up to 15 s. Prisma's defaults (2 s and 5 s) turn a busy pool under load into failed
 * writes ("Unable to start a transaction in the given time") where waiting a little longer
 * would have served them.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;
