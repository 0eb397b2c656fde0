import path from 'node:path';
import { idHashKeyFromEnv, settlementEvidenceDelivery, type DepartmentDefinition, TRANSACTION_OPTIONS } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { createCommerceContext, type CommerceContext, type CommerceOptions } from './context';
import { resolvers } from './resolvers';
import { COMMERCE_BUCKETS } from './statistics';

/** The commerce subgraph with its own key and clock (tests inject a fixed clock). */
export function createCommerceDefinition(options: CommerceOptions): DepartmentDefinition<PrismaClient, CommerceContext> {
  return {
    department: 'commerce',
    dir: path.join(__dirname, '..'),
    resolvers,
    createPrisma: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
    createContext: (prisma, base, services) => createCommerceContext(prisma, base, options, services),
    // A list decision, a delivery or a negative listing changes a bank's settlement answer: forex must hear of it.
    outboxDelivery: settlementEvidenceDelivery,
    statistics: COMMERCE_BUCKETS,
  };
}

/** Commerce as every process runs it: ID_HASH_KEY from the environment, the system clock. */
export const commerce = createCommerceDefinition({ idHashKey: idHashKeyFromEnv(process.env) });

export type { PrismaClient as CommercePrisma } from './generated/prisma/client';
export type { CommerceOptions } from './context';
