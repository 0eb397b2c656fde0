import { bulkInsert, type DemoBatch, type DemoInventoryList, type DemoOrder, type DemoTaxBill } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';

const BILL_COLUMNS = {
  tax_no: 'text', invt_no: 'text', ebp_code: 'text', order_no: 'text', zone: '"Zone"', customs_tax: 'numeric',
  value_added_tax: 'numeric', consumption_tax: 'numeric', total_tax: 'numeric', vat_rate: 'numeric',
  consumption_tax_rate: 'numeric', issued_at: 'timestamptz',
};

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
  await bulkInsert(prisma, 'tax_bill', BILL_COLUMNS, taxed.map((o) => ({
    tax_no: o.taxBill.taxNo,
    invt_no: o.inventoryList.invtNo,
    ebp_code: o.ebpCode,
    order_no: o.orderNo,
    zone: o.zone,
    customs_tax: o.taxBill.customsTax,
    value_added_tax: o.taxBill.valueAddedTax,
    consumption_tax: o.taxBill.consumptionTax,
    total_tax: o.taxBill.totalTax,
    vat_rate: o.taxBill.vatRate,
    consumption_tax_rate: o.taxBill.consumptionTaxRate,
    issued_at: o.taxBill.issuedAt,
  })));
}
