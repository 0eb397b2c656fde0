import { childrenLoader, compositeKey, idParams, orderRefJoin, orderRefKey, orderRefParams, rowLoader, rowReaderOf, zoneCondition, type Caller, type OrderRef } from '@zone/common';
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

/** Fresh per request: every entity reference and child list of post goes through these (fixed-shape SQL, row-reader.ts). */
export function createPostLoaders(prisma: PrismaClient, caller: Caller | null): PostLoaders {
  const read = rowReaderOf(prisma);
  const zone = caller?.zone ?? undefined;
  return {
    // A number issued again has a waybill per issue: rows come oldest first, so the latest the
    // caller may see answers for the number.
    waybillByKey: rowLoader(
      (keys) => {
        const inZone = zoneCondition(zone, 3);
        return read.select<Waybill>(
          'Waybill',
          { join: 'JOIN unnest($1::bpchar[], $2::text[]) AS k(logistics_code, logistics_no) ON t.logistics_code = k.logistics_code AND t.logistics_no = k.logistics_no', where: `true${inZone.sql}`, orderBy: 't.reuse_generation' },
          [keys.map((k) => k.logisticsCode), keys.map((k) => k.logisticsNo), ...inZone.values],
        );
      },
      (row) => waybillKey(row),
      waybillKey,
    ),
    // Only waybills the caller may see reach this loader, so it needs no zone filter of its own.
    attestationByWaybillId: rowLoader(
      (ids) => read.select<Attestation>('Attestation', { where: 't.waybill_id = ANY($1)' }, [idParams(ids)]),
      (row) => String(row.waybillId),
      (id) => String(id),
    ),
    waybillByOrder: rowLoader(
      (refs) => {
        const inZone = zoneCondition(zone, 3);
        return read.select<Waybill>('Waybill', { join: orderRefJoin(), where: `true${inZone.sql}` }, [...orderRefParams(refs), ...inZone.values]);
      },
      (row) => orderRefKey(row),
      orderRefKey,
    ),
    // Events carry no zone of their own: a zone-bound caller sees them only through a waybill of its zone.
    eventsByWaybillId: childrenLoader(
      (ids) => {
        const inZone = zoneCondition(zone, 2, 'w.zone');
        return read.select<TrackingEvent>(
          'TrackingEvent',
          { where: `t.waybill_id = ANY($1)${zone ? ` AND EXISTS (SELECT 1 FROM waybill w WHERE w.id = t.waybill_id${inZone.sql})` : ''}`, orderBy: 't.waybill_id, t.seq, t.occurred_at' },
          [idParams(ids), ...inZone.values],
        );
      },
      (row) => String(row.waybillId),
    ),
  };
}
