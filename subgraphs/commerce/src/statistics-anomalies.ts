import {
  bunchingUnderLimit,
  chinaDateOf,
  dayNumberOf,
  dayText,
  MAX_PERIODS,
  maskPhone,
  seriesAnomalies,
  sharedContact,
  statisticsViewOf,
  type Anomaly,
  type BaselineOptions,
  type StatisticsFilterInput,
  type StatisticsView,
} from '@zone/common';
import type { CommerceContext } from './context';
import type { QueryResolvers } from './generated/graphql';

/** Periods before the view's first one that serve as history for the trailing baselines. */
const HISTORY: Readonly<Record<StatisticsView['granularity'], number>> = { DAY: 28, MONTH: 6 };

/** Series judged against their own trailing baseline, with the smallest departure worth a flag. */
const SERIES: readonly { field: string; options: BaselineOptions }[] = [
  { field: 'orderCount', options: { minDeviation: 5 } },
  { field: 'orderValueCny', options: { minDeviation: 5000 } },
  { field: 'listsDeclared', options: { minDeviation: 5 } },
  { field: 'listsRejected', options: { minDeviation: 3 } },
  { field: 'taxAssessedCny', options: { minDeviation: 1000 } },
  { field: 'paymentsCny', options: { minDeviation: 5000 } },
  { field: 'parcelsDelivered', options: { minDeviation: 5 } },
  { field: 'identityChecks', options: { minDeviation: 5 } },
  { field: 'medianHoursToRelease', options: { minDeviation: 4 } },
  { field: 'medianHoursToDeliver', options: { minDeviation: 12 } },
  { field: 'exportReturns', options: { minDeviation: 3, upOnly: true } },
];

/** Rates whose rises are the spikes the detectors look for, with the fewest cases a rate needs. */
const RATES: readonly { series: string; numerator: string; denominator: string; minCases: number }[] = [
  { series: 'matchingFailureRate', numerator: 'matchingFailures', denominator: 'listsDeclared', minCases: 5 },
  { series: 'identityMismatchRate', numerator: 'identityMismatches', denominator: 'identityChecks', minCases: 5 },
];

const FIGURES = `query StatisticsForAnomalies($filter: StatisticsFilter!) { statistics(filter: $filter) {
  zone period ${SERIES.map((s) => s.field).join(' ')} matchingFailures identityMismatches
  paymentPatterns { series zone period value baseline score explanation } } }`;

type Figures = Record<string, unknown> & { zone: string; period: string; paymentPatterns?: Anomaly[] | null };

/**
 * The period in progress (Beijing time) at `now`: it and later ones have not ended, so their
 * figures are not judged as series (a month three days old would read as a fall); the order
 * patterns, which need no history, are.
 */
export function periodInProgress(now: Date, granularity: StatisticsView['granularity']): string {
  const { year, month, day } = chinaDateOf(now);
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
  return granularity === 'DAY' ? `${yearMonth}-${String(day).padStart(2, '0')}` : yearMonth;
}

/** The first day of the history read with the view: HISTORY periods earlier, within the longest view the API serves. */
function historyStart(view: StatisticsView): string {
  const first = dayNumberOf(view.firstDay)!;
  if (view.granularity === 'DAY') return dayText(Math.max(first - HISTORY.DAY, dayNumberOf(view.lastDay)! - (MAX_PERIODS.DAY - 1)));
  const [year, month] = view.firstDay.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - Math.min(HISTORY.MONTH, MAX_PERIODS.MONTH - view.periods.length);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function periodSql(view: StatisticsView): string {
  return `to_char((o.ordered_at AT TIME ZONE 'UTC') + interval '8 hours', '${view.granularity === 'DAY' ? 'YYYY-MM-DD' : 'YYYY-MM'}')`;
}

/** Commerce's own patterns over the orders of the view: bunching under the limit, contacts shared by many buyers. */
async function orderPatterns(context: CommerceContext, view: StatisticsView): Promise<Anomaly[]> {
  const range = [view.zones, view.firstDay, view.lastDay] as const;
  const window = `o.zone::text = ANY($1::text[]) AND o.ordered_at >= ($2::date::timestamp - interval '8 hours') AT TIME ZONE 'UTC'
    AND o.ordered_at < ($3::date::timestamp + interval '16 hours') AT TIME ZONE 'UTC'`;
  const bands = (await context.prisma.$queryRawUnsafe(
    `SELECT o.zone::text AS zone, ${periodSql(view)} AS period,
       count(*) FILTER (WHERE o.actual_paid >= 4750 AND o.actual_paid < 5000) AS just_under,
       count(*) FILTER (WHERE o.actual_paid >= 4500 AND o.actual_paid < 4750) AS below
     FROM "order" o WHERE ${window} AND o.direction = 'IMPORT' AND o.currency = 'CNY' GROUP BY 1, 2`,
    ...range,
  )) as { zone: string; period: string; just_under: bigint; below: bigint }[];
  const anomalies: Anomaly[] = [];
  for (const b of bands) {
    const found = bunchingUnderLimit(b.zone, b.period, { justUnder: Number(b.just_under), below: Number(b.below) });
    if (found) anomalies.push(found);
  }
  for (const [kind, column] of [['phone', 'buyer_phone'], ['address', 'consignee_address']] as const) {
    const shared = (await context.prisma.$queryRawUnsafe(
      `SELECT o.zone::text AS zone, ${periodSql(view)} AS period, o.${column} AS contact, count(DISTINCT o.buyer_id_hash) AS buyers
       FROM "order" o WHERE ${window} AND o.buyer_id_hash IS NOT NULL
       GROUP BY 1, 2, 3 HAVING count(DISTINCT o.buyer_id_hash) >= 5 ORDER BY 4 DESC LIMIT 50`,
      ...range,
    )) as { zone: string; period: string; contact: string; buyers: bigint }[];
    for (const s of shared) {
      const masked = kind === 'phone' ? maskPhone(s.contact) : `${[...s.contact].slice(0, 6).join('')}…`;
      const found = sharedContact(s.zone, s.period, { kind, buyers: Number(s.buyers), masked });
      if (found) anomalies.push(found);
    }
  }
  return anomalies;
}

/**
 * The anomalies of a view. The series come from the federated statistics, which commerce reads
 * through the gateway as its own system (every department's figures and forex's patterns), over
 * the view's periods and the history before them; a department that does not answer leaves its
 * series out, the rest is still judged.
 */
export const statisticsAnomaliesQuery: QueryResolvers<CommerceContext>['statisticsAnomalies'] = async (_root, { filter }, context) => {
  const view = statisticsViewOf(filter as StatisticsFilterInput, context.caller);
  if (view.zones.length === 0) return [];
  const { granularity, direction, tradeMode, hsChapter, country, currency } = view;
  const federatedFilter = {
    from: historyStart(view), to: view.lastDay, granularity,
    ...(view.zones.length === 1 ? { zone: view.zones[0] } : {}),
    ...Object.fromEntries(Object.entries({ direction, tradeMode, hsChapter, country, currency }).filter(([, v]) => v !== null)),
  };
  const [result, patterns] = await Promise.all([
    context.federated.request<{ statistics: Figures[] }>(FIGURES, { filter: federatedFilter }, { purpose: 'statistics: anomaly detection' }),
    orderPatterns(context, view),
  ]);
  if (!result.data?.statistics) context.log.warn({ errors: result.errors.map((e) => e.message) }, 'statistics for anomalies unavailable');
  const rows = result.data?.statistics ?? [];
  const anomalies: Anomaly[] = [...patterns];
  const inProgress = periodInProgress(context.clock(), granularity);
  const requested = new Set(view.periods.filter((period) => period < inProgress));
  for (const zone of view.zones) {
    const own = rows.filter((r) => r.zone === zone && r.period < inProgress);
    const judgeFrom = own.findIndex((r) => requested.has(r.period));
    // Forex's payment patterns need no history: they count in the period in progress too.
    for (const r of rows) if (r.zone === zone && view.periods.includes(r.period)) anomalies.push(...(r.paymentPatterns ?? []));
    if (judgeFrom < 0) continue;
    for (const { field, options } of SERIES) {
      const points = own.map((r) => ({ period: r.period, value: r[field] === null || r[field] === undefined ? null : Number(r[field]) }));
      anomalies.push(...seriesAnomalies(field, zone, points, judgeFrom, { beginsWithActivity: true, ...options }));
    }
    for (const rate of RATES) {
      const points = own.map((r) => {
        const cases = Number(r[rate.denominator] ?? 0);
        return { period: r.period, value: r[rate.numerator] === null || r[rate.numerator] === undefined || cases < rate.minCases ? null : Number(r[rate.numerator]) / cases };
      });
      anomalies.push(...seriesAnomalies(rate.series, zone, points, judgeFrom, { upOnly: true, minDeviation: 0.05, floor: 0.01 }));
    }
  }
  return anomalies.sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.zone.localeCompare(b.zone) || a.period.localeCompare(b.period));
};
