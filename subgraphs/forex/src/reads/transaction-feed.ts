import { connectionCursors, endCursorOf, forbidden, pageSize, requireValid, usccProblem } from '@zone/common';
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

/** A change with its payment as it stands now, in the Payment model's own field names. */
interface ChangeRow extends Payment {
  change_seq: string;
  change_txid: string;
  change_reason: PaymentChangeKind;
  change_at: Date;
}

/** The payment's columns under the model's field names: a raw row is a Payment as findMany would give it. */
const PAYMENT_COLUMNS = `p.id, p.pay_code AS "payCode", p.pay_transaction_id AS "payTransactionId", p.ebp_code AS "ebpCode",
  p.order_no AS "orderNo", p.direction, p.zone, p.amount_paid AS "amountPaid", p.currency, p.pay_time AS "payTime",
  p.payer_name AS "payerName", p.payer_id_type AS "payerIdType", p.payer_id_hash AS "payerIdHash",
  p.payer_id_masked AS "payerIdMasked", p.ebc_code AS "ebcCode", p.content_hash AS "contentHash", p.revision`;

const CONNECTION = 'forex.transactionFeed';

/**
 * One page of the transaction feed: the changes after `after`, oldest transaction first, among
 * those every transaction that could still commit below has ended. The horizon is the statement's
 * own snapshot's xmin: a change whose transaction id is below it is committed (or never will be),
 * so a change committed later carries a larger id than any served and sorts after the cursor.
 * One statement per page whatever its size, of one shape for each kind of reader (no query compiled
 * per request): the changes joined with their payments.
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
  const edges = rows.slice(0, size).map(({ change_seq, change_txid, change_reason, change_at, ...payment }) => ({
    cursor: connectionCursors.encode(binding, { t: change_txid, s: change_seq }),
    node: payment,
    change: change_reason,
    changedAt: change_at,
  }));
  return {
    edges,
    // Nothing new (or first: 0): the caller keeps the cursor it came with, to resume from later.
    pageInfo: { hasNextPage: rows.length > size, endCursor: endCursorOf(edges, args.after) },
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
    sql: `SELECT c.seq::text AS change_seq, c.txid::text AS change_txid, c.reason AS change_reason, c.changed_at AS change_at, ${PAYMENT_COLUMNS}
            FROM (SELECT c.seq, c.txid, c.payment_id, c.reason, c.changed_at
                    FROM payment_change c
                   WHERE ${where.join(' AND ')}
                   ORDER BY c.txid, c.seq
                   LIMIT $${values.length}) c
            JOIN payment p ON p.id = c.payment_id
           ORDER BY c.txid, c.seq`,
    values,
  };
}
