import { randomUUID } from 'node:crypto';
import type { Logger } from '@zone/common';
import { digestVariables, operationHash, type AuditOutcome, type AuditRecord } from './hash';
import type { AuditLog } from './log';

/** Refusals of one source recorded one by one per minute, unless configured. */
export const DEFAULT_REFUSALS_RECORDED_PER_MINUTE = 20;

const WINDOW_MS = 60_000;

export interface RefusalAuditBudgetOptions {
  auditLog: AuditLog;
  log: Logger;
  /** Refusals of one source written as entries of their own in each minute (DEFAULT_REFUSALS_RECORDED_PER_MINUTE). */
  perMinute?: number;
  /** Clock (Date.now); tests move it. */
  now?: () => number;
}

/**
 * Where the refusals made before the GraphQL pipeline (401, 429, …) are recorded, so that one
 * source cannot fill the append-only log: in each minute, the first `perMinute` refusals of a
 * source (a client address, or an authenticated caller) get an entry each; the rest are counted
 * and written as one aggregated entry per source and outcome when the minute is over, its `count`
 * the number of refusals it stands for. One source thus writes at most perMinute entries a minute,
 * plus one per kind of refusal (per gateway replica), however fast it sends.
 */
export interface RefusalAuditBudget {
  /** Records the refusal of a request from `source`: its own entry, or one more in the source's count. */
  record: (source: string, refusal: AuditRecord) => void;
  /** Writes the aggregated entries counted so far (minute over or not) and waits for every entry recorded. */
  flush: () => Promise<void>;
  /** Flushes and stops the minute timer. */
  close: () => Promise<void>;
}

interface SourceMinute {
  window: number;
  recorded: number;
  /** Refusals counted but not written, by outcome: how many, and the first one's arrival. */
  counted: Map<AuditOutcome, { count: number; at: Date }>;
}

/** The entry that stands for `count` refusals of one source and outcome, from `at` on. */
export function aggregatedRefusalRecord(outcome: AuditOutcome, count: number, at: Date, sample: AuditRecord): AuditRecord {
  return {
    at,
    requestId: randomUUID(),
    // Who the source is, as far as it was known: nobody for requests without a valid token.
    organisation: sample.organisation,
    role: sample.role,
    zone: sample.zone,
    purpose: null,
    operationName: null,
    operationHash: operationHash(''),
    variablesDigest: digestVariables({}),
    fields: [],
    personalData: false,
    unmasked: false,
    outcome,
    durationMs: 0,
    count,
  };
}

export function createRefusalAuditBudget(options: RefusalAuditBudgetOptions): RefusalAuditBudget {
  const { auditLog, log } = options;
  const perMinute = options.perMinute ?? DEFAULT_REFUSALS_RECORDED_PER_MINUTE;
  const now = options.now ?? Date.now;
  const sources = new Map<string, SourceMinute & { sample: AuditRecord }>();
  const writes = new Set<Promise<void>>();

  const write = (record: AuditRecord) => {
    const written = auditLog
      .append(record)
      .catch((error: unknown) => log.error({ err: error, requestId: record.requestId }, 'audit entry of a refused request not written'))
      .finally(() => writes.delete(written));
    writes.add(written);
  };

  const writeCounted = (minute: SourceMinute & { sample: AuditRecord }) => {
    for (const [outcome, { count, at }] of minute.counted) write(aggregatedRefusalRecord(outcome, count, at, minute.sample));
    minute.counted.clear();
  };

  /** Writes the counts of every minute that is over (all of them with `all`) and forgets those sources. */
  const sweep = (all: boolean) => {
    const window = Math.floor(now() / WINDOW_MS);
    for (const [source, minute] of sources) {
      if (all || minute.window < window) {
        writeCounted(minute);
        if (minute.window < window) sources.delete(source);
      }
    }
  };

  const timer = setInterval(() => sweep(false), WINDOW_MS / 4);
  timer.unref();

  const flush = async () => {
    sweep(true);
    while (writes.size > 0) await Promise.all([...writes]);
  };

  return {
    record: (source, refusal) => {
      const window = Math.floor(now() / WINDOW_MS);
      let minute = sources.get(source);
      if (minute && minute.window !== window) {
        writeCounted(minute);
        minute = undefined;
      }
      if (!minute) {
        minute = { window, recorded: 0, counted: new Map(), sample: refusal };
        sources.set(source, minute);
      }
      if (minute.recorded < perMinute) {
        minute.recorded += 1;
        write(refusal);
        return;
      }
      const counted = minute.counted.get(refusal.outcome);
      if (counted) counted.count += refusal.count ?? 1;
      else minute.counted.set(refusal.outcome, { count: refusal.count ?? 1, at: refusal.at });
    },
    flush,
    close: async () => {
      clearInterval(timer);
      await flush();
    },
  };
}
