import type { RequestContextBase } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';
import { createPostLoaders, type PostLoaders } from './loaders';

export interface PostContext extends RequestContextBase {
  prisma: PrismaClient;
  loaders: PostLoaders;
}

export function createPostContext(prisma: PrismaClient, base: RequestContextBase): PostContext {
  return { ...base, prisma, loaders: createPostLoaders(prisma, base.caller) };
}
