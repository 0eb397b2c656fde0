import { assertMayWrite, contentHash, InputProblems, retryOnLostRace, writeOutcome, type WriteOutcome } from '@zone/common';
import type { ExportReturn, Prisma } from '../generated/prisma/client';
import type { CustomsContext } from '../context';
import { assessExportReturn, exportReturnLastDate } from '../rules/export-return';
import { invtNoProblem } from '../rules/inventory-number';
import { exportReturnListRefusals } from '../rules/list-requests';
import type { RuleReason } from '../rules/rule-reason';
import { lockedListOf } from './list-status';
import { emitListFact } from './settlement-evidence';

export interface ExportReturnRequest {
  invtNo: string;
  returnedAt?: Date | null;
  goodsUnchanged: boolean;
  rebateReceived: boolean;
  rebateRepaid: boolean;
  reason: string;
}

export interface ExportReturnResult {
  outcome: WriteOutcome;
  revision: number;
  exportReturn: ExportReturn;
}

/** How far in the future a declared return time may lie before the declarant's clock counts as wrong. */
const ALLOWED_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Records a request for tax-free re-entry of exported goods with customs' decision, one per export
 * list: the same request again is UNCHANGED, a changed one (say, the rebate now shown repaid) is
 * assessed afresh as the next revision. The return of a released export tells forex
 * (LIST_RETURNED, in the same transaction) when it is recorded and whenever customs' decision on
 * it (taxFree) changes: the export payment's settlement answer rests on it.
 */
export async function requestExportReturn(context: CustomsContext, input: ExportReturnRequest): Promise<ExportReturnResult> {
  const caller = assertMayWrite(context.caller, 'customs');
  const now = context.clock();
  const returnedAt = input.returnedAt ?? now;
  const reason = input.reason.trim();
  const problems = new InputProblems();
  problems.check('input.invtNo', input.invtNo, invtNoProblem);
  if (reason.length === 0 || reason.length > 200) problems.add('input.reason', 'must be 1 to 200 characters');
  if (returnedAt.getTime() > now.getTime() + ALLOWED_CLOCK_SKEW_MS) problems.add('input.returnedAt', 'lies in the future');
  if (!input.rebateReceived && input.rebateRepaid) problems.add('input.rebateRepaid', 'can be true only when rebateReceived is');
  problems.throwIfAny();
  const content = {
    returnedAt: returnedAt.toISOString(),
    goodsUnchanged: input.goodsUnchanged,
    rebateReceived: input.rebateReceived,
    rebateRepaid: input.rebateRepaid,
    reason,
  };
  const hash = contentHash(content);

  return retryOnLostRace(() => context.prisma.$transaction(async (tx) => {
    const list = await lockedListOf(tx, caller, input.invtNo);
    const existing = await tx.exportReturn.findUnique({ where: { listId: list.id } });
    const outcome = writeOutcome(existing?.contentHash, hash);
    if (existing && outcome === 'UNCHANGED') return { outcome, revision: existing.revision, exportReturn: existing };

    const listRefusals = exportReturnListRefusals(list);
    let refusals: RuleReason[] = listRefusals;
    let lastReturnDate: string | null = list.releasedAt ? exportReturnLastDate(list.releasedAt) : null;
    if (listRefusals.length === 0) {
      const assessment = assessExportReturn({ ...content, tradeMode: list.tradeMode, releasedAt: list.releasedAt!, returnedAt });
      refusals = assessment.reasons;
      lastReturnDate = assessment.lastReturnDate;
    }
    const data = {
      returnedAt,
      goodsUnchanged: input.goodsUnchanged,
      rebateReceived: input.rebateReceived,
      rebateRepaid: input.rebateRepaid,
      reason,
      taxFree: refusals.length === 0,
      refusals: refusals as unknown as Prisma.InputJsonValue,
      lastReturnDate,
      contentHash: hash,
      requestedAt: now,
      requestedBy: caller.organisation,
    };
    if (listRefusals.length === 0 && existing?.taxFree !== data.taxFree) await emitListFact(tx, list, 'LIST_RETURNED');
    if (!existing) {
      return { outcome: 'CREATED' as const, revision: 1, exportReturn: await tx.exportReturn.create({ data: { listId: list.id, revision: 1, ...data } }) };
    }
    const revision = existing.revision + 1;
    return { outcome: 'CHANGED' as const, revision, exportReturn: await tx.exportReturn.update({ where: { id: existing.id }, data: { ...data, revision } }) };
  }));
}
