import type { DemoBatch, DemoInventoryList, DemoOrder, DemoTaxBill } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';

type TaxedOrder = DemoOrder & { taxBill: DemoTaxBill; inventoryList: DemoInventoryList };

/** Taxes are assessed on an inventory list, so a demo order with a bill but no list is a generator bug. */
function taxedOrders(batch: DemoBatch): TaxedOrder[] {
  return batch.orders.flatMap((o) => {
    if (o.taxBill === null) return [];
    if (o.inventoryList === null) throw new Error(`demo order ${o.ebpCode}/${o.orderNo} has a tax bill but no inventory list`);
    return [o as TaxedOrder];
  });
}

/** Writes tax's part of a demo batch: the tax bills of import orders. Re-running skips what exists. */
export async function seedTax(prisma: PrismaClient, batch: DemoBatch): Promise<void> {
  const taxed = taxedOrders(batch);
  if (taxed.length === 0) return;
  await prisma.taxBill.createMany({
    data: taxed.map((o) => ({
      taxNo: o.taxBill.taxNo,
      invtNo: o.inventoryList.invtNo,
      ebpCode: o.ebpCode,
      orderNo: o.orderNo,
      zone: o.zone,
      customsTax: o.taxBill.customsTax,
      valueAddedTax: o.taxBill.valueAddedTax,
      consumptionTax: o.taxBill.consumptionTax,
      totalTax: o.taxBill.totalTax,
      vatRate: o.taxBill.vatRate,
      consumptionTaxRate: o.taxBill.consumptionTaxRate,
      issuedAt: o.taxBill.issuedAt,
    })),
    skipDuplicates: true,
  });
}
