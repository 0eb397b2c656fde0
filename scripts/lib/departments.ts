import type { DemoBatch, DepartmentDefinition, DepartmentPrisma, Department, RawSql, RequestContextBase } from '@zone/common';
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

/** What a load into empty tables does differently, besides setting their indexes and foreign keys aside. */
export interface FreshLoad {
  /** Triggers (table, trigger) switched off during the load: the seed writes what they would. */
  suspendedTriggers?: readonly (readonly [string, string])[];
}

/** A department's subgraph definition with the writer of its part of the demo data. */
export interface DepartmentEntry<P extends DepartmentPrisma = DepartmentPrisma> {
  definition: DepartmentDefinition<P, RequestContextBase>;
  /** Writes the department's part of one batch in the caller's transaction. */
  seed: (db: RawSql, batch: DemoBatch, idHashKey: string) => Promise<void>;
  /** The tables the seed writes (or its triggers fill): a load into them when all are empty is a fresh load. */
  tables: readonly string[];
  freshLoad?: FreshLoad;
  /**
   * Whether the statistics of a whole load are recomputed with nested loops over the days'
   * index ranges rather than hash joins: true where every bucket table's day query reads one
   * table by its (zone, time) index (see drainStatistics in seed.ts).
   */
  drainByIndex: boolean;
}

function entry<P extends DepartmentPrisma, C extends RequestContextBase>(
  definition: DepartmentDefinition<P, C>,
  seed: (db: RawSql, batch: DemoBatch, idHashKey: string) => Promise<void>,
  tables: readonly string[],
  freshLoad?: FreshLoad,
): DepartmentEntry {
  // Post's delivery buckets join waybills by zone to their events, with no index on the time.
  const drainByIndex = definition.department !== 'post';
  return { definition, seed, tables, freshLoad, drainByIndex } as unknown as DepartmentEntry;
}

export const DEPARTMENT_ENTRIES: Record<Department, DepartmentEntry> = {
  commerce: entry(commerce, seedCommerce, ['enterprise', 'order', 'order_item']),
  customs: entry(customs, seedCustoms, ['inventory_list', 'inventory_item']),
  tax: entry(tax, seedTax, ['tax_bill', 'tax_bill_line']),
  forex: entry(forex, seedForex, ['payment', 'payment_change', 'fx_directory_registration']),
  // The seed writes each waybill's timeline facts with it (what the trigger on its events would
  // derive), and loads a waybill before its events, so the waybill's statistics trigger finds no
  // delivery to note: the events' own trigger notes the delivery days.
  post: entry(post, seedPost, ['waybill', 'tracking_event'], {
    suspendedTriggers: [['tracking_event', 'tracking_event_waybill_insert'], ['waybill', 'waybill_stat_insert']],
  }),
  'public-security': entry(publicSecurity, seedPublicSecurity, ['resident', 'identity_check']),
};
