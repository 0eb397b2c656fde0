import { hashIdNumber, orderRefKey, type DemoBatch, type DemoInventoryList, type DemoOrder, type DemoWaybill } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';

type DeclaredOrder = DemoOrder & { inventoryList: DemoInventoryList; waybill: DemoWaybill };

/** A list declares the waybill of its goods, so a demo order with a list but no waybill is a generator bug. */
function declaredOrders(batch: DemoBatch): DeclaredOrder[] {
  return batch.orders.flatMap((o) => {
    if (o.inventoryList === null) return [];
    if (o.waybill === null) throw new Error(`demo order ${o.ebpCode}/${o.orderNo} has an inventory list but no waybill`);
    return [o as DeclaredOrder];
  });
}

/** Writes customs' part of a demo batch: the inventory lists with their items. Re-running skips what exists. */
export async function seedCustoms(prisma: PrismaClient, batch: DemoBatch, idHashKey: string): Promise<void> {
  const declared = declaredOrders(batch);
  if (declared.length === 0) return;
  await prisma.$transaction(async (tx) => {
    const created = await tx.inventoryList.createManyAndReturn({
      data: declared.map((o) => ({
        invtNo: o.inventoryList.invtNo,
        copNo: o.inventoryList.copNo,
        preNo: o.inventoryList.preNo,
        customsCode: o.inventoryList.customsCode,
        ebpCode: o.ebpCode,
        orderNo: o.orderNo,
        ebcCode: o.ebcCode,
        logisticsCode: o.waybill.logisticsCode,
        logisticsNo: o.waybill.logisticsNo,
        direction: o.direction,
        tradeMode: o.tradeMode,
        zone: o.zone,
        statusCode: o.inventoryList.statusCode,
        statisticsFlag: o.inventoryList.statisticsFlag,
        buyerIdHash: o.buyerHasResidentId ? hashIdNumber(o.buyer.idNumber, idHashKey) : null,
        totalPrice: o.goodsValue,
        currency: o.currency,
        declaredAt: o.inventoryList.declaredAt,
      })),
      skipDuplicates: true,
      select: { id: true, ebpCode: true, orderNo: true },
    });
    const byKey = new Map(declared.map((o) => [orderRefKey(o), o]));
    const items = created.flatMap((row) => (byKey.get(orderRefKey(row))?.items ?? []).map((item) => ({ ...item, listId: row.id })));
    if (items.length > 0) await tx.inventoryItem.createMany({ data: items });
  });
}
