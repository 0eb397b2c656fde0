import { badUserInput, pageSize, rowScopeOf, type Caller, type ZoneCode } from '@zone/common';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { decodeOrderCursor, encodeOrderCursor, orderSpanOf } from '../rules/order-span';

const PAGE = { fallback: 25, max: 100 };

export interface OrderFilterArgs {
  from: string;
  to: string;
  zone?: ZoneCode | null;
  direction?: 'IMPORT' | 'EXPORT' | null;
  tradeMode?: string | null;
  currency?: string | null;
}

/**
 * Query.orders: the orders placed in a span of Beijing dates, newest first, under the caller's
 * row scope (a zone-bound caller: its zone; asking for another zone is an empty page).
 */
export async function ordersInSpan(prisma: PrismaClient, caller: Caller | null, filter: OrderFilterArgs, first: number | null | undefined, after: string | null | undefined) {
  const span = orderSpanOf(filter.from, filter.to);
  const problems = Array.isArray(span) ? [...span] : [];
  const cursor = after ? decodeOrderCursor(after) : null;
  if (after && !cursor) problems.push({ field: 'after', reason: 'is not a cursor returned by this connection' });
  if (problems.length > 0 || Array.isArray(span)) throw badUserInput(problems);
  const size = pageSize('first', first, PAGE.fallback, PAGE.max);
  const scope = caller ? rowScopeOf(caller) : {};
  const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  if (scope.zone && filter.zone && filter.zone !== scope.zone) return empty;
  const where: Prisma.OrderWhereInput = {
    ...scope,
    ...(filter.zone ? { zone: filter.zone } : {}),
    ...(filter.direction ? { direction: filter.direction } : {}),
    ...(filter.tradeMode ? { tradeMode: filter.tradeMode } : {}),
    ...(filter.currency ? { currency: filter.currency } : {}),
    orderedAt: { gte: span.start, lt: span.end },
  };
  const page: Prisma.OrderWhereInput = cursor
    ? { AND: [where, { OR: [{ orderedAt: { lt: cursor.orderedAt } }, { orderedAt: cursor.orderedAt, id: { lt: cursor.id } }] }] }
    : where;
  const [rows, totalCount] = await Promise.all([
    prisma.order.findMany({ where: page, orderBy: [{ orderedAt: 'desc' }, { id: 'desc' }], take: size + 1 }),
    prisma.order.count({ where }),
  ]);
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeOrderCursor(node.orderedAt, node.id) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
