import type { AttestationSigner, DepartmentServices, RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import { createPostLoaders, type PostLoaders } from './loaders';

export interface PostContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: PostLoaders;
  /** Post's current attestation key; null: deliveries are recorded without attestations. */
  attestationSigner: AttestationSigner | null;
  /** The current time, for searches' ranges that end now. */
  clock: () => Date;
}

export function createPostContext(prisma: PrismaClient, base: RequestContextBase, services?: DepartmentServices): PostContext {
  return { ...base, prisma, loaders: createPostLoaders(prisma, base.caller), attestationSigner: services?.attestationSigner ?? null, clock: () => new Date() };
}
