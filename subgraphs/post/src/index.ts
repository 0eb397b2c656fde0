import path from 'node:path';
import { TRANSACTION_OPTIONS, settlementEvidenceDelivery, type DepartmentDefinition } from '@zone/common';
import { PrismaClient } from './generated/prisma/client';
import { createPostContext, type PostContext } from './context';
import { resolvers } from './resolvers';
import { POST_BUCKETS } from './statistics';

export const post: DepartmentDefinition<PrismaClient, PostContext> = {
  department: 'post',
  dir: path.join(__dirname, '..'),
  resolvers,
  createPrisma: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
  createContext: createPostContext,
  // A list decision, a delivery or a negative listing changes a bank's settlement answer: forex must hear of it.
  outboxDelivery: settlementEvidenceDelivery,
  statistics: POST_BUCKETS,
};

export type { PrismaClient as PostPrisma } from './generated/prisma/client';
