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

const figuresOfSlice: FiguresOfSlice<PostFigures> = async (read, keys) => {
  const [delivered, hours] = await Promise.all([read(DELIVERY_BUCKETS, keys), read(DELIVERY_HOURS_BUCKETS, keys)]);
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
};

export const zoneStatisticsResolvers: ZoneStatisticsResolvers<PostContext> = {
  __resolveReference: (reference, context) => statisticsEntity(context, reference, figuresOfSlice),
};
