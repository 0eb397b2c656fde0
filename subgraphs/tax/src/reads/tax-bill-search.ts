import { SqlConditions, amountRange, assertMaySearch, boundedList, searchConnection, searchZones, timeRange, type SearchConnection, type SearchOrder, recordsById } from '@zone/common';
import type { TaxBill } from '../generated/prisma/client';
import type { TaxBillFilter, TaxBillOrder } from '../generated/graphql';
import type { TaxContext } from '../context';

export type TaxBillPage = SearchConnection<TaxBill>;
export type TaxBillSearchEdge = TaxBillPage['edges'][number];

const ORDERS: Record<TaxBillOrder, SearchOrder> = {
  ISSUED_AT_ASC: { column: 'issued_at', type: 'timestamptz', descending: false },
  ISSUED_AT_DESC: { column: 'issued_at', type: 'timestamptz', descending: true },
  TOTAL_TAX_ASC: { column: 'total_tax', type: 'numeric', descending: false },
  TOTAL_TAX_DESC: { column: 'total_tax', type: 'numeric', descending: true },
};

/** The SQL conditions of a tax bill filter, on tax's tax_bill table (taxes are levied in CNY). */
export function taxBillConditions(context: Pick<TaxContext, 'caller' | 'clock'>, filter: TaxBillFilter): SqlConditions {
  return new SqlConditions()
    .anyOf('zone', searchZones(context.caller, boundedList('filter.zones', filter.zones)), '::"Zone"')
    .within('issued_at', timeRange('filter.issuedFrom', filter.issuedFrom, 'filter.issuedTo', filter.issuedTo, context.clock()))
    .anyOf('status', boundedList('filter.statuses', filter.statuses), '::"TaxBillStatus"')
    .anyOf('treatment', boundedList('filter.treatments', filter.treatments), '::"RetailTaxTreatment"')
    .anyOf('ebp_code', boundedList('filter.ebpCodes', filter.ebpCodes), '::bpchar')
    .anyOf('ebc_code', boundedList('filter.ebcCodes', filter.ebcCodes), '::bpchar')
    .between('total_tax', amountRange('filter.totalTaxMin', filter.totalTaxMin, 'filter.totalTaxMax', filter.totalTaxMax));
}

/** One page of the regulators' tax bill search: three statements (ids, count, bills). */
export function searchTaxBills(context: TaxContext, args: { filter?: TaxBillFilter | null; orderBy?: TaxBillOrder | null; first?: number | null; after?: string | null }): Promise<TaxBillPage> {
  assertMaySearch(context.caller, 'tax bills');
  const filter = args.filter ?? {};
  const orderBy = args.orderBy ?? 'ISSUED_AT_ASC';
  return searchConnection(context.prisma, {
    connection: 'tax.taxBills',
    caller: context.caller,
    query: { filter, orderBy },
    table: 'tax_bill',
    conditions: taxBillConditions(context, filter),
    order: ORDERS[orderBy],
    first: args.first,
    after: args.after,
  }, recordsById<TaxBill>(context.prisma, 'TaxBill'));
}
