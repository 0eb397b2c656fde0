import {
  keyText,
  medianOfHistogram,
  onBeijingDay,
  perRequestValue,
  readBuckets,
  refreshStatisticsBuckets,
  rowsOf,
  statisticsKeyOf,
  statisticsLoader,
  sumCount,
  type BucketTable,
  type StatisticsDatabase,
  type StatisticsKey,
} from '@zone/common';
import type { PostContext } from './context';
import type { ZoneStatisticsResolvers } from './generated/graphql';

/** Waybills delivered on the noted days (their DELIVERED event) with their first tracking event. */
const DELIVERIES_OF_DAYS = `FROM unnest($1::text[], $2::date[]) AS d(zone, day)
    JOIN waybill w ON w.zone = CAST(d.zone AS "Zone")
    JOIN tracking_event e ON e.waybill_id = w.id AND e.code = 'DELIVERED' AND ${onBeijingDay('e.occurred_at')}`;

/** Parcels delivered per zone and day. Waybills carry no trade dimension: a view restricted to one gets null from post. */
export const DELIVERY_BUCKETS: BucketTable = {
  table: 'stat_delivery',
  dimensions: {},
  breakdown: [],
  measures: ['delivered'],
  daySelect: `SELECT d.zone, d.day, count(*) AS delivered ${DELIVERIES_OF_DAYS} GROUP BY d.zone, d.day`,
};

/** Delivered parcels by whole hours from their first tracking event to delivery (a histogram per bucket). */
export const DELIVERY_HOURS_BUCKETS: BucketTable = {
  table: 'stat_delivery_hours',
  dimensions: {},
  breakdown: ['hours'],
  measures: ['parcels'],
  daySelect: `SELECT d.zone, d.day, h.hours, count(*) AS parcels ${DELIVERIES_OF_DAYS}
    CROSS JOIN LATERAL (SELECT floor(extract(epoch FROM (e.occurred_at - (SELECT min(f.occurred_at) FROM tracking_event f WHERE f.waybill_id = w.id))) / 3600)::int AS hours) h
    GROUP BY d.zone, d.day, h.hours`,
};

export const POST_BUCKETS = [DELIVERY_BUCKETS, DELIVERY_HOURS_BUCKETS] as const;

export interface PostFigures {
  parcelsDelivered: number;
  medianHoursToDeliver: number | null;
}

export function refreshPostStatistics(prisma: unknown): Promise<number> {
  return refreshStatisticsBuckets(prisma as StatisticsDatabase, 'post', POST_BUCKETS);
}

function figuresOf(context: PostContext, key: StatisticsKey): Promise<PostFigures | null> {
  const db = context.prisma as unknown as StatisticsDatabase;
  const loader = perRequestValue(context, () => statisticsLoader<PostFigures>(context.caller, async (keys) => {
    const [delivered, hours] = await Promise.all([readBuckets(db, DELIVERY_BUCKETS, keys), readBuckets(db, DELIVERY_HOURS_BUCKETS, keys)]);
    const figures = new Map<string, PostFigures>();
    for (const k of keys) {
      const own = rowsOf(delivered, k);
      if (!own) continue;
      figures.set(keyText(k), {
        parcelsDelivered: sumCount(own, 'delivered'),
        medianHoursToDeliver: medianOfHistogram((rowsOf(hours, k) ?? []).map((r) => ({ value: Number(r.hours), count: Number(r.parcels) }))),
      });
    }
    return figures;
  }, () => refreshPostStatistics(db)));
  return loader.load(key);
}

export const zoneStatisticsResolvers: ZoneStatisticsResolvers<PostContext> = {
  __resolveReference: (reference) => statisticsKeyOf(reference as unknown as Record<string, unknown>),
  parcelsDelivered: async (key, _args, context) => (await figuresOf(context, key))?.parcelsDelivered ?? null,
  medianHoursToDeliver: async (key, _args, context) => (await figuresOf(context, key))?.medianHoursToDeliver ?? null,
};
