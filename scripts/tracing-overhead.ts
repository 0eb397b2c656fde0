// npx tsx scripts/tracing-overhead.ts [--calls N]
// What tracing costs while it is off (no OTEL_EXPORTER_OTLP_ENDPOINT): each instrumented point
// (request middleware, department fetch, traceparent injection, DataLoader batch, SQL statement)
// timed against the same work without it, N calls each, best of five rounds, in nanoseconds of
// CPU per call. Then the same points with tracing on (spans recorded, exported to nowhere), for scale.
import { parsePositiveInt, inSpan, injectTraceContext, traceDepartmentFetch, traceHttpRequests, startTracingServices, tracingOn } from '@zone/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EventEmitter } from 'node:events';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-node';

const index = process.argv.indexOf('--calls');
const calls = parsePositiveInt('--calls', index === -1 ? undefined : process.argv[index + 1], 200_000);

async function cpuNsPerCall(work: () => Promise<unknown> | unknown): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const before = process.cpuUsage();
    for (let i = 0; i < calls; i++) await work();
    const used = process.cpuUsage(before);
    best = Math.min(best, ((used.user + used.system) * 1000) / calls);
  }
  return best;
}

function fakeRequest(): [IncomingMessage, ServerResponse] {
  const req = Object.assign(new EventEmitter(), { method: 'POST', url: '/graphql', headers: {} }) as unknown as IncomingMessage;
  const res = Object.assign(new EventEmitter(), { statusCode: 200, writableFinished: true, getHeader: () => 'r-1' }) as unknown as ServerResponse;
  return [req, res];
}

const nowhere: SpanExporter = { export: (_spans: ReadableSpan[], done: (result: ExportResult) => void) => done({ code: 0 }), shutdown: async () => undefined };

/** CPU ns per call of each instrumented point, less the same work without it. */
async function measure(label: string): Promise<Record<string, number>> {
  const noop = async () => 1;
  const headers: Record<string, string> = {};
  const middleware = traceHttpRequests('gateway');
  const plainCall = await cpuNsPerCall(noop);
  const plainRequest = await cpuNsPerCall(() => {
    const [, res] = fakeRequest();
    res.emit('finish');
  });
  const figures = {
    'DataLoader batch, SQL statement, call back (inSpan)': (await cpuNsPerCall(() => inSpan('work', { service: 'commerce' }, noop))) - plainCall,
    'department fetch (traceDepartmentFetch)': (await cpuNsPerCall(() => traceDepartmentFetch('commerce', noop))) - plainCall,
    'traceparent header (injectTraceContext)': await cpuNsPerCall(() => injectTraceContext((name, value) => (headers[name] = value))),
    'request span (traceHttpRequests)': (await cpuNsPerCall(() => {
      const [req, res] = fakeRequest();
      middleware(req, res, () => res.emit('finish'));
    })) - plainRequest,
  };
  console.log(`\ntracing ${label} (${calls.toLocaleString('en')} calls each, best of 5): CPU ns per call over the same work untraced`);
  for (const [name, ns] of Object.entries(figures)) console.log(`  ${name.padEnd(54)} ${ns.toFixed(0).padStart(7)} ns`);
  return figures;
}

async function main(): Promise<void> {
  if (tracingOn()) throw new Error('tracing is on in this process: unset OTEL_EXPORTER_OTLP_ENDPOINT');
  const off = await measure('off');
  const handle = startTracingServices(['gateway', 'commerce'], nowhere);
  const on = await measure('on (spans made, exported to nowhere)');
  await handle.shutdown();
  // One request through six departments: 7 request spans, 6 department fetches with their header, ~40 batches and statements.
  const perRequest = (f: Record<string, number>) =>
    (f['request span (traceHttpRequests)']! * 7 + (f['department fetch (traceDepartmentFetch)']! + f['traceparent header (injectTraceContext)']!) * 6 + f['DataLoader batch, SQL statement, call back (inSpan)']! * 40) / 1000;
  console.log(`\nper request through six departments (~60 instrumented points): off ${perRequest(off).toFixed(1)} µs of CPU, on ${perRequest(on).toFixed(1)} µs`);
}

void main();
