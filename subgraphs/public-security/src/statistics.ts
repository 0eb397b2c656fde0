import {
  keyText,
  onBeijingDay,
  rowsOf,
  sumCount,
  type BucketTable,
  statisticsEntity,
  type FiguresOfSlice,
} from '@zone/common';
import type { PublicSecurityContext } from './context';
import type { ZoneStatisticsResolvers } from './generated/graphql';

/**
 * Identity checks per zone and day, and those whose verdict was MISMATCH. A check carries no
 * trade dimension (public security never learns the order's goods): a view restricted to one
 * gets null from public security. Checks made for no order (no zone) are in no zone's figures.
 */
export const IDENTITY_BUCKETS: BucketTable = {
  table: 'stat_identity',
  dimensions: {},
  breakdown: [],
  measures: ['checks', 'mismatches'],
  daySelect: `SELECT d.zone, d.day, count(*) AS checks, count(*) FILTER (WHERE c.verdict = 'MISMATCH') AS mismatches
    FROM unnest($1::text[], $2::date[]) AS d(zone, day)
    JOIN identity_check c ON c.zone = CAST(d.zone AS "Zone") AND ${onBeijingDay('c.checked_at')}
    GROUP BY d.zone, d.day`,
};

export interface IdentityFigures {
  identityChecks: number;
  identityMismatches: number;
}

export const PUBLIC_SECURITY_BUCKETS = [IDENTITY_BUCKETS] as const;

const figuresOfSlice: FiguresOfSlice<IdentityFigures> = async (read, keys) => {
  const rows = await read(IDENTITY_BUCKETS, keys);
  const figures = new Map<string, IdentityFigures>();
  for (const k of keys) {
    const own = rowsOf(rows, k);
    if (!own) continue;
    figures.set(keyText(k), { identityChecks: sumCount(own, 'checks'), identityMismatches: sumCount(own, 'mismatches') });
  }
  return figures;
};

export const zoneStatisticsResolvers: ZoneStatisticsResolvers<PublicSecurityContext> = {
  __resolveReference: (reference, context) => statisticsEntity(context, reference, figuresOfSlice),
};
