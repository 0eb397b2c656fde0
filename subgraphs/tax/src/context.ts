import type { RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import { createTaxLoaders, type TaxLoaders } from './loaders';

export interface TaxContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: TaxLoaders;
}

export function createTaxContext(prisma: PrismaClient, base: RequestContextBase): TaxContext {
  return { ...base, prisma, loaders: createTaxLoaders(prisma, base.caller) };
}
