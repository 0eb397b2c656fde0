import { selectListsForSummary, type SummaryCandidateList, type SummaryRequest } from '../summary-declaration';

const EBC = '91441500MA4UKXPJ3N';
const OTHER = '91445100MA4WXYZ12K';

const list = (invtNo: string, override: Partial<SummaryCandidateList> = {}): SummaryCandidateList => ({
  invtNo,
  ebcCode: EBC,
  statusCode: 800,
  statisticsFlag: 'B',
  declaredAt: new Date('2026-05-10T02:00:00Z'),
  totalPrice: '100.00',
  currency: 'USD',
  sumNo: null,
  ...override,
});

// May 2026 in Beijing time.
const request: SummaryRequest = { ebcCode: EBC, periodStart: new Date('2026-04-30T16:00:00Z'), periodEnd: new Date('2026-05-31T16:00:00Z') };

describe('summary declaration (清单核放、汇总统计, 701)', () => {
  it('summarises released and cleared B lists of the enterprise and period, totalled exactly per currency', () => {
    const selection = selectListsForSummary(
      [
        list('51412026E000000001', { totalPrice: '0.10' }),
        list('51412026E000000002', { totalPrice: '0.20', statusCode: 899 }),
        list('51412026E000000003', { totalPrice: '1000', currency: 'CNY' }),
        list('51412026E000000004', { totalPrice: '0.3', currency: 'CNY' }),
      ],
      request,
    );
    expect(selection).toEqual({
      invtNos: ['51412026E000000001', '51412026E000000002', '51412026E000000003', '51412026E000000004'],
      count: 4,
      totals: [
        { currency: 'CNY', amount: '1000.30' },
        { currency: 'USD', amount: '0.30' },
      ],
      excluded: [],
    });
  });

  it.each<[string, Partial<SummaryCandidateList>, string[]]>([
    ['accepted but not released (120)', { statusCode: 120 }, ['NOT_RELEASED']],
    ['under inspection (500)', { statusCode: 500 }, ['NOT_RELEASED']],
    ['rejected (100)', { statusCode: 100 }, ['NOT_RELEASED']],
    ['flagged A (simplified)', { statisticsFlag: 'A' }, ['NOT_FLAG_B']],
    ['without a flag (import)', { statisticsFlag: null }, ['NOT_FLAG_B']],
    ['flagged lower-case b', { statisticsFlag: 'b' }, ['NOT_FLAG_B']],
    ["of another enterprise", { ebcCode: OTHER }, ['OTHER_ENTERPRISE']],
    ['declared one millisecond before the period', { declaredAt: new Date('2026-04-30T15:59:59.999Z') }, ['OUTSIDE_PERIOD']],
    ['declared at the end of the period (exclusive)', { declaredAt: new Date('2026-05-31T16:00:00Z') }, ['OUTSIDE_PERIOD']],
    ['already in a summary', { sumNo: 'SUM-2026-04' }, ['ALREADY_SUMMARISED']],
    [
      'failing every condition',
      { statusCode: 300, statisticsFlag: 'A', ebcCode: OTHER, declaredAt: new Date('2026-06-01T00:00:00Z'), sumNo: 'SUM-1' },
      ['NOT_RELEASED', 'NOT_FLAG_B', 'OTHER_ENTERPRISE', 'OUTSIDE_PERIOD', 'ALREADY_SUMMARISED'],
    ],
  ])('excludes a list %s', (_description, override, codes) => {
    const selection = selectListsForSummary([list('51412026E000000009', override)], request);
    expect(selection.count).toBe(0);
    expect(selection.totals).toEqual([]);
    expect(selection.excluded).toHaveLength(1);
    expect(selection.excluded[0]?.reasons.map((r) => r.code)).toEqual(codes);
  });

  it.each([
    ['at the first instant of the period', '2026-04-30T16:00:00Z'],
    ['at the last millisecond of the period', '2026-05-31T15:59:59.999Z'],
  ])('includes a list declared %s', (_description, iso) => {
    expect(selectListsForSummary([list('51412026E000000001', { declaredAt: new Date(iso) })], request).count).toBe(1);
  });

  it('considers only the named lists when the application names them, each once', () => {
    const candidates = [list('51412026E000000001'), list('51412026E000000002'), list('51412026E000000003', { sumNo: 'SUM-1' })];
    const selection = selectListsForSummary(candidates, {
      ...request,
      invtNos: ['51412026E000000002', '51412026E000000003', '51412026E000000404', '51412026E000000002'],
    });
    expect(selection.invtNos).toEqual(['51412026E000000002']);
    expect(selection.totals).toEqual([{ currency: 'USD', amount: '100.00' }]);
    expect(selection.excluded).toEqual([
      { invtNo: '51412026E000000003', reasons: [{ code: 'ALREADY_SUMMARISED', message: 'list 51412026E000000003 is already in summary SUM-1' }] },
      { invtNo: '51412026E000000404', reasons: [{ code: 'NOT_FOUND', message: 'list 51412026E000000404 is not a list customs knows' }] },
    ]);
  });

  it('summarises nothing for an empty period', () => {
    expect(selectListsForSummary([], request)).toEqual({ invtNos: [], count: 0, totals: [], excluded: [] });
  });

  it.each<[string, SummaryCandidateList[], Partial<SummaryRequest>, string]>([
    ['an empty period', [], { periodEnd: request.periodStart }, 'periodStart must be before periodEnd'],
    ['a reversed period', [], { periodStart: request.periodEnd, periodEnd: request.periodStart }, 'periodStart must be before periodEnd'],
    ['an invalid date', [], { periodStart: new Date('x') }, 'valid Dates'],
    ['the same list twice', [list('51412026E000000001'), list('51412026E000000001')], {}, 'appears twice'],
    ['a price that is not a plain decimal', [list('51412026E000000001', { totalPrice: '1e2' })], {}, 'totalPrice of list 51412026E000000001'],
  ])('rejects %s', (_description, candidates, override, message) => {
    expect(() => selectListsForSummary(candidates, { ...request, ...override })).toThrow(message);
  });
});
