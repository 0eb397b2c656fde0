import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { describeErrors, download, graphql, RequestFailed } from '../api';
import { Chart, type ChartClick } from '../Chart';
import { beijingToday, lastTwelveMonths, monthChunks, periodRange } from '../periods';
import { ANOMALIES_QUERY, DIMENSIONS, formatFigure, MEASURES, numeric, STATISTICS_QUERY, totals, type Anomaly, type Granularity, type MeasureKey, type StatisticsFilter, type StatisticsRow } from '../statistics';
import { useZones, zoneLabel } from '../zones';
import { recordsOfSeries, type RecordsFilter } from '../records';

interface Progress {
  label: string;
  done: number;
  total: number | null;
}

function ProgressBar({ progress }: { progress: Progress }) {
  return (
    <div className="progress" role="status" aria-live="polite">
      <label>
        {progress.label}
        <progress value={progress.done} max={progress.total ?? undefined} aria-label={progress.label} />
      </label>
      <span className="progress-text">{progress.total ? `${progress.done} / ${progress.total}` : `${progress.done}`}</span>
    </div>
  );
}

function exportUrl(filter: StatisticsFilter): string {
  const params = new URLSearchParams({ from: filter.from, to: filter.to, granularity: filter.granularity });
  for (const name of ['zone', 'direction', 'tradeMode', 'country', 'currency'] as const) {
    const value = filter[name];
    if (value) params.set(name, value);
  }
  return `/statistics/export.csv?${params}`;
}

type Form = { zone: string; from: string; to: string; granularity: Granularity; direction: string; tradeMode: string; currency: string; country: string };

/** The statistics filter of the form: the dimensions left at "all" are not sent. */
function filterOfForm(form: Form): StatisticsFilter {
  const dimensions = Object.fromEntries((['zone', 'direction', 'tradeMode', 'currency', 'country'] as const).filter((name) => form[name]).map((name) => [name, form[name]]));
  return { from: form.from, to: form.to, granularity: form.granularity, ...dimensions };
}

export function Dashboard({ fixedZone, onDrillDown }: { fixedZone: string | null; onDrillDown: (filter: RecordsFilter) => void }) {
  const zones = useZones();
  const ids = { zone: useId(), from: useId(), to: useId(), granularity: useId(), measure: useId(), direction: useId(), tradeMode: useId(), currency: useId(), country: useId() };
  const initial = useMemo(() => lastTwelveMonths(beijingToday()), []);
  const [form, setForm] = useState<Form>({ zone: fixedZone ?? '', from: initial.from, to: initial.to, granularity: 'MONTH', direction: '', tradeMode: '', currency: '', country: '' });
  const [filter, setFilter] = useState<StatisticsFilter>({ ...initial, granularity: 'MONTH', ...(fixedZone ? { zone: fixedZone } : {}) });
  const [measure, setMeasure] = useState<MeasureKey>('orderCount');
  const [rows, setRows] = useState<StatisticsRow[] | null>(null);
  const [anomalies, setAnomalies] = useState<Anomaly[] | null>(null);
  const [anomaliesError, setAnomaliesError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState<Progress | null>(null);
  const [exporting, setExporting] = useState<Progress | null>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);

  // Loads the statistics of the filter; a run of daily figures longer than a month loads month by month, with progress.
  useEffect(() => {
    const abort = new AbortController();
    const chunks = filter.granularity === 'DAY' ? monthChunks(filter.from, filter.to) : [{ from: filter.from, to: filter.to }];
    const run = async () => {
      setError(null);
      setWarnings([]);
      setRows(null);
      setAnomalies(null);
      setAnomaliesError(null);
      const collected: StatisticsRow[] = [];
      const problems: string[] = [];
      setLoading({ label: '正在加载统计 Loading figures', done: 0, total: chunks.length });
      try {
        for (const [index, chunk] of chunks.entries()) {
          const result = await graphql<{ statistics: StatisticsRow[] }>(STATISTICS_QUERY, { filter: { ...filter, ...chunk } }, 'console: statistics', abort.signal);
          collected.push(...(result.data?.statistics ?? []));
          problems.push(...describeErrors(result.errors));
          setLoading({ label: '正在加载统计 Loading figures', done: index + 1, total: chunks.length });
        }
        setRows(collected);
      } catch (caught) {
        if ((caught as Error).name === 'AbortError') return;
        setError(caught instanceof RequestFailed ? caught.message : String(caught));
      } finally {
        if (!abort.signal.aborted) setLoading(null);
      }
      try {
        const result = await graphql<{ statisticsAnomalies: Anomaly[] }>(ANOMALIES_QUERY, { filter }, 'console: anomalies', abort.signal);
        setAnomalies(result.data?.statisticsAnomalies ?? []);
        problems.push(...describeErrors(result.errors));
      } catch (caught) {
        if ((caught as Error).name === 'AbortError') return;
        setAnomaliesError((caught as Error).message);
      }
      if (!abort.signal.aborted) setWarnings([...new Set(problems)]);
    };
    void run();
    return () => abort.abort();
  }, [filter]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter(filterOfForm(form));
  };

  const runExport = useCallback(async () => {
    setExportNote(null);
    setExporting({ label: '正在导出 Exporting CSV', done: 0, total: null });
    try {
      const file = await download(exportUrl(filter), `statistics_${filter.from}_${filter.to}.csv`, (received, total) =>
        setExporting({ label: '正在导出 Exporting CSV', done: received, total }),
      );
      const url = URL.createObjectURL(file.blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setExportNote(`已导出 Exported ${file.fileName} (${file.blob.size.toLocaleString()} bytes)`);
    } catch (caught) {
      setExportNote(`Export failed: ${(caught as Error).message}`);
    } finally {
      setExporting(null);
    }
  }, [filter]);

  const info = MEASURES.find((m) => m.key === measure)!;
  const sums = useMemo(() => (rows ? totals(rows, measure) : null), [rows, measure]);
  const periods = useMemo(() => (sums ? [...sums.byPeriod.keys()] : []), [sums]);
  const zoneCodes = useMemo(() => (rows ? [...new Set(rows.map((r) => r.zone))].sort() : []), [rows]);
  const measureAnomalies = useMemo(() => (anomalies ?? []).filter((a) => a.series === measure), [anomalies, measure]);

  // The records behind a figure or an anomaly: its zone and period, the view's dimensions, and the kind of record its series is made of.
  const drillDown = (zone: string | null, range: { from: string; to: string }, series: string, origin: string) => {
    const { direction, tradeMode, currency, country } = filter;
    const note = country ? ` (country ${country}: no record search has it, so the records are not narrowed by it)` : '';
    onDrillDown({ zone: zone ?? filter.zone ?? null, ...range, direction, tradeMode, currency, ...recordsOfSeries(series), origin: `${origin}${note}` });
  };
  const drillPeriod = (zone: string | null, period: string, series: string = measure, label: string = info.label) => {
    const range = periodRange(period, filter.granularity) ?? { from: filter.from, to: filter.to };
    drillDown(zone, range, series, `${label} · ${zoneLabel(zones, zone)} · ${period}`);
  };

  const trendOption = useMemo(() => {
    if (!rows) return null;
    const series = zoneCodes.map((zone) => {
      const byPeriod = new Map(rows.filter((r) => r.zone === zone).map((r) => [r.period, numeric(r[measure])]));
      const flagged = measureAnomalies.filter((a) => a.zone === zone && byPeriod.has(a.period));
      return {
        name: zone,
        type: 'line',
        showSymbol: periods.length <= 62,
        data: periods.map((p) => byPeriod.get(p) ?? 0),
        markPoint: flagged.length
          ? { symbol: 'pin', itemStyle: { color: '#c0392b' }, data: flagged.map((a) => ({ name: 'anomaly', coord: [a.period, byPeriod.get(a.period) ?? 0], value: '!' })) }
          : undefined,
      };
    });
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 64, right: 24, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value' },
      series,
    };
  }, [rows, zoneCodes, periods, measure, measureAnomalies]);

  const comparisonOption = useMemo(() => {
    if (!sums) return null;
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 64, right: 24, top: 16, bottom: 32 },
      xAxis: { type: 'category', data: zoneCodes.map((z) => zones.find((zone) => zone.code === z)?.city ?? z), axisLabel: { interval: 0 } },
      yAxis: { type: 'value' },
      series: [{ name: info.label, type: 'bar', data: zoneCodes.map((z) => sums.byZone.get(z) ?? 0), itemStyle: { color: '#1f6fb2' } }],
    };
  }, [sums, zoneCodes, zones, info.label]);

  const trendSummary = sums
    ? `${info.label}, ${zoneLabel(zones, filter.zone ?? null)}, ${filter.from} to ${filter.to} by ${filter.granularity === 'DAY' ? 'day' : 'month'}: total ${formatFigure(sums.all, info.money)} over ${periods.length} periods; ${measureAnomalies.length} anomalies flagged on this series.`
    : '';
  const comparisonSummary = sums ? `${info.label} by zone: ${zoneCodes.map((z) => `${zoneLabel(zones, z)} ${formatFigure(sums.byZone.get(z) ?? 0, info.money)}`).join('; ')}.` : '';

  return (
    <section aria-labelledby="dashboard-title">
      <h2 id="dashboard-title" tabIndex={-1}>统计看板 Dashboard · {zoneLabel(zones, filter.zone ?? null)}</h2>
      <form className="filters" onSubmit={submit} aria-label="Statistics filter">
        <div>
          <label htmlFor={ids.zone}>地区 Zone</label>
          <select id={ids.zone} value={form.zone} disabled={Boolean(fixedZone)} onChange={(e) => setForm({ ...form, zone: e.target.value })}>
            {!fixedZone && <option value="">全省 Province</option>}
            {(fixedZone ? zones.filter((z) => z.code === fixedZone) : zones).map((z) => (
              <option key={z.code} value={z.code}>
                {z.city} {z.code}
              </option>
            ))}
            {fixedZone && !zones.some((z) => z.code === fixedZone) && <option value={fixedZone}>{fixedZone}</option>}
          </select>
        </div>
        <div>
          <label htmlFor={ids.from}>起 From</label>
          <input id={ids.from} type="date" value={form.from} required onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </div>
        <div>
          <label htmlFor={ids.to}>止 To</label>
          <input id={ids.to} type="date" value={form.to} required onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </div>
        <div>
          <label htmlFor={ids.granularity}>粒度 Granularity</label>
          <select id={ids.granularity} value={form.granularity} onChange={(e) => setForm({ ...form, granularity: e.target.value as Granularity })}>
            <option value="MONTH">按月 Month</option>
            <option value="DAY">按日 Day</option>
          </select>
        </div>
        {(Object.keys(DIMENSIONS) as (keyof typeof DIMENSIONS)[]).map((name) => (
          <div key={name}>
            <label htmlFor={ids[name]}>{DIMENSIONS[name].label}</label>
            <select id={ids[name]} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })}>
              <option value="">全部 All</option>
              {DIMENSIONS[name].values.map(([value, text]) => (
                <option key={value} value={value}>{text}</option>
              ))}
            </select>
          </div>
        ))}
        <div>
          <label htmlFor={ids.country}>国别 Country</label>
          <input id={ids.country} value={form.country} size={4} maxLength={3} pattern="[A-Z]{3}" placeholder="NZL" title="ISO 3166-1 alpha-3 code of origin (imports) or destination (exports), e.g. NZL"
            onChange={(e) => setForm({ ...form, country: e.target.value.toUpperCase() })} />
        </div>
        <button type="submit">查询 Show</button>
        <button type="button" onClick={() => void runExport()} disabled={Boolean(exporting)}>
          导出 CSV Export CSV
        </button>
      </form>
      {loading && <ProgressBar progress={loading} />}
      {exporting && <ProgressBar progress={exporting} />}
      {exportNote && <p className="note" role="status">{exportNote}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {warnings.length > 0 && (
        <ul className="warnings" aria-label="Partial answer">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {rows && sums && (
        <>
          <ul className="kpis" aria-label="Totals of the period">
            {MEASURES.map((m) => {
              const total = totals(rows, m.key).all;
              return (
                <li key={m.key}>
                  <button type="button" className={m.key === measure ? 'kpi selected' : 'kpi'} aria-pressed={m.key === measure} onClick={() => setMeasure(m.key)}>
                    <span className="kpi-label">{m.label}</span>
                    <span className="kpi-value">{formatFigure(total, m.money)}</span>
                    <span className="kpi-dept">{m.department}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="charts">
            <div>
              <h3>趋势 Trend · {info.label}</h3>
              {trendOption && (
                <Chart testId="trend-chart" option={trendOption} label={`Trend of ${info.label}`} summary={trendSummary} onClick={(p: ChartClick) => p.seriesName && periods[p.dataIndex] && drillPeriod(p.seriesName, periods[p.dataIndex]!)} />
              )}
            </div>
            <div>
              <h3>地区对比 Zone comparison · {info.label}</h3>
              {comparisonOption && (
                <Chart
                  testId="comparison-chart"
                  option={comparisonOption}
                  label={`${info.label} by zone`}
                  summary={comparisonSummary}
                  onClick={(p: ChartClick) => zoneCodes[p.dataIndex] && drillDown(zoneCodes[p.dataIndex]!, { from: filter.from, to: filter.to }, measure, `${info.label} · ${zoneLabel(zones, zoneCodes[p.dataIndex]!)}`)}
                />
              )}
            </div>
          </div>
          <details className="figures">
            <summary>数据表 Figures as a table ({rows.length} rows)</summary>
            <table>
              <caption>{info.label} per zone and period</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  {zoneCodes.map((z) => (
                    <th scope="col" key={z}>{zoneLabel(zones, z)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {periods.map((p) => (
                  <tr key={p}>
                    <th scope="row">{p}</th>
                    {zoneCodes.map((z) => {
                      const row = rows.find((r) => r.zone === z && r.period === p);
                      return (
                        <td key={z}>
                          <button type="button" className="link" onClick={() => drillPeriod(z, p)} aria-label={`Records of ${zoneLabel(zones, z)} in ${p}`}>
                            {formatFigure(numeric(row?.[measure]), info.money)}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      <h3>异常 Anomalies</h3>
      {anomalies === null && !error && !anomaliesError && <p role="status">正在检测 Looking for anomalies…</p>}
      {anomaliesError && <p className="note">Anomaly detection did not answer: {anomaliesError}</p>}
      {anomalies && anomalies.length === 0 && <p>No anomaly in this view.</p>}
      {anomalies && anomalies.length > 0 && (
        <table className="anomalies" data-testid="anomalies">
          <caption>Flagged against each series' trailing baseline (median and MAD) and the known-pattern detectors</caption>
          <thead>
            <tr>
              <th scope="col">Series</th>
              <th scope="col">Zone</th>
              <th scope="col">Period</th>
              <th scope="col">Value</th>
              <th scope="col">Baseline</th>
              <th scope="col">Score</th>
              <th scope="col">Why it matters</th>
              <th scope="col"><span className="visually-hidden">Records</span></th>
            </tr>
          </thead>
          <tbody>
            {anomalies.map((a, index) => (
              <tr key={`${a.series}-${a.zone}-${a.period}-${index}`} className="anomaly">
                <td>{a.series}</td>
                <td>{zoneLabel(zones, a.zone)}</td>
                <td>{a.period}</td>
                <td>{a.value ?? ''}</td>
                <td>{a.baseline ?? ''}</td>
                <td>{a.score === null ? '' : a.score.toFixed(1)}</td>
                <td>{a.explanation}</td>
                <td>
                  <button type="button" onClick={() => drillPeriod(a.zone, a.period, a.series, `${a.series} anomaly`)} aria-label={`Records behind ${a.series} in ${zoneLabel(zones, a.zone)}, ${a.period}`}>
                    明细 Records
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
