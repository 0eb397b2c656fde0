import { childrenLoader, orderRefKey, rowLoader, type Caller, type OrderRef } from '@zone/common';
import type DataLoader from 'dataloader';
import type { PrismaClient, InventoryItem, InventoryList } from './generated/prisma/client';

export interface CustomsLoaders {
  listByInvtNo: DataLoader<string, InventoryList | null, string>;
  listByOrder: DataLoader<OrderRef, InventoryList | null, string>;
  itemsByListId: DataLoader<bigint, InventoryItem[], string>;
}

/** Fresh per request: every entity reference and child list of customs goes through these. */
export function createCustomsLoaders(prisma: PrismaClient, caller: Caller | null): CustomsLoaders {
  const zone = caller?.zone ?? undefined;
  return {
    listByInvtNo: rowLoader(
      (invtNos) => prisma.inventoryList.findMany({ where: { invtNo: { in: [...invtNos] }, zone } }),
      (row) => row.invtNo,
    ),
    listByOrder: rowLoader(
      (refs) => prisma.inventoryList.findMany({ where: { OR: refs.map((r) => ({ ebpCode: r.ebpCode, orderNo: r.orderNo })), zone } }),
      (row) => orderRefKey(row),
      orderRefKey,
    ),
    // Items carry no zone of their own: the filter goes through their list, so a list id learned
    // elsewhere cannot reveal another zone's goods.
    itemsByListId: childrenLoader(
      (ids) =>
        prisma.inventoryItem.findMany({
          where: { listId: { in: [...ids] }, list: zone ? { zone } : undefined },
          orderBy: [{ listId: 'asc' }, { gnum: 'asc' }],
        }),
      (row) => String(row.listId),
    ),
  };
}
