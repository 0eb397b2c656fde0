import {
  InputProblems,
  assertCallerInZone,
  assertMayWrite,
  badUserInput,
  canonicalJson,
  contentHash,
  lockBusinessKey,
  queueByBusinessKey,
  retryOnLostRace,
  writeOutcome,
  type Caller,
  type WriteOutcome,
} from '@zone/common';
import type { Prisma, PrismaClient, Waybill } from '../generated/prisma/client';
import { logisticsNumberUniqueness, type WaybillNumberUse } from '../rules/logistics-number-uniqueness';
import { checkWaybillSubmission, type WaybillContent, type WaybillSubmissionInput } from '../rules/waybill-submission';


export interface WaybillSubmissionResult {
  outcome: WriteOutcome;
  revision: number;
  waybill: Waybill;
}

type Tx = Prisma.TransactionClient;

/** The fields a waybill's content hash is taken over: everything the carrier declares. */
const CONTENT_FIELDS = [
  'logisticsCode', 'logisticsNo', 'ebpCode', 'orderNo', 'zone', 'freight', 'insuredFee', 'weight', 'packNo', 'consignee', 'consigneeAddress', 'consigneePhone',
] as const satisfies readonly (keyof WaybillContent & keyof Waybill)[];

/**
 * A submission and a recorded row in one shape, so that equal content hashes equally. The
 * direction joined the content later: content without one hashes as it did before.
 */
function contentRecord(source: WaybillContent | Waybill): Record<string, unknown> {
  const record: Record<string, unknown> = Object.fromEntries(CONTENT_FIELDS.map((field) => [field, source[field]]));
  if (source.direction) record.direction = source.direction;
  return record;
}

const asJson = (record: Record<string, unknown>) => JSON.parse(canonicalJson(record)) as Prisma.InputJsonObject;

function rowData(content: WaybillContent) {
  return {
    ...content,
    freight: content.freight.toFixed(),
    insuredFee: content.insuredFee.toFixed(),
    weight: content.weight.toFixed(),
  };
}

const numberUse = (waybill: WaybillNumberUse): WaybillNumberUse => ({
  logisticsCode: waybill.logisticsCode,
  logisticsNo: waybill.logisticsNo,
  ebpCode: waybill.ebpCode,
  orderNo: waybill.orderNo,
  createdAt: waybill.createdAt,
});

/**
 * submitWaybill: validates every field, then records the waybill by its business key in one
 * transaction, run again when a concurrent submission committed the same key first.
 */
export async function submitWaybill(prisma: PrismaClient, who: Caller | null, input: WaybillSubmissionInput): Promise<WaybillSubmissionResult> {
  const caller = assertMayWrite(who, 'post');
  const problems = new InputProblems();
  const content = checkWaybillSubmission(input, problems);
  problems.throwIfAny();
  if (content === null) throw new Error('waybill-submission returned no content without naming a problem');
  assertCallerInZone(caller, content.zone, 'record waybills');
  return queueByBusinessKey('post.waybill-of-order', [content.ebpCode, content.orderNo], () =>
    retryOnLostRace(() => prisma.$transaction((tx) => applySubmission(tx, content, caller, new Date()))));
}

async function applySubmission(tx: Tx, submission: WaybillContent, caller: Caller, now: Date): Promise<WaybillSubmissionResult> {
  let content = submission;
  const number = `${content.logisticsCode}/${content.logisticsNo}`;
  const order = `${content.ebpCode}/${content.orderNo}`;
  // The waybill of one order and the holder of one number are each decided by one writer at a time.
  await lockBusinessKey(tx, 'post.waybill-of-order', content.ebpCode, content.orderNo);
  await lockBusinessKey(tx, 'post.waybill-number', content.logisticsCode, content.logisticsNo);
  const ofOrder = await tx.waybill.findUnique({ where: { ebpCode_orderNo: { ebpCode: content.ebpCode, orderNo: content.orderNo } } });
  if (ofOrder) assertSameZone(caller, ofOrder);
  // A waybill's direction (511 or 505) does not change: a submission that does not say it keeps the one recorded.
  if (content.direction === null && ofOrder?.direction) content = { ...content, direction: ofOrder.direction };
  if (ofOrder && (ofOrder.logisticsCode !== content.logisticsCode || ofOrder.logisticsNo !== content.logisticsNo)) {
    throw badUserInput({
      field: 'input.orderNo',
      reason: `order ${order} already has waybill ${ofOrder.logisticsCode}/${ofOrder.logisticsNo}; an order has one waybill and its number does not change`,
    });
  }

  // The order's own waybill answers for it even when its number has since been issued again.
  const holder = ofOrder ?? await tx.waybill.findFirst({
    where: { logisticsCode: content.logisticsCode, logisticsNo: content.logisticsNo },
    orderBy: { reuseGeneration: 'desc' },
  });
  const uniqueness = logisticsNumberUniqueness(holder && numberUse(holder), numberUse({ ...content, createdAt: now }));
  const submitted = contentRecord(content);
  const hash = contentHash(submitted);

  if (uniqueness.decision === 'CONFLICT') {
    // A zone-bound caller learns that the number is taken, not which order of another zone holds it.
    const visible = !caller.zone || holder?.zone === caller.zone;
    throw badUserInput({
      field: 'input.logisticsNo',
      reason: visible
        ? uniqueness.reasons[0]!.message
        : `waybill number ${number} is used by another order and may not be reused before ${uniqueness.reusableFrom!.toISOString()}`,
    });
  }

  if (uniqueness.decision === 'ACCEPT') {
    const waybill = await tx.waybill.create({
      data: { ...rowData(content), reuseGeneration: holder ? holder.reuseGeneration + 1 : 0, revision: 1, createdAt: now },
    });
    await tx.waybillRevision.create({
      data: { waybillId: waybill.id, revision: 1, appType: 1, contentHash: hash, content: asJson(submitted), recordedAt: now, recordedBy: caller.organisation },
    });
    return { outcome: 'CREATED', revision: 1, waybill };
  }

  // DUPLICATE: the holder is this order's waybill. Each statement reads what is committed when it
  // runs, so a concurrent first submission may be missed by the lookup by order and found by the
  // lookup by number: the holder, not ofOrder, is the one to compare with.
  const existing = holder;
  if (!existing) throw new Error('a resubmission must find the waybill of its own order');
  assertSameZone(caller, existing);
  const outcome = writeOutcome(contentHash(contentRecord(existing)), hash);
  if (outcome === 'UNCHANGED') return { outcome, revision: existing.revision, waybill: existing };

  await keepCurrentRevision(tx, existing);
  const revision = existing.revision + 1;
  // Inserting the revision first makes a concurrent change of the same waybill fail on its key
  // and rerun against this one, instead of both overwriting the row.
  await tx.waybillRevision.create({
    data: { waybillId: existing.id, revision, appType: 2, contentHash: hash, content: asJson(submitted), recordedAt: now, recordedBy: caller.organisation },
  });
  const waybill = await tx.waybill.update({ where: { id: existing.id }, data: { ...rowData(content), revision } });
  return { outcome, revision, waybill };
}

function assertSameZone(caller: Caller, waybill: Waybill): void {
  assertCallerInZone(caller, waybill.zone, `change the waybill of order ${waybill.ebpCode}/${waybill.orderNo}`);
}

/**
 * Waybills recorded before the write paths (demo data, imports) have no revision row: their
 * current content is kept as that revision before it is overwritten, so no content is ever lost.
 */
async function keepCurrentRevision(tx: Tx, waybill: Waybill): Promise<void> {
  const kept = await tx.waybillRevision.findUnique({ where: { waybillId_revision: { waybillId: waybill.id, revision: waybill.revision } } });
  if (kept) return;
  const current = contentRecord(waybill);
  await tx.waybillRevision.create({
    data: {
      waybillId: waybill.id,
      revision: waybill.revision,
      appType: waybill.revision === 1 ? 1 : 2,
      contentHash: contentHash(current),
      content: asJson(current),
      recordedAt: waybill.createdAt,
      recordedBy: null,
    },
  });
}
