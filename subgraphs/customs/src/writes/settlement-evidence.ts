import { emitEvent, type RawExecutor, type SettlementEvidenceFact, type ZoneCode } from '@zone/common';
import type { InventoryList } from '../generated/prisma/client';

/**
 * Tells forex, through the outbox in the write's own transaction, that a list's decision changed
 * a bank's settlement answer (settlementEvidenceChanged, delivered until forex acknowledges).
 * Nothing when `fact` is null.
 */
export async function emitListFact(tx: RawExecutor, list: Pick<InventoryList, 'zone' | 'ebpCode' | 'orderNo'>, fact: SettlementEvidenceFact | null): Promise<void> {
  if (fact === null) return;
  await emitEvent(tx, 'settlementEvidenceChanged', { fact, zone: list.zone as ZoneCode, ebpCode: list.ebpCode, orderNo: list.orderNo });
}
