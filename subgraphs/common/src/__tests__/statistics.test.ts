import { medianOfHistogram, periodDays, periodsBetween, dayNumberOf, statisticsViewOf, statisticsKeysOf, type Caller } from '../index';

const regulator: Caller = { organisation: 'GD-COMMERCE-DEPT', role: 'REGULATOR', zone: null, department: null, scopes: [] };
const shaoguan: Caller = { ...regulator, zone: 'SHAOGUAN' };

describe('medianOfHistogram: exact median of whole hours from a histogram', () => {
  it.each([
    ['empty', [], null],
    ['one value', [{ value: 5, count: 1 }], 5],
    ['odd count: the middle value', [{ value: 1, count: 1 }, { value: 3, count: 1 }, { value: 10, count: 1 }], 3],
    ['even count: mean of the two middle values', [{ value: 1, count: 1 }, { value: 4, count: 1 }], 2.5],
    ['middle values inside one bin', [{ value: 2, count: 5 }, { value: 9, count: 1 }], 2],
    ['the two middle values in different bins', [{ value: 2, count: 2 }, { value: 6, count: 2 }], 4],
    ['bins given out of order, empty bins ignored', [{ value: 9, count: 1 }, { value: 0, count: 0 }, { value: 1, count: 2 }], 1],
  ])('%s', (_name, bins, expected) => {
    expect(medianOfHistogram(bins)).toBe(expected);
  });
});

describe('periods of the Beijing calendar', () => {
  it.each([
    ['2026-01-30', '2026-02-02', 'DAY', ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']],
    ['2026-11-15', '2027-02-01', 'MONTH', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['2028-02-28', '2028-03-01', 'DAY', ['2028-02-28', '2028-02-29', '2028-03-01']],
  ] as const)('%s to %s by %s', (from, to, granularity, expected) => {
    expect(periodsBetween(dayNumberOf(from)!, dayNumberOf(to)!, granularity)).toEqual(expected);
  });

  it.each([
    ['2026-02', 'MONTH', { first: '2026-02-01', last: '2026-02-28' }],
    ['2028-02', 'MONTH', { first: '2028-02-01', last: '2028-02-29' }],
    ['2026-12-31', 'DAY', { first: '2026-12-31', last: '2026-12-31' }],
    ['2026-13', 'MONTH', null],
    ['2026-02-30', 'DAY', null],
  ] as const)('period %s (%s) spans %j', (period, granularity, expected) => {
    expect(periodDays(period, granularity)).toEqual(expected);
  });
});

describe('statisticsViewOf: the filter, checked and confined to the caller', () => {
  const filter = { from: '2026-01-01', to: '2026-03-31', granularity: 'MONTH' as const };

  it('gives a province-wide caller every zone, period by period', () => {
    const keys = statisticsKeysOf(statisticsViewOf(filter, regulator));
    expect(keys).toHaveLength(24);
    expect(keys.slice(0, 2).map((k) => [k.period, k.zone])).toEqual([['2026-01', 'SHAOGUAN'], ['2026-01', 'HEYUAN']]);
  });

  it.each([
    ['its own zone when it names none', {}, ['SHAOGUAN']],
    ['its own zone when it names it', { zone: 'SHAOGUAN' as const }, ['SHAOGUAN']],
    ['nothing for another zone', { zone: 'HEYUAN' as const }, []],
  ])('gives a zone-bound caller %s', (_name, extra, zones) => {
    expect(statisticsViewOf({ ...filter, ...extra }, shaoguan).zones).toEqual(zones);
  });

  it('refuses banks', () => {
    expect(() => statisticsViewOf(filter, { ...regulator, role: 'BANK' })).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
  });

  it.each([
    [{ from: '2026-1-01' }, 'filter.from'],
    [{ to: '2026-02-29' }, 'filter.to'],
    [{ to: '2025-12-31' }, 'filter.to'],
    [{ from: '2026-01-01', to: '2027-01-02', granularity: 'DAY' as const }, 'filter.to'],
    [{ from: '2016-01-01', to: '2026-01-01' }, 'filter.to'],
    [{ tradeMode: '0110' }, 'filter.tradeMode'],
    [{ hsChapter: '00' }, 'filter.hsChapter'],
    [{ hsChapter: '98' }, 'filter.hsChapter'],
    [{ country: 'nzl' }, 'filter.country'],
  ])('names the wrong field of %j', (extra, field) => {
    try {
      statisticsViewOf({ ...filter, ...extra }, regulator);
      throw new Error('accepted');
    } catch (error) {
      expect((error as { extensions: { code: string; problems: { field: string }[] } }).extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field }] });
    }
  });

  it('takes the longest views allowed: 366 days, 120 months', () => {
    expect(statisticsViewOf({ from: '2028-01-01', to: '2028-12-31', granularity: 'DAY' }, regulator).periods).toHaveLength(366);
    expect(statisticsViewOf({ from: '2017-01-01', to: '2026-12-31', granularity: 'MONTH' }, regulator).periods).toHaveLength(120);
  });
});
