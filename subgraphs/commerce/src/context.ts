import type { AttestationSigner, DepartmentServices, RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import { createCommerceLoaders, type CommerceLoaders } from './loaders';

/** What commerce needs besides its database; the same for every request. */
export interface CommerceOptions {
  /** Key under which buyers' ID numbers are hashed; throws when it is not configured. */
  idHashKey: () => string;
  /** The current time, for checks such as "not ordered in the future" (default: the system clock). */
  clock?: () => Date;
}

export interface CommerceContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: CommerceLoaders;
  idHashKey: () => string;
  clock: () => Date;
  /** Commerce's current attestation key; null: nothing is signed. */
  attestationSigner: AttestationSigner | null;
}

const systemClock = () => new Date();

export function createCommerceContext(prisma: PrismaClient, base: RequestContextBase, options: CommerceOptions, services?: DepartmentServices): CommerceContext {
  return {
    ...base,
    prisma,
    loaders: createCommerceLoaders(prisma, base.caller),
    idHashKey: options.idHashKey,
    clock: options.clock ?? systemClock,
    attestationSigner: services?.attestationSigner ?? null,
  };
}
