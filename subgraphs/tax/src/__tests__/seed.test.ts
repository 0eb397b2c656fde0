import Decimal from 'decimal.js';
import { generateDemo } from '../../../../scripts/demo/generate';
import { demoBillLines } from '../seed';

describe('lines of the demo tax bills', () => {
  const orders = [...generateDemo({ orders: 400 })].flatMap((batch) => batch.orders).filter((o) => o.taxBill !== null && o.inventoryList !== null);
  const sum = (lines: Record<string, unknown>[], column: string) => lines.reduce((a, l) => a.plus(l[column] as string), new Decimal(0)).toFixed(2);

  it('has taxed orders to check, some with several items', () => {
    expect(orders.length).toBeGreaterThan(100);
    expect(orders.some((o) => o.items.length > 1)).toBe(true);
  });

  it('add up exactly to the bill, column by column', () => {
    for (const order of orders) {
      const lines = demoBillLines(order as Parameters<typeof demoBillLines>[0]);
      const bill = order.taxBill!;
      expect(lines.map((l) => l.gnum)).toEqual(order.items.map((i) => i.gnum));
      expect([sum(lines, 'value_added_tax'), sum(lines, 'consumption_tax'), sum(lines, 'customs_tax'), sum(lines, 'total_tax')])
        .toEqual([bill.valueAddedTax, bill.consumptionTax, bill.customsTax, bill.totalTax]);
      expect(sum(lines, 'dutiable_value')).toBe(new Decimal(order.goodsValue).minus(order.discount).plus(order.freight).toFixed(2));
      expect(sum(lines, 'freight_share')).toBe(order.freight);
    }
  });

  it('keep each line within a fen of its rate on its dutiable value', () => {
    for (const order of orders) {
      for (const line of demoBillLines(order as Parameters<typeof demoBillLines>[0])) {
        const dutiable = new Decimal(line.dutiable_value as string);
        const ct = dutiable.div(new Decimal(1).minus(line.statutory_consumption_tax_rate as string)).mul(line.consumption_tax_rate as string);
        const vat = dutiable.plus(dutiable.div(new Decimal(1).minus(line.statutory_consumption_tax_rate as string)).mul(line.statutory_consumption_tax_rate as string)).mul(line.vat_rate as string);
        expect(ct.minus(line.consumption_tax as string).abs().toNumber()).toBeLessThanOrEqual(0.02);
        expect(vat.minus(line.value_added_tax as string).abs().toNumber()).toBeLessThanOrEqual(0.02);
      }
    }
  });
});
