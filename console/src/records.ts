// The records behind a figure or an anomaly, read through the departments' record searches: what
// each kind of record is searched by, and which kind a statistics series is made of.
import { beijingInstants } from './periods';

export type RecordKind = 'orders' | 'inventoryLists' | 'payments' | 'waybills' | 'taxBills' | 'identityChecks';

/** The records behind a figure or an anomaly: a zone (or the province), a span of Beijing dates, the dashboard's dimensions. */
export interface RecordsFilter {
  zone: string | null;
  from: string;
  to: string;
  /** What was clicked, shown above the records. */
  origin?: string;
  /** Which records (default: orders). */
  kind?: RecordKind;
  direction?: string;
  tradeMode?: string;
  currency?: string;
  /** Inventory lists: their receipt statuses, any of. */
  statuses?: string[];
  /** Identity checks: their verdicts, any of. */
  verdicts?: string[];
  /** Waybills: by delivery time rather than issue time (delivered ones only). */
  delivered?: boolean;
  /** Orders: an amount band, in `currency`. */
  amountMin?: string;
  amountMax?: string;
}

export const RECORD_KINDS: readonly { kind: RecordKind; label: string; time: string }[] = [
  { kind: 'orders', label: '订单 Orders (commerce)', time: 'ordered' },
  { kind: 'inventoryLists', label: '清单 Inventory lists (customs)', time: 'declared' },
  { kind: 'payments', label: '支付 Payments (forex)', time: 'paid' },
  { kind: 'waybills', label: '运单 Waybills (post)', time: 'issued' },
  { kind: 'taxBills', label: '税单 Tax bills (tax)', time: 'issued' },
  { kind: 'identityChecks', label: '身份核验 Identity checks (public security)', time: 'checked' },
];

/** The dimensions a record search has (a search without one of the dashboard's dimensions is not narrowed by it). */
export const SEARCH_DIMENSIONS: Record<RecordKind, readonly ('direction' | 'tradeMode' | 'currency')[]> = {
  orders: ['direction', 'tradeMode', 'currency'],
  inventoryLists: ['direction', 'tradeMode', 'currency'],
  payments: ['direction', 'currency'],
  waybills: ['direction'],
  taxBills: [],
  identityChecks: [],
};

/** The search's time range on each record's own time. */
const TIME_FIELDS: Record<RecordKind, [string, string]> = {
  orders: ['orderedFrom', 'orderedTo'],
  inventoryLists: ['declaredFrom', 'declaredTo'],
  payments: ['paidFrom', 'paidTo'],
  waybills: ['issuedFrom', 'issuedTo'],
  taxBills: ['issuedFrom', 'issuedTo'],
  identityChecks: ['checkedFrom', 'checkedTo'],
};

/** The search's filter argument: the zone (or the caller's own), the dates as instants on the record's own time, the dimensions. */
export function searchFilterOf(kind: RecordKind, filter: RecordsFilter, fixedZone: string | null): Record<string, unknown> {
  const span = beijingInstants(filter.from, filter.to);
  const zone = filter.zone ?? fixedZone;
  const search: Record<string, unknown> = zone ? { zones: [zone] } : {};
  const dimensions = SEARCH_DIMENSIONS[kind];
  if (filter.direction && dimensions.includes('direction')) search.direction = filter.direction;
  if (filter.tradeMode && dimensions.includes('tradeMode')) search.tradeModes = [filter.tradeMode];
  if (filter.currency && dimensions.includes('currency')) search.currency = filter.currency;
  const [fromField, toField] = kind === 'waybills' && filter.delivered ? ['deliveredFrom', 'deliveredTo'] : TIME_FIELDS[kind];
  Object.assign(search, { [fromField]: span.from, [toField]: span.to });
  if (kind === 'orders' && filter.currency && filter.amountMin) search.amountMin = filter.amountMin;
  if (kind === 'orders' && filter.currency && filter.amountMax) search.amountMax = filter.amountMax;
  if (kind === 'inventoryLists' && filter.statuses?.length) search.statuses = filter.statuses;
  if (kind === 'identityChecks' && filter.verdicts?.length) search.verdicts = filter.verdicts;
  return search;
}

/** What a statistics series or anomaly is made of: the kind of record, and how its records are narrowed. */
export function recordsOfSeries(series: string): Pick<RecordsFilter, 'kind' | 'statuses' | 'verdicts' | 'delivered' | 'direction' | 'currency' | 'amountMin' | 'amountMax'> {
  switch (series) {
    case 'listsRejected':
      return { kind: 'inventoryLists', statuses: ['REJECTED'] };
    case 'listsDeclared':
    case 'listsReleased':
    case 'medianHoursToRelease':
    case 'matchingFailureRate':
      return { kind: 'inventoryLists' };
    case 'paymentsCny':
    case 'paymentsUsd':
    case 'settlementsRefused':
    case 'buyersPerPayer':
    case 'overseasSettlementGap':
      return { kind: 'payments' };
    case 'parcelsDelivered':
    case 'medianHoursToDeliver':
      return { kind: 'waybills', delivered: true };
    case 'taxAssessedCny':
    case 'taxExemptedCny':
      return { kind: 'taxBills' };
    case 'identityChecks':
      return { kind: 'identityChecks' };
    case 'identityMismatches':
    case 'identityMismatchRate':
      return { kind: 'identityChecks', verdicts: ['MISMATCH'] };
    case 'ordersJustUnderLimit':
      // The band the detector counts: import orders of CNY 4,750 up to the CNY 5,000 single-transaction limit.
      return { kind: 'orders', direction: 'IMPORT', currency: 'CNY', amountMin: '4750', amountMax: '4999.99' };
    default:
      return { kind: 'orders' };
  }
}
