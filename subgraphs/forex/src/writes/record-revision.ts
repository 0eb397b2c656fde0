import { writeOutcome, type Caller, type WriteOutcome } from '@zone/common';
import type { Prisma } from '../generated/prisma/client';

/** Kinds of forex records kept with revisions in record_revision. */
export type RevisedRecordKind = 'FX_DIRECTORY_REGISTRATION' | 'OVERSEAS_WAREHOUSE_SETTLEMENT';

/** appType of the customs message standard, kept with each revision. */
const APP_TYPE = { CREATED: 1, CHANGED: 2 } as const;

export interface RevisionPlan {
  outcome: WriteOutcome;
  /** The record's revision after the submission. */
  revision: number;
}

/** What a submission with content hash `hash` does to a record now at `current` (null: none yet). */
export function planRevision(current: { contentHash: string; revision: number } | null, hash: string): RevisionPlan {
  const outcome = writeOutcome(current?.contentHash, hash);
  if (outcome === 'CREATED') return { outcome, revision: 1 };
  if (outcome === 'UNCHANGED') return { outcome, revision: current!.revision };
  return { outcome, revision: current!.revision + 1 };
}

/** Keeps a written submission (CREATED or CHANGED) as the record's revision. */
export async function keepRevision(
  tx: Prisma.TransactionClient,
  record: { kind: RevisedRecordKind; key: string; plan: RevisionPlan; hash: string; content: Prisma.InputJsonValue; caller: Caller; at: Date },
): Promise<void> {
  if (record.plan.outcome === 'UNCHANGED') return;
  await tx.recordRevision.create({
    data: {
      kind: record.kind,
      recordKey: record.key,
      revision: record.plan.revision,
      appType: APP_TYPE[record.plan.outcome],
      contentHash: record.hash,
      content: record.content,
      recordedAt: record.at,
      recordedBy: record.caller.organisation,
    },
  });
}
