import { bulkInsert, hashIdNumber, type DemoBatch, type RawSql } from '@zone/common';

const RESIDENT_COLUMNS = { id_hash: 'text', name_hash: 'text' };
const CHECK_COLUMNS = {
  serial_no: 'text', id_hash: 'text', ebp_code: 'text', order_no: 'text', zone: '"Zone"', verdict: '"IdentityVerdict"', checked_at: 'timestamptz',
};

/**
 * Writes public security's part of a demo batch: the resident registry and the identity checks of
 * import buyers, both as keyed hashes only. Re-running skips what exists.
 */
export async function seedPublicSecurity(db: RawSql, batch: DemoBatch, idHashKey: string): Promise<void> {
  await bulkInsert(db, 'resident', RESIDENT_COLUMNS, batch.residents.map((person) => ({
    id_hash: hashIdNumber(person.idNumber, idHashKey),
    name_hash: hashIdNumber(person.name, idHashKey),
  })));
  const checks = batch.orders.flatMap((o) => {
    const check = o.identityCheck;
    if (!check) return [];
    return [{
      serial_no: check.serialNo,
      id_hash: hashIdNumber(o.buyer.idNumber, idHashKey),
      ebp_code: o.ebpCode,
      order_no: o.orderNo,
      zone: o.zone,
      verdict: check.verdict,
      checked_at: check.checkedAt,
    }];
  });
  await bulkInsert(db, 'identity_check', CHECK_COLUMNS, checks);
}
