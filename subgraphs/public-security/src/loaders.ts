import { compositeKey, orderRefKey, rowLoader, type Caller, type OrderRef } from '@zone/common';
import DataLoader from 'dataloader';
import type { Attestation, IdentityCheck, PrismaClient } from './generated/prisma/client';
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
function watchFlagLoader(prisma: PrismaClient, subjectKind: 'ENTERPRISE' | 'PERSON', zone: NonNullable<Caller['zone']> | undefined): DataLoader<string, WatchFlag | null, string> {
  return new DataLoader(async (keys) => {
    const open = await prisma.watchCase.findMany({ where: { subjectKind, subjectKey: { in: [...keys] }, closedAt: null, zone }, select: { subjectKey: true, caseNo: true, category: true, openedAt: true, closedAt: true } });
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
  const zone = caller?.zone ?? undefined;
  return {
    checkBySerialNo: rowLoader(
      (serialNos) => prisma.identityCheck.findMany({ where: { serialNo: { in: [...serialNos] }, zone } }),
      (row) => row.serialNo,
    ),
    latestCheckByOrder: rowLoader(
      async (refs) => {
        const rows = await prisma.identityCheck.findMany({ where: { OR: refs.map((r) => ({ ebpCode: r.ebpCode, orderNo: r.orderNo })), zone } });
        return latestPerOrder(rows);
      },
      orderKeyOf,
      orderRefKey,
    ),
    // Only checks the caller may see reach this loader, so it needs no zone filter of its own.
    attestationByCheck: rowLoader(
      (serialNos) => prisma.attestation.findMany({ where: { checkSerialNo: { in: [...serialNos] } } }),
      (row) => row.checkSerialNo,
    ),
    watchFlagByEnterprise: watchFlagLoader(prisma, 'ENTERPRISE', zone),
    watchFlagByPerson: watchFlagLoader(prisma, 'PERSON', zone),
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
