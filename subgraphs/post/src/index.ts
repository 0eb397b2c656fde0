import path from 'node:path';
import { TRANSACTION_OPTIONS, type DepartmentDefinition } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { createPostContext, type PostContext } from './context';
import { resolvers } from './resolvers';

export const post: DepartmentDefinition<PrismaClient, PostContext> = {
  department: 'post',
  dir: path.join(__dirname, '..'),
  resolvers,
  createPrisma: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
  createContext: createPostContext,
};

export type { PrismaClient as PostPrisma } from './generated/prisma/client';
