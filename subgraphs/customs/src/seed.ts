import { bulkInsert, hashIdNumber, hsChapter, orderRefKey, type DemoBatch, type DemoInventoryList, type DemoOrder, type DemoWaybill, GOODS_LINE_COLUMNS, goodsLineRow, type RawSql } from '@zone/common';
import { RECEIPT_STATUS_CODES } from './rules/receipt-status';
import { decideRelease } from './rules/release-decision';
import { matchThreeDocuments, type ThreeDocumentMatch } from './rules/three-document-match';

const LIST_COLUMNS = {
  invt_no: 'text', cop_no: 'text', pre_no: 'text', customs_code: 'text', ebp_code: 'text', order_no: 'text', ebc_code: 'text',
  logistics_code: 'text', logistics_no: 'text', direction: '"Direction"', trade_mode: 'text', zone: '"Zone"', status_code: 'int',
  statistics_flag: 'text', buyer_id_hash: 'text', total_price: 'numeric', currency: 'text', declared_at: 'timestamptz',
  freight: 'numeric', insured_fee: 'numeric', retail_tax_treatment: 'text', matched: 'boolean', matching_reasons: 'jsonb',
  release_decision: 'text', release_reasons: 'jsonb', decided_at: 'timestamptz', released_at: 'timestamptz',
};
const ITEM_COLUMNS = { list_id: 'bigint', ...GOODS_LINE_COLUMNS };

type DeclaredOrder = DemoOrder & { inventoryList: DemoInventoryList; waybill: DemoWaybill };

/** A list declares the waybill of its goods, so a demo order with a list but no waybill is a generator bug. */
function declaredOrders(batch: DemoBatch): DeclaredOrder[] {
  return batch.orders.flatMap((o) => {
    if (o.inventoryList === null) return [];
    if (o.waybill === null) throw new Error(`demo order ${o.ebpCode}/${o.orderNo} has an inventory list but no waybill`);
    return [o as DeclaredOrder];
  });
}

/** Minutes from declaration to release of a seeded list that customs released. */
const RELEASE_MINUTES = 30;

/**
 * Matching and grading of a demo list, from the same rules a declaration runs: the demo's documents
 * agree (amounts, keys, payer = buyer) and its import orders stay within the limits, so a list fails
 * matching only when the buyer's identity check did not match; every demo enterprise is of the
 * general credit class and off the negative list. The demo's receipt status is kept as generated.
 */
export function demoExamination(o: DeclaredOrder): { matching: ThreeDocumentMatch; decision: ReturnType<typeof decideRelease> } {
  // The demo's checks are of the buyers themselves: one stand-in hash for buyer, payer and check.
  const buyerIdHash = 'demo-buyer';
  const order = { ebpCode: o.ebpCode, orderNo: o.orderNo, actualPaid: o.actualPaid, currency: o.currency, buyerIdHash, buyerName: o.buyer.name };
  const documents = {
    order,
    payment: { ebpCode: o.ebpCode, orderNo: o.orderNo, amountPaid: o.actualPaid, currency: o.currency, payerIdHash: buyerIdHash, payerName: o.buyer.name },
    waybill: { logisticsCode: o.waybill.logisticsCode, logisticsNo: o.waybill.logisticsNo, ebpCode: o.ebpCode, orderNo: o.orderNo },
    list: { ebpCode: o.ebpCode, orderNo: o.orderNo, logisticsCode: o.waybill.logisticsCode, logisticsNo: o.waybill.logisticsNo },
  };
  const matching = o.direction === 'IMPORT'
    ? matchThreeDocuments({
        ...documents,
        direction: 'IMPORT',
        identityCheck: o.identityCheck ? { verdict: o.identityCheck.verdict as 'MATCH' | 'MISMATCH' | 'NO_RECORD', idHash: buyerIdHash } : null,
        retailLimits: { outcome: 'PREFERENTIAL', reasons: [] },
      })
    : matchThreeDocuments({ ...documents, direction: 'EXPORT' });
  const decision = decideRelease({ matching, creditClass: 'GENERAL', hsChapters: o.items.map((item) => hsChapter(item.hsCode)), onNegativeList: false });
  return { matching, decision };
}

const RELEASED_CODES: ReadonlySet<number> = new Set([RECEIPT_STATUS_CODES.RELEASED, RECEIPT_STATUS_CODES.CLEARED]);

/** Writes customs' part of a demo batch, in the caller's transaction: the inventory lists with their items. Re-running skips what exists. */
export async function seedCustoms(db: RawSql, batch: DemoBatch, idHashKey: string): Promise<void> {
  const declared = declaredOrders(batch);
  if (declared.length === 0) return;
  const created = await bulkInsert<{ id: string; ebp_code: string; order_no: string }>(db, 'inventory_list', LIST_COLUMNS, declared.map((o) => {
    const { matching, decision } = demoExamination(o);
    const declaredAt = o.inventoryList.declaredAt;
    return {
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
    declared_at: declaredAt,
    freight: o.waybill.freight,
    insured_fee: o.waybill.insuredFee,
    retail_tax_treatment: o.direction === 'IMPORT' && matching.matched ? 'PREFERENTIAL' : null,
    matched: matching.matched,
    matching_reasons: JSON.stringify(matching.reasons),
    release_decision: decision.decision,
    release_reasons: JSON.stringify(decision.reasons),
    decided_at: declaredAt,
    released_at: RELEASED_CODES.has(o.inventoryList.statusCode) ? new Date(declaredAt.getTime() + RELEASE_MINUTES * 60_000) : null,
    };
  }), { returning: ['id', 'ebp_code', 'order_no'] });
  const byKey = new Map(declared.map((o) => [orderRefKey(o), o]));
  const items = created.flatMap((row) =>
    (byKey.get(orderRefKey({ ebpCode: row.ebp_code, orderNo: row.order_no }))?.items ?? []).map((item) => ({ list_id: row.id, ...goodsLineRow(item) })));
  await bulkInsert(db, 'inventory_item', ITEM_COLUMNS, items);
}
