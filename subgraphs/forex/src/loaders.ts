import { compositeKey, orderRefKey, rowLoader, rowScopeOf, type Caller, type OrderRef } from '@zone/common';
import type DataLoader from 'dataloader';
import type { PrismaClient, Payment } from './generated/prisma/client';

export interface PaymentKey {
  payCode: string;
  payTransactionId: string;
}

export interface ForexLoaders {
  paymentByKey: DataLoader<PaymentKey, Payment | null, string>;
  paymentByOrder: DataLoader<OrderRef, Payment | null, string>;
}

const paymentKey = (key: PaymentKey) => compositeKey(key.payCode, key.payTransactionId);

/** Fresh per request: every entity reference and order lookup of forex goes through these. */
export function createForexLoaders(prisma: PrismaClient, caller: Caller): ForexLoaders {
  const scope = rowScopeOf(caller);
  return {
    paymentByKey: rowLoader(
      (keys) => prisma.payment.findMany({ where: { OR: keys.map((k) => ({ payCode: k.payCode, payTransactionId: k.payTransactionId })), ...scope } }),
      (row) => paymentKey(row),
      paymentKey,
    ),
    paymentByOrder: rowLoader(
      (refs) => prisma.payment.findMany({ where: { OR: refs.map((r) => ({ ebpCode: r.ebpCode, orderNo: r.orderNo })), ...scope } }),
      (row) => orderRefKey(row),
      orderRefKey,
    ),
  };
}
