import { translatePrismaError } from '@zone/common';

/** Attempts of one write before a lasting unique-key race is reported as a CONFLICT. */
export const WRITE_ATTEMPTS = 3;

const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';

/**
 * Runs a write transaction again when it lost a race on a unique key (Prisma P2002): the rerun
 * reads what the concurrent writer committed and decides afresh, so the same submission sent
 * twice at once ends as CREATED plus UNCHANGED instead of an error.
 */
export async function retryOnUniqueViolation<T>(write: () => Promise<T>, attempts = WRITE_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= attempts) translatePrismaError(error);
    }
  }
}
