import { beijingInstants, beijingTime, beijingToday, lastTwelveMonths, monthChunks, periodRange } from '../periods';

describe('console periods', () => {
  it.each([
    ['2026-02', 'MONTH', { from: '2026-02-01', to: '2026-02-28' }],
    ['2024-02', 'MONTH', { from: '2024-02-01', to: '2024-02-29' }],
    ['2026-12-01', 'MONTH', { from: '2026-12-01', to: '2026-12-31' }],
    ['2026-11-27', 'DAY', { from: '2026-11-27', to: '2026-11-27' }],
    ['2026-13', 'MONTH', null],
    ['last week', 'DAY', null],
  ] as const)('periodRange(%s, %s)', (period, granularity, expected) => {
    expect(periodRange(period, granularity)).toEqual(expected);
  });

  it.each([
    ['2026-11-05', '2026-11-20', [['2026-11-05', '2026-11-20']]],
    ['2025-12-15', '2026-02-03', [['2025-12-15', '2025-12-31'], ['2026-01-01', '2026-01-31'], ['2026-02-01', '2026-02-03']]],
    ['2026-03-01', '2026-02-01', []],
  ])('monthChunks(%s, %s)', (from, to, expected) => {
    expect(monthChunks(from, to).map((c) => [c.from, c.to])).toEqual(expected);
  });

  it('a year of days is twelve or thirteen monthly pieces covering every day once', () => {
    const chunks = monthChunks('2025-12-04', '2026-12-03');
    expect(chunks).toHaveLength(13);
    expect(chunks[0]!.from).toBe('2025-12-04');
    expect(chunks.at(-1)!.to).toBe('2026-12-03');
  });

  it.each([
    ['2026-12-03T15:59:59Z', '2026-12-03'],
    ['2026-12-03T16:00:00Z', '2026-12-04'],
  ])('beijingToday at %s is %s', (instant, expected) => {
    expect(beijingToday(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2026-12-03', { from: '2026-01-01', to: '2026-12-03' }],
    ['2026-05-31', { from: '2025-06-01', to: '2026-05-31' }],
  ])('lastTwelveMonths(%s)', (today, expected) => {
    expect(lastTwelveMonths(today)).toEqual(expected);
  });
});

describe('beijingTime', () => {
  it.each([
    ['2026-12-03T14:14:00.000Z', '2026-12-03 22:14'],
    ['2026-12-31T16:30:00Z', '2027-01-01 00:30'],
    ['not a time', 'not a time'],
  ])('%s reads %s in Beijing', (iso, expected) => {
    expect(beijingTime(iso)).toBe(expected);
  });

  it.each([
    ['one day', '2026-11-27', '2026-11-27', { from: '2026-11-26T16:00:00.000Z', to: '2026-11-27T16:00:00.000Z' }],
    ['a month, to the midnight after its last day', '2026-02-01', '2026-02-28', { from: '2026-01-31T16:00:00.000Z', to: '2026-02-28T16:00:00.000Z' }],
    ['across a year end', '2026-12-01', '2026-12-31', { from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' }],
    ['a leap day', '2024-02-29', '2024-02-29', { from: '2024-02-28T16:00:00.000Z', to: '2024-02-29T16:00:00.000Z' }],
  ])('turns Beijing dates into the instants a search covers: %s', (_name, from, to, expected) => {
    const span = beijingInstants(from, to);
    expect({ from: new Date(span.from).toISOString(), to: new Date(span.to).toISOString() }).toEqual(expected);
  });
});
