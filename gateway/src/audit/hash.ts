import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from '@zone/common';

/** prev_hash of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * OK, ERROR (some error, data may be partial), DENIED (refused by the gateway or a department);
 * refused before the GraphQL pipeline: REFUSED_UNAUTHENTICATED (no valid token, HTTP 401) and
 * RATE_LIMITED (HTTP 429). INTENT: a mutation about to be forwarded (write-ahead); its outcome
 * follows, or after a crash RECONCILED_COMMITTED / RECONCILED_NOT_COMMITTED as the departments
 * report whether the request's write committed.
 */
export type AuditOutcome =
  | 'OK'
  | 'ERROR'
  | 'DENIED'
  | 'REFUSED_UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'INTENT'
  | 'RECONCILED_COMMITTED'
  | 'RECONCILED_NOT_COMMITTED';

/** What the gateway records about one request; the log adds seq, prev_hash and hash. */
export interface AuditRecord {
  /** When the request arrived (kept to the millisecond). */
  at: Date;
  requestId: string;
  /** Caller organisation as authenticated. */
  organisation: string;
  role: string;
  /** The caller's zone; null for province-wide callers. */
  zone: string | null;
  /** Declared purpose of the access; null when none was given. */
  purpose: string | null;
  /** Null for an anonymous operation. */
  operationName: string | null;
  /** operationHash() of the document. */
  operationHash: string;
  /** digestVariables() of the variables. */
  variablesDigest: string;
  /** Schema coordinates the operation touches (touchedCoordinates()). */
  fields: readonly string[];
  personalData: boolean;
  /**
   * Personal data was served in clear: the caller held pii:read, stated a purpose and the
   * operation read a field that is unmasked for such callers (UNMASKED_PERSONAL_DATA).
   */
  unmasked: boolean;
  outcome: AuditOutcome;
  /** Whole milliseconds from arrival to the response. */
  durationMs: number;
  /**
   * Requests the entry stands for (default 1). More than one only in the aggregated entry of an
   * address's refusals beyond those recorded one by one in a minute (RefusalAuditBudget).
   */
  count?: number;
}

/**
 * A record at its place in the chain. `unmasked` and `count` are null in entries written before
 * their columns existed: their hash was computed without them.
 */
export interface SequencedAuditRecord extends Omit<AuditRecord, 'unmasked' | 'count'> {
  seq: bigint;
  unmasked: boolean | null;
  count?: number | null;
  /** The audit_submission row the entry integrates; null in entries written before submissions existed. */
  submissionId?: bigint | null;
}

function sm3(text: string): string {
  return createHash('sm3').update(text, 'utf8').digest('hex');
}

/** SM3 of the operation document exactly as received, so a copy of the request can be matched to its entry. */
export function operationHash(source: string): string {
  return sm3(source);
}

/**
 * Digest of the variables: SM3 of their canonical JSON (keys sorted), so the same variables in
 * any key order give the same digest; absent variables count as {}.
 *
 * A plain digest of few, guessable values (a name and an ID number) can be confirmed by trying
 * candidates. With `key` the digest is HMAC-SM3 under that key, which only its holder can do.
 */
export function digestVariables(variables: Readonly<Record<string, unknown>> | null | undefined, key?: string | Buffer): string {
  const json = canonicalJson(variables ?? {});
  return key === undefined ? sm3(json) : createHmac('sm3', key).update(json, 'utf8').digest('hex');
}

/**
 * The hashed content of an entry: every column but prev_hash and hash, by name. Listed field by
 * field so that a property an object happens to carry besides them never enters the hash.
 * `unmasked`, `count` and `submissionId` enter only when they are not null, so entries written
 * before they existed still verify; nulling one in a later entry changes that entry's content and is detected
 * like any change.
 */
export function hashedContent(entry: SequencedAuditRecord): Record<string, unknown> {
  return {
    seq: entry.seq,
    at: entry.at,
    requestId: entry.requestId,
    organisation: entry.organisation,
    role: entry.role,
    zone: entry.zone,
    purpose: entry.purpose,
    operationName: entry.operationName,
    operationHash: entry.operationHash,
    variablesDigest: entry.variablesDigest,
    fields: [...entry.fields],
    personalData: entry.personalData,
    ...(entry.unmasked === null || entry.unmasked === undefined ? {} : { unmasked: entry.unmasked }),
    outcome: entry.outcome,
    durationMs: entry.durationMs,
    ...(entry.count === null || entry.count === undefined ? {} : { count: entry.count }),
    ...(entry.submissionId === null || entry.submissionId === undefined ? {} : { submissionId: entry.submissionId }),
  };
}

/**
 * hash = SM3(prev_hash || canonical JSON of the entry's other columns), the hex prev_hash and the
 * JSON concatenated as UTF-8. canonicalJson sorts keys, writes seq as a string and `at` as ISO 8601
 * UTC with milliseconds; anyone can recompute it from a row.
 */
export function entryHash(prevHash: string, entry: SequencedAuditRecord): string {
  return sm3(prevHash + canonicalJson(hashedContent(entry)));
}
