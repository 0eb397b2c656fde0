import { logisticsNoReusableFrom, logisticsNumberUniqueness, type WaybillNumberUse } from '../logistics-number-uniqueness';

const beijing = (local: string) => new Date(`${local}+08:00`);
const use = (orderNo: string, createdAt: Date): WaybillNumberUse => ({
  logisticsCode: '91440300MA5FTEST02',
  logisticsNo: 'SF1234567890',
  ebpCode: '91445100MA4UTEST01',
  orderNo,
  createdAt,
});

describe('a waybill number is unique per carrier for six months', () => {
  describe('when a number becomes free again (Beijing calendar, whole days, month end clamped)', () => {
    it.each([
      ['an ordinary day', '2026-01-15T10:00:00', '2026-07-16T00:00:00'],
      ['the first instant of a day', '2026-01-15T00:00:00', '2026-07-16T00:00:00'],
      ['the last instant of a day', '2026-01-15T23:59:59.999', '2026-07-16T00:00:00'],
      ['31 August, into a 28-day February', '2026-08-31T09:00:00', '2027-03-01T00:00:00'],
      ['30 August, also clamped to 28 February', '2026-08-30T09:00:00', '2027-03-01T00:00:00'],
      ['28 August, not clamped', '2026-08-28T09:00:00', '2027-03-01T00:00:00'],
      ['27 August', '2026-08-27T09:00:00', '2027-02-28T00:00:00'],
      ['31 August, into a leap-year February', '2027-08-31T09:00:00', '2028-03-01T00:00:00'],
      ['29 August before a leap year', '2027-08-29T09:00:00', '2028-03-01T00:00:00'],
      ['31 December, into a 30-day June', '2026-12-31T09:00:00', '2027-07-01T00:00:00'],
      ['31 March, into a 30-day September', '2026-03-31T09:00:00', '2026-10-01T00:00:00'],
      ['across the turn of the year', '2026-07-31T09:00:00', '2027-02-01T00:00:00'],
    ])('%s: used %s, free from %s', (_case, created, free) => {
      expect(logisticsNoReusableFrom(beijing(created))).toEqual(beijing(free));
    });

    it('counts from the Beijing date, not the UTC one', () => {
      // 2026-08-31T17:00Z is already 1 September 01:00 in Beijing: reserved through 1 March.
      expect(logisticsNoReusableFrom(new Date('2026-08-31T17:00:00Z'))).toEqual(beijing('2027-03-02T00:00:00'));
      // 2026-08-31T15:59:59.999Z is still 31 August in Beijing.
      expect(logisticsNoReusableFrom(new Date('2026-08-31T15:59:59.999Z'))).toEqual(beijing('2027-03-01T00:00:00'));
    });

    it('rejects an invalid date', () => {
      expect(() => logisticsNoReusableFrom(new Date('nope'))).toThrow('createdAt must be a valid date');
    });
  });

  it.each([
    ['a number never used', null, use('B', beijing('2026-09-01T08:00:00')), 'ACCEPT', []],
    ['the same order resubmitted a minute later', use('A', beijing('2026-08-31T09:00:00')), use('A', beijing('2026-08-31T09:01:00')), 'DUPLICATE', ['SAME_ORDER_RESUBMITTED']],
    ['the same order resubmitted after six months', use('A', beijing('2026-08-31T09:00:00')), use('A', beijing('2027-06-01T00:00:00')), 'DUPLICATE', ['SAME_ORDER_RESUBMITTED']],
    ['another order the same day', use('A', beijing('2026-08-31T09:00:00')), use('B', beijing('2026-08-31T10:00:00')), 'CONFLICT', ['LOGISTICS_NO_IN_USE']],
    ['another order on 28 February, last reserved day', use('A', beijing('2026-08-31T09:00:00')), use('B', beijing('2027-02-28T12:00:00')), 'CONFLICT', ['LOGISTICS_NO_IN_USE']],
    ['another order at 23:59:59.999 on 28 February', use('A', beijing('2026-08-31T09:00:00')), use('B', beijing('2027-02-28T23:59:59.999')), 'CONFLICT', ['LOGISTICS_NO_IN_USE']],
    ['another order at 00:00 on 1 March', use('A', beijing('2026-08-31T09:00:00')), use('B', beijing('2027-03-01T00:00:00')), 'ACCEPT', ['REUSED_AFTER_SIX_MONTHS']],
    ['another order a year later', use('A', beijing('2026-08-31T09:00:00')), use('B', beijing('2027-09-01T00:00:00')), 'ACCEPT', ['REUSED_AFTER_SIX_MONTHS']],
    ['another order on another platform with the same order number', use('A', beijing('2026-08-31T09:00:00')), { ...use('A', beijing('2026-09-01T00:00:00')), ebpCode: '91445100MA4UOTHER' }, 'CONFLICT', ['LOGISTICS_NO_IN_USE']],
    ['another order dated before the existing one', use('A', beijing('2026-08-31T09:00:00')), use('B', beijing('2026-08-30T09:00:00')), 'CONFLICT', ['LOGISTICS_NO_IN_USE']],
  ])('%s: %s', (_case, existing, claim, decision, codes) => {
    const result = logisticsNumberUniqueness(existing, claim);
    expect(result.decision).toBe(decision);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
  });

  it('tells a conflicting order when the number becomes free, in Beijing time', () => {
    expect(logisticsNumberUniqueness(use('A', beijing('2026-08-31T09:00:00')), use('B', beijing('2027-02-28T23:59:59')))).toEqual({
      decision: 'CONFLICT',
      reasons: [{
        code: 'LOGISTICS_NO_IN_USE',
        message: 'waybill number 91440300MA5FTEST02/SF1234567890 is used by order 91445100MA4UTEST01/A since 2026-08-31 09:00:00 (UTC+08:00) '
          + 'and may not be reused before 2027-03-01 00:00:00 (UTC+08:00)',
      }],
      reusableFrom: beijing('2027-03-01T00:00:00'),
    });
  });

  it('answers a number never used with no reasons and no reuse date', () => {
    expect(logisticsNumberUniqueness(null, use('A', beijing('2026-08-31T09:00:00')))).toEqual({ decision: 'ACCEPT', reasons: [], reusableFrom: null });
  });

  it.each<[string, WaybillNumberUse | null, WaybillNumberUse, string]>([
    ['an invalid claim time', null, use('A', new Date('nope')), 'claim.createdAt must be a valid date'],
    ['an invalid existing time', use('A', new Date('nope')), use('B', beijing('2026-08-31T09:00:00')), 'existing.createdAt must be a valid date'],
    [
      'an existing waybill under another number',
      { ...use('A', beijing('2026-08-31T09:00:00')), logisticsNo: 'SF0000000000' },
      use('B', beijing('2026-08-31T09:00:00')),
      'existing must be the waybill holding the claimed logisticsCode and logisticsNo',
    ],
    [
      'an existing waybill of another carrier',
      { ...use('A', beijing('2026-08-31T09:00:00')), logisticsCode: '91440300MA5FOTHER' },
      use('B', beijing('2026-08-31T09:00:00')),
      'existing must be the waybill holding the claimed logisticsCode and logisticsNo',
    ],
  ])('rejects %s', (_case, existing, claim, message) => {
    expect(() => logisticsNumberUniqueness(existing, claim)).toThrow(message);
  });
});
