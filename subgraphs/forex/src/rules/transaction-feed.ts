import { badUserInput, type Caller, type ZoneCode } from '@zone/common';

/** Page sizes of the transaction feed: 100 changes unless asked, at most 1,000. */
export const FEED_PAGE = { fallback: 100, max: 1000 } as const;

/** Whose changes a caller reads: one payment institution's (payCode) or all, in one zone or all. */
export interface FeedReader {
  payCode: string | null;
  zone: ZoneCode | null;
  /** Why the caller may not read this feed; null when it may. */
  refusal: string | null;
}

/**
 * Who reads which feed (信息互换 with banks): a bank only its own payments, those it handled as
 * payment institution (payCode = its organisation), and naming another bank's code is refused;
 * regulators and forex's own officers and system any bank's feed or all payments; a zone-bound
 * caller only its zone. Everyone else (the platform, other departments) reads payments one by one.
 */
export function feedReaderOf(caller: Caller, payCode: string | null): FeedReader {
  const zone = caller.zone ?? null;
  if (caller.role === 'BANK') {
    if (payCode !== null && payCode !== caller.organisation) {
      return { payCode, zone, refusal: 'A bank reads the feed of the payments it handled as payment institution only (payCode must be its own)' };
    }
    return { payCode: caller.organisation, zone, refusal: null };
  }
  if (caller.role === 'REGULATOR' || ((caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department === 'forex')) {
    return { payCode, zone, refusal: null };
  }
  const who = `A ${caller.role}${caller.department ? ` of ${caller.department}` : ''}`;
  return { payCode, zone, refusal: `${who} may not read the transaction feed: banks (their own payments), regulators and forex only` };
}

/** A position in the feed: the change's transaction id and sequence number, both decimal strings. */
export interface FeedPosition {
  txid: string;
  seq: string;
}

const DECIMAL = /^(0|[1-9][0-9]{0,18})$/;

/**
 * The position a verified cursor carries. Its MAC already proves the feed gave it out; this only
 * guards against a key shared with an older format.
 */
export function feedPositionOf(value: unknown): FeedPosition {
  const position = value as { t?: unknown; s?: unknown } | null;
  if (!position || typeof position.t !== 'string' || typeof position.s !== 'string' || !DECIMAL.test(position.t) || !DECIMAL.test(position.s)) {
    throw badUserInput({ field: 'after', reason: 'is not a position in the transaction feed' });
  }
  return { txid: position.t, seq: position.s };
}
