import type { RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import type { CustomsConfig } from './config';
import { createCustomsLoaders, type CustomsLoaders } from './loaders';

export interface CustomsContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: CustomsLoaders;
  config: CustomsConfig;
  /** The current time: declaration, release and request times (tests may fix it). */
  clock: () => Date;
}

const systemClock = () => new Date();

export function createCustomsContext(prisma: PrismaClient, base: RequestContextBase, config: CustomsConfig, clock: () => Date = systemClock): CustomsContext {
  return { ...base, prisma, loaders: createCustomsLoaders(prisma, base.caller), config, clock };
}
