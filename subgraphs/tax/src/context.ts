import type { RequestContextBase } from '@zone/common';
import type { TaxConfig } from './config';
import type { PrismaClient } from './generated/prisma/client';
import { createTaxLoaders, type TaxLoaders } from './loaders';

export interface TaxContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: TaxLoaders;
  config: TaxConfig;
  /** Time of the request's writes (assessedAt, issuedAt). */
  clock: () => Date;
}

export function createTaxContext(prisma: PrismaClient, base: RequestContextBase, config: TaxConfig): TaxContext {
  return { ...base, prisma, loaders: createTaxLoaders(prisma, base.caller), config, clock: () => new Date() };
}
