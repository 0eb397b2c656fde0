import { orderRefKey, rowLoader, type Caller, type OrderRef } from '@zone/common';
import type DataLoader from 'dataloader';
import type { PrismaClient, TaxBill } from './generated/prisma/client';

export interface TaxLoaders {
  billByTaxNo: DataLoader<string, TaxBill | null, string>;
  billByOrder: DataLoader<OrderRef, TaxBill | null, string>;
}

/** Fresh per request: every entity reference of tax goes through these. */
export function createTaxLoaders(prisma: PrismaClient, caller: Caller | null): TaxLoaders {
  const zone = caller?.zone ?? undefined;
  return {
    billByTaxNo: rowLoader(
      (taxNos) => prisma.taxBill.findMany({ where: { taxNo: { in: [...taxNos] }, zone } }),
      (row) => row.taxNo,
    ),
    billByOrder: rowLoader(
      (refs) => prisma.taxBill.findMany({ where: { OR: refs.map((r) => ({ ebpCode: r.ebpCode, orderNo: r.orderNo })), zone } }),
      (row) => orderRefKey(row),
      orderRefKey,
    ),
  };
}
