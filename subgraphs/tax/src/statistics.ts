import {
  keyText,
  onBeijingDay,
  rowsOf,
  sumCount,
  sumMoney,
  type BucketTable,
  statisticsEntity,
  type FiguresOfSlice,
} from '@zone/common';
import type { TaxContext } from './context';
import type { ZoneStatisticsResolvers } from './generated/graphql';

/**
 * Tax per zone and day: retail import bills by the day they were issued (those standing:
 * cancelled and refunded bills count for nothing), with the tax the preference forgave, and
 * 无票免税 decisions by the day they were made (the latest per list). Tax bills carry no trade
 * mode or country: a view restricted to either gets null from tax.
 */
export const TAX_BUCKETS: BucketTable = {
  table: 'stat_tax',
  dimensions: { direction: 'direction', hsChapter: 'hs_chapter', currency: 'currency' },
  breakdown: [],
  measures: ['bills', 'assessed', 'exemptions', 'exempted'],
  daySelect: `SELECT d.zone, d.day, 'IMPORT' AS direction, coalesce(left(first_line.hs_code, 2), '') AS hs_chapter, b.currency::text AS currency,
      count(*) FILTER (WHERE b.status = 'ACTIVE') AS bills,
      coalesce(sum(b.total_tax) FILTER (WHERE b.status = 'ACTIVE'), 0) AS assessed,
      0 AS exemptions,
      coalesce(sum(forgone.amount) FILTER (WHERE b.status = 'ACTIVE' AND b.treatment = 'PREFERENTIAL'), 0) AS exempted
    FROM unnest($1::text[], $2::date[]) AS d(zone, day)
    JOIN tax_bill b ON b.zone = CAST(d.zone AS "Zone") AND ${onBeijingDay('b.issued_at')}
    LEFT JOIN tax_bill_line first_line ON first_line.tax_no = b.tax_no AND first_line.gnum = 1
    CROSS JOIN LATERAL (SELECT coalesce(sum(round((x.value_added_tax + x.consumption_tax) * 3 / 7, 2)), 0) AS amount FROM tax_bill_line x WHERE x.tax_no = b.tax_no) forgone
    GROUP BY d.zone, d.day, left(first_line.hs_code, 2), b.currency
    UNION ALL
    SELECT d.zone, d.day, 'EXPORT' AS direction, coalesce(left(e.lines->0->>'hsCode', 2), '') AS hs_chapter, 'CNY' AS currency,
      0, 0, count(*), 0
    FROM unnest($1::text[], $2::date[]) AS d(zone, day)
    JOIN invoice_free_exemption e ON e.zone = CAST(d.zone AS "Zone") AND ${onBeijingDay('e.assessed_at')}
    WHERE e.exempt AND NOT EXISTS (SELECT 1 FROM invoice_free_exemption n WHERE n.invt_no = e.invt_no AND n.revision > e.revision)
    GROUP BY d.zone, d.day, left(e.lines->0->>'hsCode', 2)`,
};

export interface TaxFigures {
  taxBills: number;
  taxAssessedCny: string;
  taxExemptedCny: string;
  invoiceFreeExemptions: number;
}

export const TAX_STATISTICS = [TAX_BUCKETS] as const;

const figuresOfSlice: FiguresOfSlice<TaxFigures> = async (read, keys) => {
  const rows = await read(TAX_BUCKETS, keys);
  const figures = new Map<string, TaxFigures>();
  for (const k of keys) {
    const own = rowsOf(rows, k);
    if (!own) continue;
    figures.set(keyText(k), {
      taxBills: sumCount(own, 'bills'),
      taxAssessedCny: sumMoney(own, 'assessed'),
      taxExemptedCny: sumMoney(own, 'exempted'),
      invoiceFreeExemptions: sumCount(own, 'exemptions'),
    });
  }
  return figures;
};

export const zoneStatisticsResolvers: ZoneStatisticsResolvers<TaxContext> = {
  __resolveReference: (reference, context) => statisticsEntity(context, reference, figuresOfSlice),
};
