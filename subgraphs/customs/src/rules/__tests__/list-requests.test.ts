import { assessCancellation, assessImportReturn, exportReturnListRefusals, importReturnLastDate, type RequestedList } from '../list-requests';

const released = new Date('2026-03-01T10:00:00+08:00');
const importList = (statusCode: number, releasedAt: Date | null = null): RequestedList => ({ invtNo: '51712026I500000001', direction: 'IMPORT', statusCode, releasedAt });
const exportList = (statusCode: number, releasedAt: Date | null = null): RequestedList => ({ invtNo: '51712026E500000001', direction: 'EXPORT', statusCode, releasedAt });
const codes = (refusals: { code: string }[]) => refusals.map((r) => r.code);

describe('cancellation (623): only while customs still holds the goods', () => {
  it.each([[120], [300], [500]])('accepts a list of status %i', (statusCode) => {
    expect(assessCancellation(importList(statusCode))).toEqual({ accepted: true, refusals: [] });
    expect(assessCancellation(exportList(statusCode)).accepted).toBe(true);
  });

  it.each<[number, string]>([
    [800, 'ALREADY_RELEASED'],
    [899, 'ALREADY_RELEASED'],
    [100, 'ALREADY_REJECTED'],
    [1, 'NOT_RELEASED'],
    [399, 'NOT_RELEASED'],
  ])('refuses a list of status %i with %s', (statusCode, code) => {
    const result = assessCancellation(importList(statusCode, statusCode >= 800 ? released : null));
    expect(result.accepted).toBe(false);
    expect(codes(result.refusals)).toEqual([code]);
  });
});

describe('return of retail imports (625): within 30 days of release (海关总署公告2018年第194号)', () => {
  it('counts 30 Beijing calendar days from the day of release', () => {
    expect(importReturnLastDate(released)).toBe('2026-03-31');
    // 23:30 UTC on 28 February is already 1 March in Beijing.
    expect(importReturnLastDate(new Date('2026-02-28T23:30:00Z'))).toBe('2026-03-31');
    expect(importReturnLastDate(new Date('2026-12-15T12:00:00+08:00'))).toBe('2027-01-14');
  });

  it.each<[string, string, boolean]>([
    ['on the day of release', '2026-03-01T18:00:00+08:00', true],
    ['at the last instant of the 30th day', '2026-03-31T23:59:59.999+08:00', true],
    ['at midnight after the 30th day', '2026-04-01T00:00:00+08:00', false],
    ['months later', '2026-09-01T00:00:00+08:00', false],
  ])('%s', (_label, at, accepted) => {
    const result = assessImportReturn(importList(800, released), new Date(at));
    expect(result.accepted).toBe(accepted);
    expect(codes(result.refusals)).toEqual(accepted ? [] : ['OUTSIDE_RETURN_PERIOD']);
  });

  it('accepts a cleared list within the period', () => {
    expect(assessImportReturn(importList(899, released), new Date('2026-03-10T00:00:00+08:00')).accepted).toBe(true);
  });

  it.each([[120], [300], [500], [100]])('refuses a list of status %i: not released', (statusCode) => {
    expect(codes(assessImportReturn(importList(statusCode), released).refusals)).toEqual(['NOT_RELEASED']);
  });

  it('sends exported goods to the export return, naming every reason', () => {
    expect(codes(assessImportReturn(exportList(120), released).refusals)).toEqual(['NOT_AN_IMPORT_LIST', 'NOT_RELEASED']);
  });
});

describe('lists an export return can refer to', () => {
  it('takes a released or cleared export list', () => {
    expect(exportReturnListRefusals(exportList(800, released))).toEqual([]);
    expect(exportReturnListRefusals(exportList(899, released))).toEqual([]);
  });

  it.each<[RequestedList, string[]]>([
    [importList(800, released), ['NOT_AN_EXPORT_LIST']],
    [exportList(120), ['NOT_RELEASED']],
    [exportList(800, null), ['NOT_RELEASED']],
    [importList(300), ['NOT_AN_EXPORT_LIST', 'NOT_RELEASED']],
  ])('refuses %j with %j', (list, expected) => {
    expect(codes(exportReturnListRefusals(list))).toEqual(expected);
  });
});
