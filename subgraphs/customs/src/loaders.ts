import { childrenLoader, orderRefKey, rowLoader, type Caller, type OrderRef } from '@zone/common';
import type DataLoader from 'dataloader';
import type {
  Attestation,
  EnterpriseCreditClass,
  ExportReturn,
  InventoryItem,
  InventoryList,
  ListRequest,
  PrismaClient,
  SummaryDeclaration,
  SummaryDeclarationList,
} from './generated/prisma/client';

/** Representation of an Enterprise entity owned by commerce, as customs receives it. */
export interface EnterpriseRef {
  uscc: string;
}

export interface CustomsLoaders {
  listByInvtNo: DataLoader<string, InventoryList | null, string>;
  listById: DataLoader<bigint, InventoryList | null, string>;
  listByOrder: DataLoader<OrderRef, InventoryList | null, string>;
  itemsByListId: DataLoader<bigint, InventoryItem[], string>;
  attestationsByListId: DataLoader<bigint, Attestation[], string>;
  requestsByListId: DataLoader<bigint, ListRequest[], string>;
  summaryEntryByListId: DataLoader<bigint, (SummaryDeclarationList & { summary: SummaryDeclaration }) | null, string>;
  summaryBySumNo: DataLoader<string, SummaryDeclaration | null, string>;
  listsBySummaryId: DataLoader<bigint, InventoryList[], string>;
  exportReturnByListId: DataLoader<bigint, ExportReturn | null, string>;
  creditClassByUscc: DataLoader<string, EnterpriseCreditClass | null, string>;
}

/** Fresh per request: every entity reference and child list of customs goes through these. */
export function createCustomsLoaders(prisma: PrismaClient, caller: Caller | null): CustomsLoaders {
  const zone = caller?.zone ?? undefined;
  // Rows that carry no zone of their own are filtered through their list, so an id learned
  // elsewhere cannot reveal another zone's data.
  const listInZone = zone ? { zone } : undefined;
  return {
    listByInvtNo: rowLoader(
      (invtNos) => prisma.inventoryList.findMany({ where: { invtNo: { in: [...invtNos] }, zone } }),
      (row) => row.invtNo,
    ),
    listById: rowLoader(
      (ids) => prisma.inventoryList.findMany({ where: { id: { in: [...ids] }, zone } }),
      (row) => String(row.id),
    ),
    listByOrder: rowLoader(
      (refs) => prisma.inventoryList.findMany({ where: { OR: refs.map((r) => ({ ebpCode: r.ebpCode, orderNo: r.orderNo })), zone } }),
      (row) => orderRefKey(row),
      orderRefKey,
    ),
    itemsByListId: childrenLoader(
      (ids) =>
        prisma.inventoryItem.findMany({
          where: { listId: { in: [...ids] }, list: listInZone },
          orderBy: [{ listId: 'asc' }, { gnum: 'asc' }],
        }),
      (row) => String(row.listId),
    ),
    attestationsByListId: childrenLoader(
      (ids) => prisma.attestation.findMany({ where: { listId: { in: [...ids] }, list: listInZone }, orderBy: [{ listId: 'asc' }, { issuedAt: 'asc' }, { serial: 'asc' }] }),
      (row) => String(row.listId),
    ),
    requestsByListId: childrenLoader(
      (ids) => prisma.listRequest.findMany({ where: { listId: { in: [...ids] }, list: listInZone }, orderBy: [{ listId: 'asc' }, { id: 'asc' }] }),
      (row) => String(row.listId),
    ),
    summaryEntryByListId: rowLoader(
      (ids) => prisma.summaryDeclarationList.findMany({ where: { listId: { in: [...ids] }, summary: zone ? { zone } : undefined }, include: { summary: true } }),
      (row) => String(row.listId),
    ),
    summaryBySumNo: rowLoader(
      (sumNos) => prisma.summaryDeclaration.findMany({ where: { sumNo: { in: [...sumNos] }, zone } }),
      (row) => row.sumNo,
    ),
    listsBySummaryId: childrenLoader(
      async (ids) => {
        const entries = await prisma.summaryDeclarationList.findMany({
          where: { summaryId: { in: [...ids] }, list: listInZone },
          include: { list: true },
          orderBy: { list: { invtNo: 'asc' } },
        });
        return entries.map((entry) => ({ ...entry.list, summaryId: entry.summaryId }));
      },
      (row) => String(row.summaryId),
    ),
    exportReturnByListId: rowLoader(
      (ids) => prisma.exportReturn.findMany({ where: { listId: { in: [...ids] }, list: listInZone } }),
      (row) => String(row.listId),
    ),
    creditClassByUscc: rowLoader(
      (usccs) => prisma.enterpriseCreditClass.findMany({ where: { uscc: { in: [...usccs] } } }),
      (row) => row.uscc,
    ),
  };
}
