import type { AttestationSigner, DepartmentServices, RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import { createForexLoaders, type ForexLoaders } from './loaders';

/** What forex needs besides its database; the same for every request. */
export interface ForexOptions {
  /** Key under which payers' ID numbers are hashed; throws when it is not configured. */
  idHashKey: () => string;
  /** The current time, for checks such as "not paid in the future" (default: the system clock). */
  clock?: () => Date;
}

export interface ForexContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: ForexLoaders;
  idHashKey: () => string;
  clock: () => Date;
  /** Forex's current attestation key; null: registrations are recorded without attestations. */
  attestationSigner: AttestationSigner | null;
}

const systemClock = () => new Date();

export function createForexContext(prisma: PrismaClient, base: RequestContextBase, options: ForexOptions, services?: DepartmentServices): ForexContext {
  return {
    ...base,
    prisma,
    loaders: createForexLoaders(prisma, base.caller),
    idHashKey: options.idHashKey,
    clock: options.clock ?? systemClock,
    attestationSigner: services?.attestationSigner ?? null,
  };
}
