import type { RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import { createForexLoaders, type ForexLoaders } from './loaders';

export interface ForexContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: ForexLoaders;
}

export function createForexContext(prisma: PrismaClient, base: RequestContextBase): ForexContext {
  return { ...base, prisma, loaders: createForexLoaders(prisma, base.caller) };
}
