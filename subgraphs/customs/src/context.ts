import type { AttestationSigner, DepartmentServices, RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import type { CustomsConfig } from './config';
import { createCustomsLoaders, type CustomsLoaders } from './loaders';

export interface CustomsContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: CustomsLoaders;
  config: CustomsConfig;
  /** The current time: declaration, release and request times (tests may fix it). */
  clock: () => Date;
  /** Customs' current attestation key; null: decisions are recorded without attestations. */
  attestationSigner: AttestationSigner | null;
}

const systemClock = () => new Date();

export function createCustomsContext(prisma: PrismaClient, base: RequestContextBase, config: CustomsConfig, clock: () => Date = systemClock, services?: DepartmentServices): CustomsContext {
  return { ...base, prisma, loaders: createCustomsLoaders(prisma, base.caller), config, clock, attestationSigner: services?.attestationSigner ?? null };
}
