import { SqlConditions, assertMaySearch, boundedList, searchConnection, searchZones, timeRange, type SearchConnection, type SearchOrder, recordsById } from '@zone/common';
import type { IdentityCheck } from '../generated/prisma/client';
import type { IdentityCheckFilter, IdentityCheckOrder } from '../generated/graphql';
import type { PublicSecurityContext } from '../context';

export type IdentityCheckPage = SearchConnection<IdentityCheck>;
export type IdentityCheckSearchEdge = IdentityCheckPage['edges'][number];

const ORDERS: Record<IdentityCheckOrder, SearchOrder> = {
  CHECKED_AT_ASC: { column: 'checked_at', type: 'timestamptz', descending: false },
  CHECKED_AT_DESC: { column: 'checked_at', type: 'timestamptz', descending: true },
};

/**
 * The SQL conditions of an identity check filter, on public security's identity_check table. No
 * condition on the identity checked: its keyed hash is for department systems matching buyers, and
 * a search by it would tell anyone whom a hash belongs to.
 */
export function identityCheckConditions(context: Pick<PublicSecurityContext, 'caller' | 'clock'>, filter: IdentityCheckFilter): SqlConditions {
  return new SqlConditions()
    .anyOf('zone', searchZones(context.caller, boundedList('filter.zones', filter.zones)), '::"Zone"')
    .within('checked_at', timeRange('filter.checkedFrom', filter.checkedFrom, 'filter.checkedTo', filter.checkedTo, context.clock()))
    .anyOf('verdict', boundedList('filter.verdicts', filter.verdicts), '::"IdentityVerdict"')
    .anyOf('ebp_code', boundedList('filter.ebpCodes', filter.ebpCodes), '::bpchar');
}

/** One page of the regulators' identity check search: three statements (ids, count, checks). */
export function searchIdentityChecks(context: PublicSecurityContext, args: { filter?: IdentityCheckFilter | null; orderBy?: IdentityCheckOrder | null; first?: number | null; after?: string | null }): Promise<IdentityCheckPage> {
  assertMaySearch(context.caller, 'identity checks');
  const filter = args.filter ?? {};
  const orderBy = args.orderBy ?? 'CHECKED_AT_ASC';
  return searchConnection(context.prisma, {
    connection: 'public-security.identityChecks',
    caller: context.caller,
    query: { filter, orderBy },
    table: 'identity_check',
    conditions: identityCheckConditions(context, filter),
    order: ORDERS[orderBy],
    first: args.first,
    after: args.after,
  }, recordsById<IdentityCheck>(context.prisma, 'IdentityCheck'));
}
