import {
  beijingDay,
  keyText,
  onBeijingDay,
  rowsOf,
  sumCount,
  sumMoney,
  type BucketTable,
  statisticsEntity,
  type FiguresOfSlice,
} from '@zone/common';
import type { ForexContext } from './context';
import { paymentPatterns } from './statistics-patterns';
import type { ZoneStatisticsResolvers } from './generated/graphql';

/** The USD rate in force for a payment's currency in its Beijing month: the latest entry at or before it (USD is 1). */
function rateInForce(currency: string): string {
  return `CASE WHEN ${currency} = 'USD' THEN 1 ELSE (SELECT r.usd_per_unit FROM usd_reference_rate r
    WHERE r.currency = ${currency} AND r.month <= to_char(${beijingDay('p.pay_time')}, 'YYYY-MM') ORDER BY r.month DESC LIMIT 1) END`;
}

/**
 * Payments (411) and payments received (403) per zone, day, direction and currency. Each payment
 * is converted at the rates in force in its month as the FX directory converts it: to USD at its
 * currency's rate, rounded to the cent; to CNY through the USD rate of CNY, rounded to the fen.
 * A payment in a currency with no rate that early is counted in `unconverted`, never guessed.
 */
export const PAYMENT_BUCKETS: BucketTable = {
  table: 'stat_payment',
  dimensions: { direction: 'direction', currency: 'currency' },
  breakdown: [],
  measures: ['payments', 'amount_cny', 'amount_usd', 'unconverted'],
  daySelect: `SELECT d.zone, d.day, p.direction::text AS direction, p.currency::text AS currency, count(*) AS payments,
      coalesce(sum(CASE WHEN p.currency = 'CNY' THEN p.amount_paid ELSE round(p.amount_paid * rate.usd / rate.cny, 2) END), 0) AS amount_cny,
      coalesce(sum(round(p.amount_paid * rate.usd, 2)), 0) AS amount_usd,
      count(*) FILTER (WHERE rate.usd IS NULL OR rate.cny IS NULL) AS unconverted
    FROM unnest($1::text[], $2::date[]) AS d(zone, day)
    JOIN payment p ON p.zone = CAST(d.zone AS "Zone") AND ${onBeijingDay('p.pay_time')}
    CROSS JOIN LATERAL (SELECT ${rateInForce('p.currency')} AS usd, ${rateInForce("'CNY'")} AS cny) rate
    GROUP BY d.zone, d.day, p.direction, p.currency`,
};

/** Settlement checks per zone and day, and those that refused the settlement. */
export const SETTLEMENT_BUCKETS: BucketTable = {
  table: 'stat_settlement',
  dimensions: {},
  breakdown: [],
  measures: ['checks', 'refused'],
  daySelect: `SELECT d.zone, d.day, count(*) AS checks, count(*) FILTER (WHERE NOT s.may_proceed) AS refused
    FROM unnest($1::text[], $2::date[]) AS d(zone, day)
    JOIN settlement_check s ON s.zone = CAST(d.zone AS "Zone") AND ${onBeijingDay('s.checked_at')}
    GROUP BY d.zone, d.day`,
};

export const FOREX_BUCKETS = [PAYMENT_BUCKETS, SETTLEMENT_BUCKETS] as const;

export interface ForexFigures {
  payments: number | null;
  paymentsCny: string | null;
  paymentsUsd: string | null;
  settlementsRefused: number | null;
}

const figuresOfSlice: FiguresOfSlice<ForexFigures> = async (read, keys) => {
  const [payments, settlements] = await Promise.all([read(PAYMENT_BUCKETS, keys), read(SETTLEMENT_BUCKETS, keys)]);
  const figures = new Map<string, ForexFigures>();
  for (const k of keys) {
    const own = rowsOf(payments, k);
    const checks = rowsOf(settlements, k);
    if (!own && !checks) continue;
    const converted = own !== null && sumCount(own, 'unconverted') === 0;
    figures.set(keyText(k), {
      payments: own ? sumCount(own, 'payments') : null,
      paymentsCny: own && converted ? sumMoney(own, 'amount_cny') : null,
      paymentsUsd: own && converted ? sumMoney(own, 'amount_usd') : null,
      settlementsRefused: checks ? sumCount(checks, 'refused') : null,
    });
  }
  return figures;
};

export const zoneStatisticsResolvers: ZoneStatisticsResolvers<ForexContext> = {
  __resolveReference: (reference, context) => statisticsEntity(context, reference, figuresOfSlice),
  paymentPatterns: (key, _args, context) => paymentPatterns(context, key),
};
