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

/**
 * Bounds of every audit session, so that no stalled peer (a frozen or partitioned gateway) holds
 * a lock, a transaction or the sequencer's leadership for more than a few seconds: a statement,
 * a wait for a lock and an idle open transaction are each cut after a few seconds; PostgreSQL
 * probes an idle connection after 5 s and drops it after 3 unanswered probes 2 s apart (so a
 * partitioned leader's session, and its advisory lock, are gone within about 15 s), and the
 * client probes its side too and gives up on a query the server never answers.
 */
export const AUDIT_SESSION_LIMITS = {
  statementTimeoutMs: 5000,
  lockTimeoutMs: 3000,
  idleInTransactionTimeoutMs: 5000,
  tcpKeepalivesIdleS: 5,
  tcpKeepalivesIntervalS: 2,
  tcpKeepalivesCount: 3,
  clientKeepAliveDelayMs: 5000,
  connectionTimeoutMs: 5000,
  /** A query with no answer at all (the server unreachable, so its own timeout cannot answer) fails after this. */
  clientQueryTimeoutMs: 10000,
} as const;

/** The `options` startup parameter setting AUDIT_SESSION_LIMITS in each session. */
export function auditSessionOptions(limits: typeof AUDIT_SESSION_LIMITS = AUDIT_SESSION_LIMITS): string {
  return [
    `-c search_path=${AUDIT_SCHEMA}`,
    `-c statement_timeout=${limits.statementTimeoutMs}`,
    `-c lock_timeout=${limits.lockTimeoutMs}`,
    `-c idle_in_transaction_session_timeout=${limits.idleInTransactionTimeoutMs}`,
    `-c tcp_keepalives_idle=${limits.tcpKeepalivesIdleS}`,
    `-c tcp_keepalives_interval=${limits.tcpKeepalivesIntervalS}`,
    `-c tcp_keepalives_count=${limits.tcpKeepalivesCount}`,
  ].join(' ');
}

/**
 * node-postgres settings whose sessions see schema "audit" only, Prisma's migration table
 * included, each session bounded by AUDIT_SESSION_LIMITS. `bounded: false` (migrations only)
 * leaves out the timeouts, which a long migration could exceed.
 */
export function auditPoolConfig(connectionString: string, max = 4, bounded = true): PoolConfig {
  if (!bounded) return { connectionString, max, options: `-c search_path=${AUDIT_SCHEMA}` };
  return {
    connectionString,
    max,
    options: auditSessionOptions(),
    keepAlive: true,
    keepAliveInitialDelayMillis: AUDIT_SESSION_LIMITS.clientKeepAliveDelayMs,
    connectionTimeoutMillis: AUDIT_SESSION_LIMITS.connectionTimeoutMs,
    query_timeout: AUDIT_SESSION_LIMITS.clientQueryTimeoutMs,
  };
}
