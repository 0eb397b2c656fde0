import { periodInProgress } from '../statistics-anomalies';

describe('the period in progress, in Beijing time', () => {
  it.each([
    ['2026-12-03T05:00:00Z', 'MONTH', '2026-12'],
    ['2026-11-30T15:59:59Z', 'MONTH', '2026-11'],
    ['2026-11-30T16:00:00Z', 'MONTH', '2026-12'],
    ['2026-12-31T16:00:00Z', 'MONTH', '2027-01'],
    ['2026-12-03T05:00:00Z', 'DAY', '2026-12-03'],
    ['2026-12-02T16:00:00Z', 'DAY', '2026-12-03'],
    ['2026-12-02T15:59:59Z', 'DAY', '2026-12-02'],
  ] as const)('at %s by %s is %s', (at, granularity, expected) => {
    expect(periodInProgress(new Date(at), granularity)).toBe(expected);
  });
});
