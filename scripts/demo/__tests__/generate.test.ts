import Decimal from 'decimal.js';
import { decideRelease } from '../../../subgraphs/customs/src/rules/release-decision';
import { idNumberProblem, hsCodeProblem, usccProblem, usccDivisionCode, ZONES } from '@zone/common';
import { DEMO_ANCHOR_DAY, DEMO_BASE_END, beijingDayOf, demoOrderTotal, demoRecentSpan, generateDemo, ordersAfterBase } from '../generate';

const batches = [...generateDemo({ orders: 600, batchSize: 250 })];
const orders = batches.flatMap((b) => b.orders);
const enterprises = batches.flatMap((b) => b.enterprises);
const imports = orders.filter((o) => o.direction === 'IMPORT');
const exportsOnly = orders.filter((o) => o.direction === 'EXPORT');

describe('demo data generator', () => {
  it('produces the requested number of orders in batches, enterprises in the first batch only', () => {
    expect(batches.map((b) => b.orders.length)).toEqual([250, 250, 100]);
    expect(batches.slice(1).every((b) => b.enterprises.length === 0)).toBe(true);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const again = [...generateDemo({ orders: 600, batchSize: 250 })].flatMap((b) => b.orders);
    expect(again).toEqual(orders);
    const other = [...generateDemo({ orders: 600, batchSize: 250, seed: 7 })].flatMap((b) => b.orders);
    expect(other[0]!.ebpCode).not.toEqual(orders[0]!.ebpCode);
  });

  it('gives every enterprise a valid USCC carrying its zone division code', () => {
    for (const e of enterprises) {
      expect(usccProblem(e.uscc)).toBeNull();
      expect(usccDivisionCode(e.uscc)).toBe(ZONES[e.zone].divisionCode);
    }
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(enterprises.length);
  });

  it('gives import buyers and residents valid ID numbers', () => {
    for (const o of imports) expect(idNumberProblem(o.buyer.idNumber)).toBeNull();
    for (const r of batches.flatMap((b) => b.residents)) expect(idNumberProblem(r.idNumber)).toBeNull();
  });

  it('keeps order keys unique and HS codes valid', () => {
    expect(new Set(orders.map((o) => `${o.ebpCode}/${o.orderNo}`)).size).toBe(orders.length);
    for (const item of orders.flatMap((o) => o.items)) expect(hsCodeProblem(item.hsCode)).toBeNull();
  });

  it('makes amounts agree across departments: actualPaid = goods + freight + tax - discount = payment', () => {
    for (const o of orders) {
      const goods = o.items.reduce((sum, i) => sum.plus(i.totalPrice), new Decimal(0));
      expect(goods.toFixed(2)).toBe(o.goodsValue);
      expect(new Decimal(o.goodsValue).plus(o.freight).plus(o.taxTotal).minus(o.discount).toFixed(2)).toBe(o.actualPaid);
      expect(o.payment?.amountPaid).toBe(o.actualPaid);
      expect(o.waybill?.freight).toBe(o.freight);
    }
  });

  it('gives cleared import lists a tax bill equal to the order tax, and export orders none', () => {
    for (const o of imports.filter((i) => i.inventoryList?.statusCode !== 100)) {
      expect(o.taxBill?.totalTax).toBe(o.taxTotal);
    }
    expect(exportsOnly.every((o) => o.taxBill === null && o.identityCheck === null)).toBe(true);
    expect(exportsOnly.length).toBeGreaterThan(100);
  });

  it('keeps retail imports within the CNY 5,000 single-order limit', () => {
    for (const o of imports) expect(new Decimal(o.goodsValue).lte(5000)).toBe(true);
  });

  it('puts import lists where the release rules take them: low-risk goods straight to release, medium-risk goods through review', () => {
    const chapters = (o: (typeof imports)[number]) => o.items.map((item) => item.hsCode.slice(0, 2));
    const statuses = (grade: string) => new Set(imports.filter((o) => o.inventoryList && o.inventoryList.statusCode !== 100)
      .filter((o) => decideRelease({ matching: { matched: true, reasons: [] }, creditClass: 'GENERAL', hsChapters: chapters(o), onNegativeList: false }).decision === grade)
      .map((o) => o.inventoryList!.statusCode));
    expect([...statuses('AUTO_RELEASE')].sort()).toEqual([800, 899]);
    expect([...statuses('DOCUMENT_REVIEW')].sort()).toEqual([300, 500, 800, 899]);
  });

  it('rejects the lists of buyers whose identity does not match', () => {
    const mismatched = imports.filter((o) => o.identityCheck?.verdict === 'MISMATCH');
    expect(mismatched.length).toBeGreaterThan(0);
    expect(mismatched.every((o) => o.inventoryList?.statusCode === 100)).toBe(true);
  });
});

describe('demo data reaching a day', () => {
  const TODAY = '2026-12-04';
  const reaching = [...generateDemo({ orders: 600, batchSize: 250, until: TODAY })].flatMap((b) => b.orders);
  const added = reaching.slice(600);
  const cutoff = Date.parse('2026-12-04T00:00:00+08:00');

  it('ends in October by default, as on the fixed day DEMO_ANCHOR_DAY', () => {
    expect(Math.max(...orders.map((o) => o.orderedAt.getTime()))).toBeLessThan(DEMO_BASE_END);
    expect([...generateDemo({ orders: 600, batchSize: 250, until: DEMO_ANCHOR_DAY })].flatMap((b) => b.orders)).toEqual(orders);
    expect(ordersAfterBase(600)).toBe(0);
  });

  it('keeps the base orders as they are and adds as many per day from 28 October to the day before', () => {
    expect(reaching.slice(0, 600)).toEqual(orders);
    // 28 October to 2 December (Beijing): 35 whole days at 2 orders a day.
    expect(demoRecentSpan(TODAY).days).toBe(35);
    expect(added).toHaveLength(ordersAfterBase(600, TODAY));
    expect(added).toHaveLength(70);
    expect(demoOrderTotal({ orders: 600, until: TODAY })).toBe(670);
    for (const o of added) {
      expect(o.orderedAt.getTime()).toBeGreaterThanOrEqual(DEMO_BASE_END);
      expect(o.orderedAt.getTime()).toBeLessThan(cutoff - 86_400_000);
    }
    expect(added.filter((o) => o.orderedAt.toISOString() >= '2026-11-20').length).toBeGreaterThan(5);
    expect(new Set(reaching.map((o) => `${o.ebpCode}/${o.orderNo}`)).size).toBe(670);
    expect(new Set(reaching.map((o) => o.inventoryList?.invtNo)).size).toBe(670);
  });

  it('records nothing of the added orders on or after the day it reaches', () => {
    const times = added.flatMap((o) => [
      o.orderedAt, o.payment?.payTime, o.inventoryList?.declaredAt, o.taxBill?.issuedAt, o.identityCheck?.checkedAt, ...(o.waybill?.events ?? []).map((e) => e.occurredAt),
    ]).filter((t): t is Date => t !== undefined);
    expect(Math.max(...times.map((t) => t.getTime()))).toBeLessThan(cutoff);
    // Goods shipped in the last days are still on their way: their later tracking events are not there yet.
    // (A released import list has at least 4 tracking events once they have all happened; npm start's 2,000 orders.)
    const larger = [...generateDemo({ orders: 2000, until: TODAY })].flatMap((b) => b.orders);
    const releasedImports = (list: typeof orders) => list.filter((o) => o.direction === 'IMPORT' && o.inventoryList!.statusCode >= 800);
    expect(releasedImports(larger.slice(0, 2000)).every((o) => o.waybill!.events.length >= 4)).toBe(true);
    expect(releasedImports(larger.slice(2000)).some((o) => o.waybill!.events.length < 4)).toBe(true);
  });

  it('is deterministic for a seed and a day, whatever the time of that day (Beijing)', () => {
    const morning = [...generateDemo({ orders: 600, batchSize: 250, until: new Date('2026-12-03T16:30:00Z') })].flatMap((b) => b.orders);
    expect(morning).toEqual(reaching);
    const nextDay = [...generateDemo({ orders: 600, batchSize: 250, until: '2026-12-05' })].flatMap((b) => b.orders);
    expect(nextDay.length).toBe(672);
  });

  it('refuses a day that is not a calendar date, naming it', () => {
    expect(() => demoRecentSpan('2026-02-31')).toThrow(/until: must be a calendar date/);
    expect(() => demoRecentSpan('tomorrow')).toThrow(/until/);
    expect(() => beijingDayOf(new Date(Number.NaN))).toThrow(/until/);
  });
});
