import type { GraphQLError } from 'graphql';
import type { Caller } from '../caller';
import { amountRange, assertMaySearch, boundedList, searchZones, timeRange, MAX_FILTER_VALUES, SqlConditions } from '../record-search';

const caller = (role: Caller['role'], zone: Caller['zone'] = null): Caller => ({ organisation: 'ORG', role, zone, department: null, scopes: [], });

function outcome(action: () => unknown): unknown {
  try {
    return action();
  } catch (error) {
    const { code, problems } = (error as GraphQLError).extensions as { code: string; problems?: { field: string }[] };
    return problems ? `${code} ${problems.map((p) => p.field).join(',')}` : code;
  }
}

const NOW = new Date('2026-12-03T00:00:00Z');

describe('zones a search covers', () => {
  it.each<[string, Caller, Caller['zone'][] | null, unknown]>([
    ['province-wide, none named: every zone', caller('REGULATOR'), null, null],
    ['province-wide, an empty list: every zone', caller('REGULATOR'), [], null],
    ['province-wide, two named', caller('REGULATOR'), ['SHAOGUAN', 'YUNFU'], ['SHAOGUAN', 'YUNFU']],
    ['province-wide, one named twice', caller('PLATFORM'), ['YUNFU', 'YUNFU'], ['YUNFU']],
    ['zone-bound, none named: its own', caller('OFFICER', 'HEYUAN'), null, ['HEYUAN']],
    ['zone-bound, its own named', caller('REGULATOR', 'HEYUAN'), ['HEYUAN'], ['HEYUAN']],
    ['zone-bound, another named: FORBIDDEN, not empty', caller('REGULATOR', 'HEYUAN'), ['YUNFU'], 'FORBIDDEN'],
    ['zone-bound, its own and another: FORBIDDEN', caller('OFFICER', 'HEYUAN'), ['HEYUAN', 'YUNFU'], 'FORBIDDEN'],
  ])('%s', (_case, who, zones, expected) => {
    expect(outcome(() => searchZones(who, zones as never))).toEqual(expected);
  });

  it('is not for banks', () => {
    expect(outcome(() => assertMaySearch(caller('BANK'), 'payments'))).toBe('FORBIDDEN');
    expect(outcome(() => assertMaySearch(caller('REGULATOR'), 'payments'))).toBeUndefined();
  });
});

describe('time ranges: half-open, bounded to 366 days, the end defaulting to now', () => {
  it.each<[string, string | null, string | null, unknown]>([
    ['none', null, null, null],
    ['a month', '2026-11-01T00:00:00+08:00', '2026-12-01T00:00:00+08:00', { from: new Date('2026-10-31T16:00:00Z'), to: new Date('2026-11-30T16:00:00Z') }],
    ['exactly 366 days', '2025-01-01T00:00:00Z', '2026-01-02T00:00:00Z', { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-01-02T00:00:00Z') }],
    ['366 days and a millisecond', '2025-01-01T00:00:00Z', '2026-01-02T00:00:00.001Z', 'BAD_USER_INPUT to'],
    ['a start only, within 366 days of now', '2026-06-01T00:00:00Z', null, { from: new Date('2026-06-01T00:00:00Z'), to: NOW }],
    ['a start only, over 366 days before now', '2025-12-01T00:00:00Z', null, 'BAD_USER_INPUT to'],
    ['an end only', null, '2026-06-01T00:00:00Z', 'BAD_USER_INPUT from'],
    ['an empty range', '2026-06-01T00:00:00Z', '2026-06-01T00:00:00Z', 'BAD_USER_INPUT to'],
    ['an inverted range', '2026-06-02T00:00:00Z', '2026-06-01T00:00:00Z', 'BAD_USER_INPUT to'],
  ])('%s', (_case, from, to, expected) => {
    expect(outcome(() => timeRange('from', from, 'to', to, NOW))).toEqual(expected);
  });
});

describe('amount ranges: inclusive, not negative, at most 2 decimals', () => {
  it.each<[string, string | null, string | null, unknown]>([
    ['none', null, null, null],
    ['both', '100', '5000.50', { min: '100', max: '5000.50' }],
    ['equal ends', '5000', '5000.00', { min: '5000', max: '5000.00' }],
    ['a minimum only', '0', null, { min: '0', max: null }],
    ['an inverted range', '5000.01', '5000', 'BAD_USER_INPUT max'],
    ['a negative minimum', '-1', null, 'BAD_USER_INPUT min'],
    ['three decimals', null, '1.005', 'BAD_USER_INPUT max'],
    ['not a number', 'lots', null, 'BAD_USER_INPUT min'],
  ])('%s', (_case, min, max, expected) => {
    expect(outcome(() => amountRange('min', min, 'max', max))).toEqual(expected);
  });
});

describe('filter lists', () => {
  it.each([[0, null], [1, 1], [MAX_FILTER_VALUES, MAX_FILTER_VALUES], [MAX_FILTER_VALUES + 1, 'BAD_USER_INPUT codes']])('%i values -> %s', (n, expected) => {
    const result = outcome(() => boundedList('codes', Array.from({ length: n }, (_, i) => i)));
    expect(Array.isArray(result) ? result.length : result).toEqual(expected);
  });
});

describe('SQL conditions', () => {
  it('numbers its parameters in the order the fields add them and leaves out the fields not given', () => {
    const conditions = new SqlConditions().anyOf('zone', ['SHAOGUAN'], '::"Zone"').equals('direction', undefined).between('amount', { min: '1', max: null }).equals('currency', 'CNY', '::text');
    expect(conditions.where()).toBe('WHERE zone = ANY($1::"Zone"[]) AND amount >= $2::numeric AND currency = $3::text');
    expect(conditions.values).toEqual([['SHAOGUAN'], '1', 'CNY']);
    expect(new SqlConditions().where()).toBe('');
  });
});
