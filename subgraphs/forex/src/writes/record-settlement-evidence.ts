import { badUserInput, forbidden, recordWriteRequest, retryOnLostRace } from '@zone/common';
import type { ForexContext } from '../context';
import { enterprisesOfOrders } from '../federated-reads';
import { checkSettlementNotices, type CheckedNotice, type SettlementNotice } from '../rules/settlement-evidence';

export interface SettlementEvidenceReceipt {
  received: number;
  alreadyReceived: number;
  paymentsChanged: number;
}

/**
 * recordSettlementEvidence: records each notice once and puts the payments it concerns back into
 * the transaction feed (payment_change, reason SETTLEMENT_EVIDENCE) in the same transaction, so a
 * notice is either recorded with its feed rows or not at all and the sender sends it again. A
 * notice recorded before (same id and content: the sender's outbox retried after an answer it did
 * not receive) does nothing. A payment concerned by several notices of one batch enters the feed
 * once. Three statements whatever the batch, and for a negative-list notice the payments recorded
 * without an enterprise first (unattributedPaymentsOf).
 */
export async function recordSettlementEvidence(context: ForexContext, notices: readonly SettlementNotice[]): Promise<SettlementEvidenceReceipt> {
  const check = checkSettlementNotices(context.caller, notices);
  if ('refusal' in check) throw forbidden(check.refusal);
  if ('problems' in check) throw badUserInput(check.problems);
  const checked = check.notices;
  const enterprises = new Set(checked.flatMap((notice) => (notice.ebcCode === null ? [] : [notice.ebcCode])));
  const unattributed = enterprises.size === 0 ? [] : await unattributedPaymentsOf(context, enterprises);
  return retryOnLostRace(() => context.prisma.$transaction(async (tx) => {
    await recordWriteRequest(tx, 'forex.settlement-evidence', checked.map((notice) => notice.noticeId));
    const fresh = await tx.$queryRawUnsafe<{ notice_id: string; fact: string; zone: string; subject: string }[]>(
      `INSERT INTO settlement_evidence_notice (notice_id, department, fact, zone, subject, occurred_at)
       SELECT n.notice_id, n.department, n.fact, n.zone::"Zone", n.subject, n.occurred_at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS n(notice_id, department, fact, zone, subject, occurred_at)
       ON CONFLICT (notice_id, fact, zone, subject) DO NOTHING
       RETURNING notice_id, fact, zone::text AS zone, subject`,
      checked.map((n) => n.noticeId), checked.map((n) => n.department), checked.map((n) => n.fact),
      checked.map((n) => n.zone), checked.map((n) => n.subject), checked.map((n) => n.occurredAt),
    );
    const keyOf = (n: { notice_id?: string; noticeId?: string; fact: string; zone: string; subject: string }) => `${n.notice_id ?? n.noticeId}|${n.fact}|${n.zone}|${n.subject}`;
    const recorded = new Set(fresh.map(keyOf));
    // One notice may appear twice in a batch: the first copy was recorded, the second found it.
    const acting = [...new Map(checked.filter((n) => recorded.has(keyOf(n))).map((n) => [keyOf(n), n])).values()];
    const paymentsChanged = acting.length === 0 ? 0 : await putBackInFeed(tx, acting, unattributed);
    return { received: acting.length, alreadyReceived: checked.length - acting.length, paymentsChanged };
  }));
}

/** A payment recorded without ebcCode whose order commerce now attributes to an enterprise a notice names. */
interface UnattributedPayment {
  id: string;
  ebcCode: string;
}

/**
 * The payments recorded without an enterprise (their order was unknown to commerce when they came)
 * whose order commerce now attributes to one of `enterprises`: a negative-list notice concerns
 * them as much as those with the ebcCode. One indexed read, then one `nodes` call per 100 such
 * payments; a failed call fails the notice (DEPENDENCY_UNAVAILABLE), which the sender sends again.
 */
async function unattributedPaymentsOf(context: ForexContext, enterprises: ReadonlySet<string>): Promise<UnattributedPayment[]> {
  const rows = await context.prisma.$queryRawUnsafe<{ id: string; ebp_code: string; order_no: string }[]>(
    'SELECT id::text AS id, ebp_code, order_no FROM payment WHERE ebc_code IS NULL ORDER BY id',
  );
  if (rows.length === 0) return [];
  const orders = rows.map((row) => ({ ebpCode: row.ebp_code.trim(), orderNo: row.order_no }));
  const ebcOf = await enterprisesOfOrders(context, orders, 'settlement evidence: the enterprise of payments recorded without one');
  return rows.flatMap((row, i) => {
    const ebcCode = ebcOf.get(`${orders[i]!.ebpCode}/${orders[i]!.orderNo}`);
    return ebcCode !== undefined && enterprises.has(ebcCode) ? [{ id: row.id, ebcCode }] : [];
  });
}

/**
 * The payments back into the feed, each once, and how many: an order's of the notice's zone (the
 * order's zone), and every payment of a listed enterprise's orders, in whatever zone it sold: those
 * recorded with its ebcCode and those `unattributed` to it.
 */
async function putBackInFeed(tx: { $queryRawUnsafe: <T>(sql: string, ...values: unknown[]) => Promise<T> }, notices: readonly CheckedNotice[], unattributed: readonly UnattributedPayment[]): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ n: number }[]>(
    `WITH n AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS n(zone, ebp_code, order_no, ebc_code)
     ), concerned AS (
       SELECT p.id, p.pay_code, p.zone FROM n JOIN payment p ON p.ebp_code = n.ebp_code AND p.order_no = n.order_no AND p.zone = n.zone::"Zone" WHERE n.ebc_code IS NULL
       UNION
       SELECT p.id, p.pay_code, p.zone FROM n JOIN payment p ON p.ebc_code = n.ebc_code WHERE n.ebc_code IS NOT NULL
       UNION
       SELECT p.id, p.pay_code, p.zone FROM unnest($5::bigint[], $6::text[]) AS u(id, ebc_code)
         JOIN n ON n.ebc_code = u.ebc_code JOIN payment p ON p.id = u.id AND p.ebc_code IS NULL
     ), changed AS (
       INSERT INTO payment_change (payment_id, pay_code, zone, reason)
       SELECT id, pay_code, zone, 'SETTLEMENT_EVIDENCE' FROM concerned ORDER BY id
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM changed`,
    notices.map((n) => n.zone), notices.map((n) => n.order?.ebpCode ?? null), notices.map((n) => n.order?.orderNo ?? null), notices.map((n) => n.ebcCode),
    unattributed.map((p) => p.id), unattributed.map((p) => p.ebcCode),
  );
  return rows[0]?.n ?? 0;
}
