import { goodsLinesContent, maskIdNumber, moneyContent, type DecimalLike, type GoodsLine, type GoodsLineWithAmounts } from '@zone/common';
import type { Order, OrderItem } from '../generated/prisma/client';
import type { SubmittedOrder } from '../rules/order-submission';

/** A goods line as recorded: see goodsLineContent. */
export type OrderItemContent = GoodsLine;

/**
 * An order as commerce records it: what its content hash is taken over and what a revision keeps.
 * The buyer's ID number appears only as its keyed hash and its masked form, so neither the hash
 * nor a stored revision can give the number back.
 */
export type OrderContent = {
  ebpCode: string;
  orderNo: string;
  direction: 'IMPORT' | 'EXPORT';
  tradeMode: string;
  ebcCode: string;
  goodsValue: string;
  freight: string;
  discount: string;
  taxTotal: string;
  actualPaid: string;
  currency: string;
  buyer: { name: string; idType: string; idHash: string | null; idMasked: string | null; phone: string };
  consignee: string;
  consigneeAddress: string;
  payCode: string;
  payTransactionId: string;
  orderedAt: string;
  items: OrderItemContent[];
};

/** The order's own fields, from a submission or a stored row (whose amounts are decimals). */
type OrderContentSource = Omit<OrderContent, 'goodsValue' | 'freight' | 'discount' | 'taxTotal' | 'actualPaid' | 'buyer' | 'orderedAt' | 'items'>
  & Record<'goodsValue' | 'freight' | 'discount' | 'taxTotal' | 'actualPaid', DecimalLike>
  & { orderedAt: Date; items: readonly GoodsLineWithAmounts[] };

function contentOf(order: OrderContentSource, buyer: OrderContent['buyer']): OrderContent {
  return {
    ebpCode: order.ebpCode,
    orderNo: order.orderNo,
    direction: order.direction,
    tradeMode: order.tradeMode,
    ebcCode: order.ebcCode,
    goodsValue: moneyContent(order.goodsValue),
    freight: moneyContent(order.freight),
    discount: moneyContent(order.discount),
    taxTotal: moneyContent(order.taxTotal),
    actualPaid: moneyContent(order.actualPaid),
    currency: order.currency,
    buyer: { name: buyer.name.trim(), idType: buyer.idType, idHash: buyer.idHash, idMasked: buyer.idMasked, phone: buyer.phone.trim() },
    consignee: order.consignee.trim(),
    consigneeAddress: order.consigneeAddress.trim(),
    payCode: order.payCode,
    payTransactionId: order.payTransactionId,
    orderedAt: order.orderedAt.toISOString(),
    items: goodsLinesContent(order.items),
  };
}

/** The content of a checked submission; `hashIdNumber` is the keyed hash of the department. */
export function orderContentOf(order: SubmittedOrder, hashIdNumber: (idNumber: string) => string): OrderContent {
  const idNumber = order.buyer.idNumber ?? null;
  return contentOf(order, {
    name: order.buyer.name,
    idType: order.buyer.idType,
    idHash: idNumber === null ? null : hashIdNumber(idNumber),
    idMasked: idNumber === null ? null : maskIdNumber(idNumber),
    phone: order.buyer.phone,
  });
}

/**
 * The content of an order as stored. Orders written before revisions were recorded (the demo
 * data) have no content hash; this gives them one, so that submitting such an order again
 * unchanged is UNCHANGED rather than a new revision.
 */
export function orderContentOfRow(order: Order, items: readonly OrderItem[]): OrderContent {
  return contentOf({ ...order, items }, {
    name: order.buyerName,
    idType: order.buyerIdType,
    idHash: order.buyerIdHash,
    idMasked: order.buyerIdMasked,
    phone: order.buyerPhone,
  });
}

/** The columns of the order row that hold its content. */
export function orderColumnsOf(content: OrderContent) {
  return {
    ebpCode: content.ebpCode,
    orderNo: content.orderNo,
    direction: content.direction,
    tradeMode: content.tradeMode,
    ebcCode: content.ebcCode,
    goodsValue: content.goodsValue,
    freight: content.freight,
    discount: content.discount,
    taxTotal: content.taxTotal,
    actualPaid: content.actualPaid,
    currency: content.currency,
    buyerName: content.buyer.name,
    buyerIdType: content.buyer.idType,
    buyerIdHash: content.buyer.idHash,
    buyerIdMasked: content.buyer.idMasked,
    buyerPhone: content.buyer.phone,
    consignee: content.consignee,
    consigneeAddress: content.consigneeAddress,
    payCode: content.payCode,
    payTransactionId: content.payTransactionId,
    orderedAt: new Date(content.orderedAt),
  };
}
