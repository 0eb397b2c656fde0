/**
 * Anomaly detectors of the statistics (统计监测 with change and anomaly detection). Pure
 * functions: the departments feed them figures and rows, the tests feed them tables.
 */

export interface Anomaly {
  /** The series or pattern, e.g. orderCount, matchingFailureRate, ordersJustUnderLimit. */
  series: string;
  zone: string;
  period: string;
  value: number;
  /** What is normal: the trailing median, or the level the pattern is judged against. */
  baseline: number | null;
  /** How far from normal: robust z-score for series, ratio to the threshold for patterns. */
  score: number;
  explanation: string;
}

/** 1.4826 × MAD estimates the standard deviation of normally distributed values. */
const MAD_SCALE = 1.4826;

export interface BaselineOptions {
  /** Trailing periods the baseline is taken over (default 6). */
  window?: number;
  /** Fewest earlier values needed to judge a period at all (default 4). */
  minHistory?: number;
  /** |robust z| at or above which a value is anomalous (default 3.5, Iglewicz and Hoaglin). */
  threshold?: number;
  /** Smallest absolute departure from the baseline worth a flag (default 0), against noise in small counts. */
  minDeviation?: number;
  /** Flag only rises (spikes), not falls. */
  upOnly?: boolean;
  /** Smallest spread a flat history is given, in the series' unit (default 1: one case; 0.01 for a rate). */
  floor?: number;
  /**
   * The series begins at its first period with any activity (a value other than 0): the empty
   * periods before it, before a zone traded or before the records begin, are no history, so the
   * first months of activity are not judged against zeros. For counts and amounts; a rate is
   * null where there was nothing to measure, and its zeros are real history.
   */
  beginsWithActivity?: boolean;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median and median absolute deviation of values (both 0 for none). */
export function robustBaseline(values: readonly number[]): { median: number; mad: number } {
  if (values.length === 0) return { median: 0, mad: 0 };
  const m = median(values);
  return { median: m, mad: median(values.map((v) => Math.abs(v - m))) };
}

/**
 * Robust z-score of a value against a baseline: (value − median) / (1.4826 × MAD). When the MAD
 * is 0 (a flat history) the spread is taken as 1.4826 × 10% of the median, at least `floor` (one
 * case for a count), so a flat series flags a clear change and not a difference of one.
 */
export function robustScore(value: number, baseline: { median: number; mad: number }, floor = 1): number {
  const spread = baseline.mad > 0 ? MAD_SCALE * baseline.mad : Math.max(MAD_SCALE * Math.abs(baseline.median) * 0.1, floor);
  return (value - baseline.median) / spread;
}

/**
 * Each period of a series judged against the median and MAD of the `window` values before it
 * (nulls skipped). `judgeFrom` is the index of the first period to judge (earlier ones are only
 * history).
 */
export function seriesAnomalies(
  series: string,
  zone: string,
  points: readonly { period: string; value: number | null }[],
  judgeFrom: number,
  options: BaselineOptions = {},
): Anomaly[] {
  const { window = 6, minHistory = 4, threshold = 3.5, minDeviation = 0, upOnly = false, floor = 1, beginsWithActivity = false } = options;
  const anomalies: Anomaly[] = [];
  const begins = beginsWithActivity ? points.findIndex((p) => p.value !== null && p.value !== 0) : 0;
  if (begins < 0) return anomalies;
  for (let i = Math.max(judgeFrom, begins, 0); i < points.length; i++) {
    const value = points[i]!.value;
    if (value === null) continue;
    const history = points.slice(begins, i).map((p) => p.value).filter((v): v is number => v !== null).slice(-window);
    if (history.length < minHistory) continue;
    const baseline = robustBaseline(history);
    const score = robustScore(value, baseline, floor);
    const deviation = value - baseline.median;
    if ((upOnly ? score : Math.abs(score)) < threshold || Math.abs(deviation) < minDeviation || (upOnly && deviation <= 0)) continue;
    anomalies.push({
      series,
      zone,
      period: points[i]!.period,
      value,
      baseline: baseline.median,
      score: round(score),
      explanation: `${series} ${deviation > 0 ? 'rose' : 'fell'} to ${round(value)} against a median of ${round(baseline.median)} over the ${history.length} periods before (MAD ${round(baseline.mad)}): ${round(Math.abs(score))} robust deviations ${deviation > 0 ? 'above' : 'below'} normal`,
    });
  }
  return anomalies;
}

export function round(value: number, places = 4): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/** The single-order limit of retail imports (财关税〔2018〕49号), CNY. */
export const SINGLE_ORDER_LIMIT_CNY = 5000;

/**
 * Orders bunched just under the CNY 5,000 single-order limit: import orders valued in the 5% band
 * below it ([4,750, 5,000)) against those in the band below that ([4,500, 4,750)). Genuine prices
 * thin out as they rise, so the upper band holding at least `minOrders` orders and at least
 * `ratio` times the lower band's suggests orders priced, or split, to stay under the limit.
 */
export function bunchingUnderLimit(
  zone: string,
  period: string,
  bands: { justUnder: number; below: number },
  options: { minOrders?: number; ratio?: number } = {},
): Anomaly | null {
  const { minOrders = 8, ratio = 3 } = options;
  const expected = Math.max(bands.below, 1);
  if (bands.justUnder < minOrders || bands.justUnder < ratio * expected) return null;
  return {
    series: 'ordersJustUnderLimit',
    zone,
    period,
    value: bands.justUnder,
    baseline: bands.below,
    score: round(bands.justUnder / expected),
    explanation: `${bands.justUnder} import orders valued CNY 4,750-4,999.99, just under the CNY 5,000 single-order limit, against ${bands.below} in CNY 4,500-4,749.99: orders priced or split to stay under the limit (财关税〔2018〕49号)`,
  };
}

/**
 * One contact (a phone number or a delivery address) shared by many different buyers in a
 * period: at least `minBuyers` distinct buyers (default 5) behind one contact suggests identities
 * used to spread one consumer's purchases (代购, 刷单) under the personal limits.
 */
export function sharedContact(
  zone: string,
  period: string,
  contact: { kind: 'phone' | 'address'; buyers: number; masked: string },
  options: { minBuyers?: number } = {},
): Anomaly | null {
  const { minBuyers = 5 } = options;
  if (contact.buyers < minBuyers) return null;
  return {
    series: contact.kind === 'phone' ? 'buyersSharingOnePhone' : 'buyersSharingOneAddress',
    zone,
    period,
    value: contact.buyers,
    baseline: minBuyers,
    score: round(contact.buyers / minBuyers),
    explanation: `${contact.buyers} different buyers gave one ${contact.kind} (${contact.masked}): one consumer's purchases may be spread over other people's identities to stay under the personal limits`,
  };
}

/**
 * One payer paying for many buyers: at least `minBuyers` (default 3) different buyers' orders
 * paid by one person in a period. Payer and buyer must be the same person (三单对碰); one payer
 * behind many buyers suggests borrowed identities (代购).
 */
export function payerForManyBuyers(
  zone: string,
  period: string,
  payer: { buyers: number; payments: number; masked: string },
  options: { minBuyers?: number } = {},
): Anomaly | null {
  const { minBuyers = 3 } = options;
  if (payer.buyers < minBuyers) return null;
  return {
    series: 'buyersPerPayer',
    zone,
    period,
    value: payer.buyers,
    baseline: 1,
    score: round(payer.buyers / minBuyers),
    explanation: `one payer (${payer.masked}) paid ${payer.payments} orders of ${payer.buyers} different buyers: payer and buyer must be one person, so identities may be borrowed (代购)`,
  };
}

/**
 * An overseas-warehouse settlement whose net repatriated proceeds differ from the declared export
 * value by more than `maxShare` (default 30%) of it: netting (汇发〔2020〕11号) explains some
 * difference, not that much.
 */
export function warehouseSettlementGap(
  zone: string,
  period: string,
  settlement: { ebcCode: string; declared: number; netRepatriated: number; currency: string },
  options: { maxShare?: number } = {},
): Anomaly | null {
  const { maxShare = 0.3 } = options;
  if (settlement.declared <= 0) return null;
  const share = Math.abs(settlement.netRepatriated - settlement.declared) / settlement.declared;
  if (share <= maxShare) return null;
  return {
    series: 'overseasSettlementGap',
    zone,
    period,
    value: settlement.netRepatriated,
    baseline: settlement.declared,
    score: round(share / maxShare),
    explanation: `enterprise ${settlement.ebcCode} repatriated ${settlement.currency} ${settlement.netRepatriated.toFixed(2)} net against ${settlement.currency} ${settlement.declared.toFixed(2)} declared for export, ${Math.round(share * 100)}% apart (more than ${Math.round(maxShare * 100)}%): proceeds kept abroad or values misdeclared`,
  };
}
