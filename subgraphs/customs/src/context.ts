import type { RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import { createCustomsLoaders, type CustomsLoaders } from './loaders';

export interface CustomsContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: CustomsLoaders;
}

export function createCustomsContext(prisma: PrismaClient, base: RequestContextBase): CustomsContext {
  return { ...base, prisma, loaders: createCustomsLoaders(prisma, base.caller) };
}
