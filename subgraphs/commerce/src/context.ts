import type { RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import { createCommerceLoaders, type CommerceLoaders } from './loaders';

export interface CommerceContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: CommerceLoaders;
}

export function createCommerceContext(prisma: PrismaClient, base: RequestContextBase): CommerceContext {
  return { ...base, prisma, loaders: createCommerceLoaders(prisma, base.caller) };
}
