import { RETURN_ELIGIBLE_TRADE_MODES, assessExportReturn, exportReturnLastDate, type ExportReturnInput } from '../export-return';

const base: ExportReturnInput = {
  tradeMode: '9610',
  releasedAt: new Date('2026-08-31T10:00:00+08:00'),
  returnedAt: new Date('2026-12-01T10:00:00+08:00'),
  goodsUnchanged: true,
  rebateReceived: false,
  rebateRepaid: false,
};

describe('export returns (财政部 海关总署 税务总局公告2023年第4号)', () => {
  it.each([['1210'], ['9610'], ['9710'], ['9810']])('lets goods exported under %s back tax-free', (tradeMode) => {
    expect(assessExportReturn({ ...base, tradeMode })).toEqual({ taxFree: true, reasons: [], lastReturnDate: '2027-02-28' });
  });

  it('covers exactly the four e-commerce trade modes', () => {
    expect([...RETURN_ELIGIBLE_TRADE_MODES].sort()).toEqual(['1210', '9610', '9710', '9810']);
  });

  it.each([['0110'], ['9600'], [''], ['1039']])('refuses trade mode %j', (tradeMode) => {
    expect(assessExportReturn({ ...base, tradeMode }).reasons.map((r) => r.code)).toEqual(['TRADE_MODE_NOT_ELIGIBLE']);
  });

  it.each([
    // released (Beijing), last day of return
    ['2026-08-31T10:00:00+08:00', '2027-02-28'],
    ['2027-08-31T10:00:00+08:00', '2028-02-29'],
    ['2026-08-30T23:59:59+08:00', '2027-02-28'],
    ['2026-08-29T00:00:00+08:00', '2027-02-28'],
    ['2026-08-28T00:00:00+08:00', '2027-02-28'],
    ['2026-08-27T00:00:00+08:00', '2027-02-27'],
    ['2026-12-31T09:00:00+08:00', '2027-06-30'],
    ['2026-01-15T12:00:00+08:00', '2026-07-15'],
    // 2026-08-30T16:30Z is already 31 August in Beijing
    ['2026-08-30T16:30:00Z', '2027-02-28'],
    // 2026-02-28T15:59Z is still 28 February in Beijing: 28 August, not 31
    ['2026-02-28T15:59:00Z', '2026-08-28'],
  ])('counts six calendar months from a release at %s to %s', (releasedAt, lastDate) => {
    expect(exportReturnLastDate(new Date(releasedAt))).toBe(lastDate);
  });

  it.each<[string, string, boolean]>([
    ['2026-08-31T10:00:00+08:00', 'at the moment of release', true],
    ['2027-02-28T00:00:00+08:00', 'at the start of the last day', true],
    ['2027-02-28T23:59:59.999+08:00', 'at the last millisecond of the last day', true],
    ['2027-02-28T15:59:59.999Z', 'at the last millisecond of the last day, written in UTC', true],
    ['2027-03-01T00:00:00+08:00', 'at the start of the day after', false],
    ['2027-02-28T16:00:00Z', 'at the start of the day after, written in UTC', false],
    ['2027-03-03T10:00:00+08:00', 'on 3 March, where naive date arithmetic would end', false],
    ['2026-08-31T09:59:59+08:00', 'before the export was released', false],
  ])('for goods released 2026-08-31, a return at %s (%s) is within six months: %s', (returnedAt, _description, within) => {
    const result = assessExportReturn({ ...base, returnedAt: new Date(returnedAt) });
    expect(result.taxFree).toBe(within);
    expect(result.reasons.map((r) => r.code)).toEqual(within ? [] : ['OUTSIDE_SIX_MONTHS']);
  });

  it.each<[string, Partial<ExportReturnInput>, string[]]>([
    ['changed goods', { goodsUnchanged: false }, ['GOODS_CHANGED']],
    ['a rebate received and not repaid', { rebateReceived: true, rebateRepaid: false }, ['REBATE_NOT_REPAID']],
    ['a rebate received and repaid', { rebateReceived: true, rebateRepaid: true }, []],
    ['no rebate, marked repaid', { rebateReceived: false, rebateRepaid: true }, []],
    [
      'every condition failing',
      { tradeMode: '0110', returnedAt: new Date('2027-06-01T00:00:00+08:00'), goodsUnchanged: false, rebateReceived: true, rebateRepaid: false },
      ['TRADE_MODE_NOT_ELIGIBLE', 'OUTSIDE_SIX_MONTHS', 'GOODS_CHANGED', 'REBATE_NOT_REPAID'],
    ],
  ])('assesses a return with %s', (_description, override, codes) => {
    const result = assessExportReturn({ ...base, ...override });
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    expect(result.taxFree).toBe(codes.length === 0);
  });

  it('names the last day in its message', () => {
    const [reason] = assessExportReturn({ ...base, returnedAt: new Date('2027-03-01T00:00:00+08:00') }).reasons;
    expect(reason?.message).toContain('2027-02-28');
  });

  it('rejects an invalid date', () => {
    expect(() => assessExportReturn({ ...base, returnedAt: new Date('never') })).toThrow('valid Dates');
  });
});
