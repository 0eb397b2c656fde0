import path from 'node:path';
import type { DepartmentDefinition } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { createCommerceContext, type CommerceContext } from './context';
import { resolvers } from './resolvers';

export const commerce: DepartmentDefinition<PrismaClient, CommerceContext> = {
  department: 'commerce',
  dir: path.join(__dirname, '..'),
  resolvers,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
  createContext: createCommerceContext,
};

export type { PrismaClient as CommercePrisma } from './generated/prisma/client';
