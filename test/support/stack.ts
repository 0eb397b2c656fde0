import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  DEPARTMENTS,
  createDepartmentRuntime,
  createLogger,
  sqlStatementCount,
  type Department,
  type DepartmentPrisma,
  type DepartmentRuntime,
  type RunningService,
} from '@zone/common';
import fs from 'node:fs';
import { DEFAULT_SUPERGRAPH_PATH } from '../../gateway/src/config';
import { createGateway, type RunningGateway } from '../../gateway/src/gateway';
import { DEPARTMENT_ENTRIES } from '../../scripts/lib/departments';
import { withDatabase } from './urls';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Stack {
  gatewayUrl: string;
  gatewayBase: string;
  databaseUrl: string;
  runtimes: Record<Department, DepartmentRuntime<DepartmentPrisma>>;
  services: Record<Department, RunningService>;
  subgraphUrls: Record<Department, string>;
  query: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLResponse<T>>;
  sqlCount: (department: Department) => Promise<number>;
  /** Stops one department's server (its database stays). */
  stopDepartment: (department: Department) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * The product as it runs, in one test process: a fresh clone of the test database, the six
 * departments' servers and the gateway, each on its own port, talking HTTP to each other.
 */
export async function startStack(): Promise<Stack> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL!;
  const database = `${process.env.TEST_TEMPLATE_DB!.replace('zone_tpl_', 'zone_t_')}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${process.env.TEST_TEMPLATE_DB!}"`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, database);

  const runtimes = {} as Record<Department, DepartmentRuntime<DepartmentPrisma>>;
  const services = {} as Record<Department, RunningService>;
  const subgraphUrls = {} as Record<Department, string>;
  for (const department of DEPARTMENTS) {
    runtimes[department] = createDepartmentRuntime(DEPARTMENT_ENTRIES[department].definition, { databaseUrl, poolSize: 4 });
    services[department] = await runtimes[department].service.listen(0);
    subgraphUrls[department] = services[department].url;
  }
  const gateway = createGateway({
    supergraphSdl: fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls,
    subgraphTimeoutMs: 5000,
    log: createLogger('gateway'),
  });
  const running: RunningGateway = await gateway.listen(0);
  const stopped = new Set<Department>();

  return {
    gatewayUrl: running.url,
    gatewayBase: running.url.replace(/\/graphql$/, ''),
    databaseUrl,
    runtimes,
    services,
    subgraphUrls,
    query: async (query, variables, headers) => {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    sqlCount: (department) => sqlStatementCount(runtimes[department].metrics),
    stopDepartment: async (department) => {
      stopped.add(department);
      await services[department].close();
    },
    close: async () => {
      await running.close();
      for (const department of DEPARTMENTS) {
        if (!stopped.has(department)) await services[department].close();
        await runtimes[department].disconnect();
      }
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
