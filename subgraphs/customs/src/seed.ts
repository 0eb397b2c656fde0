import { bulkInsert, hashIdNumber, orderRefKey, type DemoBatch, type DemoInventoryList, type DemoOrder, type DemoWaybill } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';

const LIST_COLUMNS = {
  invt_no: 'text', cop_no: 'text', pre_no: 'text', customs_code: 'text', ebp_code: 'text', order_no: 'text', ebc_code: 'text',
  logistics_code: 'text', logistics_no: 'text', direction: '"Direction"', trade_mode: 'text', zone: '"Zone"', status_code: 'int',
  statistics_flag: 'text', buyer_id_hash: 'text', total_price: 'numeric', currency: 'text', declared_at: 'timestamptz',
};
const ITEM_COLUMNS = {
  list_id: 'bigint', gnum: 'int', item_no: 'text', item_name: 'text', hs_code: 'text', qty: 'numeric', unit: 'text',
  price: 'numeric', total_price: 'numeric', country: 'text',
};

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
    const created = await bulkInsert<{ id: bigint; ebp_code: string; order_no: string }>(tx, 'inventory_list', LIST_COLUMNS, declared.map((o) => ({
      invt_no: o.inventoryList.invtNo,
      cop_no: o.inventoryList.copNo,
      pre_no: o.inventoryList.preNo,
      customs_code: o.inventoryList.customsCode,
      ebp_code: o.ebpCode,
      order_no: o.orderNo,
      ebc_code: o.ebcCode,
      logistics_code: o.waybill.logisticsCode,
      logistics_no: o.waybill.logisticsNo,
      direction: o.direction,
      trade_mode: o.tradeMode,
      zone: o.zone,
      status_code: o.inventoryList.statusCode,
      statistics_flag: o.inventoryList.statisticsFlag,
      buyer_id_hash: o.buyerHasResidentId ? hashIdNumber(o.buyer.idNumber, idHashKey) : null,
      total_price: o.goodsValue,
      currency: o.currency,
      declared_at: o.inventoryList.declaredAt,
    })), { returning: ['id', 'ebp_code', 'order_no'] });
    const byKey = new Map(declared.map((o) => [orderRefKey(o), o]));
    const items = created.flatMap((row) =>
      (byKey.get(orderRefKey({ ebpCode: row.ebp_code, orderNo: row.order_no }))?.items ?? []).map((item) => ({
        list_id: row.id,
        gnum: item.gnum,
        item_no: item.itemNo,
        item_name: item.itemName,
        hs_code: item.hsCode,
        qty: item.qty,
        unit: item.unit,
        price: item.price,
        total_price: item.totalPrice,
        country: item.country,
      })));
    await bulkInsert(tx, 'inventory_item', ITEM_COLUMNS, items);
  }, { timeout: 120000 });
}
