import { GraphQLError } from 'graphql';
import { InputProblems, assertCallerInZone, assertMayWrite, lockBusinessKey, queueByBusinessKey, retryOnLostRace, usccProblem, type Caller } from '@zone/common';
import type { PrismaClient, Waybill } from '../generated/prisma/client';
import { planTrackingEvents, type TrackingEventContent } from '../rules/tracking-event-batch';
import { businessKeyProblem } from '../rules/waybill-submission';
import { emitEvent, issueAttestation, jointMeasuresInForce, reportJointMeasureEffects, type AttestationSigner, type FederatedApi, type Logger } from '@zone/common';
import { deliveryAttestationOf, deliveryOf } from '../rules/delivery-attestation';
import { PostOrderSellerDocument } from '../generated/federated/graphql';

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
export async function addTrackingEvents(
  prisma: PrismaClient,
  who: Caller | null,
  args: AddTrackingEventsArgs,
  attestationSigner: AttestationSigner | null = null,
  measures: { federated: FederatedApi; log: Logger } | null = null,
): Promise<Waybill> {
  const caller = assertMayWrite(who, 'post');
  new InputProblems()
    .check('logisticsCode', args.logisticsCode, usccProblem)
    .check('logisticsNo', args.logisticsNo, businessKeyProblem)
    .throwIfAny();
  if (measures && args.events.some((event) => event.code === 'DELIVERED')) await refuseHeldDelivery(prisma, caller, args, measures);

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
    // A delivery changes a bank's settlement answer: forex hears of it through the outbox, until it acknowledges.
    if (delivered) await emitEvent(tx, 'settlementEvidenceChanged', { fact: 'WAYBILL_DELIVERED', zone: waybill.zone, ebpCode: waybill.ebpCode, orderNo: waybill.orderNo });
    return waybill;
  })));
}

/**
 * Joint measures (联合惩戒): a parcel held by POST_PARCELS_HELD on the waybill, its order or the
 * order's seller is not delivered. The measures are read from commerce's register through the
 * gateway before the delivery is recorded; a delivery refused this way is reported where it bit.
 */
async function refuseHeldDelivery(prisma: PrismaClient, caller: Caller, args: AddTrackingEventsArgs, measures: { federated: FederatedApi; log: Logger }): Promise<void> {
  const waybill = await prisma.waybill.findFirst({ where: { logisticsCode: args.logisticsCode, logisticsNo: args.logisticsNo }, orderBy: { reuseGeneration: 'desc' } });
  if (!waybill) return;
  assertCallerInZone(caller, waybill.zone, 'add tracking events to waybills');
  const order = await measures.federated.request(PostOrderSellerDocument, { ebpCode: waybill.ebpCode, orderNo: waybill.orderNo }, { purpose: 'parcel delivery: joint measures in force' });
  if (order.errors.length > 0) {
    throw new GraphQLError(`Post could not read the order of waybill ${args.logisticsCode}/${args.logisticsNo} through the federated API: ${order.errors.map((e) => e.message).join('; ')}`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'commerce' },
    });
  }
  const held = (await jointMeasuresInForce(measures.federated, 'post', [
    { type: 'WAYBILL', logisticsCode: args.logisticsCode, logisticsNo: args.logisticsNo },
    { type: 'ORDER', ebpCode: waybill.ebpCode, orderNo: waybill.orderNo },
    ...(order.data?.order ? [{ type: 'ENTERPRISE' as const, uscc: order.data.order.ebcCode }] : []),
  ], 'parcel delivery: joint measures in force')).filter((m) => m.kind === 'POST_PARCELS_HELD');
  if (held.length === 0) return;
  await reportJointMeasureEffects(measures.federated, measures.log, held.map((m) => ({
    measureId: m.id, process: 'post.delivery', recordRef: `${args.logisticsCode}/${args.logisticsNo}`, outcome: 'delivery refused: parcel held',
  })));
  throw new GraphQLError(`Waybill ${args.logisticsCode}/${args.logisticsNo}: the parcel is held by a joint measure (${held.map((m) => m.basis).join('; ')}); no delivery is recorded`, {
    extensions: { code: 'CONFLICT', refusal: 'PARCEL_HELD', measures: held.map((m) => m.id) },
  });
}
