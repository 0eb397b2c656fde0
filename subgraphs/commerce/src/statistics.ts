import {
  departmentFigures,
  onBeijingDay,
  rowsOf,
  statisticsEntity,
  statisticsKeysOf,
  statisticsViewOf,
  sumCount,
  sumMoney,
  keyText,
  type BucketTable,
  type FiguresOfSlice,
  type StatisticsFilterInput,
} from '@zone/common';
import type { CommerceContext } from './context';
import type { QueryResolvers, ZoneStatisticsResolvers } from './generated/graphql';

/** Orders per zone, day and dimensions; the HS chapter and country are those of the first goods line. */
export const ORDER_BUCKETS: BucketTable = {
  table: 'stat_order',
  dimensions: { direction: 'direction', tradeMode: 'trade_mode', hsChapter: 'hs_chapter', country: 'country', currency: 'currency' },
  breakdown: [],
  measures: ['order_count', 'order_value'],
  daySelect: `SELECT d.zone, d.day, o.direction::text AS direction, o.trade_mode::text AS trade_mode,
      coalesce(left(i.hs_code, 2), '') AS hs_chapter, coalesce(i.country::text, '') AS country, o.currency::text AS currency,
      count(*) AS order_count, sum(o.actual_paid) AS order_value
    FROM unnest($1::text[], $2::date[]) AS d(zone, day)
    JOIN "order" o ON o.zone = CAST(d.zone AS "Zone") AND ${onBeijingDay('o.ordered_at')}
    LEFT JOIN order_item i ON i.order_id = o.id AND i.gnum = 1
    GROUP BY d.zone, d.day, o.direction, o.trade_mode, left(i.hs_code, 2), i.country, o.currency`,
};

export interface CommerceFigures {
  orderCount: number;
  orderValueCny: string;
  orderValueByCurrency: { currency: string; amount: string }[];
}

export const COMMERCE_BUCKETS = [ORDER_BUCKETS] as const;

const figuresOfSlice: FiguresOfSlice<CommerceFigures> = async (read, keys) => {
  const rows = await read(ORDER_BUCKETS, keys, ['currency']);
  const figures = new Map<string, CommerceFigures>();
  for (const k of keys) {
    const own = rowsOf(rows, k);
    if (!own) continue;
    const currencies = [...new Set(own.map((r) => r.currency!))].sort();
    figures.set(keyText(k), {
      orderCount: sumCount(own, 'order_count'),
      orderValueCny: sumMoney(own.filter((r) => r.currency === 'CNY'), 'order_value'),
      orderValueByCurrency: currencies.map((currency) => ({ currency, amount: sumMoney(own.filter((r) => r.currency === currency), 'order_value') })),
    });
  }
  return figures;
};

/** The view's entities with commerce's figures, read at once for all of them. */
export const statisticsQuery: QueryResolvers<CommerceContext>['statistics'] = (_root, { filter }, context) =>
  Promise.all(statisticsKeysOf(statisticsViewOf(filter as StatisticsFilterInput, context.caller)).map(async (key) => ({ ...key, ...(await departmentFigures(context, key, figuresOfSlice)) })));

export const zoneStatisticsResolvers: ZoneStatisticsResolvers<CommerceContext> = {
  __resolveReference: (reference, context) => statisticsEntity(context, reference, figuresOfSlice),
};
