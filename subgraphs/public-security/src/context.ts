import type { AttestationSigner, DepartmentServices, RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import type { PublicSecurityConfig } from './config';
import { createPublicSecurityLoaders, type PublicSecurityLoaders } from './loaders';

export interface PublicSecurityContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: PublicSecurityLoaders;
  config: PublicSecurityConfig;
  /** Public security's current attestation key; null: checks are recorded without attestations. */
  attestationSigner: AttestationSigner | null;
  /** The current time, for searches' ranges that end now. */
  clock: () => Date;
}

export function createPublicSecurityContext(prisma: PrismaClient, base: RequestContextBase, config: PublicSecurityConfig, services?: DepartmentServices): PublicSecurityContext {
  return { ...base, prisma, loaders: createPublicSecurityLoaders(prisma, base.caller), config, attestationSigner: services?.attestationSigner ?? null, clock: () => new Date() };
}
