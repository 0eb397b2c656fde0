import { childrenLoader, compositeKey, orderRefJoin, orderRefParams, rowLoader, rowReaderOf, rowScopeOf, zoneCondition, type Caller, type RowReader, type RowScope } from '@zone/common';
import type DataLoader from 'dataloader';
import type { PrismaClient, Attestation, Enterprise, JointMeasure, JointMeasureEffect, NegativeListEntry, Order, OrderItem } from './generated/prisma/client';

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

/** Fresh per request: every entity reference and child list of commerce goes through these (fixed-shape SQL, row-reader.ts). */
export function createCommerceLoaders(prisma: PrismaClient, caller: Caller): CommerceLoaders {
  const read = rowReaderOf(prisma);
  const scope = rowScopeOf(caller);
  const zone = scope.zone;
  /** Rows of a model whose column is one of the keys. */
  const rows = <R>(model: string, column: string, options: { where?: string; orderBy?: string } = {}) => (keys: readonly (string | bigint)[]) =>
    read.select<R>(model, { where: `t.${column} = ANY($1)${options.where ?? ''}`, orderBy: options.orderBy }, [keys.map(String)]);
  return {
    enterpriseByUscc: rowLoader(
      (usccs) => {
        const inZone = zoneCondition(zone, 2);
        return read.select<Enterprise>('Enterprise', { where: `t.uscc = ANY($1)${inZone.sql}` }, [[...usccs], ...inZone.values]);
      },
      (row) => row.uscc,
    ),
    orderByKey: rowLoader(
      (keys) => {
        const filter = orderScope(scope, 3);
        return read.select<Order>('Order', { join: orderRefJoin(), where: `true${filter.sql}` }, [...orderRefParams(keys), ...filter.values]);
      },
      (row) => orderKey(row),
      orderKey,
    ),
    itemsByOrderId: childrenLoader(rows<OrderItem>('OrderItem', 'order_id', { orderBy: 't.order_id, t.gnum' }), (row) => String(row.orderId)),
    negativeListingByUscc: rowLoader(rows<NegativeListEntry>('NegativeListEntry', 'uscc', { where: ' AND t.lifted_at IS NULL' }), (row) => row.uscc),
    attestationsByUscc: childrenLoader(rows<Attestation>('Attestation', 'uscc', { orderBy: 't.uscc, t.issued_at, t.serial' }), (row) => row.uscc),
    measuresByRequestNo: childrenLoader(rows<JointMeasure>('JointMeasure', 'request_no', { orderBy: 't.id' }), (row) => row.requestNo),
    effectsByMeasureId: childrenLoader(rows<JointMeasureEffect>('JointMeasureEffect', 'measure_id', { orderBy: 't.at DESC, t.id DESC' }), (row) => row.measureId),
    ordersOfEnterprise: childrenLoader(
      (keys) => ordersOfEnterprises(read, keys, scope),
      (row) => compositeKey(row.owner, String(row.first)),
      (key) => compositeKey(key.uscc, String(key.first)),
    ),
  };
}

/** The caller's row scope on orders (zone, a bank's own payments), from parameter $<first> on. */
function orderScope(scope: RowScope, first: number, alias = 't'): { sql: string; values: unknown[] } {
  const inZone = zoneCondition(scope.zone, first, `${alias}.zone`);
  const ofBank = scope.payCode ? ` AND ${alias}.pay_code = $${first + inZone.values.length}::bpchar` : '';
  return { sql: `${inZone.sql}${ofBank}`, values: [...inZone.values, ...(scope.payCode ? [scope.payCode] : [])] };
}

type OwnedOrder = Order & { owner: string; first: number };

/**
 * The newest `first` orders of each enterprise, as seller (ebc) or platform (ebp), in one
 * statement per page size whatever the number of enterprises: a lateral top-N over the
 * (ebc_code|ebp_code, ordered_at) indexes picks the ids per enterprise, joined to the orders.
 * The codes are char(18): comparing them to text would cast the column and skip the index.
 */
async function ordersOfEnterprises(read: RowReader, keys: readonly EnterpriseOrdersKey[], scope: RowScope): Promise<OwnedOrder[]> {
  const firsts = [...new Set(keys.map((k) => k.first))];
  const owned: OwnedOrder[] = [];
  for (const first of firsts) {
    const usccs = keys.filter((k) => k.first === first).map((k) => k.uscc);
    const filter = orderScope(scope, 3, 'x');
    const rows = await read.select<Order & { owner: string }>(
      'Order',
      {
        join: `JOIN (
          SELECT e.uscc AS owner, p.id, p.ordered_at
          FROM unnest($1::bpchar[]) WITH ORDINALITY AS e(uscc, n)
          CROSS JOIN LATERAL (
            SELECT u.id, u.ordered_at FROM (
              (SELECT x.id, x.ordered_at FROM "order" x WHERE x.ebc_code = e.uscc${filter.sql} ORDER BY x.ordered_at DESC, x.id DESC LIMIT $2)
              UNION
              (SELECT x.id, x.ordered_at FROM "order" x WHERE x.ebp_code = e.uscc${filter.sql} ORDER BY x.ordered_at DESC, x.id DESC LIMIT $2)
            ) u ORDER BY u.ordered_at DESC, u.id DESC LIMIT $2
          ) p
        ) o ON o.id = t.id`,
        where: 'true',
        orderBy: 'o.owner, o.ordered_at DESC, o.id DESC',
        extra: 'o.owner AS "owner"',
      },
      [usccs, first, ...filter.values],
    );
    for (const row of rows) owned.push({ ...row, first });
  }
  return owned;
}
