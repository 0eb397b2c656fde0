import type { RequestContextBase } from '@zone/common';
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
}

const systemClock = () => new Date();

export function createForexContext(prisma: PrismaClient, base: RequestContextBase, options: ForexOptions): ForexContext {
  return {
    ...base,
    prisma,
    loaders: createForexLoaders(prisma, base.caller),
    idHashKey: options.idHashKey,
    clock: options.clock ?? systemClock,
  };
}
