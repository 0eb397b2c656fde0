import path from 'node:path';
import { TRANSACTION_OPTIONS, type DepartmentDefinition } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { loadPublicSecurityConfig, type PublicSecurityConfig } from './config';
import { createPublicSecurityContext, type PublicSecurityContext } from './context';
import { resolvers } from './resolvers';
import { PUBLIC_SECURITY_BUCKETS } from './statistics';

// Read on the first request rather than at import: whoever builds the service (main.ts, the
// in-process stack of tests and benchmarks) has set the environment by then, and it is read once.
let config: PublicSecurityConfig | undefined;

export const publicSecurity: DepartmentDefinition<PrismaClient, PublicSecurityContext> = {
  department: 'public-security',
  dir: path.join(__dirname, '..'),
  resolvers,
  createPrisma: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
  createContext: (prisma, base, services) => createPublicSecurityContext(prisma, base, (config ??= loadPublicSecurityConfig(process.env)), services),
  statistics: PUBLIC_SECURITY_BUCKETS,
};

export type { PrismaClient as PublicSecurityPrisma } from './generated/prisma/client';
