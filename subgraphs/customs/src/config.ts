import { DEFAULT_HS_CHAPTER_RISK, type GoodsRisk, type HsChapterRiskTable } from './rules/release-decision';

/** Settings of customs beyond those every department has. */
export interface CustomsConfig {
  /**
   * Goods risk by two-digit HS chapter for risk-graded release: DEFAULT_HS_CHAPTER_RISK with the
   * chapters of CUSTOMS_HS_CHAPTER_RISK set over it.
   */
  chapterRisk: HsChapterRiskTable;
}

const RISKS: readonly GoodsRisk[] = ['LOW', 'MEDIUM', 'HIGH'];

/**
 * CUSTOMS_HS_CHAPTER_RISK: a JSON object from two-digit HS chapter to LOW, MEDIUM or HIGH, e.g.
 * {"85":"MEDIUM","33":"LOW"}. Each chapter named replaces the default's grade; LOW takes a chapter
 * off the default table. Unset or empty: the default table.
 */
export function parseChapterRisk(raw: string | undefined): HsChapterRiskTable {
  if (raw === undefined || raw.trim() === '') return DEFAULT_HS_CHAPTER_RISK;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('CUSTOMS_HS_CHAPTER_RISK must be a JSON object such as {"85":"MEDIUM"}');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('CUSTOMS_HS_CHAPTER_RISK must be a JSON object such as {"85":"MEDIUM"}');
  }
  const table: Record<string, GoodsRisk> = { ...DEFAULT_HS_CHAPTER_RISK };
  for (const [chapter, risk] of Object.entries(parsed)) {
    if (!/^\d{2}$/.test(chapter) || chapter === '00' || Number(chapter) > 97) {
      throw new Error(`CUSTOMS_HS_CHAPTER_RISK: "${chapter}" is not a two-digit HS chapter 01-97`);
    }
    if (!RISKS.includes(risk as GoodsRisk)) throw new Error(`CUSTOMS_HS_CHAPTER_RISK: chapter ${chapter} must be LOW, MEDIUM or HIGH`);
    table[chapter] = risk as GoodsRisk;
  }
  return Object.freeze(table);
}

/** Reads customs' settings from the environment; call once per process. */
export function loadCustomsConfig(env: NodeJS.ProcessEnv): CustomsConfig {
  return { chapterRisk: parseChapterRisk(env.CUSTOMS_HS_CHAPTER_RISK) };
}
