import { childrenLoader, compositeKey, orderRefKey, rowLoader, type Caller, type OrderRef } from '@zone/common';
import type DataLoader from 'dataloader';
import type { Attestation, PrismaClient, TrackingEvent, Waybill } from './generated/prisma/client';

export interface WaybillKey {
  logisticsCode: string;
  logisticsNo: string;
}

export interface PostLoaders {
  waybillByKey: DataLoader<WaybillKey, Waybill | null, string>;
  waybillByOrder: DataLoader<OrderRef, Waybill | null, string>;
  eventsByWaybillId: DataLoader<bigint, TrackingEvent[], string>;
  attestationByWaybillId: DataLoader<bigint, Attestation | null, string>;
}

const waybillKey = (key: WaybillKey) => compositeKey(key.logisticsCode, key.logisticsNo);

/** Fresh per request: every entity reference and child list of post goes through these. */
export function createPostLoaders(prisma: PrismaClient, caller: Caller | null): PostLoaders {
  const zone = caller?.zone ?? undefined;
  return {
    // A number issued again has a waybill per issue: rows come oldest first, so the latest the
    // caller may see answers for the number.
    waybillByKey: rowLoader(
      (keys) => prisma.waybill.findMany({
        where: { OR: keys.map((k) => ({ logisticsCode: k.logisticsCode, logisticsNo: k.logisticsNo })), zone },
        orderBy: { reuseGeneration: 'asc' },
      }),
      (row) => waybillKey(row),
      waybillKey,
    ),
    // Only waybills the caller may see reach this loader, so it needs no zone filter of its own.
    attestationByWaybillId: rowLoader(
      (ids) => prisma.attestation.findMany({ where: { waybillId: { in: [...ids] } } }),
      (row) => String(row.waybillId),
      (id) => String(id),
    ),
    waybillByOrder: rowLoader(
      (refs) => prisma.waybill.findMany({ where: { OR: refs.map((r) => ({ ebpCode: r.ebpCode, orderNo: r.orderNo })), zone } }),
      (row) => orderRefKey(row),
      orderRefKey,
    ),
    // Events carry no zone of their own: a zone-bound caller sees them only through a waybill of its zone.
    eventsByWaybillId: childrenLoader(
      (ids) => prisma.trackingEvent.findMany({
        where: { waybillId: { in: [...ids] }, ...(zone ? { waybill: { zone } } : {}) },
        orderBy: [{ waybillId: 'asc' }, { seq: 'asc' }, { occurredAt: 'asc' }],
      }),
      (row) => String(row.waybillId),
    ),
  };
}
