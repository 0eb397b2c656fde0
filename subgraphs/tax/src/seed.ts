import Decimal from 'decimal.js';
import { bulkInsert, type DemoBatch, type DemoInventoryList, type DemoOrder, type DemoTaxBill, type RawSql } from '@zone/common';
import { allocateProportionally } from './rules/retail-import-tax-bill';
import { RETAIL_REDUCTION } from './rules/retail-import-tax';
import { statutoryRatesOf } from './rules/tax-rates';

const BILL_COLUMNS = {
  tax_no: 'text', invt_no: 'text', ebp_code: 'text', ebc_code: 'text', order_no: 'text', zone: '"Zone"', treatment: '"RetailTaxTreatment"',
  dutiable_value: 'numeric', freight: 'numeric', insured_fee: 'numeric', customs_tax: 'numeric',
  value_added_tax: 'numeric', consumption_tax: 'numeric', total_tax: 'numeric', vat_rate: 'numeric',
  consumption_tax_rate: 'numeric', issued_at: 'timestamptz',
};

const LINE_COLUMNS = {
  tax_no: 'text', gnum: 'int4', hs_code: 'text', item_value: 'numeric', freight_share: 'numeric', insured_fee_share: 'numeric',
  dutiable_value: 'numeric', tariff_rate: 'numeric', customs_tax: 'numeric', statutory_vat_rate: 'numeric', vat_rate: 'numeric',
  value_added_tax: 'numeric', statutory_consumption_tax_rate: 'numeric', consumption_tax_rate: 'numeric', consumption_tax: 'numeric',
  total_tax: 'numeric', rate_basis: 'text',
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

/**
 * The lines of a demo bill. The demo assessed each order as a whole, on goods - discount + freight,
 * at one set of rates (an order's goods are of one kind); its figures stay as they are, and are
 * shared over the items in proportion, in whole fen, so that every column of the lines adds up
 * exactly to the bill: the goods value after discount and the freight by goods price, each tax by
 * dutiable value.
 */
export function demoBillLines(order: TaxedOrder): Record<string, unknown>[] {
  const prices = order.items.map((i) => i.totalPrice);
  const goodsAfterDiscount = new Decimal(order.goodsValue).minus(order.discount).toFixed(2);
  const itemValues = allocateProportionally(goodsAfterDiscount, prices);
  const freightShares = allocateProportionally(order.freight, prices);
  const dutiable = order.items.map((_, i) => new Decimal(itemValues[i]!).plus(freightShares[i]!).toFixed(2));
  const bill = order.taxBill;
  const vat = allocateProportionally(bill.valueAddedTax, dutiable);
  const consumption = allocateProportionally(bill.consumptionTax, dutiable);
  const customs = allocateProportionally(bill.customsTax, dutiable);
  return order.items.map((item, i) => ({
    tax_no: bill.taxNo,
    gnum: item.gnum,
    hs_code: item.hsCode,
    item_value: itemValues[i],
    freight_share: freightShares[i],
    insured_fee_share: '0.00',
    dutiable_value: dutiable[i],
    tariff_rate: '0',
    customs_tax: customs[i],
    statutory_vat_rate: new Decimal(bill.vatRate).div(RETAIL_REDUCTION).toString(),
    vat_rate: bill.vatRate,
    value_added_tax: vat[i],
    statutory_consumption_tax_rate: new Decimal(bill.consumptionTaxRate).div(RETAIL_REDUCTION).toString(),
    consumption_tax_rate: bill.consumptionTaxRate,
    consumption_tax: consumption[i],
    total_tax: new Decimal(customs[i]!).plus(vat[i]!).plus(consumption[i]!).toFixed(2),
    rate_basis: `${statutoryRatesOf(item.hsCode).basis}; 70% within the retail limits, no tariff (财关税〔2018〕49号); demo bill assessed per order`,
  }));
}

/** Writes tax's part of a demo batch: the tax bills of import orders with their lines. Re-running skips what exists. */
export async function seedTax(db: RawSql, batch: DemoBatch): Promise<void> {
  const taxed = taxedOrders(batch);
  if (taxed.length === 0) return;
  await bulkInsert(db, 'tax_bill', BILL_COLUMNS, taxed.map((o) => ({
    tax_no: o.taxBill.taxNo,
    invt_no: o.inventoryList.invtNo,
    ebp_code: o.ebpCode,
    ebc_code: o.ebcCode,
    order_no: o.orderNo,
    zone: o.zone,
    treatment: 'PREFERENTIAL',
    dutiable_value: new Decimal(o.goodsValue).minus(o.discount).plus(o.freight).toFixed(2),
    freight: o.freight,
    insured_fee: '0.00',
    customs_tax: o.taxBill.customsTax,
    value_added_tax: o.taxBill.valueAddedTax,
    consumption_tax: o.taxBill.consumptionTax,
    total_tax: o.taxBill.totalTax,
    vat_rate: o.taxBill.vatRate,
    consumption_tax_rate: o.taxBill.consumptionTaxRate,
    issued_at: o.taxBill.issuedAt,
  })));
  await bulkInsert(db, 'tax_bill_line', LINE_COLUMNS, taxed.flatMap(demoBillLines));
}
