import { badUserInput, conflict, emitEvent, forbidden, lockBusinessKey, notFound, recordWriteRequest, retryOnLostRace, usccProblem } from '@zone/common';
import type { NegativeListEntry } from '../generated/prisma/client';
import type { CommerceContext } from '../context';
import { negativeListActProblems, negativeListRefusal } from '../rules/negative-list';
import { revokeStandingAttestations } from './attest-enterprise';
import { NEGATIVE_LIST_MEASURES } from '../rules/joint-measures';
import { emitMeasureChanged } from './assistance';
import type { Prisma } from '../generated/prisma/client';
import type { ZoneCode } from '@zone/common';

/** Every joint measure of the negative list comes into force, or is lifted, with the listing (jointMeasureChanged). */
async function emitListingMeasures(tx: Prisma.TransactionClient, uscc: string, zone: ZoneCode, inForce: boolean): Promise<void> {
  for (const kind of NEGATIVE_LIST_MEASURES) {
    await emitMeasureChanged(tx, { kind, source: 'NEGATIVE_LIST', zone, subject: { type: 'ENTERPRISE', parts: [uscc] }, inForce });
  }
  // The enterprise's payments are settled on a different answer now: forex hears of it, until it acknowledges.
  await emitEvent(tx, 'settlementEvidenceChanged', { fact: inForce ? 'NEGATIVE_LISTED' : 'NEGATIVE_LIST_LIFTED', zone, ebcCode: uscc });
}

async function registeredZoneOf(context: CommerceContext, uscc: string) {
  const problem = usccProblem(uscc);
  if (problem) throw badUserInput({ field: 'uscc', reason: problem });
  const enterprise = await context.prisma.enterprise.findUnique({ where: { uscc } });
  if (!enterprise) throw notFound(`Enterprise ${uscc} is not registered`);
  const refusal = negativeListRefusal(context.caller, enterprise.zone);
  if (refusal) throw forbidden(`Negative list: ${refusal}`);
  return enterprise.zone;
}

/** Places an enterprise on the negative list; one listing in force at a time (partial unique index). */
export async function placeOnNegativeList(context: CommerceContext, uscc: string, reason: string, legalBasis: string): Promise<NegativeListEntry> {
  const problems = negativeListActProblems({ reason, legalBasis }, ['reason', 'legalBasis']);
  if (problems.length > 0) throw badUserInput(problems);
  const zone = await registeredZoneOf(context, uscc);
  const inForce = await context.prisma.negativeListEntry.findFirst({ where: { uscc, liftedAt: null } });
  if (inForce) throw conflict(`Enterprise ${uscc} is already on the negative list since ${inForce.listedAt.toISOString()}`);
  try {
    return await context.prisma.$transaction(async (tx) => {
      await lockBusinessKey(tx, 'commerce.negative-list', uscc);
      const entry = await tx.negativeListEntry.create({
        data: { uscc, reason: reason.trim(), legalBasis: legalBasis.trim(), listedBy: context.caller.organisation, listedAt: context.clock() },
      });
      // The listing reverses commerce's word that the enterprise was not on the list.
      await revokeStandingAttestations(tx, uscc, entry, entry.listedAt);
      await emitListingMeasures(tx, uscc, zone, true);
      return entry;
    });
  } catch (error) {
    // A concurrent listing of the same enterprise won the partial unique index.
    if ((error as { code?: string }).code === 'P2002') throw conflict(`Enterprise ${uscc} is already on the negative list`);
    throw error;
  }
}

/** Lifts the listing in force; the row stays as history with who lifted it, when and why. */
export async function liftFromNegativeList(context: CommerceContext, uscc: string, reason: string): Promise<NegativeListEntry> {
  const problems = negativeListActProblems({ reason }, ['reason']);
  if (problems.length > 0) throw badUserInput(problems);
  const zone = await registeredZoneOf(context, uscc);
  return retryOnLostRace(() =>
    context.prisma.$transaction(async (tx) => {
      const inForce = await tx.negativeListEntry.findFirst({ where: { uscc, liftedAt: null } });
      if (!inForce) throw notFound(`Enterprise ${uscc} is not on the negative list`);
      await recordWriteRequest(tx, 'commerce.negative-list', [uscc]);
      const lifted = await tx.negativeListEntry.updateMany({
        where: { id: inForce.id, liftedAt: null },
        data: { liftedAt: context.clock(), liftedBy: context.caller.organisation, liftReason: reason.trim() },
      });
      if (lifted.count === 0) throw notFound(`Enterprise ${uscc} is not on the negative list`);
      await emitListingMeasures(tx, uscc, zone, false);
      return (await tx.negativeListEntry.findUnique({ where: { id: inForce.id } }))!;
    }),
  );
}
