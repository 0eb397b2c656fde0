import { bulkInsert, contentHash, hashIdNumber, maskIdNumber, type DemoBatch, type RawSql } from '@zone/common';

const PAYMENT_COLUMNS = {
  pay_code: 'text', pay_transaction_id: 'text', ebp_code: 'text', order_no: 'text', direction: '"Direction"', zone: '"Zone"',
  amount_paid: 'numeric', currency: 'text', pay_time: 'timestamptz', payer_name: 'text', payer_id_type: 'text',
  payer_id_hash: 'text', payer_id_masked: 'text', ebc_code: 'text',
};

const REGISTRATION_COLUMNS = { uscc: 'text', registered_at: 'timestamptz', registered_by: 'text', content_hash: 'text' };

/** A demo enterprise's registration in the trade FX directory (optional part of a demo batch). */
export interface DemoFxDirectoryRegistration {
  uscc: string;
  registeredAt: Date;
  /** SAFE branch, e.g. 国家外汇管理局韶关市中心支局. */
  registeredBy: string;
}

/**
 * Writes forex's part of a demo batch: the payment of every paid order, counted toward its
 * order's e-commerce enterprise (ebcCode) in the FX directory, and the directory registrations the
 * batch carries (`fxDirectoryRegistrations`). Re-running skips what exists.
 */
export async function seedForex(db: RawSql, batch: DemoBatch & { fxDirectoryRegistrations?: readonly DemoFxDirectoryRegistration[] }, idHashKey: string): Promise<void> {
  const rows = batch.orders.flatMap((o) => {
    const p = o.payment;
    if (!p) return [];
    return [{
      pay_code: p.payCode,
      pay_transaction_id: p.payTransactionId,
      ebp_code: o.ebpCode,
      order_no: o.orderNo,
      direction: o.direction,
      zone: o.zone,
      amount_paid: p.amountPaid,
      currency: p.currency,
      pay_time: p.payTime,
      payer_name: p.payer.name,
      payer_id_type: o.buyerHasResidentId ? '1' : '2',
      payer_id_hash: o.buyerHasResidentId ? hashIdNumber(p.payer.idNumber, idHashKey) : null,
      payer_id_masked: o.buyerHasResidentId ? maskIdNumber(p.payer.idNumber) : null,
      ebc_code: o.ebcCode,
    }];
  });
  await bulkInsert(db, 'payment', PAYMENT_COLUMNS, rows);
  // Payments seeded before forex recorded the e-commerce enterprise get it on the next seed run.
  await db.$queryRawUnsafe(
    `UPDATE payment p SET ebc_code = u.ebc_code
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(ebp_code, order_no, ebc_code)
      WHERE p.ebp_code = u.ebp_code AND p.order_no = u.order_no AND p.ebc_code IS NULL`,
    rows.map((r) => r.ebp_code), rows.map((r) => r.order_no), rows.map((r) => r.ebc_code),
  );
  const registrations = (batch.fxDirectoryRegistrations ?? []).map((r) => {
    const content = { uscc: r.uscc, registeredAt: r.registeredAt.toISOString(), registeredBy: r.registeredBy };
    return { uscc: r.uscc, registered_at: r.registeredAt, registered_by: r.registeredBy, content_hash: contentHash(content) };
  });
  if (registrations.length > 0) await bulkInsert(db, 'fx_directory_registration', REGISTRATION_COLUMNS, registrations);
}
