import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { Pool, type PoolClient } from 'pg';
import type { Department } from './caller';
import { poolConfigFor } from './database';

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
  pool.on('connect', (client) => {
    if (counted.has(client)) return;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      metrics.sqlStatements.inc({ service: department });
      return query(...args);
    };
  });
  return pool;
}

/** Reads the current value of the SQL statement counter. */
export async function sqlStatementCount(metrics: ServiceMetrics): Promise<number> {
  const value = await metrics.sqlStatements.get();
  return value.values.reduce((sum, v) => sum + v.value, 0);
}
