import { parseChapterRisk } from '../config';
import { DEFAULT_HS_CHAPTER_RISK } from '../rules/release-decision';

describe('CUSTOMS_HS_CHAPTER_RISK', () => {
  it.each([[undefined], [''], ['  ']])('keeps the default table when %p', (raw) => {
    expect(parseChapterRisk(raw)).toBe(DEFAULT_HS_CHAPTER_RISK);
  });

  it('sets the chapters named over the default, LOW taking one off', () => {
    const table = parseChapterRisk('{"85":"MEDIUM","33":"LOW","30":"HIGH"}');
    expect(table).toEqual({ ...DEFAULT_HS_CHAPTER_RISK, '85': 'MEDIUM', '33': 'LOW' });
    expect(Object.isFrozen(table)).toBe(true);
  });

  it.each([
    ['not json', 'must be a JSON object'],
    ['["85"]', 'must be a JSON object'],
    ['{"8":"HIGH"}', '"8" is not a two-digit HS chapter'],
    ['{"98":"HIGH"}', '"98" is not a two-digit HS chapter'],
    ['{"85":"SEVERE"}', 'chapter 85 must be LOW, MEDIUM or HIGH'],
  ])('fails fast on %s', (raw, message) => {
    expect(() => parseChapterRisk(raw)).toThrow(message);
  });
});
