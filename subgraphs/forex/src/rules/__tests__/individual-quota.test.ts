import { INDIVIDUAL_ANNUAL_QUOTA_USD, quotaAfter, quotaStanding, quotaYear, usesIndividualQuota } from '../individual-quota';

describe("individuals' annual FX convenience quota of USD 50,000", () => {
  it.each([
    // used, amount, allowed, usedAfter, remaining
    ['nothing used yet', '0.00', '100.00', true, '100.00', '49900.00'],
    ['a first settlement of the whole quota', '0.00', '50000.00', true, '50000.00', '0.00'],
    ['used + amount exactly USD 50,000.00', '49000.00', '1000.00', true, '50000.00', '0.00'],
    ['the last cent of the quota', '49999.99', '0.01', true, '50000.00', '0.00'],
    ['used + amount USD 50,000.01', '49000.00', '1000.01', false, '49000.00', '1000.00'],
    ['one cent more after a full quota', '50000.00', '0.01', false, '50000.00', '0.00'],
    ['a single settlement above the quota', '0.00', '50000.01', false, '0.00', '50000.00'],
  ])('%s: used %s + %s', (_case, used, amount, allowed, usedAfter, remaining) => {
    const outcome = quotaAfter(used, amount, false);
    expect(outcome).toMatchObject({ allowed, consumesQuota: allowed, usedAfter, remaining });
    expect(outcome.reason?.code).toBe(allowed ? undefined : 'ANNUAL_QUOTA_EXCEEDED');
  });

  it('says by how much a refused settlement would exceed the quota', () => {
    expect(quotaAfter('49000.00', '1000.01', false)).toEqual({
      allowed: false,
      consumesQuota: false,
      usedAfter: '49000.00',
      remaining: '1000.00',
      reason: {
        code: 'ANNUAL_QUOTA_EXCEEDED',
        message: 'USD 1000.01 on top of USD 49000.00 used would exceed the annual quota of USD 50000.00 by USD 0.01',
      },
    });
  });

  it.each([
    ['within the quota', '0.00', '100.00', '50000.00'],
    ['that would cross the quota', '49000.00', '1000.01', '1000.00'],
    ['far above the quota', '0.00', '1000000.00', '50000.00'],
    ['after the quota is used up', '50000.00', '0.01', '0.00'],
  ])('never consumes the quota for settlement backed by transaction data, %s', (_case, used, amount, remaining) => {
    expect(quotaAfter(used, amount, true)).toEqual({
      allowed: true,
      consumesQuota: false,
      usedAfter: used,
      remaining,
      reason: { code: 'NOT_COUNTED_TRANSACTION_DATA', message: 'cross-border e-commerce settlement backed by transaction data does not use the annual quota' },
    });
  });

  it('reports no remaining quota rather than a negative one for usage already above it', () => {
    expect(quotaAfter('50000.50', '1.00', true).remaining).toBe('0.00');
    expect(quotaAfter('50000.50', '1.00', false)).toMatchObject({ allowed: false, remaining: '0.00' });
  });

  it('exports the quota', () => {
    expect(INDIVIDUAL_ANNUAL_QUOTA_USD).toBe('50000.00');
  });

  it.each([
    ['-1.00', '1.00', 'usedUsd must not be negative'],
    ['0.00', '0.00', 'amountUsd must be greater than zero'],
    ['0.00', '-5.00', 'amountUsd must be greater than zero'],
    ['0.00', '10.001', 'amountUsd must have at most 2 fractional digits'],
    ['1e3', '1.00', 'usedUsd must be a plain decimal string'],
  ])('rejects used %j and amount %j', (used, amount, message) => {
    expect(() => quotaAfter(used, amount, false)).toThrow(message);
  });

  describe('the quota year is the calendar year in Beijing time', () => {
    it.each([
      ['2026-12-31T15:59:59.999Z', 2026], // 23:59:59.999 on 31 Dec in Beijing
      ['2026-12-31T16:00:00.000Z', 2027], // midnight of 1 Jan in Beijing, still 31 Dec in UTC
      ['2027-01-01T00:00:00.000Z', 2027],
      ['2026-01-01T00:00:00+08:00', 2026],
    ])('%s falls in %d', (iso, year) => {
      expect(quotaYear(new Date(iso))).toBe(year);
    });

    it('rejects an invalid date', () => {
      expect(() => quotaYear(new Date('nope'))).toThrow('at must be a valid date');
    });
  });
});

describe('whether a settlement uses the quota', () => {
  it.each([
    ['a resident, backed by transaction data', true, true, false],
    ['a resident, not backed by transaction data', true, false, true],
    ['a payer abroad, backed', false, true, false],
    ['a payer abroad, not backed', false, false, false],
  ])('%s: %s', (_case, resident, backed, expected) => {
    expect(usesIndividualQuota(resident, backed)).toBe(expected);
  });
});

describe('standing with the USD 50,000 quota', () => {
  it.each([
    ['0.00', '50000.00', false],
    ['49999.99', '0.01', false],
    ['50000.00', '0.00', false],
    ['50000.01', '0.00', true],
  ])('used %s leaves %s, exceeded %s', (used, remaining, exceeded) => {
    expect(quotaStanding(used)).toEqual({ quotaUsd: '50000.00', usedUsd: used, remainingUsd: remaining, exceeded });
  });
});
