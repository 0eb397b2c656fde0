import { SqlConditions, amountRange, assertMaySearch, badUserInput, boundedList, endCursorOf, inPageOrder, recordsById, searchPage, searchZones, timeRange, type SearchOrder } from '@zone/common';
import type { Payment } from '../generated/prisma/client';
import type { PaymentFilter, PaymentOrder } from '../generated/graphql';
import type { ForexContext } from '../context';

export interface PaymentSearchEdge {
  cursor: string;
  node: Payment;
}

export interface PaymentPage {
  edges: PaymentSearchEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  totalCountIsEstimate: boolean;
}

const ORDERS: Record<PaymentOrder, SearchOrder> = {
  PAY_TIME_ASC: { column: 'pay_time', type: 'timestamptz', descending: false },
  PAY_TIME_DESC: { column: 'pay_time', type: 'timestamptz', descending: true },
  AMOUNT_ASC: { column: 'amount_paid', type: 'numeric', descending: false },
  AMOUNT_DESC: { column: 'amount_paid', type: 'numeric', descending: true },
};

/** The SQL conditions of a payment filter, on forex's payment table (each field's rule in record-search). */
export function paymentConditions(context: Pick<ForexContext, 'caller' | 'clock'>, filter: PaymentFilter): SqlConditions {
  const amounts = amountRange('filter.amountMin', filter.amountMin, 'filter.amountMax', filter.amountMax);
  if (amounts && !filter.currency) throw badUserInput({ field: 'filter.currency', reason: 'is needed with an amount range (amounts in different currencies do not compare)' });
  return new SqlConditions()
    .anyOf('zone', searchZones(context.caller, boundedList('filter.zones', filter.zones)), '::"Zone"')
    .within('pay_time', timeRange('filter.paidFrom', filter.paidFrom, 'filter.paidTo', filter.paidTo, context.clock()))
    .equals('direction', filter.direction, '::"Direction"')
    .anyOf('pay_code', boundedList('filter.payCodes', filter.payCodes), '::bpchar')
    .anyOf('ebp_code', boundedList('filter.ebpCodes', filter.ebpCodes), '::bpchar')
    .anyOf('ebc_code', boundedList('filter.ebcCodes', filter.ebcCodes), '::bpchar')
    .equals('currency', filter.currency, '::bpchar')
    .between('amount_paid', amounts);
}

/** One page of the regulators' payment search: three statements (ids, count, payments). */
export async function searchPayments(context: ForexContext, args: { filter?: PaymentFilter | null; orderBy?: PaymentOrder | null; first?: number | null; after?: string | null }): Promise<PaymentPage> {
  assertMaySearch(context.caller, 'payments');
  const filter = args.filter ?? {};
  const orderBy = args.orderBy ?? 'PAY_TIME_ASC';
  const page = await searchPage(context.prisma, {
    connection: 'forex.payments',
    caller: context.caller,
    query: { filter, orderBy },
    table: 'payment',
    conditions: paymentConditions(context, filter),
    order: ORDERS[orderBy],
    first: args.first,
    after: args.after,
  });
  const ids = page.rows.map((row) => row.id);
  const payments = ids.length === 0 ? [] : await recordsById<Payment>(context.prisma, 'Payment')(ids);
  const edges = inPageOrder(page, payments);
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: endCursorOf(edges, args.after) },
    totalCount: page.totalCount,
    totalCountIsEstimate: page.totalCountIsEstimate,
  };
}
