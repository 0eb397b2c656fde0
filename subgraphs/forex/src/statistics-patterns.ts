import { maskName, payerForManyBuyers, periodDays, warehouseSettlementGap, type Anomaly, type StatisticsKey } from '@zone/common';
import type { ForexContext } from './context';

/** Payments one payer must have made in a month before forex asks whose orders they paid. */
const MIN_PAYMENTS_OF_PAYER = 3;
/** At most this many payers' orders are looked up per zone and month (the most active first). */
const MAX_PAYERS = 20;

const BUYERS = (count: number) => `query BuyersOfPaidOrders(${Array.from({ length: count }, (_, i) => `$e${i}: String!, $o${i}: String!`).join(', ')}) {
  ${Array.from({ length: count }, (_, i) => `o${i}: order(ebpCode: $e${i}, orderNo: $o${i}) { buyer { idHash } }`).join('\n  ')}
}`;

interface PayerRow {
  payer_id_hash: string;
  payer_name: string;
  orders: { ebpCode: string; orderNo: string }[];
}

/**
 * The payment patterns of one zone and month: payers behind many buyers (forex reads the buyers'
 * keyed ID hashes of the orders they paid from commerce, as its system), and overseas-warehouse
 * settlements far from the declared value. Null for DAY views and views cut by a dimension: the
 * patterns are judged per zone and month.
 */
export async function paymentPatterns(context: ForexContext, key: StatisticsKey): Promise<Anomaly[] | null> {
  if (key.granularity !== 'MONTH' || key.direction || key.tradeMode || key.hsChapter || key.country || key.currency) return null;
  if (context.caller.role === 'BANK' || (context.caller.zone !== null && context.caller.zone !== key.zone)) return null;
  const days = periodDays(key.period, 'MONTH');
  if (!days) return null;
  const anomalies: Anomaly[] = [];

  const settlements = await context.prisma.overseasWarehouseSettlement.findMany({ where: { zone: key.zone, period: key.period }, orderBy: { ebcCode: 'asc' } });
  for (const s of settlements) {
    const found = warehouseSettlementGap(key.zone, key.period, { ebcCode: s.ebcCode, declared: Number(s.declaredExportValue), netRepatriated: Number(s.netRepatriated), currency: s.currency });
    if (found) anomalies.push(found);
  }

  const payers = (await context.prisma.$queryRawUnsafe(
    `SELECT payer_id_hash, min(payer_name) AS payer_name, json_agg(json_build_object('ebpCode', ebp_code, 'orderNo', order_no) ORDER BY order_no) AS orders
     FROM payment
     WHERE zone = CAST($1 AS "Zone") AND payer_id_hash IS NOT NULL
       AND pay_time >= ($2::date::timestamp - interval '8 hours') AT TIME ZONE 'UTC' AND pay_time < ($3::date::timestamp + interval '16 hours') AT TIME ZONE 'UTC'
     GROUP BY payer_id_hash HAVING count(*) >= ${MIN_PAYMENTS_OF_PAYER}
     ORDER BY count(*) DESC, payer_id_hash LIMIT ${MAX_PAYERS}`,
    key.zone, days.first, days.last,
  )) as PayerRow[];
  if (payers.length > 0) {
    const orders = payers.flatMap((p) => p.orders.slice(0, 50).map((o) => ({ ...o, payer: p.payer_id_hash })));
    const variables = Object.fromEntries(orders.flatMap((o, i) => [[`e${i}`, o.ebpCode], [`o${i}`, o.orderNo]]));
    const result = await context.federated.request<Record<string, { buyer: { idHash: string | null } | null } | null>>(BUYERS(orders.length), variables, { purpose: 'statistics: payer-buyer pattern' });
    if (result.data) {
      for (const payer of payers) {
        const buyers = new Set<string>();
        orders.forEach((o, i) => {
          const hash = result.data![`o${i}`]?.buyer?.idHash;
          if (o.payer === payer.payer_id_hash && hash && hash !== payer.payer_id_hash) buyers.add(hash);
        });
        const found = payerForManyBuyers(key.zone, key.period, { buyers: buyers.size, payments: payer.orders.length, masked: maskName(payer.payer_name) });
        if (found) anomalies.push(found);
      }
    } else {
      context.log.warn({ errors: result.errors.map((e) => e.message) }, 'buyers of paid orders unavailable: payer pattern skipped');
    }
  }
  return anomalies;
}
