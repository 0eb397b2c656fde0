import { useCallback, useEffect, useId, useState } from 'react';
import { describeErrors, graphql, RequestFailed } from '../api';
import { beijingTime as when } from '../periods';
import { useZones, zoneLabel } from '../zones';

interface Part {
  department: string;
  status: string;
  acknowledgementOverdue: boolean;
  answerOverdue: boolean;
  findings: string | null;
  declineReason: string | null;
}

interface Request {
  requestNo: string;
  zone: string;
  subject: { type: string; key: string };
  reason: string;
  legalBasis: string;
  actions: string[];
  filedBy: string;
  filedByOrganisation: string;
  filedAt: string;
  dueAt: string;
  status: string;
  overdue: boolean;
  parts: Part[];
}

interface Answer {
  assistanceRequests: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Request }[] };
}

const FIELDS = `requestNo zone subject { type key } reason legalBasis actions filedBy filedByOrganisation filedAt dueAt status overdue
  parts { department status acknowledgementOverdue answerOverdue findings declineReason }`;

const LIST = `query ConsoleAssistanceInbox($filter: AssistanceRequestFilter, $first: Int, $after: String) {
  assistanceRequests(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } }
  }
}`;

const ACKNOWLEDGE = `mutation ConsoleAcknowledgeAssistance($requestNo: ID!) { acknowledgeAssistanceRequest(requestNo: $requestNo) { ${FIELDS} } }`;

const PAGE = 25;

/**
 * 执法互助: the assistance requests the caller may see, newest first. An officer's inbox is what is
 * addressed to their department (they acknowledge it here); a regulator sees every request of
 * their zone or the province, overdue ones flagged.
 */
export function AssistanceInbox({ department }: { department: string | null }) {
  const zones = useZones();
  const ids = { relation: useId(), status: useId(), overdue: useId() };
  const [relation, setRelation] = useState<'' | 'ADDRESSED' | 'FILED'>(department ? 'ADDRESSED' : '');
  const [status, setStatus] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [rows, setRows] = useState<Request[] | null>(null);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [note, setNote] = useState<string | null>(null);

  const load = useCallback(
    async (after: string | null) => {
      setError(null);
      try {
        const filter = { ...(relation ? { mine: relation } : {}), ...(status ? { status } : {}), ...(overdueOnly ? { overdue: true } : {}) };
        const result = await graphql<Answer>(LIST, { filter, first: PAGE, after }, 'console: assistance inbox');
        const page = result.data!.assistanceRequests;
        setRows((previous) => [...(after && previous ? previous : []), ...page.edges.map((e) => e.node)]);
        setTotal(page.totalCount);
        setCursor(page.pageInfo.endCursor);
        setMore(page.pageInfo.hasNextPage);
        setWarnings(describeErrors(result.errors));
      } catch (caught) {
        setError(caught instanceof RequestFailed ? caught.message : String(caught));
      }
    },
    [relation, status, overdueOnly],
  );

  useEffect(() => {
    setRows(null);
    void load(null);
  }, [load]);

  const acknowledge = async (requestNo: string) => {
    setNote(null);
    try {
      const result = await graphql<{ acknowledgeAssistanceRequest: Request }>(ACKNOWLEDGE, { requestNo }, 'console: acknowledge assistance request');
      const updated = result.data!.acknowledgeAssistanceRequest;
      setRows((previous) => previous?.map((row) => (row.requestNo === requestNo ? updated : row)) ?? null);
      setNote(`已确认 Acknowledged ${requestNo}`);
    } catch (caught) {
      setNote(`Not acknowledged: ${(caught as Error).message}`);
    }
  };

  const ownPart = (request: Request) => request.parts.find((part) => department && part.department === department.toUpperCase().replace(/-/g, '_'));

  return (
    <section aria-labelledby="assistance-title">
      <h2 id="assistance-title" tabIndex={-1}>执法互助 Assistance inbox</h2>
      <form className="filters" aria-label="Assistance filter" onSubmit={(event) => event.preventDefault()}>
        <div>
          <label htmlFor={ids.relation}>范围 Which requests</label>
          <select id={ids.relation} value={relation} onChange={(e) => setRelation(e.target.value as typeof relation)}>
            <option value="">全部可见 All I may see</option>
            {department && <option value="ADDRESSED">发给本部门 Addressed to my department</option>}
            {department && <option value="FILED">本部门发起 Filed by my department</option>}
          </select>
        </div>
        <div>
          <label htmlFor={ids.status}>状态 Status</label>
          <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">任意 Any</option>
            <option value="OPEN">OPEN</option>
            <option value="ANSWERED">ANSWERED</option>
            <option value="CLOSED">CLOSED</option>
          </select>
        </div>
        <div className="checkbox">
          <input id={ids.overdue} type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
          <label htmlFor={ids.overdue}>仅逾期 Overdue only</label>
        </div>
      </form>
      {note && <p role="status" className="note">{note}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {warnings.length > 0 && (
        <ul className="warnings" aria-label="Partial answer">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {rows === null && !error && <p role="status">正在加载 Loading…</p>}
      {rows && rows.length === 0 && <p>No assistance request here.</p>}
      {rows && rows.length > 0 && (
        <table data-testid="assistance-requests">
          <caption>{total.toLocaleString()} requests, newest first (times in Beijing time)</caption>
          <thead>
            <tr>
              <th scope="col">Request</th>
              <th scope="col">Subject</th>
              <th scope="col">Reason · actions asked</th>
              <th scope="col">Filed</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Departments addressed</th>
              <th scope="col"><span className="visually-hidden">Act</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((request) => {
              const mine = ownPart(request);
              return (
                <tr key={request.requestNo} className={request.overdue ? 'anomaly' : undefined}>
                  <td>
                    {request.requestNo}
                    <br />
                    <small>{zoneLabel(zones, request.zone)}</small>
                  </td>
                  <td>
                    {request.subject.type}
                    <br />
                    <small>{request.subject.key}</small>
                  </td>
                  <td>
                    {request.reason}
                    <br />
                    <small>{request.actions.join(', ')} · {request.legalBasis}</small>
                  </td>
                  <td>
                    {request.filedBy} · {request.filedByOrganisation}
                    <br />
                    <small>{when(request.filedAt)}</small>
                  </td>
                  <td>{when(request.dueAt)}</td>
                  <td>
                    {request.status}
                    {request.overdue && <strong className="error"> 逾期 overdue</strong>}
                  </td>
                  <td>
                    <ul className="parts">
                      {request.parts.map((part) => (
                        <li key={part.department}>
                          {part.department}: {part.status}
                          {(part.acknowledgementOverdue || part.answerOverdue) && <strong className="error"> (late)</strong>}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {mine?.status === 'ADDRESSED' && request.status === 'OPEN' && (
                      <button type="button" onClick={() => void acknowledge(request.requestNo)} aria-label={`Acknowledge ${request.requestNo}`}>
                        确认收到 Acknowledge
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {more && (
        <button type="button" onClick={() => void load(cursor)}>
          更多 More ({rows?.length ?? 0} of {total.toLocaleString()})
        </button>
      )}
    </section>
  );
}
