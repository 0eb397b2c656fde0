import path from 'node:path';
import { TRANSACTION_OPTIONS, settlementEvidenceDelivery, type DepartmentDefinition } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { loadCustomsConfig, type CustomsConfig } from './config';
import { createCustomsContext, type CustomsContext } from './context';
import { resolvers } from './resolvers';
import { CUSTOMS_BUCKETS } from './statistics';

// Read on the first request rather than at import: whoever builds the service (main.ts, the
// in-process stack of tests and benchmarks) has set the environment by then, and it is read once.
let config: CustomsConfig | undefined;

export const customs: DepartmentDefinition<PrismaClient, CustomsContext> = {
  department: 'customs',
  dir: path.join(__dirname, '..'),
  resolvers,
  createPrisma: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
  createContext: (prisma, base, services) => createCustomsContext(prisma, base, (config ??= loadCustomsConfig(process.env)), undefined, services),
  // A list decision, a delivery or a negative listing changes a bank's settlement answer: forex must hear of it.
  outboxDelivery: settlementEvidenceDelivery,
  statistics: CUSTOMS_BUCKETS,
};

export type { PrismaClient as CustomsPrisma } from './generated/prisma/client';
