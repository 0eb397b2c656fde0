import { createDepartmentDatabase, DEPARTMENTS, type DepartmentDatabase, type DepartmentPrisma, type Department } from '@zone/common';
import { demoOrderTotal, generateDemo, type DemoOptions } from '../demo/generate';
import { DEPARTMENT_ENTRIES } from './departments';

/** Orders `npm start` writes on its first start (DEMO_ORDERS overrides), with the generator's seed. */
export const START_DEMO_ORDERS = 2000;

export interface SeedOptions extends DemoOptions {
  urlOf: (department: Department) => string;
  idHashKey: string;
  /** Called after each batch with the number of orders written so far. */
  onProgress?: (written: number, total: number) => void;
}

/**
 * Writes the demo data set, each department's part through its own Prisma client into its own
 * schema, batch by batch. Re-running with the same options skips records that exist.
 */
export async function seedAll(options: SeedOptions): Promise<void> {
  const runtimes = new Map<Department, DepartmentDatabase<DepartmentPrisma>>();
  for (const department of DEPARTMENTS) {
    runtimes.set(department, createDepartmentDatabase(DEPARTMENT_ENTRIES[department].definition, { databaseUrl: options.urlOf(department), poolSize: 2 }));
  }
  const total = demoOrderTotal(options);
  let written = 0;
  try {
    for (const batch of generateDemo(options)) {
      await Promise.all(DEPARTMENTS.map((d) => DEPARTMENT_ENTRIES[d].seed(runtimes.get(d)!.prisma, batch, options.idHashKey)));
      written += batch.orders.length;
      options.onProgress?.(written, total);
    }
  } finally {
    await Promise.all([...runtimes.values()].map((r) => r.disconnect()));
  }
}

/** True when commerce already holds enterprises: the demo data was written before. */
export async function isSeeded(urlOf: (department: Department) => string): Promise<boolean> {
  const runtime = createDepartmentDatabase(DEPARTMENT_ENTRIES.commerce.definition, { databaseUrl: urlOf('commerce'), poolSize: 1 });
  try {
    const rows = (await runtime.prisma.$queryRaw`SELECT count(*)::int AS n FROM enterprise`) as { n: number }[];
    return (rows[0]?.n ?? 0) > 0;
  } finally {
    await runtime.disconnect();
  }
}
