import { bulkInsert, compositeKey, hashIdNumber, maskIdNumber, type DemoBatch, GOODS_LINE_COLUMNS, goodsLineRow, type RawSql } from '@zone/common';

const ORDER_COLUMNS = {
  ebp_code: 'text', order_no: 'text', direction: '"Direction"', trade_mode: 'text', zone: '"Zone"', ebc_code: 'text',
  goods_value: 'numeric', freight: 'numeric', discount: 'numeric', tax_total: 'numeric', actual_paid: 'numeric', currency: 'text',
  buyer_name: 'text', buyer_id_type: 'text', buyer_id_hash: 'text', buyer_id_masked: 'text', buyer_phone: 'text',
  consignee: 'text', consignee_address: 'text', pay_code: 'text', pay_transaction_id: 'text', ordered_at: 'timestamptz',
};
const ITEM_COLUMNS = { order_id: 'bigint', ...GOODS_LINE_COLUMNS };

/**
 * Writes commerce's part of a demo batch: enterprises and orders with their items, in the caller's
 * transaction. Re-running skips what exists.
 */
export async function seedCommerce(db: RawSql, batch: DemoBatch, idHashKey: string): Promise<void> {
  if (batch.enterprises.length > 0) {
    const e = batch.enterprises;
    await db.$queryRawUnsafe(
      `INSERT INTO enterprise (uscc, name, zone, roles, registered_at)
       SELECT u.uscc, u.name, u.zone::"Zone", u.roles::"EnterpriseRole"[], u.registered_at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS u(uscc, name, zone, roles, registered_at)
       ON CONFLICT DO NOTHING`,
      e.map((x) => x.uscc), e.map((x) => x.name), e.map((x) => x.zone), e.map((x) => `{${x.roles.join(',')}}`), e.map((x) => x.registeredAt),
    );
  }
  if (batch.orders.length === 0) return;
  const created = await bulkInsert<{ id: string; ebp_code: string; order_no: string }>(db, 'order', ORDER_COLUMNS, batch.orders.map((o) => ({
    ebp_code: o.ebpCode,
    order_no: o.orderNo,
    direction: o.direction,
    trade_mode: o.tradeMode,
    zone: o.zone,
    ebc_code: o.ebcCode,
    goods_value: o.goodsValue,
    freight: o.freight,
    discount: o.discount,
    tax_total: o.taxTotal,
    actual_paid: o.actualPaid,
    currency: o.currency,
    buyer_name: o.buyer.name,
    buyer_id_type: o.buyerHasResidentId ? '1' : '2',
    buyer_id_hash: o.buyerHasResidentId ? hashIdNumber(o.buyer.idNumber, idHashKey) : null,
    buyer_id_masked: o.buyerHasResidentId ? maskIdNumber(o.buyer.idNumber) : null,
    buyer_phone: o.buyer.phone,
    consignee: o.consignee,
    consignee_address: o.consigneeAddress,
    pay_code: o.payCode,
    pay_transaction_id: o.payTransactionId,
    ordered_at: o.orderedAt,
  })), { returning: ['id', 'ebp_code', 'order_no'] });
  const byKey = new Map(batch.orders.map((o) => [compositeKey(o.ebpCode, o.orderNo), o]));
  const items = created.flatMap((row) =>
    (byKey.get(compositeKey(row.ebp_code, row.order_no))?.items ?? []).map((item) => ({ order_id: row.id, ...goodsLineRow(item) })));
  await bulkInsert(db, 'order_item', ITEM_COLUMNS, items);
}
