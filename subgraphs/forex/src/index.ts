import path from 'node:path';
import type { DepartmentDefinition } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { createForexContext, type ForexContext } from './context';
import { resolvers } from './resolvers';

export const forex: DepartmentDefinition<PrismaClient, ForexContext> = {
  department: 'forex',
  dir: path.join(__dirname, '..'),
  resolvers,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
  createContext: createForexContext,
};

export type { PrismaClient as ForexPrisma } from './generated/prisma/client';
