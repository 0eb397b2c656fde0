import { SqlConditions, amountRange, assertMaySearch, badUserInput, boundedList, searchConnection, searchZones, timeRange, type SearchConnection, type SearchOrder, recordsById } from '@zone/common';
import type { Order } from '../generated/prisma/client';
import type { OrderFilter, OrderOrder } from '../generated/graphql';
import type { CommerceContext } from '../context';
import { TRADE_MODES } from '../rules/order-submission';

export type OrderPage = SearchConnection<Order>;

const ORDERS: Record<OrderOrder, SearchOrder> = {
  ORDERED_AT_ASC: { column: 'ordered_at', type: 'timestamptz', descending: false },
  ORDERED_AT_DESC: { column: 'ordered_at', type: 'timestamptz', descending: true },
  AMOUNT_ASC: { column: 'actual_paid', type: 'numeric', descending: false },
  AMOUNT_DESC: { column: 'actual_paid', type: 'numeric', descending: true },
};

/**
 * The SQL conditions of an order filter, on commerce's order table (each field's rule in
 * record-search). Codes, trade modes and currencies are fixed-width (CHAR) columns, compared as such
 * so that their indexes serve.
 */
export function orderConditions(context: Pick<CommerceContext, 'caller' | 'clock'>, filter: OrderFilter): SqlConditions {
  const tradeModes = boundedList('filter.tradeModes', filter.tradeModes);
  tradeModes?.forEach((mode, i) => {
    if (!TRADE_MODES.includes(mode)) throw badUserInput({ field: `filter.tradeModes[${i}]`, reason: `must be one of ${TRADE_MODES.join(', ')}` });
  });
  const amounts = amountRange('filter.amountMin', filter.amountMin, 'filter.amountMax', filter.amountMax);
  if (amounts && !filter.currency) throw badUserInput({ field: 'filter.currency', reason: 'is needed with an amount range (amounts in different currencies do not compare)' });
  return new SqlConditions()
    .anyOf('zone', searchZones(context.caller, boundedList('filter.zones', filter.zones)), '::"Zone"')
    .within('ordered_at', timeRange('filter.orderedFrom', filter.orderedFrom, 'filter.orderedTo', filter.orderedTo, context.clock()))
    .equals('direction', filter.direction, '::"Direction"')
    .anyOf('trade_mode', tradeModes, '::bpchar')
    .anyOf('ebc_code', boundedList('filter.ebcCodes', filter.ebcCodes), '::bpchar')
    .anyOf('ebp_code', boundedList('filter.ebpCodes', filter.ebpCodes), '::bpchar')
    .anyOf('pay_code', boundedList('filter.payCodes', filter.payCodes), '::bpchar')
    .equals('currency', filter.currency, '::bpchar')
    .between('actual_paid', amounts);
}

/** One page of the regulators' order search: three statements (ids, count, orders). */
export function searchOrders(context: CommerceContext, args: { filter?: OrderFilter | null; orderBy?: OrderOrder | null; first?: number | null; after?: string | null }): Promise<OrderPage> {
  assertMaySearch(context.caller, 'orders');
  const filter = args.filter ?? {};
  const orderBy = args.orderBy ?? 'ORDERED_AT_ASC';
  return searchConnection(context.prisma, {
    connection: 'commerce.orders',
    caller: context.caller,
    query: { filter, orderBy },
    table: '"order"',
    conditions: orderConditions(context, filter),
    order: ORDERS[orderBy],
    first: args.first,
    after: args.after,
  }, recordsById<Order>(context.prisma, 'Order'));
}
