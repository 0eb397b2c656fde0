import { decodeOrderCursor, encodeOrderCursor, orderSpanOf } from '../order-span';

describe('the span of Beijing calendar dates an orders query covers', () => {
  it.each<[string, string, string, { start: string; end: string } | string[]]>([
    ['one day', '2026-11-27', '2026-11-27', { start: '2026-11-26T16:00:00.000Z', end: '2026-11-27T16:00:00.000Z' }],
    ['a month', '2026-02-01', '2026-02-28', { start: '2026-01-31T16:00:00.000Z', end: '2026-02-28T16:00:00.000Z' }],
    ['a leap year, 366 days', '2024-01-01', '2024-12-31', { start: '2023-12-31T16:00:00.000Z', end: '2024-12-31T16:00:00.000Z' }],
    ['367 days', '2025-01-01', '2026-01-02', ['filter.to']],
    ['end before start', '2026-11-27', '2026-11-26', ['filter.to']],
    ['30 February', '2026-02-30', '2026-03-01', ['filter.from']],
    ['not dates at all', '27/11/2026', 'tomorrow', ['filter.from', 'filter.to']],
    ['a date with a time', '2026-11-27T00:00', '2026-11-28', ['filter.from']],
    ['month 13', '2026-13-01', '2026-12-01', ['filter.from']],
  ])('%s (%s to %s)', (_name, from, to, expected) => {
    const span = orderSpanOf(from, to);
    if (Array.isArray(expected)) {
      expect(Array.isArray(span) && span.map((problem) => problem.field)).toEqual(expected);
    } else {
      expect(span).toEqual({ start: new Date(expected.start), end: new Date(expected.end) });
    }
  });
});

describe('the orders connection cursor', () => {
  it('reads back what it wrote', () => {
    const at = new Date('2026-11-27T08:00:00.123Z');
    expect(decodeOrderCursor(encodeOrderCursor(at, 123456789n))).toEqual({ orderedAt: at, id: 123456789n });
  });
  it.each([
    ['empty', ''],
    ['another connection’s cursor', Buffer.from('enterprise:91440200MA4W00000X').toString('base64url')],
    ['a forged time', Buffer.from('order:2026-99-99T00:00:00.000Z|1').toString('base64url')],
    ['no id', Buffer.from('order:2026-11-27T08:00:00.000Z|').toString('base64url')],
    ['an id too long for a bigint', Buffer.from(`order:2026-11-27T08:00:00.000Z|${'9'.repeat(20)}`).toString('base64url')],
  ])('refuses %s', (_name, cursor) => {
    expect(decodeOrderCursor(cursor)).toBeNull();
  });
});
