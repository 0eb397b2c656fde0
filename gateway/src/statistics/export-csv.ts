import { Router, type Request, type Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { Logger } from '@zone/common';

/**
 * GET /statistics/export.csv?from=…&to=…&granularity=…[&zone=…&direction=…&tradeMode=…&hsChapter=…&country=…&currency=…]
 * with `Authorization: Bearer <token>`: any statistics view as a CSV file, for regulators.
 *
 * The route asks the gateway's own /graphql for the view, with the caller's own headers, so the
 * export goes through exactly what a query does (authentication, rate limit, the caller's
 * audience, zone confinement, demand control) and the audit log records it as the operation
 * `StatisticsCsvExport` under the request id the response carries. The file is named after the
 * filter (Content-Disposition).
 */

export const EXPORT_OPERATION = 'StatisticsCsvExport';

const FILTER_PARAMETERS = ['from', 'to', 'granularity', 'zone', 'direction', 'tradeMode', 'hsChapter', 'country', 'currency'] as const;
const REQUIRED = new Set(['from', 'to', 'granularity']);

/** Columns of the file: each a field of ZoneStatistics, lists flattened to `KEY:value` pairs joined by `;`. */
export const EXPORT_COLUMNS = [
  'zone', 'period', 'granularity', 'direction', 'tradeMode', 'hsChapter', 'country', 'currency',
  'orderCount', 'orderValueCny', 'orderValueByCurrency',
  'listsDeclared', 'listsReleased', 'listsRejected', 'rejectionsByReason', 'matchingFailures', 'exportReturns', 'medianHoursToRelease',
  'taxBills', 'taxAssessedCny', 'taxExemptedCny', 'invoiceFreeExemptions',
  'payments', 'paymentsCny', 'paymentsUsd', 'settlementsRefused',
  'parcelsDelivered', 'medianHoursToDeliver',
  'identityChecks', 'identityMismatches',
] as const;

const EXPORT_QUERY = `query ${EXPORT_OPERATION}($filter: StatisticsFilter!) { statistics(filter: $filter) {
  ${EXPORT_COLUMNS.map((c) => (c === 'orderValueByCurrency' ? 'orderValueByCurrency { currency amount }' : c === 'rejectionsByReason' ? 'rejectionsByReason { reason count }' : c)).join(' ')} } }`;

/** Headers of the caller's request carried to /graphql. */
const FORWARDED_HEADERS = ['authorization', 'x-purpose', 'x-request-id'];

function refuse(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** The filter from the query string; a problem per wrong parameter (unknown, repeated, missing). */
export function filterOfQuery(query: Request['query']): { filter: Record<string, string>; problems: { field: string; reason: string }[] } {
  const filter: Record<string, string> = {};
  const problems: { field: string; reason: string }[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (!(FILTER_PARAMETERS as readonly string[]).includes(name)) {
      problems.push({ field: name.slice(0, 40), reason: `is not a filter parameter (${FILTER_PARAMETERS.join(', ')})` });
    } else if (typeof value !== 'string') {
      problems.push({ field: name, reason: 'must be given once, as text' });
    } else if (value.length > 20) {
      problems.push({ field: name, reason: 'must be at most 20 characters' });
    } else {
      filter[name] = value;
    }
  }
  for (const name of REQUIRED) if (filter[name] === undefined && !problems.some((p) => p.field === name)) problems.push({ field: name, reason: 'is required' });
  return { filter, problems };
}

/** The file name: the filter's values in a fixed order, characters outside [A-Za-z0-9-] dropped. */
export function exportFileName(filter: Record<string, string>): string {
  const parts = FILTER_PARAMETERS.filter((name) => filter[name] !== undefined).map((name) => filter[name]!.replace(/[^A-Za-z0-9-]/g, ''));
  return `statistics_${parts.join('_')}.csv`;
}

type StatisticsRow = Record<string, unknown>;

function cell(name: string, value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (name === 'orderValueByCurrency') return (value as { currency: string; amount: string }[]).map((v) => `${v.currency}:${v.amount}`).join(';');
  if (name === 'rejectionsByReason') return (value as { reason: string; count: number }[]).map((v) => `${v.reason}:${v.count}`).join(';');
  return value as string | number;
}

/** The CSV text of statistics rows: a header line of the field names, then one line per zone and period. */
export function statisticsCsv(rows: readonly StatisticsRow[]): string {
  return stringify(rows.map((row) => EXPORT_COLUMNS.map((c) => cell(c, row[c]))), { header: true, columns: [...EXPORT_COLUMNS] });
}

export interface StatisticsExportOptions {
  /** The gateway's own /graphql URL, known once it listens. */
  graphqlUrl: () => string | null;
  log: Logger;
}

export function statisticsExportRouter(options: StatisticsExportOptions): Router {
  const router = Router();
  router.get('/statistics/export.csv', async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    const url = options.graphqlUrl();
    if (!url) return refuse(res, 503, 'UNAVAILABLE', 'The gateway is starting');
    const { filter, problems } = filterOfQuery(req.query);
    if (problems.length > 0) return refuse(res, 400, 'BAD_USER_INPUT', `Invalid input. ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, { problems });
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': res.locals.requestId as string };
    for (const name of FORWARDED_HEADERS) {
      const value = req.get(name);
      if (value !== undefined && name !== 'x-request-id') headers[name] = value;
    }
    try {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: EXPORT_QUERY, operationName: EXPORT_OPERATION, variables: { filter } }) });
      const body = (await response.json()) as { data?: { statistics?: StatisticsRow[] } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const rows = body.data?.statistics;
      // A department that is down leaves its columns empty: the file says so in a header, as the API says so in its errors.
      const down = (body.errors ?? []).map((e) => e.extensions?.serviceName).filter((name): name is string => typeof name === 'string');
      if (!rows || (body.errors ?? []).length > down.length) {
        // The API's own refusal (401, 429, a filter it refuses, a field outside the caller's audience), passed on as JSON.
        const status = response.status >= 400 ? response.status : body.errors?.some((e) => e.extensions?.code === 'FORBIDDEN') ? 403 : body.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT') ? 400 : 502;
        return res.status(status).json({ errors: body.errors ?? [{ message: 'The statistics could not be read', extensions: { code: 'UNAVAILABLE' } }] });
      }
      if (down.length > 0) res.setHeader('x-partial-data', [...new Set(down)].join(', '));
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${exportFileName(filter)}"`);
      res.send(statisticsCsv(rows));
    } catch (error) {
      options.log.error({ err: error }, 'statistics export failed');
      refuse(res, 502, 'UNAVAILABLE', 'The statistics could not be read right now');
    }
  });
  return router;
}
