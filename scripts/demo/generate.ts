/**
 * Deterministic demo data for the eight zones: the same seed and size give the same records, and
 * every department's part agrees with the others (amounts, keys, persons, statuses).
 * All persons and enterprises are fictitious; their identifiers carry valid check characters.
 */
import Decimal from 'decimal.js';
import {
  USCC_CHARSET,
  ZONES,
  ZONE_CODES,
  idNumberCheckChar,
  usccCheckChar,
  type DemoBatch,
  type DemoEnterprise,
  type DemoEnterpriseRole,
  type DemoItem,
  type DemoOrder,
  type DemoPerson,
  type DemoTrackingEvent,
  type ZoneCode,
} from '@zone/common';
import { retailImportTax } from '../../subgraphs/tax/src/rules/retail-import-tax';
import { decideRelease } from '../../subgraphs/customs/src/rules/release-decision';
import { ZONE_CUSTOMS_CODES } from '../../subgraphs/customs/src/rules/inventory-number';

export interface DemoOptions {
  /** Number of orders (default 2,000). */
  orders?: number;
  /** PRNG seed (default 20221001). */
  seed?: number;
  /** Orders per batch (default 1,000). */
  batchSize?: number;
  /**
   * The day the data set reaches (default DEMO_ANCHOR_DAY, so tests and benchmarks see the same
   * records whatever the date; `npm start` passes today). The `orders` orders always lie from 1
   * January 2026 to DEMO_BASE_END (300 days), and are the same records whatever this day is; a
   * later day adds orders at the same rate per day (ordersAfterBase) from DEMO_BASE_END to the
   * day before it, so a fresh start has recent figures. Every record of those added orders lies
   * before the start of this day (Beijing time): goods still on their way have only the tracking
   * events already past. The same seed, size and day give the same records.
   */
  until?: Date | string;
}

const DAY_MS = 86_400_000;
const BEIJING_MS = 8 * 3_600_000;
/** The orders of a data set of size `orders` are spread over these 300 days from 1 January 2026. */
export const DEMO_BASE_START = Date.UTC(2026, 0, 1);
export const DEMO_BASE_DAYS = 300;
/** 28 October 2026, 00:00 UTC: the end of the base orders' span. */
export const DEMO_BASE_END = DEMO_BASE_START + DEMO_BASE_DAYS * DAY_MS;
/** The day a data set reaches when none is given: the base orders only. */
export const DEMO_ANCHOR_DAY = '2026-10-29';

/** The Beijing calendar day (YYYY-MM-DD) of an instant, or the day given as YYYY-MM-DD. */
export function beijingDayOf(until: Date | string): string {
  if (typeof until === 'string') {
    const time = /^\d{4}-\d{2}-\d{2}$/.test(until) ? Date.parse(`${until}T00:00:00Z`) : Number.NaN;
    if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== until) throw new Error(`until: must be a calendar date YYYY-MM-DD, got ${JSON.stringify(until.slice(0, 40))}`);
    return until;
  }
  if (Number.isNaN(until.getTime())) throw new Error('until: must be a valid date');
  return new Date(until.getTime() + BEIJING_MS).toISOString().slice(0, 10);
}

/**
 * The span of the orders after the base ones for a data set reaching `until`: from DEMO_BASE_END
 * to the start of the day before `until` (Beijing time), so that the last order's payment, list,
 * tax bill and identity check (within a few hours of it) lie before that day; `cutoff` is the
 * start of the day itself, after which nothing is recorded (no tracking event, no release).
 */
export function demoRecentSpan(until: Date | string): { start: number; days: number; cutoff: number } {
  const cutoff = Date.parse(`${beijingDayOf(until)}T00:00:00Z`) - BEIJING_MS;
  const days = Math.max(0, Math.floor((cutoff - DAY_MS - DEMO_BASE_END) / DAY_MS));
  return { start: DEMO_BASE_END, days, cutoff };
}

/** How many orders a data set of `orders` base orders adds after DEMO_BASE_END to reach `until`: the same number per day. */
export function ordersAfterBase(orders: number, until: Date | string = DEMO_ANCHOR_DAY): number {
  return Math.round((orders * demoRecentSpan(until).days) / DEMO_BASE_DAYS);
}

/** Orders of a data set in all: the base orders and those reaching `until`. */
export function demoOrderTotal(options: DemoOptions = {}): number {
  const orders = options.orders ?? 2000;
  return orders + ordersAfterBase(orders, options.until ?? DEMO_ANCHOR_DAY);
}

/** mulberry32: small, fast and reproducible across platforms. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof createRandom>;

/** Customs office codes used in list numbers: the offices customs assigns each zone (fictitious). */
export const ZONE_CUSTOMS_CODE: Record<ZoneCode, string> = ZONE_CUSTOMS_CODES;

interface Goods {
  name: string;
  hsCode: string;
  unit: string;
  minPrice: number;
  maxPrice: number;
  vatRate: string;
  consumptionTaxRate: string;
  country: string;
}

const GOODS: readonly Goods[] = [
  { name: '婴儿配方奶粉', hsCode: '1901101000', unit: '122', minPrice: 150, maxPrice: 400, vatRate: '0.13', consumptionTaxRate: '0', country: 'NZL' },
  { name: '面部精华液', hsCode: '3304990099', unit: '142', minPrice: 200, maxPrice: 1200, vatRate: '0.13', consumptionTaxRate: '0.15', country: 'FRA' },
  { name: '保健营养片', hsCode: '2106909090', unit: '142', minPrice: 80, maxPrice: 500, vatRate: '0.13', consumptionTaxRate: '0', country: 'AUS' },
  { name: '运动跑鞋', hsCode: '6404110090', unit: '025', minPrice: 300, maxPrice: 1500, vatRate: '0.13', consumptionTaxRate: '0', country: 'VNM' },
  { name: '电动牙刷', hsCode: '8509800000', unit: '011', minPrice: 200, maxPrice: 900, vatRate: '0.13', consumptionTaxRate: '0', country: 'DEU' },
  { name: '红葡萄酒', hsCode: '2204210000', unit: '142', minPrice: 120, maxPrice: 800, vatRate: '0.13', consumptionTaxRate: '0.1', country: 'CHL' },
];

const EXPORT_GOODS: readonly Goods[] = [
  { name: '陶瓷餐具套装', hsCode: '6911101900', unit: '011', minPrice: 20, maxPrice: 120, vatRate: '0', consumptionTaxRate: '0', country: 'CHN' },
  { name: '不锈钢厨具', hsCode: '7323930000', unit: '011', minPrice: 15, maxPrice: 90, vatRate: '0', consumptionTaxRate: '0', country: 'CHN' },
  { name: '蓝牙耳机', hsCode: '8518300000', unit: '011', minPrice: 10, maxPrice: 80, vatRate: '0', consumptionTaxRate: '0', country: 'CHN' },
  { name: '纺织服装', hsCode: '6204430090', unit: '011', minPrice: 8, maxPrice: 60, vatRate: '0', consumptionTaxRate: '0', country: 'CHN' },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建国晓东海燕雪梅文斌志宏佳琪子轩浩然思远';
const FOREIGN_NAMES = ['John Smith', 'Maria Garcia', 'Ahmed Khan', 'Anna Müller', 'Kenji Sato', 'Olivia Brown', 'Lucas Martin', 'Sofia Rossi'];
const ID_DIVISIONS = ['440303', '440106', '440604', '441302', '440203', '441602', '445102', '445202', '310104', '110105', '330106', '510107'];
const ENTERPRISE_WORDS = ['跨境', '优选', '丝路', '海购', '环球', '湾区', '南粤', '岭南', '云帆', '通达'];
const CITIES_ABROAD = ['Los Angeles', 'Hamburg', 'Tokyo', 'Sydney', 'Dubai', 'São Paulo'];

function uscc(random: Random, zone: ZoneCode): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += random.pick(USCC_CHARSET.split(''));
  const first17 = `91${ZONES[zone].divisionCode}${org}`;
  return first17 + usccCheckChar(first17);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Resident i of the fictitious registry; derived from i alone so any batch can rebuild it. */
export function demoResident(seed: number, index: number): DemoPerson {
  const random = createRandom(seed * 7919 + index * 104729);
  const year = random.int(1960, 2004);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const first17 = `${random.pick(ID_DIVISIONS)}${year}${pad(month, 2)}${pad(day, 2)}${pad(index % 1000, 3)}`;
  const name = random.pick(SURNAMES.split('')) + random.pick(GIVEN.split('')) + (random.chance(0.6) ? random.pick(GIVEN.split('')) : '');
  return { name, idNumber: first17 + idNumberCheckChar(first17), phone: `1${random.pick(['38', '39', '58', '86', '35'])}${pad(random.int(0, 99999999), 8)}` };
}

interface ZoneEnterprises {
  platforms: DemoEnterprise[];
  sellers: DemoEnterprise[];
  logistics: DemoEnterprise;
  payment: DemoEnterprise;
}

function buildEnterprises(random: Random, sellersPerZone: number): Map<ZoneCode, ZoneEnterprises> {
  const byZone = new Map<ZoneCode, ZoneEnterprises>();
  const make = (zone: ZoneCode, roles: DemoEnterpriseRole[], label: string, n: number): DemoEnterprise => ({
    uscc: uscc(random, zone),
    name: `${ZONES[zone].city}${random.pick(ENTERPRISE_WORDS)}${label}${n > 0 ? n : ''}有限公司`,
    zone,
    roles,
    registeredAt: new Date(Date.UTC(2022, random.int(0, 11), random.int(1, 28))),
  });
  for (const zone of ZONE_CODES) {
    byZone.set(zone, {
      platforms: [1, 2].map((n) => make(zone, ['PLATFORM', 'ECOMMERCE'], '电商平台', n)),
      sellers: Array.from({ length: sellersPerZone }, (_, n) => make(zone, n % 5 === 0 ? ['ECOMMERCE', 'TRADE_SERVICE'] : ['ECOMMERCE'], '贸易', n + 1)),
      logistics: make(zone, ['LOGISTICS'], '供应链物流', 0),
      payment: make(zone, ['PAYMENT'], '支付服务', 0),
    });
  }
  return byZone;
}

const money = (value: Decimal) => value.toFixed(2);

const IMPORT_TRACK: readonly [string, string, string][] = [
  ['ACCEPTED', '快件已揽收', '境外集货仓'],
  ['DEPARTED', '已离开始发地', '境外口岸'],
  ['ARRIVED', '已到达监管场所', '综试区监管仓'],
  ['CLEARED', '海关已放行', '综试区监管仓'],
  ['OUT_FOR_DELIVERY', '派送中', '广东省'],
  ['DELIVERED', '已签收', '广东省'],
];
const EXPORT_TRACK: readonly [string, string, string][] = [
  ['ACCEPTED', '已揽收', '综试区监管仓'],
  ['CLEARED', '海关已放行', '综试区监管仓'],
  ['DEPARTED', '已出境', '出境口岸'],
  ['ARRIVED', '已到达目的国', 'abroad'],
  ['DELIVERED', '已妥投', 'abroad'],
];

/** How many tracking events a list status implies: goods move only once customs lets them. */
function trackedSteps(statusCode: number, direction: 'IMPORT' | 'EXPORT', random: Random): number {
  if (statusCode === 100) return direction === 'IMPORT' ? 3 : 1;
  if (statusCode < 800) return direction === 'IMPORT' ? 3 : 1;
  return direction === 'IMPORT' ? random.int(4, 6) : random.int(2, 5);
}

/**
 * Where an import list stands, consistent with the release customs' rules decide for its goods
 * (credit class GENERAL, not negative-listed): refused when the buyer's identity failed; an
 * automatic release is released or cleared; a review or inspection may still be open or have
 * released the goods since. One draw of the generator whatever the decision, as before.
 */
function importStatus(random: Random, identityOk: boolean, hsCodes: readonly string[]): number {
  if (!identityOk) return 100;
  const r = random.next();
  const { decision } = decideRelease({ matching: { matched: true, reasons: [] }, creditClass: 'GENERAL', hsChapters: hsCodes.map((code) => code.slice(0, 2)), onNegativeList: false });
  if (r < 0.5) return 899;
  if (r < 0.8 || decision === 'AUTO_RELEASE') return 800;
  if (decision === 'INSPECTION') return 500;
  return r < 0.95 ? 300 : 500;
}

/**
 * What the demo plants so that each anomaly detector of the statistics fires on a fresh start
 * (issue 11): import orders of one zone and month with a given time and, as the case needs, a
 * price just under the CNY 5,000 limit, a buyer, a phone and address shared with other buyers, a
 * payer other than the buyer, or a failed identity check.
 */
export interface PlantedOrder {
  orderedAt: Date;
  /** Price of the single goods line (infant formula), CNY. */
  price?: string;
  /** Index of the demo resident who buys. */
  buyerIndex?: number;
  phone?: string;
  address?: string;
  /** Index of the demo resident who pays (someone other than the buyer). */
  payerIndex?: number;
  identityOk?: boolean;
}

/** The zone and month the planted cases fall in, and their order numbers (n ≡ 5 mod 8 is Chaozhou). */
export const PLANTED_ZONE: ZoneCode = 'CHAOZHOU';
export const PLANTED_MONTH = '2026-09';

function plantedOrders(): PlantedOrder[] {
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 8, day, hour, 0, 0));
  const plants: PlantedOrder[] = [];
  // Twelve orders priced just under the single-order limit (actualPaid CNY 4,789-4,917).
  for (let i = 0; i < 12; i++) plants.push({ orderedAt: at(2 + i, 3), price: (4400 + i * 7).toFixed(2), buyerIndex: 200 + i });
  // Six buyers behind one phone number and one delivery address.
  for (let i = 0; i < 6; i++) plants.push({ orderedAt: at(5 + i, 5), buyerIndex: 220 + i, phone: '13800138000', address: '潮州市湘桥区集运路8号' });
  // Four buyers' orders paid by one person.
  for (let i = 0; i < 4; i++) plants.push({ orderedAt: at(8 + i, 6), buyerIndex: 230 + i, payerIndex: 240 });
  // Fourteen failed identity checks in the month (and so fourteen failed matchings).
  for (let i = 0; i < 14; i++) plants.push({ orderedAt: at(12 + i, 7), buyerIndex: 250 + i, identityOk: false });
  return plants;
}

/** The planted case of order n, if any: the first Chaozhou orders of a data set of at least 400. */
function plantOf(n: number, orders: number, plants: readonly PlantedOrder[]): PlantedOrder | undefined {
  if (orders < 400 || n % 8 !== 5) return undefined;
  return plants[(n - 5) / 8];
}

/** When an order falls: over `days` days from `start`; nothing it leads to is recorded at or after `cutoff` (ms). */
interface OrderSpan {
  start: number;
  days: number;
  cutoff: number;
}

const BASE_SPAN: OrderSpan = { start: DEMO_BASE_START, days: DEMO_BASE_DAYS, cutoff: Number.POSITIVE_INFINITY };

function buildOrder(seed: number, n: number, enterprises: Map<ZoneCode, ZoneEnterprises>, residents: number, span: OrderSpan, plant?: PlantedOrder): DemoOrder {
  const random = createRandom(seed ^ (n * 2654435761));
  const zone = ZONE_CODES[n % ZONE_CODES.length]!;
  const ents = enterprises.get(zone)!;
  const platform = random.pick(ents.platforms);
  const seller = random.chance(0.2) ? platform : random.pick(ents.sellers);
  const direction = plant || random.chance(0.6) ? 'IMPORT' : 'EXPORT';
  const orderedAt = plant?.orderedAt ?? new Date(span.start + Math.floor(random.next() * span.days * DAY_MS));
  const resident = plant?.buyerIndex !== undefined ? demoResident(seed, plant.buyerIndex) : null;
  const buyer = resident
    ? { ...resident, phone: plant?.phone ?? resident.phone }
    : direction === 'IMPORT'
    ? demoResident(seed, random.int(0, residents - 1))
    : { name: random.pick(FOREIGN_NAMES), idNumber: '', phone: `+1${pad(random.int(0, 999999999), 10)}` };
  const catalogue = direction === 'IMPORT' ? GOODS : EXPORT_GOODS;
  const goods = plant?.price ? GOODS[0]! : random.pick(catalogue);
  const items: DemoItem[] = Array.from({ length: random.int(1, 3) }, (_, i) => {
    const qty = random.int(1, direction === 'IMPORT' ? 3 : 20);
    const price = new Decimal(random.int(goods.minPrice * 100, goods.maxPrice * 100)).div(100);
    return {
      gnum: i + 1,
      itemNo: `SKU${pad(random.int(0, 999999), 6)}`,
      itemName: goods.name,
      hsCode: goods.hsCode,
      qty: String(qty),
      unit: goods.unit,
      price: money(price),
      totalPrice: money(price.mul(qty)),
      country: goods.country,
    };
  });
  if (plant?.price) {
    items.splice(1);
    Object.assign(items[0]!, { qty: '1', price: plant.price, totalPrice: plant.price });
  }
  let goodsValue = items.reduce((sum, item) => sum.plus(item.totalPrice), new Decimal(0));
  // Retail imports stay within the CNY 5,000 single-order limit.
  if (direction === 'IMPORT' && goodsValue.gt(4500)) {
    items.splice(1);
    items[0]!.qty = '1';
    items[0]!.totalPrice = items[0]!.price;
    goodsValue = new Decimal(items[0]!.price);
  }
  const freight = new Decimal(direction === 'IMPORT' ? random.int(0, 30) : random.int(5, 25));
  const discount = new Decimal(random.chance(0.3) ? random.int(1, 10) : 0);
  const orderNo = `${direction === 'IMPORT' ? 'I' : 'E'}${orderedAt.toISOString().slice(0, 10).replace(/-/g, '')}${pad(n, 9)}`;
  const identityOk = plant?.identityOk ?? (direction === 'EXPORT' || !random.chance(0.03));
  const statusCode = direction === 'IMPORT' ? importStatus(random, identityOk, items.map((item) => item.hsCode)) : (random.chance(0.9) ? 800 : 120);
  const tax = direction === 'IMPORT'
    ? retailImportTax({ dutiableValue: money(goodsValue.plus(freight).minus(discount)), vatRate: goods.vatRate, consumptionTaxRate: goods.consumptionTaxRate, tariffRate: '0', preferential: true })
    : null;
  const taxTotal = new Decimal(tax?.totalTax ?? 0);
  const actualPaid = goodsValue.plus(freight).plus(taxTotal).minus(discount);
  const currency = direction === 'IMPORT' ? 'CNY' : 'USD';
  const minute = 60000;
  const payTime = new Date(orderedAt.getTime() + random.int(1, 30) * minute);
  const declaredAt = new Date(payTime.getTime() + random.int(30, 240) * minute);
  const payTransactionId = `P${pad(n, 12)}${random.int(1000, 9999)}`;
  const logisticsNo = `${direction === 'IMPORT' ? 'YT' : 'EX'}${pad(n, 12)}`;
  const track = direction === 'IMPORT' ? IMPORT_TRACK : EXPORT_TRACK;
  const destination = direction === 'IMPORT' ? '广东省' : random.pick(CITIES_ABROAD);
  const events: DemoTrackingEvent[] = track.slice(0, trackedSteps(statusCode, direction, random)).map(([code, description, location], i) => ({
    seq: i + 1,
    code,
    description,
    location: location === 'abroad' ? destination : location,
    occurredAt: new Date(declaredAt.getTime() + (i * 18 + random.int(0, 6)) * 60 * minute),
  })).filter((event) => event.occurredAt.getTime() < span.cutoff);
  const invtNo = `${ZONE_CUSTOMS_CODE[zone]}2026${direction === 'IMPORT' ? 'I' : 'E'}${pad(n, 9)}`;
  const consignee = buyer.name;
  const consigneeAddress = plant?.address ?? (direction === 'IMPORT' ? `${ZONES[zone].city}市某区某路${random.int(1, 999)}号` : `${random.int(1, 999)} Main Street, ${destination}`);
  return {
    ebpCode: platform.uscc,
    orderNo,
    direction,
    tradeMode: direction === 'IMPORT' ? random.pick(['9610', '1210']) : random.pick(['9610', '9710', '9810', '1210']),
    zone,
    ebcCode: seller.uscc,
    goodsValue: money(goodsValue),
    freight: money(freight),
    discount: money(discount),
    taxTotal: money(taxTotal),
    actualPaid: money(actualPaid),
    currency,
    buyer,
    buyerHasResidentId: direction === 'IMPORT',
    consignee,
    consigneeAddress,
    payCode: ents.payment.uscc,
    payTransactionId,
    orderedAt,
    items,
    payment: { payCode: ents.payment.uscc, payTransactionId, amountPaid: money(actualPaid), currency, payTime, payer: plant?.payerIndex !== undefined ? demoResident(seed, plant.payerIndex) : buyer },
    waybill: {
      logisticsCode: ents.logistics.uscc,
      logisticsNo,
      freight: money(freight),
      insuredFee: '0.00',
      weight: new Decimal(random.int(200, 5000)).div(1000).toFixed(3),
      packNo: 1,
      consignee,
      consigneeAddress,
      events,
    },
    inventoryList: {
      invtNo,
      copNo: `C${pad(n, 12)}`,
      preNo: `B${pad(n, 17)}`,
      customsCode: ZONE_CUSTOMS_CODE[zone],
      statusCode,
      declaredAt,
      statisticsFlag: direction === 'EXPORT' ? (random.chance(0.7) ? 'B' : 'A') : null,
    },
    taxBill: tax && statusCode !== 100
      ? {
          taxNo: `${invtNo}T1`,
          customsTax: tax.customsTax,
          valueAddedTax: tax.valueAddedTax,
          consumptionTax: tax.consumptionTax,
          totalTax: tax.totalTax,
          vatRate: tax.appliedVatRate,
          consumptionTaxRate: tax.appliedConsumptionTaxRate,
          issuedAt: new Date(declaredAt.getTime() + 10 * minute),
        }
      : null,
    identityCheck: direction === 'IMPORT'
      ? { serialNo: `GA${pad(n, 12)}`, verdict: identityOk ? 'MATCH' : 'MISMATCH', checkedAt: new Date(payTime.getTime() + 5 * minute) }
      : null,
  };
}

/** Sizes derived from the number of orders. */
export function demoSizes(orders: number) {
  return {
    sellersPerZone: Math.max(6, Math.ceil(orders / 8 / 400)),
    residents: Math.max(300, Math.min(500000, Math.ceil(orders / 4))),
  };
}

/**
 * The demo data set in batches: the first carries the enterprises, then residents and orders
 * follow batch by batch, so a million orders never sit in memory at once.
 */
export function* generateDemo(options: DemoOptions = {}): Generator<DemoBatch> {
  const orders = options.orders ?? 2000;
  const seed = options.seed ?? 20221001;
  const batchSize = options.batchSize ?? 1000;
  const sizes = demoSizes(orders);
  const enterprises = buildEnterprises(createRandom(seed), sizes.sellersPerZone);
  const plants = plantedOrders();
  const allEnterprises = [...enterprises.values()].flatMap((z) => [...z.platforms, ...z.sellers, z.logistics, z.payment]);
  const batches = Math.max(1, Math.ceil(orders / batchSize));
  const residentsPerBatch = Math.ceil(sizes.residents / batches);
  for (let b = 0; b < batches; b++) {
    const residentStart = b * residentsPerBatch;
    const residentEnd = Math.min(sizes.residents, residentStart + residentsPerBatch);
    const residents = Array.from({ length: Math.max(0, residentEnd - residentStart) }, (_, i) => demoResident(seed, residentStart + i));
    const start = b * batchSize;
    const end = Math.min(orders, start + batchSize);
    yield {
      enterprises: b === 0 ? allEnterprises : [],
      residents,
      orders: Array.from({ length: end - start }, (_, i) => buildOrder(seed, start + i, enterprises, sizes.residents, BASE_SPAN, plantOf(start + i, orders, plants))),
    };
  }
  // The orders reaching `until`: numbered on from the base ones, at the same rate per day.
  const recent = demoRecentSpan(options.until ?? DEMO_ANCHOR_DAY);
  const total = orders + ordersAfterBase(orders, options.until ?? DEMO_ANCHOR_DAY);
  for (let start = orders; start < total; start += batchSize) {
    const end = Math.min(total, start + batchSize);
    yield { enterprises: [], residents: [], orders: Array.from({ length: end - start }, (_, i) => buildOrder(seed, start + i, enterprises, sizes.residents, recent)) };
  }
}
