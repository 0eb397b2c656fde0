import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaConfig } from 'prisma';
import type { Department } from './caller';
import { databaseUrlFor, poolConfigFor, schemaNameOf } from './database';

/**
 * prisma.config.ts of a department: the JS query engine over node-postgres (no native engine is
 * downloaded), each department in its own PostgreSQL schema.
 */
export function departmentPrismaConfig(department: Department, dir: string): PrismaConfig {
  return {
    experimental: { adapter: true },
    engine: 'js',
    schema: path.join(dir, 'prisma', 'schema.prisma'),
    migrations: { path: path.join(dir, 'prisma', 'migrations') },
    async adapter() {
      // The CLI never closes the pool; without allowExitOnIdle it would wait out the idle timeout.
      const pool = { ...poolConfigFor(department, databaseUrlFor(department, process.env)), allowExitOnIdle: true };
      return new PrismaPg(pool, { schema: schemaNameOf(department) });
    },
  } as PrismaConfig;
}
