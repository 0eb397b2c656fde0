import { Client } from 'pg';
import { startStack, type Stack } from './support/stack';
import { SUBMIT_ORDER, orderInput, type OrderParties } from './support/order-input';

/**
 * Federated statistics (issue 11): every department's figures for a view agree exactly with a
 * recount from that department's rows, on the seeded data and after writes through the gateway.
 * The recounts below are written independently of the departments' bucket SQL.
 */

let stack: Stack;
let db: Client;
let regulator: Record<string, string>;
let parties: OrderParties;

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack();
  db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  regulator = { authorization: `Bearer ${await stack.token({ role: 'REGULATOR', org: 'GD-COMMERCE-DEPT' })}` };
  const { data } = await stack.query<{ enterprises: { edges: { node: { uscc: string; roles: string[] } }[] } }>(
    '{ enterprises(zone: SHAOGUAN, first: 100) { edges { node { uscc roles } } } }',
  );
  const withRole = (role: string) => data!.enterprises.edges.map((e) => e.node).find((e) => e.roles.includes(role))!.uscc;
  parties = { platformUscc: withRole('PLATFORM'), sellerUscc: withRole('ECOMMERCE'), payerUscc: withRole('PAYMENT') };
}, 120_000);

afterAll(async () => {
  await db?.end();
  await stack?.close();
});

const FIGURES = `zone period granularity direction tradeMode hsChapter country currency
  orderCount orderValueCny orderValueByCurrency { currency amount }
  listsDeclared listsReleased listsRejected rejectionsByReason { reason count } matchingFailures exportReturns medianHoursToRelease
  taxBills taxAssessedCny taxExemptedCny invoiceFreeExemptions
  payments paymentsCny paymentsUsd settlementsRefused
  parcelsDelivered medianHoursToDeliver
  identityChecks identityMismatches`;
const STATISTICS = `query Statistics($filter: StatisticsFilter!) { statistics(filter: $filter) { ${FIGURES} } }`;

type Row = Record<string, unknown> & { zone: string; period: string };

async function statistics(filter: Record<string, unknown>, headers = regulator): Promise<Row[]> {
  const result = await stack.query<{ statistics: Row[] }>(STATISTICS, { filter }, headers);
  expect(result.errors).toBeUndefined();
  return result.data!.statistics;
}

/** Beijing month (YYYY-MM) of a timestamptz column, computed with PostgreSQL's own time zone data. */
const month = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;

/** zone|period → value, from a recount query returning zone, period, value. */
async function recount(sql: string): Promise<Map<string, string>> {
  const { rows } = await db.query<{ zone: string; period: string; value: string }>(sql);
  return new Map(rows.map((r) => [`${r.zone}|${r.period}`, String(r.value)]));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function expectAgreesWithRows(rows: Row[]): Promise<void> {
  const counts = {
    orderCount: await recount(`SELECT zone::text AS zone, ${month('ordered_at')} AS period, count(*) AS value FROM commerce."order" GROUP BY 1, 2`),
    orderValueCny: await recount(`SELECT zone::text AS zone, ${month('ordered_at')} AS period, sum(actual_paid) AS value FROM commerce."order" WHERE currency = 'CNY' GROUP BY 1, 2`),
    listsDeclared: await recount(`SELECT zone::text AS zone, ${month('declared_at')} AS period, count(*) AS value FROM customs.inventory_list GROUP BY 1, 2`),
    listsReleased: await recount(`SELECT zone::text AS zone, ${month('declared_at')} AS period, count(*) AS value FROM customs.inventory_list WHERE released_at IS NOT NULL GROUP BY 1, 2`),
    listsRejected: await recount(`SELECT zone::text AS zone, ${month('declared_at')} AS period, count(*) AS value FROM customs.inventory_list WHERE status_code = 100 GROUP BY 1, 2`),
    taxAssessedCny: await recount(`SELECT zone::text AS zone, ${month('issued_at')} AS period, sum(total_tax) AS value FROM tax.tax_bill WHERE status = 'ACTIVE' GROUP BY 1, 2`),
    payments: await recount(`SELECT zone::text AS zone, ${month('pay_time')} AS period, count(*) AS value FROM forex.payment GROUP BY 1, 2`),
    paymentsCnyOfCny: await recount(`SELECT zone::text AS zone, ${month('pay_time')} AS period, sum(amount_paid) AS value FROM forex.payment WHERE currency = 'CNY' GROUP BY 1, 2`),
    parcelsDelivered: await recount(`SELECT w.zone::text AS zone, ${month('e.occurred_at')} AS period, count(*) AS value FROM post.waybill w JOIN post.tracking_event e ON e.waybill_id = w.id AND e.code = 'DELIVERED' GROUP BY 1, 2`),
    identityChecks: await recount(`SELECT zone::text AS zone, ${month('checked_at')} AS period, count(*) AS value FROM public_security.identity_check WHERE zone IS NOT NULL GROUP BY 1, 2`),
    identityMismatches: await recount(`SELECT zone::text AS zone, ${month('checked_at')} AS period, count(*) AS value FROM public_security.identity_check WHERE zone IS NOT NULL AND verdict = 'MISMATCH' GROUP BY 1, 2`),
  };
  const { rows: releases } = await db.query<{ zone: string; period: string; hours: number }>(
    `SELECT zone::text AS zone, ${month('declared_at')} AS period, floor(extract(epoch FROM released_at - declared_at) / 3600)::int AS hours FROM customs.inventory_list WHERE released_at IS NOT NULL`,
  );
  const { rows: deliveries } = await db.query<{ zone: string; period: string; hours: number }>(
    `SELECT w.zone::text AS zone, ${month('d.occurred_at')} AS period, floor(extract(epoch FROM d.occurred_at - f.first) / 3600)::int AS hours
     FROM post.waybill w JOIN post.tracking_event d ON d.waybill_id = w.id AND d.code = 'DELIVERED'
     JOIN (SELECT waybill_id, min(occurred_at) AS first FROM post.tracking_event GROUP BY 1) f ON f.waybill_id = w.id`,
  );
  const { rows: usdRows } = await db.query<{ zone: string; period: string; value: string }>(
    `SELECT zone::text AS zone, ${month('pay_time')} AS period, sum(amount_paid) AS value FROM forex.payment WHERE currency = 'USD' GROUP BY 1, 2`,
  );
  const { rows: otherCurrencies } = await db.query(`SELECT 1 FROM forex.payment WHERE currency NOT IN ('CNY', 'USD') LIMIT 1`);
  expect(otherCurrencies).toHaveLength(0);
  const usdOf = new Map(usdRows.map((r) => [`${r.zone}|${r.period}`, r.value]));

  const money = (value: string | undefined) => Number(value ?? 0).toFixed(2);
  let nonZero = 0;
  for (const row of rows) {
    const at = `${row.zone}|${row.period}`;
    expect([at, row.orderCount]).toEqual([at, Number(counts.orderCount.get(at) ?? 0)]);
    expect([at, row.orderValueCny]).toEqual([at, money(counts.orderValueCny.get(at))]);
    expect([at, row.listsDeclared]).toEqual([at, Number(counts.listsDeclared.get(at) ?? 0)]);
    expect([at, row.listsReleased]).toEqual([at, Number(counts.listsReleased.get(at) ?? 0)]);
    expect([at, row.listsRejected]).toEqual([at, Number(counts.listsRejected.get(at) ?? 0)]);
    expect([at, row.taxAssessedCny]).toEqual([at, money(counts.taxAssessedCny.get(at))]);
    expect([at, row.payments]).toEqual([at, Number(counts.payments.get(at) ?? 0)]);
    expect([at, row.paymentsUsd !== null && Number(row.paymentsUsd) >= Number(money(usdOf.get(at)))]).toEqual([at, true]);
    expect([at, row.parcelsDelivered]).toEqual([at, Number(counts.parcelsDelivered.get(at) ?? 0)]);
    expect([at, row.identityChecks]).toEqual([at, Number(counts.identityChecks.get(at) ?? 0)]);
    expect([at, row.identityMismatches]).toEqual([at, Number(counts.identityMismatches.get(at) ?? 0)]);
    expect([at, row.medianHoursToRelease]).toEqual([at, median(releases.filter((r) => `${r.zone}|${r.period}` === at).map((r) => r.hours))]);
    expect([at, row.medianHoursToDeliver]).toEqual([at, median(deliveries.filter((r) => `${r.zone}|${r.period}` === at).map((r) => r.hours))]);
    const reasons = (row.rejectionsByReason as { count: number }[]).reduce((sum, r) => sum + r.count, 0);
    expect(reasons).toBeGreaterThanOrEqual(row.listsRejected as number);
    if ((row.orderCount as number) > 0) nonZero++;
  }
  expect(nonZero).toBeGreaterThan(0);
}

describe('statistics', () => {
  it('answers a province-wide monthly view with every department\'s figures, equal to a recount from the rows', async () => {
    const rows = await statistics({ from: '2026-01-01', to: '2026-12-31', granularity: 'MONTH' });
    expect(rows).toHaveLength(8 * 12);
    expect(rows[0]).toMatchObject({ zone: 'SHAOGUAN', period: '2026-01', granularity: 'MONTH', direction: null });
    await expectAgreesWithRows(rows);
    const total = rows.reduce((sum, r) => sum + (r.orderCount as number), 0);
    const { rows: [all] } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM commerce."order" WHERE ordered_at >= '2025-12-31T16:00:00Z' AND ordered_at < '2026-12-31T16:00:00Z'`);
    expect(total).toBe(Number(all!.n));
  });

  it('moves a revised order between days and months instead of counting it twice, and counts a new one', async () => {
    const day = (iso: string) => iso.slice(0, 10);
    const input = orderInput(parties, `STATS-${Date.now()}`, 7);
    input.orderedAt = '2026-03-31T15:30:00Z'; // 23:30 on 31 March in Beijing
    const before = await statistics({ from: '2026-03-31', to: '2026-04-01', granularity: 'DAY', zone: 'SHAOGUAN' });
    const created = await stack.query<{ submitOrder: { outcome: string } }>(SUBMIT_ORDER, { input });
    expect(created.data?.submitOrder.outcome).toBe('CREATED');
    const afterCreate = await statistics({ from: '2026-03-31', to: '2026-04-01', granularity: 'DAY', zone: 'SHAOGUAN' });
    expect(afterCreate.map((r) => r.orderCount)).toEqual([(before[0]!.orderCount as number) + 1, before[1]!.orderCount]);
    expect(Number(afterCreate[0]!.orderValueCny) - Number(before[0]!.orderValueCny)).toBeCloseTo(550.5, 2);

    // The same order placed 45 minutes later is 00:15 on 1 April in Beijing: it moves to April.
    const revised = await stack.query<{ submitOrder: { outcome: string } }>(SUBMIT_ORDER, { input: { ...input, orderedAt: '2026-03-31T16:15:00Z' } });
    expect(revised.data?.submitOrder.outcome).toBe('CHANGED');
    const afterRevision = await statistics({ from: '2026-03-31', to: '2026-04-01', granularity: 'DAY', zone: 'SHAOGUAN' });
    expect(afterRevision.map((r) => r.orderCount)).toEqual([before[0]!.orderCount, (before[1]!.orderCount as number) + 1]);
    expect(afterRevision.map((r) => r.period)).toEqual([day('2026-03-31'), day('2026-04-01')]);
    await expectAgreesWithRows(await statistics({ from: '2026-01-01', to: '2026-12-31', granularity: 'MONTH' }));
  });

  it('drains the days a write noted as it commits, before any read, so the buckets equal a recount of the day', async () => {
    const input = orderInput(parties, `STATS-DRAIN-${Date.now()}`, 11);
    input.orderedAt = '2026-05-20T04:00:00Z'; // noon on 20 May in Beijing
    expect((await stack.query<{ submitOrder: { outcome: string } }>(SUBMIT_ORDER, { input })).data?.submitOrder.outcome).toBe('CREATED');
    // No statistics read is made: the department drains its queue on the commit's notification.
    const until = Date.now() + 120_000;
    for (;;) {
      const { rows: [queue] } = await db.query<{ n: string }>('SELECT count(*) AS n FROM commerce.stat_dirty');
      if (Number(queue!.n) === 0) break;
      if (Date.now() > until) throw new Error(`commerce.stat_dirty still holds ${queue!.n} marks after 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { rows: [bucket] } = await db.query<{ n: string | null }>(`SELECT sum(order_count) AS n FROM commerce.stat_order WHERE grain = 'D' AND zone = 'SHAOGUAN' AND period = '2026-05-20'`);
    const { rows: [rows] } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM commerce."order" WHERE zone = 'SHAOGUAN' AND ordered_at >= '2026-05-19T16:00:00Z' AND ordered_at < '2026-05-20T16:00:00Z'`,
    );
    expect(Number(bucket!.n)).toBe(Number(rows!.n));
    expect(Number(rows!.n)).toBeGreaterThan(0);
  }, 180_000);

  it('vacuums its queue and buckets itself after a large drain, so reads do not step over the dead marks', async () => {
    const started = new Date();
    // 12,000 marks at once, as a bulk load leaves them: 40 per day of 300 days of Shaoguan.
    await db.query(`INSERT INTO tax.stat_dirty (zone, day) SELECT 'SHAOGUAN', date '2026-01-01' + (g % 300) FROM generate_series(1, 12000) g`);
    const until = Date.now() + 150_000;
    for (;;) {
      const { rows: [state] } = await db.query<{ marks: string; vacuumed: Date | null; dead: string; pages: string }>(
        `SELECT (SELECT count(*) FROM tax.stat_dirty) AS marks, s.last_vacuum AS vacuumed, s.n_dead_tup AS dead, pg_relation_size('tax.stat_dirty') / current_setting('block_size')::int AS pages
         FROM pg_stat_user_tables s WHERE s.schemaname = 'tax' AND s.relname = 'stat_dirty'`,
      );
      if (Number(state!.marks) === 0 && state!.vacuumed && state!.vacuumed >= started) {
        // The vacuum (not autovacuum: last_vacuum) removed the 12,000 dead marks and gave their pages back.
        expect(Number(state!.dead)).toBeLessThan(1000);
        expect(Number(state!.pages)).toBeLessThanOrEqual(1);
        break;
      }
      if (Date.now() > until) throw new Error(`tax.stat_dirty not drained and vacuumed after 150 s: ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const { rows: [buckets] } = await db.query<{ vacuumed: Date | null }>(`SELECT last_vacuum AS vacuumed FROM pg_stat_user_tables WHERE schemaname = 'tax' AND relname = 'stat_tax'`);
    expect(buckets!.vacuumed! >= started).toBe(true);
    await expectAgreesWithRows(await statistics({ from: '2026-01-01', to: '2026-12-31', granularity: 'MONTH', zone: 'SHAOGUAN' }));
  }, 180_000);

  it('stays exact under concurrent writes and reads: orders on one day and across a month boundary, written at once', async () => {
    const at = ['2026-06-30T15:50:00Z', '2026-06-30T16:10:00Z']; // 23:50 on 30 June and 00:10 on 1 July in Beijing
    const view = { from: '2026-06-30', to: '2026-07-01', granularity: 'DAY', zone: 'SHAOGUAN' };
    const before = await statistics(view);
    const stamp = Date.now();
    const inputs = Array.from({ length: 12 }, (_, i) => ({ ...orderInput(parties, `STATS-CONC-${stamp}-${i}`, 20 + i), orderedAt: at[i % 2]! }));
    const [writes] = await Promise.all([
      Promise.all(inputs.map((input) => stack.query<{ submitOrder: { outcome: string } }>(SUBMIT_ORDER, { input }))),
      Promise.all(Array.from({ length: 4 }, () => statistics(view))),
    ]);
    expect(writes.map((w) => w.data?.submitOrder.outcome)).toEqual(inputs.map(() => 'CREATED'));
    // Half of them move across the boundary, concurrently with new ones on the same days.
    const moved = await Promise.all(inputs.filter((_, i) => i % 2 === 0).slice(0, 3).map((input) => stack.query<{ submitOrder: { outcome: string } }>(SUBMIT_ORDER, { input: { ...input, orderedAt: at[1] } })));
    expect(moved.map((w) => w.data?.submitOrder.outcome)).toEqual(['CHANGED', 'CHANGED', 'CHANGED']);
    const after = await statistics(view);
    expect(after.map((r) => (r.orderCount as number) - (before.find((b) => b.period === r.period)!.orderCount as number))).toEqual([3, 9]);
    await expectAgreesWithRows(await statistics({ from: '2026-01-01', to: '2026-12-31', granularity: 'MONTH' }));
  }, 180_000);

  it('cuts the figures by a dimension, and a department whose records lack it answers null', async () => {
    const rows = await statistics({ from: '2026-01-01', to: '2026-12-31', granularity: 'MONTH', zone: 'SHAOGUAN', direction: 'IMPORT', hsChapter: '19' });
    const { rows: [expected] } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM commerce."order" o JOIN commerce.order_item i ON i.order_id = o.id AND i.gnum = 1
       WHERE o.zone = 'SHAOGUAN' AND o.direction = 'IMPORT' AND left(i.hs_code, 2) = '19' AND o.ordered_at >= '2025-12-31T16:00:00Z' AND o.ordered_at < '2026-12-31T16:00:00Z'`,
    );
    expect(rows.reduce((sum, r) => sum + (r.orderCount as number), 0)).toBe(Number(expected!.n));
    expect(Number(expected!.n)).toBeGreaterThan(0);
    expect(rows.every((r) => r.hsChapter === '19' && r.direction === 'IMPORT')).toBe(true);
    // Payments, deliveries and identity checks carry no HS chapter.
    expect(rows.every((r) => r.payments === null && r.parcelsDelivered === null && r.identityChecks === null)).toBe(true);
    expect(rows.some((r) => (r.listsDeclared as number) > 0 && r.taxAssessedCny !== null)).toBe(true);
  });

  it('confines a zone-bound regulator to its zone', async () => {
    const zoneRegulator = { authorization: `Bearer ${await stack.token({ role: 'REGULATOR', org: 'SG-REGULATOR', zone: 'SHAOGUAN' })}` };
    const own = await statistics({ from: '2026-01-01', to: '2026-03-31', granularity: 'MONTH' }, zoneRegulator);
    expect(own.map((r) => r.zone)).toEqual(['SHAOGUAN', 'SHAOGUAN', 'SHAOGUAN']);
    expect(await statistics({ from: '2026-01-01', to: '2026-03-31', granularity: 'MONTH', zone: 'HEYUAN' }, zoneRegulator)).toEqual([]);
  });

  it('is not part of a bank\'s API', async () => {
    const bank = { authorization: `Bearer ${await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' })}` };
    const result = await stack.query(STATISTICS, { filter: { from: '2026-01-01', to: '2026-01-31', granularity: 'MONTH' } }, bank);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|PERSISTED_QUERY/);
  });

  it('names every wrong field of the filter', async () => {
    const result = await stack.query(STATISTICS, { filter: { from: '2026-02-30', to: '2025-01-01', granularity: 'DAY', tradeMode: '1111', hsChapter: '99', country: 'nz' } }, regulator);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field).sort();
    expect(fields).toEqual(['filter.country', 'filter.from', 'filter.hsChapter', 'filter.tradeMode']);
    const tooLong = await stack.query(STATISTICS, { filter: { from: '2025-01-01', to: '2026-12-31', granularity: 'DAY' } }, regulator);
    expect(tooLong.errors?.[0]?.extensions?.problems).toEqual([{ field: 'filter.to', reason: expect.stringContaining('at most 366 periods') }]);
  });
});

describe('CSV export', () => {
  const exportUrl = (query: string) => `${stack.gatewayBase}/statistics/export.csv?${query}`;

  it('downloads a view as CSV named after its filter, the same figures as the API, recorded in the audit log', async () => {
    const requestId = `csv-export-${Date.now()}`;
    const response = await fetch(exportUrl('from=2026-01-01&to=2026-06-30&granularity=MONTH&zone=SHAOGUAN&direction=IMPORT'), {
      headers: { ...regulator, 'x-request-id': requestId },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="statistics_2026-01-01_2026-06-30_MONTH_SHAOGUAN_IMPORT.csv"');
    const lines = (await response.text()).trim().split('\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['zone', 'period', 'granularity']);
    expect(lines).toHaveLength(7);
    const api = await statistics({ from: '2026-01-01', to: '2026-06-30', granularity: 'MONTH', zone: 'SHAOGUAN', direction: 'IMPORT' });
    const csvRows = lines.slice(1).map((line) => Object.fromEntries(line.split(',').map((value, i) => [header[i]!, value])));
    expect(csvRows.map((r) => [r.period, Number(r.orderCount), r.orderValueCny, Number(r.listsDeclared), r.taxAssessedCny, r.identityChecks]))
      .toEqual(api.map((r) => [r.period, r.orderCount, r.orderValueCny, r.listsDeclared, r.taxAssessedCny, '']));

    await stack.auditLog.sequenced();
    const entry = await stack.audit.prisma.auditEntry.findFirst({ where: { requestId } });
    expect(entry).toMatchObject({ operationName: 'StatisticsCsvExport', role: 'REGULATOR', organisation: 'GD-COMMERCE-DEPT', outcome: 'OK' });
  });

  it('refuses a caller without a token, a bank, and a wrong or unknown parameter, as JSON naming it', async () => {
    const query = 'from=2026-01-01&to=2026-01-31&granularity=MONTH';
    expect((await fetch(exportUrl(query))).status).toBe(401);
    const bank = { authorization: `Bearer ${await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' })}` };
    const refused = await fetch(exportUrl(query), { headers: bank });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    const unknown = await fetch(exportUrl(`${query}&colour=red`), { headers: regulator });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { extensions: { problems: unknown } }[] }).errors[0]!.extensions.problems).toEqual([{ field: 'colour', reason: expect.stringContaining('not a filter parameter') }]);
    const wrong = await fetch(exportUrl('from=2026-01-01&to=2025-01-31&granularity=MONTH&hsChapter=99'), { headers: regulator });
    expect(wrong.status).toBe(400);
    const problems = ((await wrong.json()) as { errors: { extensions: { problems: { field: string }[] } }[] }).errors[0]!.extensions.problems;
    expect(problems.map((p) => p.field).sort()).toEqual(['filter.hsChapter', 'filter.to']);
  });
});

describe('statisticsAnomalies', () => {
  const ANOMALIES = `query($filter: StatisticsFilter!) { statisticsAnomalies(filter: $filter) { series zone period value baseline score explanation } }`;
  type Found = { series: string; zone: string; period: string; value: number; baseline: number | null; score: number; explanation: string };
  const anomalies = async (filter: Record<string, unknown>, headers = regulator): Promise<Found[]> => {
    const result = await stack.query<{ statisticsAnomalies: Found[] }>(ANOMALIES, { filter }, headers);
    expect(result.errors).toBeUndefined();
    return result.data!.statisticsAnomalies;
  };
  const PATTERNS = ['ordersJustUnderLimit', 'buyersSharingOnePhone', 'buyersSharingOneAddress', 'buyersPerPayer', 'overseasSettlementGap', 'identityMismatchRate', 'matchingFailureRate'];

  it('fires each detector on the case the demo data plants in Chaozhou in September 2026', async () => {
    const found = await anomalies({ from: '2026-09-01', to: '2026-09-30', granularity: 'MONTH', zone: 'CHAOZHOU' });
    const series = new Set(found.map((a) => a.series));
    for (const name of ['ordersJustUnderLimit', 'buyersSharingOnePhone', 'buyersSharingOneAddress', 'buyersPerPayer', 'identityMismatchRate', 'matchingFailureRate', 'orderCount']) {
      expect([name, series.has(name)]).toEqual([name, true]);
    }
    expect(found.every((a) => a.zone === 'CHAOZHOU' && a.period === '2026-09')).toBe(true);
    expect(found.find((a) => a.series === 'ordersJustUnderLimit')).toMatchObject({ value: 12 });
    expect(found.find((a) => a.series === 'buyersSharingOnePhone')).toMatchObject({ value: 6, explanation: expect.stringContaining('138****8000') });
    expect(found.find((a) => a.series === 'buyersPerPayer')).toMatchObject({ value: 4 });
    const mismatches = found.find((a) => a.series === 'identityMismatchRate')!;
    expect(mismatches.score).toBeGreaterThanOrEqual(3.5);
    expect(mismatches.value).toBeGreaterThan(mismatches.baseline!);
  });

  it('stays quiet where nothing was planted', async () => {
    const found = await anomalies({ from: '2026-09-01', to: '2026-09-30', granularity: 'MONTH', zone: 'SHAOGUAN' });
    expect(found.filter((a) => PATTERNS.includes(a.series))).toEqual([]);
    const before = await anomalies({ from: '2026-08-01', to: '2026-08-31', granularity: 'MONTH', zone: 'CHAOZHOU' });
    expect(before.filter((a) => PATTERNS.includes(a.series))).toEqual([]);
  });

  it('flags an overseas-warehouse settlement far from the declared value, not one netted within reason', async () => {
    const { data } = await stack.query<{ enterprises: { edges: { node: { uscc: string; roles: string[] } }[] } }>('{ enterprises(zone: HEYUAN, first: 100) { edges { node { uscc roles } } } }');
    const sellers = data!.enterprises.edges.map((e) => e.node).filter((e) => e.roles.includes('ECOMMERCE')).map((e) => e.uscc);
    const settle = (ebcCode: string, net: string) => stack.query(
      `mutation($input: OverseasWarehouseSettlementInput!) { submitOverseasWarehouseSettlement(input: $input) { outcome } }`,
      { input: { ebcCode, period: '2026-07', currency: 'USD', declaredExportValue: '10000.00', grossSalesRevenue: net, costs: [] } },
    );
    expect((await settle(sellers[0]!, '4000.00')).errors).toBeUndefined();
    expect((await settle(sellers[1]!, '9500.00')).errors).toBeUndefined();
    const found = (await anomalies({ from: '2026-07-01', to: '2026-07-31', granularity: 'MONTH', zone: 'HEYUAN' })).filter((a) => a.series === 'overseasSettlementGap');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 4000, baseline: 10000, explanation: expect.stringContaining(sellers[0]!) });
  });

  it('keeps a zone-bound regulator to its zone', async () => {
    const zoneRegulator = { authorization: `Bearer ${await stack.token({ role: 'REGULATOR', org: 'SG-REGULATOR', zone: 'SHAOGUAN' })}` };
    expect(await anomalies({ from: '2026-09-01', to: '2026-09-30', granularity: 'MONTH', zone: 'CHAOZHOU' }, zoneRegulator)).toEqual([]);
  });
});
