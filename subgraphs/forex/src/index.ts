import path from 'node:path';
import { idHashKeyFromEnv, type DepartmentDefinition, TRANSACTION_OPTIONS } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { createForexContext, type ForexContext, type ForexOptions } from './context';
import { resolvers } from './resolvers';
import { FOREX_BUCKETS } from './statistics';

/** The forex subgraph with its own key and clock (tests inject a fixed clock). */
export function createForexDefinition(options: ForexOptions): DepartmentDefinition<PrismaClient, ForexContext> {
  return {
    department: 'forex',
    dir: path.join(__dirname, '..'),
    resolvers,
    createPrisma: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
    createContext: (prisma, base, services) => createForexContext(prisma, base, options, services),
    statistics: FOREX_BUCKETS,
  };
}

/** Forex as every process runs it: ID_HASH_KEY from the environment, the system clock. */
export const forex = createForexDefinition({ idHashKey: idHashKeyFromEnv(process.env) });

export type { PrismaClient as ForexPrisma } from './generated/prisma/client';
export type { ForexOptions } from './context';
