/**
 * Whether the tax bill (816) of a retail import list is still due. Import taxes of cross-border
 * retail goods are levied on goods customs lets in (财关税〔2018〕49号): a list customs rejected
 * (at review or inspection, or refused at matching) or whose cancellation (623) it accepted lets
 * nothing in, so its bill is cancelled; goods returned (625) after release are refunded their taxes
 * (and, as customs counts it, their share of the buyer's annual limit). The standing follows the
 * list as it is now: a list refused at matching and declared again until it passes stands again.
 */

export type TaxBillStatus = 'ACTIVE' | 'CANCELLED' | 'REFUNDED';

/** The list as customs reports it through the federated API. */
export interface ListStanding {
  invtNo: string;
  /** Receipt status as customs names it (REJECTED, RELEASED, …). */
  status: string;
  /** Customs' release decision and its grounds; null before one was made. */
  releaseDecision: { decision: string; reasons: readonly { code: string }[] } | null;
  /** Cancellation (623) and return (625) requests with customs' decision. */
  requests: readonly { kind: 'CANCELLATION' | 'RETURN'; state: 'ACCEPTED' | 'REFUSED'; reason: string }[];
}

export interface TaxBillStanding {
  status: TaxBillStatus;
  /** Why the bill is no longer due; null while ACTIVE. */
  reason: string | null;
}

/** Longest reason kept on a bill (the column's length). */
export const STANDING_REASON_MAX = 500;

const bounded = (text: string) => (Array.from(text).length > STANDING_REASON_MAX ? `${Array.from(text).slice(0, STANDING_REASON_MAX - 1).join('')}…` : text);

export function taxBillStandingOf(list: ListStanding): TaxBillStanding {
  const accepted = (kind: 'CANCELLATION' | 'RETURN') => list.requests.find((r) => r.kind === kind && r.state === 'ACCEPTED');
  const returned = accepted('RETURN');
  if (returned) return { status: 'REFUNDED', reason: bounded(`goods of list ${list.invtNo} returned (625): ${returned.reason}`) };
  const cancelled = accepted('CANCELLATION');
  if (cancelled) return { status: 'CANCELLED', reason: bounded(`list ${list.invtNo} cancelled (623): ${cancelled.reason}`) };
  if (list.status === 'REJECTED') {
    const decision = list.releaseDecision;
    const grounds = decision?.decision === 'REJECT' && decision.reasons.length > 0 ? `: ${decision.reasons.map((r) => r.code).join(', ')}` : '';
    const how = decision?.decision === 'REJECT' ? 'refused at declaration' : 'rejected after review or inspection';
    return { status: 'CANCELLED', reason: bounded(`list ${list.invtNo} ${how} by customs${grounds}`) };
  }
  return { status: 'ACTIVE', reason: null };
}
