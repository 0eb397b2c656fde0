// The statistics API as the console reads it: one row per zone and period, every department's measures.

export type Granularity = 'DAY' | 'MONTH';

export interface StatisticsFilter {
  from: string;
  to: string;
  granularity: Granularity;
  zone?: string;
  direction?: string;
  tradeMode?: string;
  currency?: string;
  country?: string;
}

/** The dimensions a statistics view may be cut by on the dashboard, with the values offered. */
export const DIMENSIONS = {
  direction: { label: '进出口 Direction', values: [['IMPORT', '进口 Import'], ['EXPORT', '出口 Export']] },
  tradeMode: { label: '监管方式 Trade mode', values: [['9610', '9610'], ['1210', '1210'], ['9710', '9710'], ['9810', '9810']] },
  currency: { label: '币制 Currency', values: ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'].map((c) => [c, c]) },
} as const satisfies Record<string, { label: string; values: readonly (readonly [string, string])[] }>;

export type Dimension = keyof typeof DIMENSIONS | 'country';

export interface Measure {
  key: MeasureKey;
  label: string;
  department: string;
  money?: boolean;
}

export type MeasureKey =
  | 'orderCount'
  | 'orderValueCny'
  | 'listsDeclared'
  | 'listsReleased'
  | 'listsRejected'
  | 'taxAssessedCny'
  | 'paymentsCny'
  | 'parcelsDelivered'
  | 'identityChecks'
  | 'identityMismatches';

export const MEASURES: readonly Measure[] = [
  { key: 'orderCount', label: '订单数 Orders', department: 'commerce' },
  { key: 'orderValueCny', label: '订单金额 Order value (CNY)', department: 'commerce', money: true },
  { key: 'listsDeclared', label: '申报清单 Lists declared', department: 'customs' },
  { key: 'listsReleased', label: '放行清单 Lists released', department: 'customs' },
  { key: 'listsRejected', label: '退单清单 Lists rejected', department: 'customs' },
  { key: 'taxAssessedCny', label: '应征税额 Tax assessed (CNY)', department: 'tax', money: true },
  { key: 'paymentsCny', label: '支付金额 Payments (CNY)', department: 'forex', money: true },
  { key: 'parcelsDelivered', label: '妥投包裹 Parcels delivered', department: 'post' },
  { key: 'identityChecks', label: '身份核验 Identity checks', department: 'public security' },
  { key: 'identityMismatches', label: '身份不符 Identity mismatches', department: 'public security' },
];

export type StatisticsRow = { zone: string; period: string } & Partial<Record<MeasureKey, number | string | null>>;

export const STATISTICS_QUERY = `query ConsoleStatistics($filter: StatisticsFilter!) {
  statistics(filter: $filter) { zone period ${MEASURES.map((m) => m.key).join(' ')} }
}`;

export interface Anomaly {
  series: string;
  zone: string | null;
  period: string;
  value: number | string | null;
  baseline: number | string | null;
  score: number | null;
  explanation: string;
}

export const ANOMALIES_QUERY = `query ConsoleAnomalies($filter: StatisticsFilter!) {
  statisticsAnomalies(filter: $filter) { series zone period value baseline score explanation }
}`;

/** A measure's value as a number (money arrives as an exact decimal string; charts need numbers). */
export function numeric(value: number | string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** Sums of each measure per period (across zones) and per zone (across periods). */
export function totals(rows: StatisticsRow[], key: MeasureKey): { byPeriod: Map<string, number>; byZone: Map<string, number>; all: number } {
  const byPeriod = new Map<string, number>();
  const byZone = new Map<string, number>();
  let all = 0;
  for (const row of rows) {
    const value = numeric(row[key]);
    byPeriod.set(row.period, (byPeriod.get(row.period) ?? 0) + value);
    byZone.set(row.zone, (byZone.get(row.zone) ?? 0) + value);
    all += value;
  }
  return { byPeriod: new Map([...byPeriod].sort(([a], [b]) => a.localeCompare(b))), byZone, all };
}

export function formatFigure(value: number, money = false): string {
  return money ? value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : value.toLocaleString('zh-CN');
}
