import { useCallback, useEffect, useState } from 'react';
import { describeErrors, graphql, RequestFailed } from '../api';
import { beijingInstants, beijingTime } from '../periods';
import { useZones, zoneLabel } from '../zones';

/** The records behind a figure or an anomaly: a zone (or the province) and a span of Beijing dates. */
export interface RecordsFilter {
  zone: string | null;
  from: string;
  to: string;
  /** What was clicked, shown above the records. */
  origin?: string;
}

interface OrderRow {
  orderNo: string;
  ebpCode: string;
  zone: string;
  direction: string;
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

interface OrdersAnswer {
  orders: { totalCount: number; totalCountIsEstimate: boolean; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: OrderRow }[] };
}

const ORDERS_QUERY = `query ConsoleRecords($filter: OrderFilter, $first: Int, $after: String) {
  orders(filter: $filter, orderBy: ORDERED_AT_DESC, first: $first, after: $after) {
    totalCount totalCountIsEstimate
    pageInfo { hasNextPage endCursor }
    edges { node {
      orderNo ebpCode zone direction orderedAt actualPaid currency buyer { name }
      payment { amountPaid } waybill { status } inventoryList { invtNo status } taxBill { totalTax } buyerIdentityCheck { verdict }
    } }
  }
}`;

const PAGE = 25;

export function Records({ filter, fixedZone }: { filter: RecordsFilter | null; fixedZone: string | null }) {
  const zones = useZones();
  const [rows, setRows] = useState<OrderRow[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);

  const load = useCallback(
    async (after: string | null) => {
      if (!filter) return;
      setBusy(true);
      setError(null);
      try {
        const zone = filter.zone ?? fixedZone;
        const span = beijingInstants(filter.from, filter.to);
        const search = { orderedFrom: span.from, orderedTo: span.to, ...(zone ? { zones: [zone] } : {}) };
        const result = await graphql<OrdersAnswer>(ORDERS_QUERY, { filter: search, first: PAGE, after }, 'console: records');
        const page = result.data!.orders;
        setRows((previous) => (after ? [...previous, ...page.edges.map((e) => e.node)] : page.edges.map((e) => e.node)));
        setTotal(page.totalCount);
        setCursor(page.pageInfo.endCursor);
        setMore(page.pageInfo.hasNextPage);
        setWarnings(describeErrors(result.errors));
      } catch (caught) {
        setError(caught instanceof RequestFailed ? caught.message : String(caught));
      } finally {
        setBusy(false);
      }
    },
    [filter, fixedZone],
  );

  useEffect(() => {
    setRows([]);
    setTotal(null);
    void load(null);
  }, [load]);

  return (
    <section aria-labelledby="records-title">
      <h2 id="records-title" tabIndex={-1}>明细 Records</h2>
      {!filter && <p>Choose a figure, a bar or an anomaly on the dashboard to see the orders behind it.</p>}
      {filter && (
        <p className="origin">
          {filter.origin ? `${filter.origin}: ` : ''}orders of {zoneLabel(zones, filter.zone ?? fixedZone)} ordered {filter.from === filter.to ? `on ${filter.from}` : `from ${filter.from} to ${filter.to}`} (Beijing dates)
          {total !== null && <> · <strong data-testid="records-total">{total.toLocaleString()}</strong> orders</>}
        </p>
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
        <table data-testid="records">
          <caption>Each order with what every department holds on it (times in Beijing time)</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Zone</th>
              <th scope="col">Ordered</th>
              <th scope="col">Paid</th>
              <th scope="col">Buyer</th>
              <th scope="col">Payment (forex)</th>
              <th scope="col">Waybill (post)</th>
              <th scope="col">List (customs)</th>
              <th scope="col">Tax (tax)</th>
              <th scope="col">Identity (public security)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.ebpCode}/${row.orderNo}`}>
                <td>
                  {row.orderNo}
                  <br />
                  <small>{row.ebpCode} · {row.direction}</small>
                </td>
                <td>{zoneLabel(zones, row.zone)}</td>
                <td>{beijingTime(row.orderedAt)}</td>
                <td>{row.actualPaid} {row.currency}</td>
                <td>{row.buyer?.name ?? ''}</td>
                <td>{row.payment?.amountPaid ?? '—'}</td>
                <td>{row.waybill?.status ?? '—'}</td>
                <td>{row.inventoryList ? `${row.inventoryList.status}` : '—'}</td>
                <td>{row.taxBill?.totalTax ?? '—'}</td>
                <td>{row.buyerIdentityCheck?.verdict ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {filter && total === 0 && !busy && <p>No order in this span.</p>}
      {busy && <p role="status">正在加载 Loading…</p>}
      {more && !busy && (
        <button type="button" onClick={() => void load(cursor)}>
          更多 More ({rows.length} of {total?.toLocaleString()})
        </button>
      )}
    </section>
  );
}
