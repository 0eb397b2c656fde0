import {
  assertCallerInZone,
  assertMayWrite,
  contentHash,
  hashIdNumber,
  lockBusinessKey,
  queueByBusinessKey,
  retryOnLostRace,
  writeOutcome,
  type WriteOutcome,
  type ZoneCode,
} from '@zone/common';
import { Prisma, type Order, type PrismaClient } from '../generated/prisma/client';
import type { CommerceContext } from '../context';
import { checkOrderSubmission, type SubmittedOrder } from '../rules/order-submission';
import { orderColumnsOf, orderContentOf, orderContentOfRow, type OrderContent } from './order-content';

export interface OrderSubmissionResult {
  outcome: WriteOutcome;
  revision: number;
  order: Order;
}

/** appType of the customs message standard, kept with each revision. */
const APP_TYPE = { created: 1, changed: 2 } as const;

interface OrderRecord {
  content: OrderContent;
  hash: string;
  zone: ZoneCode;
  recordedAt: Date;
  recordedBy: string;
}

/** Checks an order submission and records it by its business key ebpCode + orderNo. */
export async function submitOrder(context: CommerceContext, input: SubmittedOrder): Promise<OrderSubmissionResult> {
  const caller = assertMayWrite(context.caller, 'commerce');
  const now = context.clock();
  const registered = await context.prisma.enterprise.findMany({ where: { uscc: { in: [input.ebpCode, input.ebcCode] } } });
  const platform = registered.find((e) => e.uscc === input.ebpCode) ?? null;
  const seller = registered.find((e) => e.uscc === input.ebcCode) ?? null;
  checkOrderSubmission(input, { platform, seller, now }).throwIfAny();
  // Past the checks the platform is registered: a missing one is one of the problems thrown above.
  const zone = platform!.zone;
  assertCallerInZone(caller, zone, 'submit orders of a platform');
  const content = orderContentOf(input, (idNumber) => hashIdNumber(idNumber, context.idHashKey()));
  return recordOrder(context.prisma, { content, hash: contentHash(content), zone, recordedAt: now, recordedBy: caller.organisation });
}

async function recordOrder(prisma: PrismaClient, record: OrderRecord): Promise<OrderSubmissionResult> {
  // A run that lost a race to a concurrent submission of the same record reads the winner's row.
  return queueByBusinessKey('commerce.order', [record.content.ebpCode, record.content.orderNo], () =>
    retryOnLostRace(() => prisma.$transaction((tx) => writeOrder(tx, record))));
}

async function writeOrder(tx: Prisma.TransactionClient, record: OrderRecord): Promise<OrderSubmissionResult> {
  const { content, hash, zone, recordedAt, recordedBy } = record;
  const columns = { ...orderColumnsOf(content), zone };
  const items = content.items;
  await lockBusinessKey(tx, 'commerce.order', content.ebpCode, content.orderNo);
  const existing = await tx.order.findUnique({ where: { ebpCode_orderNo: { ebpCode: content.ebpCode, orderNo: content.orderNo } } });
  if (!existing) {
    const order = await tx.order.create({ data: { ...columns, contentHash: hash, revision: 1, items: { createMany: { data: items } } } });
    await tx.orderRevision.create({
      data: { orderId: order.id, revision: 1, appType: APP_TYPE.created, contentHash: hash, content, recordedAt, recordedBy },
    });
    return { outcome: 'CREATED', revision: 1, order };
  }

  let currentHash = existing.contentHash;
  if (currentHash === null) {
    const stored = orderContentOfRow(existing, await tx.orderItem.findMany({ where: { orderId: existing.id } }));
    currentHash = contentHash(stored);
    if (currentHash !== hash) {
      // The content the order had before revisions were recorded stays on record as its first revision.
      await tx.orderRevision.create({
        data: { orderId: existing.id, revision: existing.revision, appType: APP_TYPE.created, contentHash: currentHash, content: stored, recordedAt, recordedBy: null },
      });
    }
  }
  const outcome = writeOutcome(currentHash, hash);
  if (outcome === 'UNCHANGED') return { outcome, revision: existing.revision, order: existing };

  const revision = existing.revision + 1;
  await tx.orderItem.deleteMany({ where: { orderId: existing.id } });
  const order = await tx.order.update({
    where: { id: existing.id },
    data: { ...columns, contentHash: hash, revision, items: { createMany: { data: items } } },
  });
  await tx.orderRevision.create({
    data: { orderId: order.id, revision, appType: APP_TYPE.changed, contentHash: hash, content, recordedAt, recordedBy },
  });
  return { outcome, revision, order };
}
