import { goodsLinesContent, moneyContent, type DecimalLike, type GoodsLine, type GoodsLineWithAmounts } from '@zone/common';
import type { InventoryItem, InventoryList } from '../generated/prisma/client';
import type { DeclaredList } from '../rules/list-declaration';

/** A goods line as recorded: see goodsLineContent. */
export type ListItemContent = GoodsLine;

/** An inventory list as customs records it: what its content hash is taken over and what a revision keeps. */
export type ListContent = Omit<DeclaredList, 'statisticsFlag' | 'indivisibleItem' | 'items'> & {
  statisticsFlag: string | null;
  indivisibleItem: boolean;
  items: ListItemContent[];
};

/** A list's content fields, from a declaration or a stored row (whose amounts are decimals). */
type ListContentSource = Omit<DeclaredList, 'freight' | 'insuredFee' | 'items'> & {
  freight: DecimalLike;
  insuredFee: DecimalLike;
  items: readonly GoodsLineWithAmounts[];
};

/** The content of a checked declaration. */
export function listContentOf(list: ListContentSource): ListContent {
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
    freight: moneyContent(list.freight),
    insuredFee: moneyContent(list.insuredFee),
    currency: list.currency,
    indivisibleItem: list.indivisibleItem ?? false,
    items: goodsLinesContent(list.items),
  };
}

/**
 * The content of a list as stored. Lists written before declarations were recorded (the demo data)
 * have no content hash; this gives them one, so declaring such a list again unchanged is UNCHANGED.
 */
export function listContentOfRow(list: InventoryList, items: readonly InventoryItem[]): ListContent {
  return listContentOf({ ...list, items });
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
