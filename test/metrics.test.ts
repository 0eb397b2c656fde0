import { startStack, type Stack } from './support/stack';

/** The gateway's /metrics: what an operator scrapes, after real requests through it. */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${stack.gatewayBase}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one series (name and exact labels as Prometheus prints them), or null when absent. */
function valueOf(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

describe('gateway /metrics', () => {
  it('counts operations by name and outcome, department fetches, circuits, the audit queue and process metrics', async () => {
    const before = await scrape();
    const okSeries = 'zone_gateway_request_duration_seconds_count{service="gateway",operation="MetricsOrders",outcome="ok"}';
    const okBefore = valueOf(before, okSeries) ?? 0;
    const fetchSeries = 'zone_gateway_department_fetch_duration_seconds_count{service="gateway",department="commerce",outcome="ok"}';
    const fetchesBefore = valueOf(before, fetchSeries) ?? 0;

    const result = await stack.query('query MetricsOrders { enterprises(first: 2) { edges { node { uscc orders(first: 1) { orderNo payment { amountPaid } } } } } }');
    expect(result.errors).toBeUndefined();
    // A document that fails validation has no resolved operation: it counts under "anonymous".
    const errorSeries = 'zone_gateway_request_duration_seconds_count{service="gateway",operation="anonymous",outcome="error"}';
    const errorsBefore = valueOf(before, errorSeries) ?? 0;
    const failed = await stack.query('query MetricsBroken { noSuchField }');
    expect(failed.errors?.length).toBeGreaterThan(0);

    const after = await scrape();
    expect(valueOf(after, okSeries)).toBe(okBefore + 1);
    expect(valueOf(after, errorSeries)).toBe(errorsBefore + 1);
    expect(valueOf(after, fetchSeries)).toBeGreaterThan(fetchesBefore);
    expect(valueOf(after, 'zone_gateway_department_fetch_duration_seconds_count{service="gateway",department="forex",outcome="ok"}')).toBeGreaterThan(0);
    expect(after).toMatch(/^zone_gateway_request_duration_seconds_bucket\{(?=[^}]*le="\+Inf")(?=[^}]*operation="MetricsOrders")[^}]*\} 1$/m);
    // Every department's circuit, closed.
    for (const department of ['commerce', 'customs', 'tax', 'forex', 'post', 'public-security']) {
      expect(valueOf(after, `zone_gateway_department_circuit_state{department="${department}",service="gateway"}`)).toBe(0);
    }
    expect(valueOf(after, 'zone_gateway_audit_queue_depth{service="gateway"}')).not.toBeNull();
    expect(after).toMatch(/^zone_gateway_audit_write_duration_seconds_count\{service="gateway"\} [1-9]/m);
    expect(after).toContain('# TYPE zone_gateway_rate_limit_refusals_total counter');
    expect(after).toContain('# TYPE zone_gateway_department_errors_total counter');
    expect(valueOf(after, 'process_cpu_user_seconds_total{service="gateway"}')).toBeGreaterThan(0);
  });

  it("serves each department's own /metrics: its SQL statements and its process metrics", async () => {
    const result = await stack.query('{ enterprises(first: 1) { edges { node { uscc orders(first: 1) { orderNo payment { amountPaid } } } } } }');
    expect(result.errors).toBeUndefined();
    for (const department of ['commerce', 'customs', 'tax', 'forex', 'post', 'public-security'] as const) {
      const response = await fetch(stack.services[department].url.replace(/\/graphql$/, '/metrics'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      expect({ department, cpu: valueOf(text, `process_cpu_user_seconds_total{service="${department}"}`) }).toEqual({ department, cpu: expect.any(Number) });
      expect(valueOf(text, `process_cpu_user_seconds_total{service="${department}"}`)).toBeGreaterThan(0);
      expect(valueOf(text, `nodejs_heap_size_used_bytes{service="${department}"}`)).toBeGreaterThan(0);
      expect(text).toMatch(new RegExp(`^process_resident_memory_bytes\\{service="${department}"\\} [1-9]`, 'm'));
      expect(text).toContain('# TYPE nodejs_eventloop_lag_p99_seconds gauge');
      expect(text).toContain('# TYPE zone_sql_statements_total counter');
    }
    // Commerce answered the query above with SQL.
    const commerce = await (await fetch(stack.services.commerce.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(valueOf(commerce, 'zone_sql_statements_total{service="commerce"}')).toBeGreaterThan(0);
  });

  it('echoes the request id the client sent, and names one when it sent none', async () => {
    const sent = 'metrics-test-request-1';
    const token = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const post = (headers: Record<string, string>) =>
      fetch(`${stack.gatewayBase}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify({ query: '{ zones { code } }' }) });
    expect((await post({ 'x-request-id': sent })).headers.get('x-request-id')).toBe(sent);
    expect((await post({})).headers.get('x-request-id')).toMatch(/\S{8,}/);
  });
});
