import { bunchingUnderLimit, payerForManyBuyers, robustBaseline, robustScore, seriesAnomalies, sharedContact, warehouseSettlementGap } from '../index';

const series = (values: (number | null)[]) => values.map((value, i) => ({ period: `2026-${String(i + 1).padStart(2, '0')}`, value }));

describe('trailing baseline: median and MAD of the periods before', () => {
  it.each([
    [[10, 12, 11, 13, 12], { median: 12, mad: 1 }],
    [[5, 5, 5, 5], { median: 5, mad: 0 }],
    [[1, 2, 3, 100], { median: 2.5, mad: 1 }],
  ])('of %j is %j', (values, expected) => {
    expect(robustBaseline(values)).toEqual(expected);
  });

  it('scores a flat history against 10% of its level, so one more is not an anomaly', () => {
    expect(robustScore(51, { median: 50, mad: 0 })).toBeCloseTo(1 / (1.4826 * 5), 6);
    expect(robustScore(3, { median: 2, mad: 0 })).toBe(1);
  });

  it.each([
    ['a spike', [20, 22, 19, 21, 20, 23, 61], ['2026-07']],
    ['a collapse', [40, 42, 39, 41, 40, 43, 5], ['2026-07']],
    ['ordinary noise', [20, 25, 18, 22, 27, 19, 24], []],
    ['a steady rise', [10, 12, 14, 16, 18, 20, 22], []],
    ['too little history', [20, 21, 90], []],
    ['gaps (null) skipped in the history', [20, null, 21, 19, null, 20, 80], ['2026-07']],
  ])('flags %s', (_name, values, flagged) => {
    const found = seriesAnomalies('orderCount', 'SHAOGUAN', series(values), 0, { minDeviation: 5 });
    expect(found.map((a) => a.period)).toEqual(flagged);
  });

  it.each([
    ['a zone that starts trading: its first months are not judged against the empty ones before', [0, 0, 0, 0, 0, 0, 26, 33, 24, 25, 27], []],
    ['a spike once the series has begun is still flagged', [0, 0, 20, 21, 19, 20, 22, 80], ['2026-08']],
    ['a fall to nothing after activity is still flagged', [0, 20, 21, 19, 20, 22, 0], ['2026-07']],
    ['a series with no activity at all', [0, 0, 0, 0, 0, 0, 0], []],
  ])('beginning with activity: %s', (_name, values, flagged) => {
    expect(seriesAnomalies('orderCount', 'YUNFU', series(values), 0, { minDeviation: 5, beginsWithActivity: true }).map((a) => a.period)).toEqual(flagged);
  });

  it('without beginning at activity, empty periods are history (what rates need)', () => {
    expect(seriesAnomalies('orderCount', 'YUNFU', series([0, 0, 0, 0, 0, 0, 26]), 0, { minDeviation: 5 }).map((a) => a.period)).toEqual(['2026-07']);
  });

  it('judges only from judgeFrom on, and up only for spikes', () => {
    const points = series([0.02, 0.03, 0.02, 0.03, 0.02, 0.3, 0.0]);
    expect(seriesAnomalies('identityMismatchRate', 'YUNFU', points, 5, { upOnly: true, floor: 0.01 }).map((a) => a.period)).toEqual(['2026-06']);
    const [spike] = seriesAnomalies('identityMismatchRate', 'YUNFU', points, 5, { upOnly: true, floor: 0.01 });
    expect(spike).toMatchObject({ series: 'identityMismatchRate', zone: 'YUNFU', value: 0.3, baseline: 0.02 });
    expect(spike!.score).toBeGreaterThan(3.5);
    expect(spike!.explanation).toContain('rose to 0.3 against a median of 0.02');
  });
});

describe('pattern detectors', () => {
  it.each([
    ['bunched: 12 just under, 1 below', { justUnder: 12, below: 1 }, 12],
    ['bunched: 9 just under, 3 below (ratio 3)', { justUnder: 9, below: 3 }, 3],
    ['quiet: few orders near the limit', { justUnder: 4, below: 0 }, null],
    ['quiet: prices thinning out as usual', { justUnder: 10, below: 12 }, null],
    ['quiet: 8 just under but 3 below (ratio below 3)', { justUnder: 8, below: 3 }, null],
  ])('orders under the CNY 5,000 limit: %s', (_name, bands, score) => {
    expect(bunchingUnderLimit('CHAOZHOU', '2026-09', bands)?.score ?? null).toBe(score);
  });

  it.each([
    [6, 'phone', 'buyersSharingOnePhone'],
    [5, 'address', 'buyersSharingOneAddress'],
    [4, 'phone', null],
    [1, 'address', null],
  ] as const)('%i buyers behind one %s', (buyers, kind, series) => {
    expect(sharedContact('CHAOZHOU', '2026-09', { kind, buyers, masked: '138****8000' })?.series ?? null).toBe(series);
  });

  it.each([
    [4, 4, true],
    [3, 3, true],
    [2, 6, false],
    [0, 5, false],
  ])('a payer paying for %i other buyers in %i payments', (buyers, payments, fires) => {
    expect(payerForManyBuyers('CHAOZHOU', '2026-09', { buyers, payments, masked: '张**' }) !== null).toBe(fires);
  });

  it.each([
    [10000, 9499.75, false],
    [10000, 7000, false],
    [10000, 6999.99, true],
    [10000, 13500, true],
    [0, 500, false],
  ])('an overseas-warehouse settlement of %d declared, %d repatriated net', (declared, netRepatriated, fires) => {
    expect(warehouseSettlementGap('SHAOGUAN', '2026-10', { ebcCode: 'X', declared, netRepatriated, currency: 'USD' }) !== null).toBe(fires);
  });
});
