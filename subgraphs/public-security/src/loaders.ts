import { compositeKey, orderRefJoin, orderRefKey, orderRefParams, rowLoader, rowReaderOf, zoneCondition, type Caller, type OrderRef, type RowReader } from '@zone/common';
import DataLoader from 'dataloader';
import type { Attestation, IdentityCheck, PrismaClient, WatchCase } from './generated/prisma/client';
import { latestCheck } from './rules/latest-check';
import { flagInForce, type WatchFlag } from './rules/watch-cases';

export interface PublicSecurityLoaders {
  checkBySerialNo: DataLoader<string, IdentityCheck | null, string>;
  latestCheckByOrder: DataLoader<OrderRef, IdentityCheck | null, string>;
  attestationByCheck: DataLoader<string, Attestation | null, string>;
  /** The watch flag in force on each enterprise (by USCC), of the caller's zone when it is bound to one. */
  watchFlagByEnterprise: DataLoader<string, WatchFlag | null, string>;
  /** The watch flag in force on each person (by keyed ID hash), likewise. */
  watchFlagByPerson: DataLoader<string, WatchFlag | null, string>;
}

/** Open cases of many subjects in one query, each subject's flag in key order. */
function watchFlagLoader(read: RowReader, subjectKind: 'ENTERPRISE' | 'PERSON', zone: NonNullable<Caller['zone']> | undefined): DataLoader<string, WatchFlag | null, string> {
  return new DataLoader(async (keys) => {
    const inZone = zoneCondition(zone, 3);
    const open = await read.select<WatchCase>('WatchCase', { where: `t.subject_kind = $1 AND t.subject_key = ANY($2) AND t.closed_at IS NULL${inZone.sql}` }, [subjectKind, [...keys], ...inZone.values]);
    return keys.map((key) => flagInForce(open.filter((c) => c.subjectKey === key)));
  });
}

/** Checks made for no order never match an order key. */
const orderKeyOf = (check: IdentityCheck) => (check.ebpCode !== null && check.orderNo !== null ? compositeKey(check.ebpCode, check.orderNo) : '');

/**
 * Fresh per request: every lookup of public security goes through these. A zone-bound caller sees
 * only checks made for its zone, never those made outside any zone.
 */
export function createPublicSecurityLoaders(prisma: PrismaClient, caller: Caller | null): PublicSecurityLoaders {
  const read = rowReaderOf(prisma);
  const zone = caller?.zone ?? undefined;
  return {
    checkBySerialNo: rowLoader(
      (serialNos) => {
        const inZone = zoneCondition(zone, 2);
        return read.select<IdentityCheck>('IdentityCheck', { where: `t.serial_no = ANY($1)${inZone.sql}` }, [[...serialNos], ...inZone.values]);
      },
      (row) => row.serialNo,
    ),
    latestCheckByOrder: rowLoader(
      async (refs) => {
        const inZone = zoneCondition(zone, 3);
        return latestPerOrder(await read.select<IdentityCheck>('IdentityCheck', { join: orderRefJoin(), where: `true${inZone.sql}` }, [...orderRefParams(refs), ...inZone.values]));
      },
      orderKeyOf,
      orderRefKey,
    ),
    // Only checks the caller may see reach this loader, so it needs no zone filter of its own.
    attestationByCheck: rowLoader(
      (serialNos) => read.select<Attestation>('Attestation', { where: 't.check_serial_no = ANY($1)' }, [[...serialNos]]),
      (row) => row.checkSerialNo,
    ),
    watchFlagByEnterprise: watchFlagLoader(read, 'ENTERPRISE', zone),
    watchFlagByPerson: watchFlagLoader(read, 'PERSON', zone),
  };
}

function latestPerOrder(rows: IdentityCheck[]): IdentityCheck[] {
  const groups = new Map<string, IdentityCheck[]>();
  for (const row of rows) {
    const key = orderKeyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].flatMap((group) => latestCheck(group) ?? []);
}
