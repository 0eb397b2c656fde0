import { Client } from 'pg';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { DEPARTMENTS, startTracingServices, type TracingHandle } from '@zone/common';
import { startStack, type Stack } from './support/stack';

/**
 * OpenTelemetry traces through the real gateway and the six departments over HTTP: every service of
 * the stack records into one in-memory exporter under its own service name, and a request's spans
 * must form one trace, joined by the traceparent headers the services send each other.
 */
let stack: Stack;
let tracing: TracingHandle;
const exporter = new InMemorySpanExporter();

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  tracing = startTracingServices(['gateway', ...DEPARTMENTS], exporter);
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
  await tracing?.shutdown();
});

const serviceOf = (span: ReadableSpan) => span.resource.attributes['service.name'];
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** The spans of the trace whose gateway request span carries this request id, once that span has ended. */
async function traceOf(requestId: string): Promise<ReadableSpan[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const spans = exporter.getFinishedSpans();
    const root = spans.find((s) => s.attributes['zone.request_id'] === requestId && serviceOf(s) === 'zone-gateway' && s.kind === SpanKind.SERVER);
    if (root) return spans.filter((s) => s.spanContext().traceId === root.spanContext().traceId);
    if (Date.now() > deadline) throw new Error(`no gateway request span for ${requestId}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether `ancestor` is `span` or above it in the trace. */
function descendsFrom(span: ReadableSpan, ancestor: ReadableSpan, spans: ReadableSpan[]): boolean {
  const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
  for (let current: ReadableSpan | undefined = span; current; current = byId.get(parentOf(current) ?? '')) {
    if (current === ancestor) return true;
  }
  return false;
}

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe('OpenTelemetry traces', () => {
  it('one request through the gateway and six departments is one trace: planning, each department fetch with its request as child, DataLoader batches and SQL', async () => {
    const requestId = `trace-six-${Date.now()}`;
    const platform = `Bearer ${await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' })}`;
    // An operation name of its own: its plan is not cached yet, so the planner runs.
    const result = await post(
      `query TraceSixDepartments${Date.now()} { enterprises(zone: SHAOGUAN, first: 2) { edges { node { uscc orders(first: 3) { orderNo
        payment { amountPaid } waybill { logisticsNo } inventoryList { invtNo } taxBill { totalTax } buyerIdentityCheck { verdict } } } } } }`,
      {},
      { authorization: platform, 'x-request-id': requestId },
    );
    expect(result.errors).toBeUndefined();
    const spans = await traceOf(requestId);
    const root = spans.find((s) => s.attributes['zone.request_id'] === requestId && serviceOf(s) === 'zone-gateway')!;
    expect(root.name).toBe('POST /graphql');
    expect(root.attributes['http.response.status_code']).toBe(200);
    expect(parentOf(root)).toBeUndefined();
    // @apollo/gateway's own spans, under the request.
    const plan = spans.find((s) => s.name === 'gateway.plan');
    expect(plan).toBeDefined();
    expect(descendsFrom(plan!, root, spans)).toBe(true);

    for (const department of DEPARTMENTS) {
      const fetches = spans.filter((s) => s.name === `fetch ${department}` && s.kind === SpanKind.CLIENT);
      expect({ department, fetched: fetches.length > 0 }).toEqual({ department, fetched: true });
      for (const call of fetches) {
        expect(serviceOf(call)).toBe('zone-gateway');
        expect(descendsFrom(call, root, spans)).toBe(true);
        // The department's own request span is the child of the gateway's call.
        const served = spans.filter((s) => parentOf(s) === call.spanContext().spanId);
        expect(served.map((s) => [serviceOf(s), s.kind, s.name])).toEqual([[`zone-${department}`, SpanKind.SERVER, 'POST /graphql']]);
        expect(served[0]!.attributes['zone.request_id']).toBe(requestId);
      }
      const requests = spans.filter((s) => serviceOf(s) === `zone-${department}` && s.kind === SpanKind.SERVER);
      // Each department read its rows in DataLoader batches of SQL, inside its request.
      const sql = spans.filter((s) => serviceOf(s) === `zone-${department}` && s.attributes['db.system.name'] === 'postgresql');
      expect({ department, sql: sql.length > 0 }).toEqual({ department, sql: true });
      for (const statement of sql) {
        expect(requests.some((request) => descendsFrom(statement, request, spans))).toBe(true);
        expect(statement.attributes['db.query.text']).toEqual(expect.stringMatching(/^\s*(SELECT|WITH|INSERT|UPDATE|BEGIN|COMMIT)/i));
      }
    }
    const batches = spans.filter((s) => s.name === 'DataLoader batch');
    expect(batches.length).toBeGreaterThan(0);
    const batchedSql = spans.filter((s) => s.attributes['db.system.name'] === 'postgresql' && batches.some((b) => parentOf(s) === b.spanContext().spanId));
    expect(batchedSql.length).toBeGreaterThan(0);
    for (const batch of batches) expect(batch.attributes['zone.batch.keys']).toBeGreaterThan(0);
  });

  it("a write's SQL, Prisma's transaction included, is in the department's request span", async () => {
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ logistics_code: string; ebp_code: string; zone: string }>('SELECT logistics_code, ebp_code, zone FROM post.waybill ORDER BY created_at, id LIMIT 1');
    await db.end();
    const seeded = rows[0]!;
    const requestId = `trace-write-${Date.now()}`;
    const platform = `Bearer ${await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' })}`;
    const input = { logisticsCode: seeded.logistics_code, logisticsNo: 'ZTRACE0000001', ebpCode: seeded.ebp_code, orderNo: 'TRACE0001', zone: seeded.zone, freight: '8.00', insuredFee: '0.00', weight: '0.50', packNo: 1, consignee: '李四', consigneeAddress: '韶关市某路1号' };
    const result = await post('mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome } }', { input }, { authorization: platform, 'x-request-id': requestId });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ submitWaybill: { outcome: 'CREATED' } });
    const spans = await traceOf(requestId);
    const postRequest = spans.find((s) => serviceOf(s) === 'zone-post' && s.kind === SpanKind.SERVER)!;
    expect(postRequest).toBeDefined();
    const statements = spans.filter((s) => serviceOf(s) === 'zone-post' && s.attributes['db.system.name'] === 'postgresql' && descendsFrom(s, postRequest, spans)).map((s) => s.name);
    expect(statements).toEqual(expect.arrayContaining(['BEGIN', 'COMMIT']));
    expect(statements.some((name) => /^INSERT\b.*waybill/i.test(name))).toBe(true);
  });

  it("a department's call back through the gateway continues the trace: the gateway's span of that call is a child of the department's", async () => {
    const officer = `Bearer ${await stack.token({ role: 'OFFICER', org: 'SAFE-SHAOGUAN-OFFICER', department: 'forex', zone: 'SHAOGUAN' })}`;
    const platform = `Bearer ${await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' })}`;
    const listed = await post('{ enterprises(zone: SHAOGUAN, first: 5) { edges { node { orders(first: 5) { ebpCode orderNo } } } } }', {}, { authorization: platform });
    const order = (listed.data as { enterprises: { edges: { node: { orders: { ebpCode: string; orderNo: string }[] } }[] } }).enterprises.edges.flatMap((e) => e.node.orders)[0]!;
    const requestId = `trace-callback-${Date.now()}`;
    // Forex asks the gateway for the order's evidence (commerce, post, customs) as its own SYSTEM caller.
    const result = await post(
      'query($ebpCode: String!, $orderNo: String!) { settlementCheck(ebpCode: $ebpCode, orderNo: $orderNo) { serialNo mayProceed } }',
      order,
      { authorization: officer, 'x-request-id': requestId },
    );
    expect(result.errors).toBeUndefined();
    const spans = await traceOf(requestId);
    const callbacks = spans.filter((s) => serviceOf(s) === 'zone-forex' && s.kind === SpanKind.CLIENT && s.name === 'POST gateway /graphql');
    expect(callbacks.length).toBeGreaterThan(0);
    // The client's request reaches forex once; the calls back may reach forex again, deeper in the trace.
    const forexRequests = spans.filter((s) => serviceOf(s) === 'zone-forex' && s.kind === SpanKind.SERVER && !callbacks.some((c) => descendsFrom(s, c, spans)));
    expect(forexRequests).toHaveLength(1);
    for (const callback of callbacks) {
      expect(descendsFrom(callback, forexRequests[0]!, spans)).toBe(true);
      const inner = spans.filter((s) => parentOf(s) === callback.spanContext().spanId);
      expect(inner.map((s) => [serviceOf(s), s.kind])).toEqual([['zone-gateway', SpanKind.SERVER]]);
      // The gateway's inner request goes on to the departments that own the evidence.
      expect(spans.some((s) => s.name.startsWith('fetch ') && descendsFrom(s, inner[0]!, spans))).toBe(true);
    }
  });
});
