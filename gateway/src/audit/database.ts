import type { PoolConfig } from 'pg';

// No import of the generated client here: prisma.config.ts loads this file before that client exists.

/** PostgreSQL schema of the audit log. */
export const AUDIT_SCHEMA = 'audit';

/** Environment variable with the audit log's own database URL (else DATABASE_URL). */
export const AUDIT_DATABASE_URL_VARIABLE = 'AUDIT_DATABASE_URL';

/**
 * The audit log's database URL: AUDIT_DATABASE_URL when set, otherwise the shared DATABASE_URL
 * (the log then lives in schema "audit" next to the departments' schemas).
 */
export function auditDatabaseUrlFrom(env: NodeJS.ProcessEnv): string {
  const url = env[AUDIT_DATABASE_URL_VARIABLE] || env.DATABASE_URL;
  if (!url) throw new Error(`${AUDIT_DATABASE_URL_VARIABLE} or DATABASE_URL must be set to reach the audit log`);
  return url;
}

/** node-postgres settings whose sessions see schema "audit" only, Prisma's migration table included. */
export function auditPoolConfig(connectionString: string, max = 4): PoolConfig {
  return { connectionString, max, options: `-c search_path=${AUDIT_SCHEMA}` };
}
