import { GraphQLError } from 'graphql';
import { assertMayWrite, badUserInput, retryOnLostRace } from '@zone/common';
import type { ListRequest, Prisma } from '../generated/prisma/client';
import type { CustomsContext } from '../context';
import { RECEIPT_STATUS_CODES } from '../rules/receipt-status';
import { canTransition } from '../rules/release-decision';
import { assessCancellation, assessImportReturn, type ListRequestKind } from '../rules/list-requests';
import { lockedListOf } from './list-status';
import { revokeListAttestations } from './attestations';
import { emitListFact } from './settlement-evidence';

/**
 * Records a cancellation (623) or return (625) request with customs' decision. One request of each
 * kind per list: an accepted one stands and is answered again; a refused one is assessed afresh
 * with the new reason, as the list may have moved on since.
 */
export async function requestListChange(context: CustomsContext, input: { invtNo: string; kind: ListRequestKind; reason: string }): Promise<ListRequest> {
  const caller = assertMayWrite(context.caller, 'customs');
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > 500) throw badUserInput({ field: 'reason', reason: 'must be 1 to 500 characters' });
  const now = context.clock();
  return retryOnLostRace(() => context.prisma.$transaction(async (tx) => {
    const list = await lockedListOf(tx, caller, input.invtNo);
    const existing = await tx.listRequest.findUnique({ where: { listId_kind: { listId: list.id, kind: input.kind } } });
    if (existing?.state === 'ACCEPTED') return existing;
    const assessment = input.kind === 'CANCELLATION' ? assessCancellation(list) : assessImportReturn(list, now);
    const state = assessment.accepted ? 'ACCEPTED' : 'REFUSED';
    const data = {
      state,
      reason,
      refusals: assessment.refusals as unknown as Prisma.InputJsonValue,
      requestedAt: now,
      requestedBy: caller.organisation,
    };
    const request = existing
      ? await tx.listRequest.update({ where: { id: existing.id }, data: { ...data, revision: existing.revision + 1 } })
      : await tx.listRequest.create({ data: { listId: list.id, kind: input.kind, ...data } });
    if (assessment.accepted && input.kind === 'CANCELLATION') {
      const to = RECEIPT_STATUS_CODES.REJECTED;
      // The assessment only accepts statuses from which rejection is a legal move; this keeps the two in step.
      if (!canTransition(list.statusCode, to)) throw new GraphQLError(`List ${list.invtNo} cannot move from ${list.statusCode} to ${to}`);
      await tx.listStatusEvent.create({
        data: { listId: list.id, fromCode: list.statusCode, toCode: to, reason: `CANCELLATION (623): ${reason}`, occurredAt: now, recordedBy: caller.organisation },
      });
      await tx.inventoryList.update({ where: { id: list.id }, data: { statusCode: to } });
    }
    // A cancelled or returned list's decisions are reversed: what customs attested of it is revoked.
    if (assessment.accepted) {
      await revokeListAttestations(tx, list.id, `${input.kind === 'CANCELLATION' ? 'cancelled (623)' : 'returned (625)'}: ${reason}`, now);
      await emitListFact(tx, list, input.kind === 'CANCELLATION' ? 'LIST_CANCELLED' : 'LIST_RETURNED');
    }
    return request;
  }));
}
