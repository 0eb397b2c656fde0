import { createHash } from 'node:crypto';
import type { Caller, Department } from './caller';
import { badUserInput, forbidden, translatePrismaError, type FieldProblem } from './errors';
import { recordWriteRequest } from './write-requests';

/**
 * Result of submitting a record by its business key (customs message appType): CREATED (1),
 * UNCHANGED (same content again: nothing written), CHANGED (2: new content, previous kept as a revision).
 */
export type WriteOutcome = 'CREATED' | 'UNCHANGED' | 'CHANGED';

/** JSON with sorted keys, dates as ISO strings and decimals as their string form: equal content, equal text. */
export function canonicalJson(value: unknown): string {
  const normalise = (v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return v.toISOString();
    if (typeof v === 'bigint') return v.toString();
    if (Array.isArray(v)) return v.map(normalise);
    if (typeof v === 'object') {
      if ('toFixed' in v && typeof (v as { toFixed: unknown }).toFixed === 'function' && 'decimalPlaces' in v) return String(v);
      return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, normalise((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return JSON.stringify(normalise(value));
}

/** SM3 digest of the canonical content: what "the same submission" means. */
export function contentHash(value: unknown): string {
  return createHash('sm3').update(canonicalJson(value), 'utf8').digest('hex');
}

export function writeOutcome(existingHash: string | null | undefined, newHash: string): WriteOutcome {
  if (existingHash === null || existingHash === undefined) return 'CREATED';
  return existingHash === newHash ? 'UNCHANGED' : 'CHANGED';
}

/** Collects every problem of a submission so the client learns all wrong fields at once. */
export class InputProblems {
  private readonly problems: FieldProblem[] = [];

  add(field: string, reason: string): this {
    this.problems.push({ field, reason });
    return this;
  }

  /** Records `problemOf(value)` under `field` when it finds one. */
  check<T>(field: string, value: T, problemOf: (value: T) => string | null): this {
    const reason = problemOf(value);
    if (reason) this.add(field, reason);
    return this;
  }

  get count(): number {
    return this.problems.length;
  }

  /** Throws one BAD_USER_INPUT error naming every problem, if there is any. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw badUserInput(this.problems);
  }
}

/**
 * A department's data is written by its own officers and systems, and by the zone platform on
 * behalf of enterprises; regulators and banks only read.
 */
export function assertMayWrite(caller: Caller | null, department: Department): Caller {
  if (!caller) throw forbidden(`Only identified callers may write ${department} data`);
  if (caller.role === 'PLATFORM') return caller;
  if ((caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department === department) return caller;
  throw forbidden(`A ${caller.role}${caller.department ? ` of ${caller.department}` : ''} may not write ${department} data`);
}

/** Attempts of one write before a lasting race is reported as a CONFLICT. */
export const WRITE_ATTEMPTS = 3;

/** A transaction that lost a race: a unique key taken meanwhile (P2002), or a write conflict or deadlock (P2034). */
export function isLostRace(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'P2002' || code === 'P2034';
}

/**
 * Runs a write transaction again when it lost a race: the rerun reads what the concurrent writer
 * committed and decides afresh, so the same submission sent twice at once ends as CREATED plus
 * UNCHANGED instead of an error. Other errors, and a race lost every time, go through
 * translatePrismaError.
 */
export async function retryOnLostRace<T>(write: () => Promise<T>, attempts = WRITE_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isLostRace(error) || attempt >= attempts) translatePrismaError(error);
    }
  }
}

/**
 * The one zone rule of every write: a department's data is written by its own officers and
 * systems and by the zone platform (assertMayWrite), and a zone-bound caller writes only records
 * whose subject (order, enterprise, list, waybill) belongs to its zone. `subjectZone` is the zone
 * the department itself knows the subject by (its own record, or commerce's answer through the
 * federated API), never one the caller merely claims.
 */
export function assertMayWriteInZone(caller: Caller | null, department: Department, subjectZone: string, what = `write ${department} data`): Caller {
  const writer = assertMayWrite(caller, department);
  assertCallerInZone(writer, subjectZone, what);
  return writer;
}

/**
 * The zone half of assertMayWriteInZone, for writes whose department rule is narrower than
 * assertMayWrite's (only the department's officers, or another department's system too) and was
 * checked already: a zone-bound caller acts only on subjects of its own zone.
 */
export function assertCallerInZone(caller: Caller, subjectZone: string, what: string): void {
  if (caller.zone && caller.zone !== subjectZone) throw forbidden(`A caller of zone ${caller.zone} may not ${what} of zone ${subjectZone}`);
}

/**
 * Serialises the writers of one business key: a transaction-scoped advisory lock on the key,
 * taken first in the transaction and released when it ends. Concurrent submissions of one key then
 * run one after another, each reading what the one before committed, so each is CREATED, UNCHANGED
 * or CHANGED instead of a deadlock or a unique-key race. `recordType` names the department and
 * record (`commerce.order`), so equal keys of different records never wait for each other.
 * Within a request's mutation it also records the request's write of the key (recordWriteRequest),
 * committed with the write or not at all.
 */
export async function lockBusinessKey(
  tx: { $executeRawUnsafe: (query: string, ...values: unknown[]) => Promise<number> },
  recordType: string,
  ...keyParts: readonly string[]
): Promise<void> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', businessLockKey(recordType, keyParts));
  await recordWriteRequest(tx, recordType, keyParts);
}

/** Writers of each business key waiting in this process, as the tail of their queue. */
const queuedWriters = new Map<string, Promise<void>>();

/**
 * Runs `write` after the writers of the same business key queued before it in this process, so
 * that concurrent submissions of one key wait here, without holding one of the pool's few
 * connections each, instead of inside their transactions on lockBusinessKey (which still
 * serialises writers in other processes). Writers of other keys run meanwhile.
 */
export async function queueByBusinessKey<T>(recordType: string, keyParts: readonly string[], write: () => Promise<T>): Promise<T> {
  const key = businessLockKey(recordType, keyParts);
  const before = queuedWriters.get(key) ?? Promise.resolve();
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  const tail = before.then(() => mine);
  queuedWriters.set(key, tail);
  await before;
  try {
    return await write();
  } finally {
    done();
    if (queuedWriters.get(key) === tail) queuedWriters.delete(key);
  }
}

/** The text an advisory lock is taken on: the record type and each key part, unambiguously joined. */
export function businessLockKey(recordType: string, keyParts: readonly string[]): string {
  return JSON.stringify([recordType, ...keyParts]);
}
