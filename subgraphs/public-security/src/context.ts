import type { RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import type { PublicSecurityConfig } from './config';
import { createPublicSecurityLoaders, type PublicSecurityLoaders } from './loaders';

export interface PublicSecurityContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: PublicSecurityLoaders;
  config: PublicSecurityConfig;
}

export function createPublicSecurityContext(prisma: PrismaClient, base: RequestContextBase, config: PublicSecurityConfig): PublicSecurityContext {
  return { ...base, prisma, loaders: createPublicSecurityLoaders(prisma, base.caller), config };
}
