import { GraphQLError } from 'graphql';
import { assertCallerInZone, badUserInput, recordWriteRequest, retryOnLostRace, type Caller } from '@zone/common';
import type { InventoryList, Prisma, PrismaClient } from '../generated/prisma/client';
import { invtNoProblem } from '../rules/inventory-number';
import { RECEIPT_STATUS_CODES } from '../rules/receipt-status';
import { officerMove, type OfficerAction } from '../rules/status-flow';
import { assertCustomsOfficer } from './credit-class';
import { attestListDecisions, reliedOnOfList, revokeListAttestations } from './attestations';
import type { AttestationSigner } from '@zone/common';
import { listMoveFact } from '../rules/settlement-evidence';
import { emitListFact } from './settlement-evidence';

export function notFound(invtNo: string): GraphQLError {
  return new GraphQLError(`No inventory list ${invtNo}`, { extensions: { code: 'NOT_FOUND' } });
}

/**
 * Checks an invtNo argument and finds its list, of the caller's zone, locking the row for the
 * move, and records the request's write of it (recordWriteRequest).
 */
export async function lockedListOf(tx: Prisma.TransactionClient, caller: Caller, invtNo: string): Promise<InventoryList> {
  const problem = invtNoProblem(invtNo);
  if (problem) throw badUserInput({ field: 'invtNo', reason: problem });
  // FOR UPDATE: two officers concluding the same review one after the other, not both from 300.
  const locked = await tx.$queryRaw<{ id: bigint }[]>`SELECT id FROM inventory_list WHERE invt_no = ${invtNo} FOR UPDATE`;
  const list = locked[0] ? await tx.inventoryList.findUnique({ where: { id: locked[0].id } }) : null;
  if (!list) throw notFound(invtNo);
  assertCallerInZone(caller, list.zone, 'act on inventory lists');
  await recordWriteRequest(tx, 'customs.inventory-list', [invtNo]);
  return list;
}

function text(field: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 500) throw badUserInput({ field, reason: 'must be 1 to 500 characters' });
  return trimmed;
}

/** Moves a list from one receipt status to the next as an officer concludes a step, recording who and why. */
export async function moveList(
  prisma: PrismaClient,
  caller: Caller | null,
  input: { invtNo: string; action: OfficerAction; reason: string; reasonField: string; now: Date; attestationSigner?: AttestationSigner | null },
): Promise<InventoryList> {
  const officer = assertCustomsOfficer(caller, 'move inventory lists through review, inspection and clearance');
  const reason = text(input.reasonField, input.reason);
  return retryOnLostRace(() => prisma.$transaction(async (tx) => {
    const list = await lockedListOf(tx, officer, input.invtNo);
    const move = officerMove(input.action, list.statusCode);
    if (!move.allowed) throw new GraphQLError(`List ${list.invtNo} cannot move: ${move.reason}`, { extensions: { code: 'CONFLICT', statusCode: list.statusCode } });
    await tx.listStatusEvent.create({
      data: { listId: list.id, fromCode: list.statusCode, toCode: move.to, reason: `${input.action}: ${reason}`, occurredAt: input.now, recordedBy: officer.organisation },
    });
    const moved = await tx.inventoryList.update({
      where: { id: list.id },
      data: { statusCode: move.to, ...(move.to === RECEIPT_STATUS_CODES.RELEASED ? { releasedAt: input.now } : {}) },
    });
    // Mutual recognition: a rejection reverses what customs attested; a release or clearance is signed now.
    if (move.to === RECEIPT_STATUS_CODES.REJECTED) await revokeListAttestations(tx, list.id, `rejected (${input.action}): ${reason}`, input.now);
    else await attestListDecisions(tx, input.attestationSigner ?? null, moved, input.now, await reliedOnOfList(tx, list.id));
    await emitListFact(tx, moved, listMoveFact(list.statusCode, move.to));
    return moved;
  }));
}
