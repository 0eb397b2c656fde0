import Decimal from 'decimal.js';
import type { InventoryItem, InventoryList } from '../generated/prisma/client';
import type { DeclaredList } from '../rules/list-declaration';

export type ListItemContent = {
  gnum: number;
  itemNo: string;
  itemName: string;
  hsCode: string;
  qty: string;
  unit: string;
  price: string;
  totalPrice: string;
  country: string;
};

/** An inventory list as customs records it: what its content hash is taken over and what a revision keeps. */
export type ListContent = {
  copNo: string;
  customsCode: string;
  ebpCode: string;
  orderNo: string;
  ebcCode: string;
  logisticsCode: string;
  logisticsNo: string;
  direction: 'IMPORT' | 'EXPORT';
  tradeMode: string;
  zone: DeclaredList['zone'];
  statisticsFlag: string | null;
  freight: string;
  insuredFee: string;
  currency: string;
  indivisibleItem: boolean;
  items: ListItemContent[];
};

type DecimalLike = string | { toString(): string };

// Equal amounts give equal content whatever their notation ("10.5", "10.50"), as they do in the database.
const money = (value: DecimalLike) => new Decimal(value.toString()).toFixed(2);
const quantity = (value: DecimalLike) => new Decimal(value.toString()).toFixed(4);

function itemContent(item: Omit<ListItemContent, 'qty' | 'price' | 'totalPrice'> & Record<'qty' | 'price' | 'totalPrice', DecimalLike>): ListItemContent {
  return {
    gnum: item.gnum,
    itemNo: item.itemNo.trim(),
    itemName: item.itemName.trim(),
    hsCode: item.hsCode,
    qty: quantity(item.qty),
    unit: item.unit,
    price: money(item.price),
    totalPrice: money(item.totalPrice),
    country: item.country,
  };
}

const byGnum = (a: ListItemContent, b: ListItemContent) => a.gnum - b.gnum;

/** The content of a checked declaration. */
export function listContentOf(list: DeclaredList): ListContent {
  return {
    copNo: list.copNo,
    customsCode: list.customsCode,
    ebpCode: list.ebpCode,
    orderNo: list.orderNo,
    ebcCode: list.ebcCode,
    logisticsCode: list.logisticsCode,
    logisticsNo: list.logisticsNo,
    direction: list.direction,
    tradeMode: list.tradeMode,
    zone: list.zone,
    statisticsFlag: list.statisticsFlag ?? null,
    freight: money(list.freight),
    insuredFee: money(list.insuredFee),
    currency: list.currency,
    indivisibleItem: list.indivisibleItem ?? false,
    items: list.items.map(itemContent).sort(byGnum),
  };
}

/**
 * The content of a list as stored. Lists written before declarations were recorded (the demo data)
 * have no content hash; this gives them one, so declaring such a list again unchanged is UNCHANGED.
 */
export function listContentOfRow(list: InventoryList, items: readonly InventoryItem[]): ListContent {
  return {
    copNo: list.copNo,
    customsCode: list.customsCode,
    ebpCode: list.ebpCode,
    orderNo: list.orderNo,
    ebcCode: list.ebcCode,
    logisticsCode: list.logisticsCode,
    logisticsNo: list.logisticsNo,
    direction: list.direction,
    tradeMode: list.tradeMode,
    zone: list.zone,
    statisticsFlag: list.statisticsFlag,
    freight: money(list.freight),
    insuredFee: money(list.insuredFee),
    currency: list.currency,
    indivisibleItem: list.indivisibleItem,
    items: items.map(itemContent).sort(byGnum),
  };
}

/** Columns of the list row that come from the declaration. */
export function listColumnsOf(content: ListContent, goodsValue: string) {
  return {
    copNo: content.copNo,
    customsCode: content.customsCode,
    ebpCode: content.ebpCode,
    orderNo: content.orderNo,
    ebcCode: content.ebcCode,
    logisticsCode: content.logisticsCode,
    logisticsNo: content.logisticsNo,
    direction: content.direction,
    tradeMode: content.tradeMode,
    zone: content.zone,
    statisticsFlag: content.statisticsFlag,
    freight: content.freight,
    insuredFee: content.insuredFee,
    currency: content.currency,
    indivisibleItem: content.indivisibleItem,
    totalPrice: goodsValue,
  };
}
