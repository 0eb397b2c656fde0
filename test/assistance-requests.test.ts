import type { CommercePrisma } from '../subgraphs/commerce/src';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/**
 * Mutual assistance in enforcement (执法互助) through the gateway: a request filed by customs about
 * an enterprise, answered by forex and declined by tax, closed by customs; every step visible to
 * both sides and to regulators; every illegal step refused with its reason.
 */

let stack: Stack;
let commerceDb: CommercePrisma;
let uscc: string;
let zone: string;
let otherZone: string;

const bearer = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });
type Headers = Record<string, string>;
let customs: Headers;
let forex: Headers;
let tax: Headers;
let post: Headers;
let regulator: Headers;
let zoneRegulator: Headers;
let customsElsewhere: Headers;

beforeAll(async () => {
  stack = await startStack();
  commerceDb = stack.runtimes.commerce.prisma as unknown as CommercePrisma;
  const page = await stack.query<{ enterprises: { edges: { node: { uscc: string; zone: string } }[] } }>('{ enterprises(zone: HEYUAN, first: 1) { edges { node { uscc zone } } } }');
  ({ uscc, zone } = page.data!.enterprises.edges[0]!.node);
  otherZone = 'SHAOGUAN';
  customs = await bearer({ role: 'OFFICER', org: `CUSTOMS-${zone}`, department: 'customs', zone: zone as never });
  forex = await bearer({ role: 'SYSTEM', org: 'SYSTEM-FOREX', department: 'forex' });
  tax = await bearer({ role: 'OFFICER', org: `TAX-${zone}`, department: 'tax', zone: zone as never });
  post = await bearer({ role: 'SYSTEM', org: 'SYSTEM-POST', department: 'post' });
  regulator = await bearer({ role: 'REGULATOR', org: 'GD-COMMERCE' });
  zoneRegulator = await bearer({ role: 'REGULATOR', org: 'SG-COMMERCE', zone: otherZone as never });
  customsElsewhere = await bearer({ role: 'OFFICER', org: `CUSTOMS-${otherZone}`, department: 'customs', zone: otherZone as never });
});
afterAll(async () => {
  await stack?.close();
});

const REQUEST_FIELDS = `requestNo zone status overdue filedBy filedByOrganisation filedAt dueAt actions closedAt closingNote
  subject { type key enterprise { uscc } }
  parts { department status acknowledgedAt acknowledgedBy acknowledgementOverdue answeredAt findings evidence declineReason answerOverdue hoursToAcknowledge hoursToAnswer }
  measures { id kind inForce department }`;
const FILE = `mutation($input: AssistanceRequestInput!) { fileAssistanceRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const ACK = `mutation($no: ID!) { acknowledgeAssistanceRequest(requestNo: $no) { ${REQUEST_FIELDS} } }`;
const ANSWER = `mutation($no: ID!, $answer: AssistanceAnswerInput!) { answerAssistanceRequest(requestNo: $no, answer: $answer) { ${REQUEST_FIELDS} } }`;
const DECLINE = `mutation($no: ID!, $reason: String!) { declineAssistanceRequest(requestNo: $no, reason: $reason) { ${REQUEST_FIELDS} } }`;
const CLOSE = `mutation($no: ID!, $note: String!) { closeAssistanceRequest(requestNo: $no, note: $note) { ${REQUEST_FIELDS} } }`;
const ONE = `query($no: ID!) { assistanceRequest(requestNo: $no) { ${REQUEST_FIELDS} } }`;
const LIST = `query($filter: AssistanceRequestFilter, $first: Int, $after: String) {
  assistanceRequests(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { requestNo status overdue } } pageInfo { hasNextPage endCursor } }
}`;

interface Part {
  department: string;
  status: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgementOverdue: boolean;
  answeredAt: string | null;
  findings: string | null;
  evidence: string[];
  declineReason: string | null;
  answerOverdue: boolean;
  hoursToAcknowledge: number | null;
  hoursToAnswer: number | null;
}
interface Request {
  requestNo: string;
  zone: string;
  status: string;
  overdue: boolean;
  filedBy: string;
  subject: { type: string; key: string; enterprise: { uscc: string } | null };
  parts: Part[];
  measures: { id: string; kind: string; inForce: boolean; department: string }[];
  closedAt: string | null;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const requestInput = (overrides: Record<string, unknown> = {}) => ({
  subject: { type: 'ENTERPRISE', uscc },
  reason: 'declared values far below the payments received: suspected non-genuine trade',
  legalBasis: '海关法 第四十五条; 粤府函〔2022〕58号 执法互助',
  actions: ['PROVIDE_RECORDS', 'REFUSE_SETTLEMENT', 'SUSPEND_DEEMED_TAX'],
  dueAt: inDays(10),
  addressedTo: ['FOREX', 'TAX'],
  ...overrides,
});

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function refusedWith(response: GraphQLResponse, code: string, refusal?: string): string {
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  if (refusal) expect(response.errors?.[0]?.extensions?.refusal).toBe(refusal);
  return response.errors![0]!.message;
}

async function file(headers: Headers, overrides: Record<string, unknown> = {}): Promise<Request> {
  return ok(await stack.query<{ fileAssistanceRequest: Request }>(FILE, { input: requestInput(overrides) }, headers)).fileAssistanceRequest;
}

describe('assistance requests through the gateway', () => {
  it('runs the whole lifecycle across customs, forex and tax, visible to both sides and to regulators', async () => {
    const filed = await file(customs);
    expect(filed).toMatchObject({ zone, status: 'OPEN', overdue: false, filedBy: 'CUSTOMS', subject: { type: 'ENTERPRISE', key: uscc, enterprise: { uscc } } });
    expect(filed.requestNo).toMatch(/^AR\d{12}$/);
    expect(filed.parts.map((p) => [p.department, p.status])).toEqual([['FOREX', 'ADDRESSED'], ['TAX', 'ADDRESSED']]);

    // Forex acknowledges and answers, putting the settlement refusal in force; tax acknowledges and declines.
    const acknowledged = ok(await stack.query<{ acknowledgeAssistanceRequest: Request }>(ACK, { no: filed.requestNo }, forex)).acknowledgeAssistanceRequest;
    const forexPart = acknowledged.parts.find((p) => p.department === 'FOREX')!;
    expect(forexPart).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: 'SYSTEM-FOREX', acknowledgementOverdue: false });
    expect(forexPart.hoursToAcknowledge).toBeGreaterThanOrEqual(0);
    const answered = ok(await stack.query<{ answerAssistanceRequest: Request }>(ANSWER, {
      no: filed.requestNo,
      answer: { findings: 'USD 310,000 received against CNY 40,000 declared in 2026', evidence: ['FX-SETTLEMENT-2026-0001', 'forex:attestation:0042'], applyMeasures: ['FOREX_SETTLEMENT_REFUSED'] },
    }, forex)).answerAssistanceRequest;
    expect(answered.parts.find((p) => p.department === 'FOREX')).toMatchObject({ status: 'ANSWERED', evidence: ['FX-SETTLEMENT-2026-0001', 'forex:attestation:0042'] });
    expect(answered.measures).toEqual([{ id: `ASSISTANCE_REQUEST:${filed.requestNo}:FOREX_SETTLEMENT_REFUSED`, kind: 'FOREX_SETTLEMENT_REFUSED', inForce: true, department: 'FOREX' }]);
    expect(answered.status).toBe('OPEN');

    ok(await stack.query(ACK, { no: filed.requestNo }, tax));
    const declined = ok(await stack.query<{ declineAssistanceRequest: Request }>(DECLINE, { no: filed.requestNo, reason: 'the enterprise is not under deemed taxation' }, tax)).declineAssistanceRequest;
    expect(declined.parts.find((p) => p.department === 'TAX')).toMatchObject({ status: 'DECLINED', declineReason: 'the enterprise is not under deemed taxation' });
    expect(declined.status).toBe('ANSWERED');

    // Both sides and a province-wide regulator see the same request; a regulator of another zone and a department not involved do not.
    for (const headers of [customs, forex, tax, regulator]) {
      const seen = ok(await stack.query<{ assistanceRequest: Request | null }>(ONE, { no: filed.requestNo }, headers)).assistanceRequest;
      expect(seen?.parts.map((p) => p.status)).toEqual(['ANSWERED', 'DECLINED']);
    }
    for (const headers of [zoneRegulator, post]) {
      expect(ok(await stack.query<{ assistanceRequest: Request | null }>(ONE, { no: filed.requestNo }, headers)).assistanceRequest).toBeNull();
    }

    const filedByCustoms = ok(await stack.query<{ assistanceRequests: { edges: { node: { requestNo: string } }[] } }>(LIST, { filter: { mine: 'FILED' } }, customs)).assistanceRequests;
    expect(filedByCustoms.edges.map((e) => e.node.requestNo)).toContain(filed.requestNo);
    const addressedToForex = ok(await stack.query<{ assistanceRequests: { edges: { node: { requestNo: string; status: string } }[] } }>(LIST, { filter: { mine: 'ADDRESSED', status: 'ANSWERED' } }, forex)).assistanceRequests;
    expect(addressedToForex.edges.map((e) => e.node)).toContainEqual({ requestNo: filed.requestNo, status: 'ANSWERED', overdue: false });
    const addressedToPost = ok(await stack.query<{ assistanceRequests: { totalCount: number } }>(LIST, { filter: { mine: 'ADDRESSED' } }, post)).assistanceRequests;
    expect(addressedToPost.totalCount).toBe(0);

    const closed = ok(await stack.query<{ closeAssistanceRequest: Request }>(CLOSE, { no: filed.requestNo, note: 'records received; settlement refusal noted' }, customs)).closeAssistanceRequest;
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt).toBeTruthy();

    // Each step announced itself in commerce's outbox, in the step's own transaction.
    const events = await commerceDb.eventOutbox.findMany({ where: { payload: { path: ['requestNo'], equals: filed.requestNo } }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.topic, (e.payload as { status: string }).status, (e.payload as { actingDepartment: string }).actingDepartment])).toEqual([
      ['assistanceRequestAddressed', 'FILED', 'customs'],
      ['assistanceRequestUpdated', 'ACKNOWLEDGED', 'forex'],
      ['assistanceRequestUpdated', 'ANSWERED', 'forex'],
      ['assistanceRequestUpdated', 'ACKNOWLEDGED', 'tax'],
      ['assistanceRequestUpdated', 'DECLINED', 'tax'],
      ['assistanceRequestUpdated', 'CLOSED', 'customs'],
    ]);
    const measureEvents = await commerceDb.eventOutbox.findMany({ where: { topic: 'jointMeasureChanged', payload: { path: ['subjectKey'], equals: uscc } } });
    expect(measureEvents.map((e) => e.payload)).toContainEqual({ subjectKind: 'ENTERPRISE', subjectKey: uscc, zone, measure: 'FOREX_SETTLEMENT_REFUSED', source: 'ASSISTANCE_REQUEST', inForce: true, department: 'forex' });

    const timings = ok(await stack.query<{ assistanceTimings: { department: string; addressed: number; acknowledged: number; answered: number; declined: number; meanHoursToAcknowledge: number | null; meanHoursToAnswer: number | null }[] }>(
      `query($zone: Zone) { assistanceTimings(zone: $zone) { department addressed acknowledged answered declined overdueNow meanHoursToAcknowledge maxHoursToAcknowledge meanHoursToAnswer maxHoursToAnswer } }`, { zone }, regulator,
    )).assistanceTimings;
    const forexTiming = timings.find((t) => t.department === 'FOREX')!;
    expect(forexTiming).toMatchObject({ acknowledged: expect.any(Number), answered: expect.any(Number) });
    expect(forexTiming.answered).toBeGreaterThanOrEqual(1);
    expect(forexTiming.meanHoursToAcknowledge).not.toBeNull();
    expect(timings.find((t) => t.department === 'TAX')!.declined).toBeGreaterThanOrEqual(1);
  });

  it('refuses every illegal step with its reason, and changes nothing', async () => {
    const filed = await file(customs, { addressedTo: ['FOREX', 'POST'] });
    const no = filed.requestNo;
    expect(refusedWith(await stack.query(ANSWER, { no, answer: { findings: 'x found', evidence: [] } }, forex), 'CONFLICT', 'NOT_ACKNOWLEDGED')).toContain('acknowledged before it is answered');
    refusedWith(await stack.query(DECLINE, { no, reason: 'no' }, forex), 'CONFLICT', 'NOT_ACKNOWLEDGED');
    refusedWith(await stack.query(ACK, { no }, customs), 'FORBIDDEN', 'NOT_THE_ADDRESSEE');
    refusedWith(await stack.query(ACK, { no }, tax), 'FORBIDDEN', 'NOT_THE_ADDRESSEE');
    refusedWith(await stack.query(CLOSE, { no, note: 'mine now' }, forex), 'FORBIDDEN', 'NOT_THE_REQUESTER');
    ok(await stack.query(ACK, { no }, forex));
    refusedWith(await stack.query(ACK, { no }, forex), 'CONFLICT', 'ALREADY_ACKNOWLEDGED');
    // An answer may put in force only the answering department's measures, for actions asked.
    const wrongMeasure = await stack.query(ANSWER, { no, answer: { findings: 'found', evidence: [], applyMeasures: ['POST_PARCELS_HELD'] } }, forex);
    refusedWith(wrongMeasure, 'BAD_USER_INPUT');
    expect(wrongMeasure.errors![0]!.extensions!.problems).toEqual([{ field: 'answer.applyMeasures[0]', reason: 'POST_PARCELS_HELD is applied by post, not forex' }]);
    ok(await stack.query(ANSWER, { no, answer: { findings: 'nothing unusual', evidence: [] } }, forex));
    refusedWith(await stack.query(ANSWER, { no, answer: { findings: 'again', evidence: [] } }, forex), 'CONFLICT', 'ALREADY_SETTLED');

    const closed = ok(await stack.query<{ closeAssistanceRequest: Request }>(CLOSE, { no, note: 'enough' }, customs)).closeAssistanceRequest;
    expect(closed.parts.map((p) => [p.department, p.status])).toEqual([['FOREX', 'ANSWERED'], ['POST', 'WITHDRAWN']]);
    refusedWith(await stack.query(ACK, { no }, post), 'CONFLICT', 'REQUEST_CLOSED');
    refusedWith(await stack.query(CLOSE, { no, note: 'twice' }, customs), 'CONFLICT', 'REQUEST_CLOSED');

    // A zone-bound officer acts only in its zone; the platform, banks and regulators never act.
    refusedWith(await stack.query(FILE, { input: requestInput() }, customsElsewhere), 'FORBIDDEN');
    for (const headers of [{}, regulator, await bearer({ role: 'BANK', org: 'BANK-1' })]) {
      const refused = await stack.query(FILE, { input: requestInput() }, headers);
      expect(['FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND']).toContain(refused.errors?.[0]?.extensions?.code);
      expect(refused.data?.fileAssistanceRequest ?? null).toBeNull();
    }
    const after = ok(await stack.query<{ assistanceRequest: Request }>(ONE, { no }, regulator)).assistanceRequest;
    expect(after.parts.map((p) => p.status)).toEqual(['ANSWERED', 'WITHDRAWN']);
  });

  it('names every wrong field of a request, and never takes an ID number in clear', async () => {
    const bad = await stack.query(FILE, {
      input: requestInput({ subject: { type: 'PERSON', idHash: '440203199001011234' }, reason: ' ', actions: [], addressedTo: ['CUSTOMS'], dueAt: new Date(Date.now() - 1000).toISOString() }),
    }, customs);
    refusedWith(bad, 'BAD_USER_INPUT');
    expect((bad.errors![0]!.extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual(
      ['input.subject.idHash', 'input.reason', 'input.actions', 'input.addressedTo', 'input.dueAt'],
    );
    expect(bad.errors![0]!.message).not.toContain('440203199001011234');
    refusedWith(await stack.query(FILE, { input: requestInput({ subject: { type: 'ENTERPRISE', uscc: '91440200MA4W00001G' } }) }, customs), 'NOT_FOUND');
  });

  it('files about a person by the keyed ID hash, shown in full only to identity matchers', async () => {
    const idHash = 'ab'.repeat(32);
    const filed = await file(customs, { subject: { type: 'PERSON', idHash }, actions: ['VERIFY'], addressedTo: ['PUBLIC_SECURITY'] });
    expect(filed.zone).toBe(zone);
    expect(filed.subject.key).not.toContain(idHash);
    const system = await bearer({ role: 'SYSTEM', org: 'SYSTEM-PUBLIC-SECURITY', department: 'public-security', scopes: ['identity:match'] });
    const seen = ok(await stack.query<{ assistanceRequest: Request }>(ONE, { no: filed.requestNo }, system)).assistanceRequest;
    expect(seen.subject.key).toBe(idHash);
  });

  it('flags an acknowledgement overdue, and lists the overdue requests', async () => {
    const filed = await file(customs, { addressedTo: ['POST'] });
    // Filed three days ago: the two days to acknowledge have passed.
    await commerceDb.assistanceRequest.update({ where: { requestNo: filed.requestNo }, data: { filedAt: new Date(Date.now() - 3 * 86_400_000) } });
    await commerceDb.assistancePart.updateMany({ where: { requestNo: filed.requestNo }, data: { acknowledgeDueAt: new Date(Date.now() - 86_400_000) } });
    const seen = ok(await stack.query<{ assistanceRequest: Request }>(ONE, { no: filed.requestNo }, regulator)).assistanceRequest;
    expect(seen.overdue).toBe(true);
    expect(seen.parts[0]).toMatchObject({ department: 'POST', acknowledgementOverdue: true, answerOverdue: false });
    const overdue = ok(await stack.query<{ assistanceRequests: { edges: { node: { requestNo: string } }[] } }>(LIST, { filter: { overdue: true, mine: 'ADDRESSED' } }, post)).assistanceRequests;
    expect(overdue.edges.map((e) => e.node.requestNo)).toEqual([filed.requestNo]);
    const acknowledgedLate = ok(await stack.query<{ acknowledgeAssistanceRequest: Request }>(ACK, { no: filed.requestNo }, post)).acknowledgeAssistanceRequest;
    expect(acknowledgedLate.parts[0]).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgementOverdue: true });
    expect(acknowledgedLate.parts[0]!.hoursToAcknowledge).toBeGreaterThan(71);
    const notOverdueNow = ok(await stack.query<{ assistanceRequests: { edges: { node: { requestNo: string } }[] } }>(LIST, { filter: { overdue: true, mine: 'ADDRESSED' } }, post)).assistanceRequests;
    expect(notOverdueNow.edges).toEqual([]);
  });

  it('pages through the requests with a cursor, newest first', async () => {
    const numbers = [];
    for (let i = 0; i < 3; i++) numbers.push((await file(customs, { addressedTo: ['TAX'] })).requestNo);
    const first = ok(await stack.query<{ assistanceRequests: { edges: { node: { requestNo: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(LIST, { filter: { mine: 'FILED' }, first: 2 }, customs)).assistanceRequests;
    expect(first.edges.map((e) => e.node.requestNo)).toEqual([numbers[2], numbers[1]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = ok(await stack.query<{ assistanceRequests: { edges: { node: { requestNo: string } }[] } }>(LIST, { filter: { mine: 'FILED' }, first: 1, after: first.pageInfo.endCursor }, customs)).assistanceRequests;
    expect(next.edges.map((e) => e.node.requestNo)).toEqual([numbers[0]]);
  });
});
