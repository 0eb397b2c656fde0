import path from 'node:path';
import type { DepartmentDefinition } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { createPublicSecurityContext, type PublicSecurityContext } from './context';
import { resolvers } from './resolvers';

export const publicSecurity: DepartmentDefinition<PrismaClient, PublicSecurityContext> = {
  department: 'public-security',
  dir: path.join(__dirname, '..'),
  resolvers,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
  createContext: createPublicSecurityContext,
};

export type { PrismaClient as PublicSecurityPrisma } from './generated/prisma/client';
