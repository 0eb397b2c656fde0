import path from 'node:path';
import type { DepartmentDefinition } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { createCustomsContext, type CustomsContext } from './context';
import { resolvers } from './resolvers';

export const customs: DepartmentDefinition<PrismaClient, CustomsContext> = {
  department: 'customs',
  dir: path.join(__dirname, '..'),
  resolvers,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
  createContext: createCustomsContext,
};

export type { PrismaClient as CustomsPrisma } from './generated/prisma/client';
