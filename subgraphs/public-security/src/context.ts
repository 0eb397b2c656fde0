import type { RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import { createPublicSecurityLoaders, type PublicSecurityLoaders } from './loaders';

export interface PublicSecurityContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: PublicSecurityLoaders;
}

export function createPublicSecurityContext(prisma: PrismaClient, base: RequestContextBase): PublicSecurityContext {
  return { ...base, prisma, loaders: createPublicSecurityLoaders(prisma, base.caller) };
}
