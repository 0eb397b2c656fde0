import type { KeyLike } from 'jose';
import { ASSERTION_HEADER, RECONCILE_SCOPE, WRITE_COMMITTED_PATH, signCallerAssertion, type Caller, type Logger } from '@zone/common';
import type { AuditPrisma } from './client';
import type { AuditLog } from './log';

/** How the reconciler appears to the departments: the gateway's own system, allowed to ask nothing else. */
export const RECONCILER_CALLER: Caller = { organisation: 'ZONE-GATEWAY', role: 'SYSTEM', zone: null, department: null, scopes: [RECONCILE_SCOPE] };

/** Answers whether request `requestId` committed a write in any department; throws when that cannot be told yet. */
export type WriteCommitted = (requestId: string) => Promise<boolean>;

export interface DepartmentWriteCommittedOptions {
  /** Each department's GraphQL URL; the question goes to WRITE_COMMITTED_PATH on the same host. */
  subgraphUrls: Readonly<Record<string, string>>;
  /** The gateway's caller-assertion key: only the gateway can ask. */
  assertionKey: KeyLike;
  /** Wait for each department's answer (5000 ms). */
  timeoutMs?: number;
}

/**
 * Asks every department whether the request committed a write there (a signed GET of
 * WRITE_COMMITTED_PATH). Committed as soon as one says so; not committed only when all of them
 * say not; otherwise (a department down or refusing) it throws and the intent waits for the
 * next pass. Every department is asked, not only the one the mutation names: a request id
 * recorded anywhere means the request wrote, and nothing has to map fields to departments.
 */
export function departmentWriteCommitted(options: DepartmentWriteCommittedOptions): WriteCommitted {
  const timeoutMs = options.timeoutMs ?? 5000;
  return async (requestId) => {
    const assertion = await signCallerAssertion(RECONCILER_CALLER, options.assertionKey, requestId);
    const answers = await Promise.allSettled(
      Object.entries(options.subgraphUrls).map(async ([department, url]) => {
        const target = new URL(WRITE_COMMITTED_PATH, url);
        target.searchParams.set('requestId', requestId);
        const response = await fetch(target, { headers: { [ASSERTION_HEADER]: assertion }, signal: AbortSignal.timeout(timeoutMs) });
        if (response.status !== 200) throw new Error(`${department} answered ${response.status}`);
        const body = (await response.json()) as { committed?: unknown };
        if (typeof body.committed !== 'boolean') throw new Error(`${department} gave no answer`);
        return body.committed;
      }),
    );
    return committedVerdict(answers);
  };
}

/**
 * The verdict from the departments' answers: committed when one says so (whoever else failed),
 * not committed only when every one answered no; otherwise it throws, naming the failures.
 */
export function committedVerdict(answers: readonly PromiseSettledResult<boolean>[]): boolean {
  if (answers.some((a) => a.status === 'fulfilled' && a.value)) return true;
  const failed = answers.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
  if (failed.length > 0) throw new Error(`not every department answered: ${failed.map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason))).join('; ')}`);
  return false;
}

export interface IntentReconcilerOptions {
  prisma: AuditPrisma;
  /** Where outcomes are recorded, as any entry. */
  auditLog: AuditLog;
  writeCommitted: WriteCommitted;
  log: Logger;
  /**
   * Age of an intent (since its submission) before it counts as left without an outcome (120 s):
   * longer than any mutation may take, so a live gateway's write in flight is never resolved.
   */
  graceMs?: number;
  /** Intents older than this are no longer looked at (7 days); `audit:verify` reports them. */
  horizonMs?: number;
  /** Intents resolved per pass (100). */
  maxPerPass?: number;
}

export interface IntentReconciler {
  /** One pass; answers how many intents it resolved. `graceMs` overrides the option (tests, after a crash). */
  reconcile: (options?: { graceMs?: number }) => Promise<number>;
}

/**
 * Resolves INTENT submissions left without an outcome (their gateway died between forwarding a
 * mutation and recording its outcome): asks the departments whether the request committed and
 * submits RECONCILED_COMMITTED or RECONCILED_NOT_COMMITTED with the intent's content. The
 * sequencer's leader runs it (createAuditSequencer's leaderTask), so one gateway does.
 */
export function createIntentReconciler(options: IntentReconcilerOptions): IntentReconciler {
  const { prisma, auditLog, log } = options;
  const maxPerPass = options.maxPerPass ?? 100;
  const horizonMs = options.horizonMs ?? 7 * 24 * 3600 * 1000;
  return {
    reconcile: async (pass = {}) => {
      const graceMs = pass.graceMs ?? options.graceMs ?? 120000;
      const open = await prisma.$queryRaw<{ id: bigint }[]>`
        SELECT i."id" FROM "audit"."audit_submission" i
         WHERE i."outcome" = 'INTENT'
           AND i."submitted_at" <= clock_timestamp() - make_interval(secs => ${graceMs / 1000}::float8)
           AND i."submitted_at" > clock_timestamp() - make_interval(secs => ${horizonMs / 1000}::float8)
           AND NOT EXISTS (SELECT 1 FROM "audit"."audit_submission" o
                            WHERE o."request_id" = i."request_id" AND o."outcome" <> 'INTENT' AND o."id" <> i."id" AND o."submitted_at" >= i."submitted_at")
         ORDER BY i."id" LIMIT ${maxPerPass}`;
      if (open.length === 0) return 0;
      const intents = await prisma.auditSubmission.findMany({ where: { id: { in: open.map((o) => BigInt(o.id)) } }, orderBy: { id: 'asc' } });
      let resolved = 0;
      for (const intent of intents) {
        let committed: boolean;
        try {
          committed = await options.writeCommitted(intent.requestId);
        } catch (error) {
          log.warn({ err: error, requestId: intent.requestId }, 'audit reconciler: intent left for the next pass');
          continue;
        }
        await auditLog.append({
          at: intent.at,
          requestId: intent.requestId,
          organisation: intent.organisation,
          role: intent.role,
          zone: intent.zone,
          purpose: intent.purpose,
          operationName: intent.operationName,
          operationHash: intent.operationHash,
          variablesDigest: intent.variablesDigest,
          fields: intent.fields,
          personalData: intent.personalData,
          unmasked: false,
          outcome: committed ? 'RECONCILED_COMMITTED' : 'RECONCILED_NOT_COMMITTED',
          durationMs: intent.durationMs,
        });
        resolved += 1;
        log.info({ requestId: intent.requestId, committed }, 'audit reconciler: intent resolved');
      }
      return resolved;
    },
  };
}

export interface UnresolvedIntents {
  count: number;
  /** Arrival of the oldest of them, null when none. */
  oldestAt: Date | null;
}

/** INTENT entries of the chain without an outcome entry of the same request after them. */
export async function unresolvedIntents(prisma: AuditPrisma): Promise<UnresolvedIntents> {
  const [row] = await prisma.$queryRaw<{ count: number; oldest: Date | null }[]>`
    SELECT count(*)::int AS "count", min(i."at") AS "oldest" FROM "audit"."audit_entry" i
     WHERE i."outcome" = 'INTENT'
       AND NOT EXISTS (SELECT 1 FROM "audit"."audit_entry" o WHERE o."request_id" = i."request_id" AND o."outcome" <> 'INTENT' AND o."seq" > i."seq")`;
  return { count: row?.count ?? 0, oldestAt: row?.oldest ?? null };
}
