import { execFile } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-node';
import { injectTraceContext, inSpan, startTracing, startTracingServices, tracingConfigFrom, tracingOn, traceDepartmentFetch } from '../tracing';

describe('tracing settings', () => {
  it('is off without an OTLP endpoint, or when switched off', () => {
    expect(tracingConfigFrom({})).toBeNull();
    expect(tracingConfigFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'true' })).toBeNull();
    expect(tracingConfigFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_TRACES_EXPORTER: 'none' })).toBeNull();
    expect(startTracing('commerce', {})).toBeNull();
    expect(tracingOn()).toBe(false);
  });

  it('sends to <endpoint>/v1/traces, or to the traces endpoint as given', () => {
    expect(tracingConfigFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual({ tracesUrl: 'http://collector:4318/v1/traces' });
    expect(tracingConfigFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({ tracesUrl: 'http://collector:4318/v1/traces' });
    expect(tracingConfigFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://b/otlp/traces' })).toEqual({ tracesUrl: 'https://b/otlp/traces' });
  });

  it('refuses settings it cannot honour, naming the variable', () => {
    expect(() => tracingConfigFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318 x' })).toThrow(/^OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => tracingConfigFrom({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector:4317' })).toThrow(/^OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http or https URL/);
    expect(() => tracingConfigFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/^OTEL_TRACES_EXPORTER must be otlp or none/);
  });
});

describe('while tracing is off', () => {
  it('makes no span, no context and no header', async () => {
    const headers: Record<string, string> = {};
    const seen = await inSpan('work', {}, async (span) => {
      injectTraceContext((name, value) => (headers[name] = value));
      return { span, active: trace.getActiveSpan() };
    });
    expect(seen).toEqual({ span: null, active: undefined });
    expect(headers).toEqual({});
    expect(await traceDepartmentFetch('post', async () => 'answer')).toBe('answer');
  });
});

describe('while tracing is on', () => {
  it('nests spans, records failures and injects the W3C traceparent of the active span', async () => {
    const exporter = new InMemorySpanExporter();
    const handle = startTracingServices(['gateway', 'post'], exporter);
    try {
      const headers: Record<string, string> = {};
      await inSpan('outer', { service: 'gateway' }, async () => {
        await expect(traceDepartmentFetch('post', async () => {
          injectTraceContext((name, value) => (headers[name] = value));
          throw new Error('refused');
        })).rejects.toThrow('refused');
      });
      const [fetchSpan, outer] = exporter.getFinishedSpans();
      expect(outer!.name).toBe('outer');
      expect(fetchSpan!.name).toBe('fetch post');
      expect(fetchSpan!.parentSpanContext?.spanId).toBe(outer!.spanContext().spanId);
      expect(fetchSpan!.status).toMatchObject({ code: 2, message: 'refused' });
      expect(headers.traceparent).toBe(`00-${fetchSpan!.spanContext().traceId}-${fetchSpan!.spanContext().spanId}-01`);
      expect(outer!.resource.attributes['service.name']).toBe('zone-gateway');
    } finally {
      await handle.shutdown();
    }
    expect(tracingOn()).toBe(false);
  });
});

describe('with OTEL_EXPORTER_OTLP_ENDPOINT set', () => {
  it("exports the process's spans over OTLP/HTTP (JSON) to <endpoint>/v1/traces under the service's name", async () => {
    const received: { path: string; contentType: string; body: string }[] = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = receiver.address() as AddressInfo;
      // A process of its own, as a department runs (the exporter loads node:http by a dynamic import, which Jest's VM does not run).
      const script = `const loaded = await import(${JSON.stringify(path.join(__dirname, '..', 'tracing.ts'))});
        const { startTracing, inSpan, tracingOn } = loaded.default ?? loaded;
        const handle = startTracing('customs');
        if (!handle || !tracingOn()) throw new Error('tracing did not start');
        await inSpan('customs work', {}, async () => undefined);
        await handle.shutdown();`;
      await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
        env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` },
        timeout: 60_000,
      });
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ path: '/v1/traces', contentType: 'application/json' });
      const exported = JSON.parse(received[0]!.body) as { resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: { name: string }[] }[] }[] };
      const [resourceSpans] = exported.resourceSpans;
      expect(resourceSpans!.resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'zone-customs' } });
      expect(resourceSpans!.scopeSpans.flatMap((s) => s.spans.map((span) => span.name))).toEqual(['customs work']);
    } finally {
      receiver.close();
    }
  });
});
