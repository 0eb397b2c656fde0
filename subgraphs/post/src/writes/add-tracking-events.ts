import { GraphQLError } from 'graphql';
import { InputProblems, assertCallerInZone, assertMayWrite, lockBusinessKey, queueByBusinessKey, retryOnLostRace, usccProblem, type Caller } from '@zone/common';
import type { PrismaClient, Waybill } from '../generated/prisma/client';
import { planTrackingEvents, type TrackingEventContent } from '../rules/tracking-event-batch';
import { businessKeyProblem } from '../rules/waybill-submission';
import { issueAttestation, type AttestationSigner } from '@zone/common';
import { deliveryAttestationOf, deliveryOf } from '../rules/delivery-attestation';

export interface AddTrackingEventsArgs {
  logisticsCode: string;
  logisticsNo: string;
  events: readonly TrackingEventContent[];
}

/**
 * addTrackingEvents: appends the new events of a submission to the current waybill under the
 * number. The waybill's number is locked for the transaction, so two carriers' systems appending at
 * once are checked one after the other against the whole timeline.
 */
export async function addTrackingEvents(prisma: PrismaClient, who: Caller | null, args: AddTrackingEventsArgs, attestationSigner: AttestationSigner | null = null): Promise<Waybill> {
  const caller = assertMayWrite(who, 'post');
  new InputProblems()
    .check('logisticsCode', args.logisticsCode, usccProblem)
    .check('logisticsNo', args.logisticsNo, businessKeyProblem)
    .throwIfAny();

  return queueByBusinessKey('post.waybill-number', [args.logisticsCode, args.logisticsNo], () => retryOnLostRace(() => prisma.$transaction(async (tx) => {
    await lockBusinessKey(tx, 'post.waybill-number', args.logisticsCode, args.logisticsNo);
    const waybill = await tx.waybill.findFirst({
      where: { logisticsCode: args.logisticsCode, logisticsNo: args.logisticsNo },
      orderBy: { reuseGeneration: 'desc' },
    });
    if (!waybill) throw new GraphQLError(`No waybill ${args.logisticsCode}/${args.logisticsNo}`, { extensions: { code: 'NOT_FOUND' } });
    assertCallerInZone(caller, waybill.zone, 'add tracking events to waybills');
    await tx.$queryRaw`SELECT id FROM waybill WHERE id = ${waybill.id} FOR UPDATE`;
    const recorded = await tx.trackingEvent.findMany({ where: { waybillId: waybill.id } });
    const problems = new InputProblems();
    const append = planTrackingEvents(recorded, args.events, problems);
    problems.throwIfAny();
    if (append.length > 0) await tx.trackingEvent.createMany({ data: append.map((event) => ({ ...event, waybillId: waybill.id })) });
    // Mutual recognition: the delivery is signed when its event is recorded, in this transaction.
    const delivered = deliveryOf(append);
    if (delivered && attestationSigner) {
      const decision = deliveryAttestationOf(waybill, { seq: delivered.seq, code: delivered.code, occurredAt: delivered.occurredAt, location: delivered.location }, new Date());
      await tx.attestation.create({ data: { ...issueAttestation(attestationSigner, decision), waybillId: waybill.id } });
    }
    return waybill;
  })));
}
