import { connectionCursors, forbidden, pageSize, requireValid, usccProblem } from '@zone/common';
import type { Payment } from '../generated/prisma/client';
import type { ForexContext } from '../context';
import type { PaymentChangeKind } from '../generated/graphql';
import { feedPositionOf, feedReaderOf, FEED_PAGE, type FeedPosition, type FeedReader } from '../rules/transaction-feed';

export interface FeedEdge {
  cursor: string;
  node: Payment;
  change: PaymentChangeKind;
  changedAt: Date;
}

export interface FeedPage {
  edges: FeedEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface ChangeRow {
  seq: string;
  txid: string;
  payment_id: bigint;
  reason: PaymentChangeKind;
  changed_at: Date;
}

const CONNECTION = 'forex.transactionFeed';

/**
 * One page of the transaction feed: the changes after `after`, oldest transaction first, among
 * those every transaction that could still commit below has ended. The horizon is the statement's
 * own snapshot's xmin: a change whose transaction id is below it is committed (or never will be),
 * so a change committed later carries a larger id than any served and sorts after the cursor.
 * Two statements per page whatever its size: the changes, then their payments.
 */
export async function transactionFeedPage(context: ForexContext, args: { after?: string | null; first?: number | null; payCode?: string | null }): Promise<FeedPage> {
  const { caller, prisma } = context;
  const size = pageSize('first', args.first, FEED_PAGE.fallback, FEED_PAGE.max);
  const payCode = args.payCode == null ? null : requireValid('payCode', args.payCode, usccProblem);
  const reader = feedReaderOf(caller, payCode);
  if (reader.refusal) throw forbidden(reader.refusal);
  const binding = { connection: CONNECTION, caller, query: { payCode: reader.payCode } };
  const after: FeedPosition | null = args.after == null ? null : feedPositionOf(connectionCursors.decode(binding, args.after));

  const { sql, values } = feedStatement(reader, after, size + 1);
  const rows = await prisma.$queryRawUnsafe<ChangeRow[]>(sql, ...values);
  const page = rows.slice(0, size);
  const ids = [...new Set(page.map((row) => row.payment_id))];
  const payments = ids.length === 0 ? [] : await prisma.payment.findMany({ where: { id: { in: ids } } });
  const byId = new Map(payments.map((payment) => [payment.id, payment]));
  const edges = page.map((row) => ({
    cursor: connectionCursors.encode(binding, { t: row.txid, s: row.seq }),
    node: byId.get(row.payment_id)!,
    change: row.reason,
    changedAt: row.changed_at,
  }));
  return {
    edges,
    // Nothing new: the caller keeps the cursor it came with, to resume from later.
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? args.after ?? null },
  };
}

function feedStatement(reader: FeedReader, after: FeedPosition | null, limit: number): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = ['c.txid < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint'];
  if (reader.payCode) {
    values.push(reader.payCode);
    where.push(`c.pay_code = $${values.length}`);
  }
  if (reader.zone) {
    values.push(reader.zone);
    where.push(`c.zone = $${values.length}::"Zone"`);
  }
  if (after) {
    values.push(after.txid, after.seq);
    where.push(`(c.txid, c.seq) > ($${values.length - 1}::bigint, $${values.length}::bigint)`);
  }
  values.push(limit);
  return {
    sql: `SELECT c.seq::text AS seq, c.txid::text AS txid, c.payment_id, c.reason, c.changed_at
            FROM payment_change c
           WHERE ${where.join(' AND ')}
           ORDER BY c.txid, c.seq
           LIMIT $${values.length}`,
    values,
  };
}
