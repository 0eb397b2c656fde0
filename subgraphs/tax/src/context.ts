import type { AttestationSigner, DepartmentServices, RequestContextBase } from '@zone/common';
import type { TaxConfig } from './config';
import type { PrismaClient } from './generated/prisma/client';
import { createTaxLoaders, type TaxLoaders } from './loaders';

export interface TaxContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: TaxLoaders;
  config: TaxConfig;
  /** Time of the request's writes (assessedAt, issuedAt). */
  clock: () => Date;
  /** Tax's current attestation key; null: bills are issued without attestations. */
  attestationSigner: AttestationSigner | null;
}

export function createTaxContext(prisma: PrismaClient, base: RequestContextBase, config: TaxConfig, services?: DepartmentServices): TaxContext {
  return { ...base, prisma, loaders: createTaxLoaders(prisma, base.caller), config, clock: () => new Date(), attestationSigner: services?.attestationSigner ?? null };
}
