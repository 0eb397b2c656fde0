import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaConfig } from 'prisma';
import { AUDIT_SCHEMA, auditDatabaseUrlFrom, auditPoolConfig } from './src/audit/database';

// As a department's prisma.config.ts (subgraphs/common/src/prisma-config.ts): the JS query engine
// over node-postgres, but for the gateway's audit log in schema "audit".
export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'prisma', 'schema.prisma'),
  migrations: { path: path.join(__dirname, 'prisma', 'migrations') },
  async adapter() {
    // The CLI never closes the pool; without allowExitOnIdle it would wait out the idle timeout.
    const pool = { ...auditPoolConfig(auditDatabaseUrlFrom(process.env), 4, false), allowExitOnIdle: true };
    return new PrismaPg(pool, { schema: AUDIT_SCHEMA });
  },
} as PrismaConfig;
