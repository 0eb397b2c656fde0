import path from 'node:path';
import { TRANSACTION_OPTIONS, type DepartmentDefinition } from '@zone/common';
import { loadTaxConfig, type TaxConfig } from './config';
import { PrismaClient } from './generated/prisma/client';
import { createTaxContext, type TaxContext } from './context';
import { resolvers } from './resolvers';
import { TAX_STATISTICS } from './statistics';

// Read on the first request rather than at import, so that tools importing the definition (seed,
// migrations) need no tax settings; a wrong setting fails that first request with the variable's name.
let config: TaxConfig | undefined;

export const tax: DepartmentDefinition<PrismaClient, TaxContext> = {
  department: 'tax',
  dir: path.join(__dirname, '..'),
  resolvers,
  createPrisma: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
  createContext: (prisma, base, services) => createTaxContext(prisma, base, (config ??= loadTaxConfig(process.env)), services),
  statistics: TAX_STATISTICS,
};

export type { PrismaClient as TaxPrisma } from './generated/prisma/client';
