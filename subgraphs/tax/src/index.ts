import path from 'node:path';
import type { DepartmentDefinition } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { createTaxContext, type TaxContext } from './context';
import { resolvers } from './resolvers';

export const tax: DepartmentDefinition<PrismaClient, TaxContext> = {
  department: 'tax',
  dir: path.join(__dirname, '..'),
  resolvers,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
  createContext: createTaxContext,
};

export type { PrismaClient as TaxPrisma } from './generated/prisma/client';
