import { SqlConditions, amountRange, assertMaySearch, badUserInput, boundedList, searchConnection, searchZones, timeRange, type SearchConnection, type SearchOrder, recordsById } from '@zone/common';
import type { InventoryList } from '../generated/prisma/client';
import type { InventoryListFilter, InventoryListOrder } from '../generated/graphql';
import type { CustomsContext } from '../context';
import { RECEIPT_STATUS_CODES } from '../rules/receipt-status';

export type InventoryListPage = SearchConnection<InventoryList>;
export type InventoryListSearchEdge = InventoryListPage['edges'][number];

const ORDERS: Record<InventoryListOrder, SearchOrder> = {
  DECLARED_AT_ASC: { column: 'declared_at', type: 'timestamptz', descending: false },
  DECLARED_AT_DESC: { column: 'declared_at', type: 'timestamptz', descending: true },
};

const TRADE_MODE = /^[0-9]{4}$/;
const REASON_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** The SQL conditions of an inventory list filter, on customs' inventory_list table. */
export function inventoryListConditions(context: Pick<CustomsContext, 'caller' | 'clock'>, filter: InventoryListFilter): SqlConditions {
  const now = context.clock();
  const tradeModes = boundedList('filter.tradeModes', filter.tradeModes);
  tradeModes?.forEach((mode, i) => {
    if (!TRADE_MODE.test(mode)) throw badUserInput({ field: `filter.tradeModes[${i}]`, reason: 'must be a 4-digit trade mode such as 9610' });
  });
  const reasons = boundedList('filter.matchingReasons', filter.matchingReasons);
  reasons?.forEach((code, i) => {
    if (!REASON_CODE.test(code)) throw badUserInput({ field: `filter.matchingReasons[${i}]`, reason: 'must be a reason code such as ANNUAL_LIMIT_EXCEEDED' });
  });
  const prices = amountRange('filter.totalPriceMin', filter.totalPriceMin, 'filter.totalPriceMax', filter.totalPriceMax);
  if (prices && !filter.currency) throw badUserInput({ field: 'filter.currency', reason: 'is needed with a value range (amounts in different currencies do not compare)' });
  const statuses = boundedList('filter.statuses', filter.statuses)?.map((status) => RECEIPT_STATUS_CODES[status]);
  const conditions = new SqlConditions()
    .anyOf('zone', searchZones(context.caller, boundedList('filter.zones', filter.zones)), '::"Zone"')
    .within('declared_at', timeRange('filter.declaredFrom', filter.declaredFrom, 'filter.declaredTo', filter.declaredTo, now))
    .within('released_at', timeRange('filter.releasedFrom', filter.releasedFrom, 'filter.releasedTo', filter.releasedTo, now))
    .anyOf('status_code', statuses, '::int')
    .equals('direction', filter.direction, '::"Direction"')
    .anyOf('trade_mode', tradeModes, '::bpchar')
    .anyOf('ebc_code', boundedList('filter.ebcCodes', filter.ebcCodes), '::bpchar')
    .anyOf('ebp_code', boundedList('filter.ebpCodes', filter.ebpCodes), '::bpchar')
    .anyOf('logistics_code', boundedList('filter.logisticsCodes', filter.logisticsCodes), '::bpchar')
    .equals('currency', filter.currency, '::bpchar')
    .between('total_price', prices);
  if (reasons) {
    conditions.add(`EXISTS (SELECT 1 FROM jsonb_array_elements(matching_reasons) AS reason WHERE reason->>'code' = ANY(${conditions.param([...new Set(reasons)], '::text[]')}))`);
  }
  return conditions;
}

/** One page of the regulators' inventory list search: three statements (ids, count, lists). */
export function searchInventoryLists(context: CustomsContext, args: { filter?: InventoryListFilter | null; orderBy?: InventoryListOrder | null; first?: number | null; after?: string | null }): Promise<InventoryListPage> {
  assertMaySearch(context.caller, 'inventory lists');
  const filter = args.filter ?? {};
  const orderBy = args.orderBy ?? 'DECLARED_AT_ASC';
  return searchConnection(context.prisma, {
    connection: 'customs.inventoryLists',
    caller: context.caller,
    query: { filter, orderBy },
    table: 'inventory_list',
    conditions: inventoryListConditions(context, filter),
    order: ORDERS[orderBy],
    first: args.first,
    after: args.after,
  }, recordsById<InventoryList>(context.prisma, 'InventoryList'));
}
