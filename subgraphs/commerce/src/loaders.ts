import { childrenLoader, compositeKey, rowLoader, rowScopeOf, type Caller, type RowScope } from '@zone/common';
import type DataLoader from 'dataloader';
import { Prisma, type PrismaClient, type Attestation, type Enterprise, type JointMeasure, type JointMeasureEffect, type NegativeListEntry, type Order, type OrderItem } from './generated/prisma/client';

export interface OrderKey {
  ebpCode: string;
  orderNo: string;
}

export interface EnterpriseOrdersKey {
  uscc: string;
  first: number;
}

export interface CommerceLoaders {
  enterpriseByUscc: DataLoader<string, Enterprise | null, string>;
  orderByKey: DataLoader<OrderKey, Order | null, string>;
  itemsByOrderId: DataLoader<bigint, OrderItem[], string>;
  ordersOfEnterprise: DataLoader<EnterpriseOrdersKey, Order[], string>;
  /** The negative-list entry in force for an enterprise, or null. */
  negativeListingByUscc: DataLoader<string, NegativeListEntry | null, string>;
  /** Commerce's attestations of an enterprise, oldest first. */
  attestationsByUscc: DataLoader<string, Attestation[], string>;
  /** The joint measures an assistance request's answers put in force, in force or lifted. */
  measuresByRequestNo: DataLoader<string, JointMeasure[], string>;
  /** Where a joint measure took effect, newest first. */
  effectsByMeasureId: DataLoader<string, JointMeasureEffect[], string>;
}

const orderKey = (key: OrderKey) => compositeKey(key.ebpCode, key.orderNo);

/** Fresh per request: every entity reference and child list of commerce goes through these. */
export function createCommerceLoaders(prisma: PrismaClient, caller: Caller): CommerceLoaders {
  const scope = rowScopeOf(caller);
  const zone = scope.zone;
  return {
    enterpriseByUscc: rowLoader(
      (usccs) => prisma.enterprise.findMany({ where: { uscc: { in: [...usccs] }, zone } }),
      (row) => row.uscc,
    ),
    orderByKey: rowLoader(
      (keys) => prisma.order.findMany({ where: { OR: keys.map((k) => ({ ebpCode: k.ebpCode, orderNo: k.orderNo })), ...scope } }),
      (row) => orderKey(row),
      orderKey,
    ),
    itemsByOrderId: childrenLoader(
      (ids) => prisma.orderItem.findMany({ where: { orderId: { in: [...ids] } }, orderBy: [{ orderId: 'asc' }, { gnum: 'asc' }] }),
      (row) => String(row.orderId),
    ),
    negativeListingByUscc: rowLoader(
      (usccs) => prisma.negativeListEntry.findMany({ where: { uscc: { in: [...usccs] }, liftedAt: null } }),
      (row) => row.uscc,
    ),
    attestationsByUscc: childrenLoader(
      (usccs) => prisma.attestation.findMany({ where: { uscc: { in: [...usccs] } }, orderBy: [{ uscc: 'asc' }, { issuedAt: 'asc' }, { serial: 'asc' }] }),
      (row) => row.uscc,
    ),
    measuresByRequestNo: childrenLoader(
      (requestNos) => prisma.jointMeasure.findMany({ where: { requestNo: { in: [...requestNos] } }, orderBy: { id: 'asc' } }),
      (row) => row.requestNo,
    ),
    effectsByMeasureId: childrenLoader(
      (ids) => prisma.jointMeasureEffect.findMany({ where: { measureId: { in: [...ids] } }, orderBy: [{ at: 'desc' }, { id: 'desc' }] }),
      (row) => row.measureId,
    ),
    ordersOfEnterprise: childrenLoader(
      (keys) => ordersOfEnterprises(prisma, keys, scope),
      (row) => compositeKey(row.owner, String(row.first)),
      (key) => compositeKey(key.uscc, String(key.first)),
    ),
  };
}

type OwnedOrder = Order & { owner: string; first: number };

/**
 * The newest `first` orders of each enterprise, as seller (ebc) or platform (ebp), in two
 * statements whatever the number of enterprises: one picks the ids per enterprise with a lateral
 * top-N over the (ebc_code|ebp_code, ordered_at) indexes, one loads those orders. The codes are
 * char(18): comparing them to text would cast the column and skip the index.
 */
async function ordersOfEnterprises(prisma: PrismaClient, keys: readonly EnterpriseOrdersKey[], scope: RowScope): Promise<OwnedOrder[]> {
  const firsts = [...new Set(keys.map((k) => k.first))];
  const picks: { owner: string; id: bigint; first: number }[] = [];
  for (const first of firsts) {
    const usccs = keys.filter((k) => k.first === first).map((k) => k.uscc);
    const rowFilter = Prisma.join([
      scope.zone ? Prisma.sql`AND zone = ${scope.zone}::"Zone"` : Prisma.empty,
      scope.payCode ? Prisma.sql`AND pay_code = ${scope.payCode}::bpchar` : Prisma.empty,
    ], ' ');
    const rows = await prisma.$queryRaw<{ owner: string; id: bigint }[]>`
      SELECT e.uscc AS owner, o.id
      FROM unnest(${usccs}::text[]) AS e(uscc)
      CROSS JOIN LATERAL (
        SELECT u.id, u.ordered_at FROM (
          (SELECT id, ordered_at FROM "order" WHERE ebc_code = e.uscc::bpchar ${rowFilter} ORDER BY ordered_at DESC, id DESC LIMIT ${first})
          UNION
          (SELECT id, ordered_at FROM "order" WHERE ebp_code = e.uscc::bpchar ${rowFilter} ORDER BY ordered_at DESC, id DESC LIMIT ${first})
        ) u ORDER BY u.ordered_at DESC, u.id DESC LIMIT ${first}
      ) o`;
    for (const row of rows) picks.push({ ...row, first });
  }
  if (picks.length === 0) return [];
  const orders = await prisma.order.findMany({ where: { id: { in: [...new Set(picks.map((p) => p.id))] } } });
  const byId = new Map(orders.map((o) => [o.id, o]));
  // Picks are already newest first per owner.
  return picks.flatMap((p) => {
    const order = byId.get(p.id);
    return order ? [{ ...order, owner: p.owner, first: p.first }] : [];
  });
}
