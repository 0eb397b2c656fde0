import type { DemoBatch, DepartmentDefinition, DepartmentPrisma, Department, RequestContextBase } from '@zone/common';
import { commerce } from '../../subgraphs/commerce/src';
import { seedCommerce } from '../../subgraphs/commerce/src/seed';
import { customs } from '../../subgraphs/customs/src';
import { seedCustoms } from '../../subgraphs/customs/src/seed';
import { tax } from '../../subgraphs/tax/src';
import { seedTax } from '../../subgraphs/tax/src/seed';
import { forex } from '../../subgraphs/forex/src';
import { seedForex } from '../../subgraphs/forex/src/seed';
import { post } from '../../subgraphs/post/src';
import { seedPost } from '../../subgraphs/post/src/seed';
import { publicSecurity } from '../../subgraphs/public-security/src';
import { seedPublicSecurity } from '../../subgraphs/public-security/src/seed';

/** A department's subgraph definition with the writer of its part of the demo data. */
export interface DepartmentEntry<P extends DepartmentPrisma = DepartmentPrisma> {
  definition: DepartmentDefinition<P, RequestContextBase>;
  seed: (prisma: P, batch: DemoBatch, idHashKey: string) => Promise<void>;
}

function entry<P extends DepartmentPrisma, C extends RequestContextBase>(
  definition: DepartmentDefinition<P, C>,
  seed: (prisma: P, batch: DemoBatch, idHashKey: string) => Promise<void>,
): DepartmentEntry {
  return { definition, seed } as unknown as DepartmentEntry;
}

export const DEPARTMENT_ENTRIES: Record<Department, DepartmentEntry> = {
  commerce: entry(commerce, seedCommerce),
  customs: entry(customs, seedCustoms),
  tax: entry(tax, seedTax),
  forex: entry(forex, seedForex),
  post: entry(post, seedPost),
  'public-security': entry(publicSecurity, seedPublicSecurity),
};
