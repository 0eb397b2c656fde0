import {
  keyText,
  medianOfHistogram,
  onBeijingDay,
  rowsOf,
  sumCount,
  type BucketTable,
  statisticsEntity,
  type FiguresOfSlice,
} from '@zone/common';
import type { CustomsContext } from './context';
import type { ZoneStatisticsResolvers } from './generated/graphql';

const DIMENSIONS = { direction: 'direction', tradeMode: 'trade_mode', hsChapter: 'hs_chapter', country: 'country', currency: 'currency' } as const;

/** Lists of the noted days, with the dimensions of their first goods line. */
const LISTS_OF_DAYS = `FROM unnest($1::text[], $2::date[]) AS d(zone, day)
    JOIN inventory_list l ON l.zone = CAST(d.zone AS "Zone") AND ${onBeijingDay('l.declared_at')}
    LEFT JOIN inventory_item i ON i.list_id = l.id AND i.gnum = 1`;
const DIMENSION_COLUMNS = `l.direction::text AS direction, l.trade_mode::text AS trade_mode, coalesce(left(i.hs_code, 2), '') AS hs_chapter,
      coalesce(i.country::text, '') AS country, l.currency::text AS currency`;
const DIMENSION_GROUP = 'd.zone, d.day, l.direction, l.trade_mode, left(i.hs_code, 2), i.country, l.currency';

/** Lists per zone, day of declaration and dimensions: declared, released, rejected, failed matching, returned. */
export const LIST_BUCKETS: BucketTable = {
  table: 'stat_list',
  dimensions: DIMENSIONS,
  breakdown: [],
  measures: ['declared', 'released', 'rejected', 'matching_failures', 'export_returns'],
  daySelect: `SELECT d.zone, d.day, ${DIMENSION_COLUMNS},
      count(*) AS declared,
      count(*) FILTER (WHERE l.released_at IS NOT NULL) AS released,
      count(*) FILTER (WHERE l.status_code = 100) AS rejected,
      count(*) FILTER (WHERE NOT l.matched) AS matching_failures,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM export_return r WHERE r.list_id = l.id)) AS export_returns
    ${LISTS_OF_DAYS}
    GROUP BY ${DIMENSION_GROUP}`,
};

/**
 * Rejected lists by reason: each code of a failed matching; CANCELLED for a list cancelled (623)
 * while customs held it; REVIEW_OR_INSPECTION for one rejected by an officer at review or
 * inspection.
 */
export const REJECTION_BUCKETS: BucketTable = {
  table: 'stat_list_rejection',
  dimensions: DIMENSIONS,
  breakdown: ['reason'],
  measures: ['lists'],
  daySelect: `SELECT d.zone, d.day, ${DIMENSION_COLUMNS}, r.reason, count(*) AS lists
    ${LISTS_OF_DAYS}
    CROSS JOIN LATERAL (
      SELECT DISTINCT m->>'code' AS reason FROM jsonb_array_elements(CASE WHEN l.matched THEN '[]'::jsonb ELSE l.matching_reasons END) m
      UNION
      SELECT CASE WHEN EXISTS (SELECT 1 FROM list_request q WHERE q.list_id = l.id AND q.kind = 'CANCELLATION' AND q.state = 'ACCEPTED')
        THEN 'CANCELLED' ELSE 'REVIEW_OR_INSPECTION' END WHERE l.matched
    ) r
    WHERE l.status_code = 100 AND r.reason IS NOT NULL
    GROUP BY ${DIMENSION_GROUP}, r.reason`,
};

/** Released lists by whole hours from declaration to release (a histogram per bucket). */
export const RELEASE_HOURS_BUCKETS: BucketTable = {
  table: 'stat_list_release_hours',
  dimensions: DIMENSIONS,
  breakdown: ['hours'],
  measures: ['lists'],
  daySelect: `SELECT d.zone, d.day, ${DIMENSION_COLUMNS}, h.hours, count(*) AS lists
    ${LISTS_OF_DAYS}
    CROSS JOIN LATERAL (SELECT floor(extract(epoch FROM (l.released_at - l.declared_at)) / 3600)::int AS hours) h
    WHERE l.released_at IS NOT NULL
    GROUP BY ${DIMENSION_GROUP}, h.hours`,
};

export const CUSTOMS_BUCKETS = [LIST_BUCKETS, REJECTION_BUCKETS, RELEASE_HOURS_BUCKETS] as const;

export interface CustomsFigures {
  listsDeclared: number;
  listsReleased: number;
  listsRejected: number;
  matchingFailures: number;
  exportReturns: number;
  rejectionsByReason: { reason: string; count: number }[];
  medianHoursToRelease: number | null;
}

const figuresOfSlice: FiguresOfSlice<CustomsFigures> = async (read, keys) => {
  const [lists, rejections, hours] = await Promise.all(CUSTOMS_BUCKETS.map((table) => read(table, keys)));
  const figures = new Map<string, CustomsFigures>();
  for (const k of keys) {
    const own = rowsOf(lists!, k);
    if (!own) continue;
    const reasons = rowsOf(rejections!, k) ?? [];
    figures.set(keyText(k), {
      listsDeclared: sumCount(own, 'declared'),
      listsReleased: sumCount(own, 'released'),
      listsRejected: sumCount(own, 'rejected'),
      matchingFailures: sumCount(own, 'matching_failures'),
      exportReturns: sumCount(own, 'export_returns'),
      rejectionsByReason: reasons.map((r) => ({ reason: r.reason!, count: Number(r.lists) })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      medianHoursToRelease: medianOfHistogram((rowsOf(hours!, k) ?? []).map((r) => ({ value: Number(r.hours), count: Number(r.lists) }))),
    });
  }
  return figures;
};

export const zoneStatisticsResolvers: ZoneStatisticsResolvers<CustomsContext> = {
  __resolveReference: (reference, context) => statisticsEntity(context, reference, figuresOfSlice),
};
