import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { Pool, type PoolClient } from 'pg';
import type { Department } from './caller';
import { poolConfigFor, schemaNameOf } from './database';
import { inSpan, tracingOn } from './tracing';

export interface ServiceMetrics {
  registry: Registry;
  sqlStatements: Counter<'service'>;
}

/** A metrics registry of one service (one per process in production, one per service in tests). */
export function createServiceMetrics(service: string, withDefaults = false): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (withDefaults) collectDefaultMetrics({ register: registry });
  const sqlStatements = new Counter({
    name: 'zone_sql_statements_total',
    help: 'SQL statements sent to PostgreSQL',
    labelNames: ['service'] as const,
    registers: [registry],
  });
  return { registry, sqlStatements };
}

/** Adds Node's process metrics (CPU, memory, heap, event loop lag, GC, handles) to a service's registry. */
export function collectProcessMetrics(metrics: ServiceMetrics): void {
  collectDefaultMetrics({ register: metrics.registry });
}

const counted = new WeakSet<PoolClient>();

/** Longest SQL text a span carries (statements are parameterised: text without values). */
const MAX_TRACED_SQL = 2000;

/** `SELECT "orders"`, `INSERT "audit_entries"`, `BEGIN`: the statement's operation and first table, as a span name. */
function sqlSpanName(text: string): string {
  const operation = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL';
  const table = /\b(?:FROM|INTO|UPDATE|JOIN)\s+((?:"[^"]+"|\w+)(?:\.(?:"[^"]+"|\w+))?)/i.exec(text)?.[1];
  return table ? `${operation} ${table}` : operation;
}

type QueryArgs = unknown[];

/**
 * A statement sent with a promise (no callback) in a span of its own when tracing is on: started in
 * the caller's context, so it belongs to the request that sent it (pg's callback path may run in
 * another request's context while it waits for a connection).
 */
function tracedQuery(department: Department, send: (...args: QueryArgs) => unknown, args: QueryArgs): unknown {
  if (!tracingOn() || args.some((arg) => typeof arg === 'function')) return send(...args);
  const first = args[0] as string | { text?: string; name?: string; submit?: unknown } | undefined;
  // A submittable (cursor, stream) is returned as it is, not as a promise.
  if (typeof first === 'object' && typeof first?.submit === 'function') return send(...args);
  const text = typeof first === 'string' ? first : (first?.text ?? '');
  const attributes: Record<string, string> = { 'db.system.name': 'postgresql', 'db.namespace': schemaNameOf(department), 'db.query.text': text.slice(0, MAX_TRACED_SQL) };
  if (typeof first === 'object' && first?.name) attributes['db.statement.name'] = first.name;
  return inSpan(sqlSpanName(text), { attributes, service: department }, async (span) => {
    const result = (await send(...args)) as { rowCount?: number | null } | undefined;
    if (typeof result?.rowCount === 'number') span?.setAttribute('db.response.returned_rows', result.rowCount);
    return result;
  });
}

/**
 * A node-postgres pool for a department whose every statement is counted, whichever path it takes
 * (pool.query and transactions both run on a pooled client).
 */
export function createDepartmentPool(
  department: Department,
  connectionString: string,
  metrics: ServiceMetrics,
  max?: number,
): Pool {
  const pool = new Pool(poolConfigFor(department, connectionString, max));
  // An idle connection that PostgreSQL closes (restart, shutdown) must not crash the process: the
  // pool drops it and the next query opens a new one or reports the failure.
  pool.on('error', () => undefined);
  // Reads through the pool (the row reader, Prisma outside transactions) and statements on a
  // checked-out client (Prisma's transactions) each get a span when tracing is on.
  const poolQuery = pool.query.bind(pool) as (...args: QueryArgs) => unknown;
  (pool as unknown as { query: (...args: QueryArgs) => unknown }).query = (...args: QueryArgs) => tracedQuery(department, poolQuery, args);
  pool.on('connect', (client) => {
    if (counted.has(client)) return;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      metrics.sqlStatements.inc({ service: department });
      return tracedQuery(department, query, args);
    };
  });
  return pool;
}

/** Reads the current value of the SQL statement counter. */
export async function sqlStatementCount(metrics: ServiceMetrics): Promise<number> {
  const value = await metrics.sqlStatements.get();
  return value.values.reduce((sum, v) => sum + v.value, 0);
}
