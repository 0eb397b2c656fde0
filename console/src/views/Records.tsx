import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { describeErrors, graphql, RequestFailed } from '../api';
import { beijingTime } from '../periods';
import { RECORD_KINDS, SEARCH_DIMENSIONS, searchFilterOf, type RecordKind, type RecordsFilter } from '../records';
import { useZones, zoneLabel, type Zone } from '../zones';

export type { RecordsFilter } from '../records';

interface OrderRow {
  orderNo: string;
  ebpCode: string;
  zone: string;
  direction: string;
  tradeMode: string;
  orderedAt: string;
  actualPaid: string;
  currency: string;
  buyer: { name: string } | null;
  payment: { amountPaid: string } | null;
  waybill: { status: string } | null;
  inventoryList: { invtNo: string; status: string } | null;
  taxBill: { totalTax: string } | null;
  buyerIdentityCheck: { verdict: string } | null;
}

interface ListRow {
  invtNo: string;
  orderNo: string;
  zone: string;
  direction: string;
  tradeMode: string;
  declaredAt: string;
  status: string;
  totalPrice: string;
  currency: string;
  order: { actualPaid: string; currency: string; payment: { amountPaid: string } | null; waybill: { status: string } | null } | null;
}

interface PaymentRow {
  payCode: string;
  payTransactionId: string;
  orderNo: string;
  zone: string;
  direction: string;
  payTime: string;
  amountPaid: string;
  currency: string;
  payer: { name: string } | null;
  order: { actualPaid: string; currency: string; inventoryList: { status: string } | null; waybill: { status: string } | null } | null;
}

interface WaybillRow {
  logisticsCode: string;
  logisticsNo: string;
  orderNo: string;
  zone: string;
  direction: string | null;
  issuedAt: string;
  shippedAt: string | null;
  deliveredAt: string | null;
  status: string;
  order: { actualPaid: string; currency: string } | null;
}

interface TaxBillRow {
  taxNo: string;
  invtNo: string;
  orderNo: string;
  zone: string;
  issuedAt: string;
  treatment: string;
  totalTax: string;
  currency: string;
  status: string;
  order: { actualPaid: string; currency: string } | null;
}

interface IdentityCheckRow {
  serialNo: string;
  zone: string | null;
  checkedAt: string;
  verdict: string;
  order: { orderNo: string; ebpCode: string } | null;
}

interface SearchPage<R> {
  totalCount: number;
  totalCountIsEstimate: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: R }[];
}

const PAGE_FIELDS = 'totalCount totalCountIsEstimate pageInfo { hasNextPage endCursor }';

/** Each kind of record: its search (newest first), and how a row reads. Every row starts with its key, zone and time. */
const SEARCHES: { [K in RecordKind]: { query: string; headers: string[] } } = {
  orders: {
    query: `query ConsoleOrders($filter: OrderFilter, $first: Int, $after: String) {
  orders(filter: $filter, orderBy: ORDERED_AT_DESC, first: $first, after: $after) { ${PAGE_FIELDS}
    edges { node {
      orderNo ebpCode zone direction tradeMode orderedAt actualPaid currency buyer { name }
      payment { amountPaid } waybill { status } inventoryList { invtNo status } taxBill { totalTax } buyerIdentityCheck { verdict }
    } } } }`,
    headers: ['Order', 'Zone', 'Ordered', 'Paid', 'Buyer', 'Payment (forex)', 'Waybill (post)', 'List (customs)', 'Tax (tax)', 'Identity (public security)'],
  },
  inventoryLists: {
    query: `query ConsoleInventoryLists($filter: InventoryListFilter, $first: Int, $after: String) {
  inventoryLists(filter: $filter, orderBy: DECLARED_AT_DESC, first: $first, after: $after) { ${PAGE_FIELDS}
    edges { node {
      invtNo orderNo zone direction tradeMode declaredAt status totalPrice currency
      order { actualPaid currency payment { amountPaid } waybill { status } }
    } } } }`,
    headers: ['Inventory list', 'Zone', 'Declared', 'Status', 'Declared value', 'Order (commerce)', 'Payment (forex)', 'Waybill (post)'],
  },
  payments: {
    query: `query ConsolePayments($filter: PaymentFilter, $first: Int, $after: String) {
  payments(filter: $filter, orderBy: PAY_TIME_DESC, first: $first, after: $after) { ${PAGE_FIELDS}
    edges { node {
      payCode payTransactionId orderNo zone direction payTime amountPaid currency payer { name }
      order { actualPaid currency inventoryList { status } waybill { status } }
    } } } }`,
    headers: ['Payment', 'Zone', 'Paid', 'Amount', 'Payer', 'Order (commerce)', 'List (customs)', 'Waybill (post)'],
  },
  waybills: {
    query: `query ConsoleWaybills($filter: WaybillFilter, $first: Int, $after: String) {
  waybills(filter: $filter, orderBy: ISSUED_AT_DESC, first: $first, after: $after) { ${PAGE_FIELDS}
    edges { node { logisticsCode logisticsNo orderNo zone direction issuedAt shippedAt deliveredAt status order { actualPaid currency } } } } }`,
    headers: ['Waybill', 'Zone', 'Issued', 'Shipped', 'Delivered', 'Status', 'Order (commerce)'],
  },
  taxBills: {
    query: `query ConsoleTaxBills($filter: TaxBillFilter, $first: Int, $after: String) {
  taxBills(filter: $filter, orderBy: ISSUED_AT_DESC, first: $first, after: $after) { ${PAGE_FIELDS}
    edges { node { taxNo invtNo orderNo zone issuedAt treatment totalTax currency status order { actualPaid currency } } } } }`,
    headers: ['Tax bill', 'Zone', 'Issued', 'Treatment', 'Total tax', 'Status', 'Order (commerce)'],
  },
  identityChecks: {
    query: `query ConsoleIdentityChecks($filter: IdentityCheckFilter, $first: Int, $after: String) {
  identityChecks(filter: $filter, orderBy: CHECKED_AT_DESC, first: $first, after: $after) { ${PAGE_FIELDS}
    edges { node { serialNo zone checkedAt verdict order { orderNo ebpCode } } } } }`,
    headers: ['Identity check', 'Zone', 'Checked', 'Verdict', 'Order (commerce)'],
  },
};

type Row = OrderRow | ListRow | PaymentRow | WaybillRow | TaxBillRow | IdentityCheckRow;

function cells(kind: RecordKind, row: Row, zones: Zone[]): { key: string; values: ReactNode[] } {
  if (kind === 'orders') {
    const r = row as OrderRow;
    return {
      key: `${r.ebpCode}/${r.orderNo}`,
      values: [
        <>{r.orderNo}<br /><small>{r.ebpCode} · {r.direction} · {r.tradeMode}</small></>,
        zoneLabel(zones, r.zone), beijingTime(r.orderedAt), `${r.actualPaid} ${r.currency}`, r.buyer?.name ?? '',
        r.payment?.amountPaid ?? '—', r.waybill?.status ?? '—', r.inventoryList?.status ?? '—', r.taxBill?.totalTax ?? '—', r.buyerIdentityCheck?.verdict ?? '—',
      ],
    };
  }
  if (kind === 'inventoryLists') {
    const r = row as ListRow;
    return {
      key: r.invtNo,
      values: [
        <>{r.invtNo}<br /><small>{r.orderNo} · {r.direction} · {r.tradeMode}</small></>,
        zoneLabel(zones, r.zone), beijingTime(r.declaredAt), r.status, `${r.totalPrice} ${r.currency}`,
        r.order ? `${r.order.actualPaid} ${r.order.currency}` : '—', r.order?.payment?.amountPaid ?? '—', r.order?.waybill?.status ?? '—',
      ],
    };
  }
  if (kind === 'waybills') {
    const r = row as WaybillRow;
    return {
      key: `${r.logisticsCode}/${r.logisticsNo}`,
      values: [
        <>{r.logisticsNo}<br /><small>{r.logisticsCode} · {r.orderNo}{r.direction ? ` · ${r.direction}` : ''}</small></>,
        zoneLabel(zones, r.zone), beijingTime(r.issuedAt), r.shippedAt ? beijingTime(r.shippedAt) : '—', r.deliveredAt ? beijingTime(r.deliveredAt) : '—', r.status,
        r.order ? `${r.order.actualPaid} ${r.order.currency}` : '—',
      ],
    };
  }
  if (kind === 'taxBills') {
    const r = row as TaxBillRow;
    return {
      key: r.taxNo,
      values: [
        <>{r.taxNo}<br /><small>{r.invtNo} · {r.orderNo}</small></>,
        zoneLabel(zones, r.zone), beijingTime(r.issuedAt), r.treatment, `${r.totalTax} ${r.currency}`, r.status,
        r.order ? `${r.order.actualPaid} ${r.order.currency}` : '—',
      ],
    };
  }
  if (kind === 'identityChecks') {
    const r = row as IdentityCheckRow;
    return {
      key: r.serialNo,
      values: [r.serialNo, r.zone ? zoneLabel(zones, r.zone) : '—', beijingTime(r.checkedAt), r.verdict, r.order ? `${r.order.orderNo} · ${r.order.ebpCode}` : '—'],
    };
  }
  const r = row as PaymentRow;
  return {
    key: `${r.payCode}/${r.payTransactionId}`,
    values: [
      <>{r.payTransactionId}<br /><small>{r.payCode} · {r.orderNo} · {r.direction}</small></>,
      zoneLabel(zones, r.zone), beijingTime(r.payTime), `${r.amountPaid} ${r.currency}`, r.payer?.name ?? '',
      r.order ? `${r.order.actualPaid} ${r.order.currency}` : '—', r.order?.inventoryList?.status ?? '—', r.order?.waybill?.status ?? '—',
    ],
  };
}

/** The narrowing a filter carries besides zone and dates, as the reader sees it. */
function narrowing(filter: RecordsFilter, kind: RecordKind): string {
  const has = SEARCH_DIMENSIONS[kind];
  const parts = [has.includes('direction') ? filter.direction : null, filter.tradeMode && has.includes('tradeMode') ? `trade mode ${filter.tradeMode}` : null, has.includes('currency') ? filter.currency : null,
    kind === 'inventoryLists' && filter.statuses?.length ? filter.statuses.join('/') : null,
    kind === 'identityChecks' && filter.verdicts?.length ? filter.verdicts.join('/') : null,
    kind === 'orders' && filter.currency && (filter.amountMin || filter.amountMax) ? `amount ${filter.amountMin ?? '0'} to ${filter.amountMax ?? '…'}` : null];
  const shown = parts.filter(Boolean);
  return shown.length > 0 ? ` · ${shown.join(' · ')}` : '';
}

const PAGE = 25;

export function Records({ filter, fixedZone }: { filter: RecordsFilter | null; fixedZone: string | null }) {
  const zones = useZones();
  const kindId = useId();
  // A drill-down opens on the kind of record its figure is made of; the reader may switch kinds for the same zone and dates.
  const [choice, setChoice] = useState<{ filter: RecordsFilter | null; kind: RecordKind } | null>(null);
  const kind = choice && choice.filter === filter ? choice.kind : filter?.kind ?? 'orders';
  const latest = useRef(0);
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState<{ count: number; estimate: boolean } | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);

  const load = useCallback(
    async (after: string | null) => {
      if (!filter) return;
      const request = ++latest.current;
      setBusy(true);
      setError(null);
      try {
        const result = await graphql<Record<RecordKind, SearchPage<Row>>>(SEARCHES[kind].query, { filter: searchFilterOf(kind, filter, fixedZone), first: PAGE, after }, `console: records (${kind})`);
        if (request !== latest.current) return;
        const page = result.data![kind];
        setRows((previous) => (after ? [...previous, ...page.edges.map((e) => e.node)] : page.edges.map((e) => e.node)));
        setTotal({ count: page.totalCount, estimate: page.totalCountIsEstimate });
        setCursor(page.pageInfo.endCursor);
        setMore(page.pageInfo.hasNextPage);
        setWarnings(describeErrors(result.errors));
      } catch (caught) {
        if (request === latest.current) setError(caught instanceof RequestFailed ? caught.message : String(caught));
      } finally {
        if (request === latest.current) setBusy(false);
      }
    },
    [filter, fixedZone, kind],
  );

  useEffect(() => {
    setRows([]);
    setTotal(null);
    setMore(false);
    void load(null);
  }, [load]);

  const info = RECORD_KINDS.find((k) => k.kind === kind)!;
  const noun = info.label.split(' (')[0]!.replace(/^\S+ /, '').toLowerCase();
  return (
    <section aria-labelledby="records-title">
      <h2 id="records-title" tabIndex={-1}>明细 Records</h2>
      {!filter && <p>Choose a figure, a bar or an anomaly on the dashboard to see the records behind it.</p>}
      {filter && (
        <>
          <div className="filters">
            <div>
              <label htmlFor={kindId}>记录 Record kind</label>
              <select id={kindId} value={kind} onChange={(e) => setChoice({ filter, kind: e.target.value as RecordKind })}>
                {RECORD_KINDS.map((k) => (
                  <option key={k.kind} value={k.kind}>{k.label}</option>
                ))}
              </select>
            </div>
          </div>
          <p className="origin">
            {filter.origin ? `${filter.origin}: ` : ''}{noun} of {zoneLabel(zones, filter.zone ?? fixedZone)} {kind === 'waybills' && filter.delivered ? 'delivered' : info.time} {filter.from === filter.to ? `on ${filter.from}` : `from ${filter.from} to ${filter.to}`} (Beijing dates){narrowing(filter, kind)}
            {total !== null && <> · <strong data-testid="records-total">{total.estimate ? '≈' : ''}{total.count.toLocaleString()}</strong> {noun}</>}
          </p>
        </>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      {warnings.length > 0 && (
        <ul className="warnings" aria-label="Partial answer">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {rows.length > 0 && (
        <table data-testid="records" data-kind={kind}>
          <caption>Each record with what the other departments hold on it (times in Beijing time)</caption>
          <thead>
            <tr>
              {SEARCHES[kind].headers.map((h) => (
                <th scope="col" key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const { key, values } = cells(kind, row, zones);
              return (
                <tr key={key}>
                  {values.map((value, i) => (
                    <td key={i}>{value}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {filter && total?.count === 0 && !busy && <p>No {noun} in this span.</p>}
      {busy && <p role="status">正在加载 Loading…</p>}
      {more && !busy && (
        <button type="button" onClick={() => void load(cursor)}>
          更多 More ({rows.length} of {total?.count.toLocaleString()})
        </button>
      )}
    </section>
  );
}
