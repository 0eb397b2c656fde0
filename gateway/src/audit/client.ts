import { Pool } from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { AUDIT_SCHEMA, auditPoolConfig } from './database';

export type AuditPrisma = PrismaClient;
export type { AuditEntry } from '../generated/prisma/client';

export interface AuditDatabaseOptions {
  /** AUDIT_DATABASE_URL, else DATABASE_URL (auditDatabaseUrlFrom). */
  url: string;
  /** PostgreSQL connections (2): one log writes one batch at a time; the other serves verification. */
  poolSize?: number;
}

export interface AuditDatabase {
  prisma: AuditPrisma;
  /** The node-postgres pool under `prisma`: the log's submissions go through it as one fixed statement per batch. */
  pool: Pool;
  /** Ends the client and its pool. */
  disconnect: () => Promise<void>;
}

/** The audit log's Prisma client (JS engine over node-postgres), its sessions in schema "audit". */
export function createAuditDatabase(options: AuditDatabaseOptions): AuditDatabase {
  const pool = new Pool(auditPoolConfig(options.url, options.poolSize ?? 2));
  // An idle connection that PostgreSQL closes (restart, shutdown) must not crash the process: the
  // pool drops it and the next query opens a new one or reports the failure.
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { schema: AUDIT_SCHEMA }) });
  return {
    prisma,
    pool,
    disconnect: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
