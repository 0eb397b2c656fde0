import { SqlConditions, assertMaySearch, badUserInput, boundedList, searchConnection, searchZones, timeRange, MAX_SEARCH_SPAN_DAYS, type SearchConnection, type SearchOrder, recordsById } from '@zone/common';
import type { Waybill } from '../generated/prisma/client';
import type { WaybillFilter, WaybillOrder } from '../generated/graphql';
import type { PostContext } from '../context';

export type WaybillPage = SearchConnection<Waybill>;
export type WaybillSearchEdge = WaybillPage['edges'][number];

const ORDERS: Record<WaybillOrder, SearchOrder> = {
  ISSUED_AT_ASC: { column: 'created_at', type: 'timestamptz', descending: false },
  ISSUED_AT_DESC: { column: 'created_at', type: 'timestamptz', descending: true },
};

/**
 * "Not delivered within N days of shipping": delivered more than N days after the first tracking
 * event, or not delivered and N days have passed since it. N from 1 to the longest search span.
 */
function notDeliveredWithin(conditions: SqlConditions, days: number | null | undefined, now: Date): void {
  if (days == null) return;
  if (!Number.isSafeInteger(days) || days < 1 || days > MAX_SEARCH_SPAN_DAYS) {
    throw badUserInput({ field: 'filter.notDeliveredWithinDays', reason: `must be a whole number of days from 1 to ${MAX_SEARCH_SPAN_DAYS}` });
  }
  conditions.add(`shipped_at IS NOT NULL AND shipped_at + make_interval(days => ${conditions.param(days, '::int')}) < coalesce(delivered_at, ${conditions.param(now, '::timestamptz')})`);
}

/** The SQL conditions of a waybill filter, on post's waybill table (status and times kept from the timeline by triggers). */
export function waybillConditions(context: Pick<PostContext, 'caller' | 'clock'>, filter: WaybillFilter): SqlConditions {
  const now = context.clock();
  const conditions = new SqlConditions()
    .anyOf('zone', searchZones(context.caller, boundedList('filter.zones', filter.zones)), '::"Zone"')
    .within('created_at', timeRange('filter.issuedFrom', filter.issuedFrom, 'filter.issuedTo', filter.issuedTo, now))
    .within('shipped_at', timeRange('filter.shippedFrom', filter.shippedFrom, 'filter.shippedTo', filter.shippedTo, now))
    .within('delivered_at', timeRange('filter.deliveredFrom', filter.deliveredFrom, 'filter.deliveredTo', filter.deliveredTo, now))
    .anyOf('status', boundedList('filter.statuses', filter.statuses), '::"WaybillStatus"')
    .equals('direction', filter.direction, '::"Direction"')
    .anyOf('logistics_code', boundedList('filter.logisticsCodes', filter.logisticsCodes), '::bpchar')
    .anyOf('ebp_code', boundedList('filter.ebpCodes', filter.ebpCodes), '::bpchar');
  if (filter.delivered != null) conditions.add(filter.delivered ? 'delivered_at IS NOT NULL' : 'delivered_at IS NULL');
  notDeliveredWithin(conditions, filter.notDeliveredWithinDays, now);
  return conditions;
}

/** One page of the regulators' waybill search: three statements (ids, count, waybills). */
export function searchWaybills(context: PostContext, args: { filter?: WaybillFilter | null; orderBy?: WaybillOrder | null; first?: number | null; after?: string | null }): Promise<WaybillPage> {
  assertMaySearch(context.caller, 'waybills');
  const filter = args.filter ?? {};
  const orderBy = args.orderBy ?? 'ISSUED_AT_ASC';
  return searchConnection(context.prisma, {
    connection: 'post.waybills',
    caller: context.caller,
    query: { filter, orderBy },
    table: 'waybill',
    conditions: waybillConditions(context, filter),
    order: ORDERS[orderBy],
    first: args.first,
    after: args.after,
  }, recordsById<Waybill>(context.prisma, 'Waybill'));
}
