import { hashIdNumber, type DemoBatch } from '@zone/common';
import type { PrismaClient } from './generated/prisma/client';

/**
 * Writes public security's part of a demo batch: the resident registry and the identity checks of
 * import buyers, both as keyed hashes only. Re-running skips what exists.
 */
export async function seedPublicSecurity(prisma: PrismaClient, batch: DemoBatch, idHashKey: string): Promise<void> {
  if (batch.residents.length > 0) {
    await prisma.resident.createMany({
      data: batch.residents.map((person) => ({ idHash: hashIdNumber(person.idNumber, idHashKey), nameHash: hashIdNumber(person.name, idHashKey) })),
      skipDuplicates: true,
    });
  }
  const checks = batch.orders.flatMap((o) => {
    const check = o.identityCheck;
    if (!check) return [];
    return [{
      serialNo: check.serialNo,
      idHash: hashIdNumber(o.buyer.idNumber, idHashKey),
      ebpCode: o.ebpCode,
      orderNo: o.orderNo,
      zone: o.zone,
      verdict: check.verdict,
      checkedAt: check.checkedAt,
    }];
  });
  if (checks.length > 0) await prisma.identityCheck.createMany({ data: checks, skipDuplicates: true });
}
