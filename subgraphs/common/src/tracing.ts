/**
 * OpenTelemetry traces of the product: the gateway's request, its planning (@apollo/gateway's own
 * spans), each call to a department, the department's request, its DataLoader batches and SQL
 * statements, and the departments' calls back through the gateway, joined into one trace by W3C
 * `traceparent` headers in both directions.
 *
 * Off unless OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set: then each
 * process exports its spans over OTLP/HTTP (JSON) under its own service name (`zone-gateway`,
 * `zone-commerce`, …). While off, no span, context or header is made: every function here returns
 * at its first line.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, TraceFlags, context, createContextKey, propagation, trace, type Attributes, type Span, type Tracer, type TracerProvider } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-node';

const TRACER_NAME = 'zone-gateway';
/** The service a request is served by, carried in the context so shared code (loaders, pools) traces under it. */
const SERVICE_KEY = createContextKey('zone.service');

let enabled = false;
/** Tracer providers by service, when several services share one process (tests, in-process stacks). */
const providers = new Map<string, TracerProvider>();

/** Whether spans are recorded in this process. */
export function tracingOn(): boolean {
  return enabled;
}

/** The service name of a part of the product in traces: zone-gateway, zone-commerce, … */
export const traceServiceName = (service: string): string => `zone-${service}`;

export interface TracingConfig {
  /** Where spans are sent (the OTLP/HTTP traces URL, …/v1/traces). */
  tracesUrl: string;
}

/**
 * The tracing settings of the environment, or null when tracing is off: OTEL_SDK_DISABLED=true or
 * OTEL_TRACES_EXPORTER=none switch it off; otherwise it is on when OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
 * (the full URL) or OTEL_EXPORTER_OTLP_ENDPOINT (the collector's base URL, /v1/traces appended) is set.
 */
export function tracingConfigFrom(env: NodeJS.ProcessEnv): TracingConfig | null {
  if ((env.OTEL_SDK_DISABLED ?? '').trim().toLowerCase() === 'true') return null;
  const exporter = (env.OTEL_TRACES_EXPORTER ?? '').trim().toLowerCase();
  if (exporter === 'none') return null;
  if (exporter !== '' && exporter !== 'otlp') throw new Error(`OTEL_TRACES_EXPORTER must be otlp or none, not "${exporter.slice(0, 40)}"`);
  const signal = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const variable = signal ? 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' : 'OTEL_EXPORTER_OTLP_ENDPOINT';
  const value = signal || base;
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${variable} must be an http or https URL (OTLP over HTTP)`);
  if (signal) return { tracesUrl: url.toString() };
  return { tracesUrl: `${url.toString().replace(/\/+$/, '')}/v1/traces` };
}

export interface TracingHandle {
  /** Sends the spans still buffered and stops tracing. */
  shutdown: () => Promise<void>;
}

function providerOf(service: string, processor: BatchSpanProcessor | SimpleSpanProcessor): NodeTracerProvider {
  // OTEL_RESOURCE_ATTRIBUTES add to the resource (e.g. deployment.environment); the service name is the part's own.
  const resource = defaultResource()
    .merge(detectResources({ detectors: [envDetector] }))
    .merge(resourceFromAttributes({ 'service.name': traceServiceName(service), 'service.namespace': 'zone' }));
  return new NodeTracerProvider({ resource, spanProcessors: [processor] });
}

/**
 * Starts tracing in a process when the environment asks for it (tracingConfigFrom), under the
 * service's name; null when it does not. Registers the W3C trace-context propagator and an
 * AsyncLocalStorage context manager.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): TracingHandle | null {
  const config = tracingConfigFrom(env);
  if (!config) return null;
  const provider = providerOf(service, new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl })));
  provider.register({ propagator: new W3CTraceContextPropagator() });
  enabled = true;
  return {
    shutdown: async () => {
      enabled = false;
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/**
 * Traces several services of one process (an in-process stack: the gateway and the six
 * departments) into one exporter, each span under its own service's name; the first service's
 * provider is the process's global one (where @apollo/gateway's spans go). Spans are exported as
 * they end.
 */
export function startTracingServices(services: readonly string[], exporter: SpanExporter): TracingHandle {
  const started = services.map((service) => [service, providerOf(service, new SimpleSpanProcessor(exporter))] as const);
  started[0]![1].register({ propagator: new W3CTraceContextPropagator() });
  for (const [service, provider] of started) providers.set(service, provider);
  enabled = true;
  return {
    shutdown: async () => {
      enabled = false;
      providers.clear();
      await Promise.all(started.map(([, provider]) => provider.shutdown()));
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

function tracerOf(service: string | undefined): Tracer {
  return (service === undefined ? undefined : providers.get(service))?.getTracer(TRACER_NAME) ?? trace.getTracer(TRACER_NAME);
}

function recordFailure(span: Span, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  span.recordException(error instanceof Error ? error : message);
  span.setStatus({ code: SpanStatusCode.ERROR, message });
}

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** The service the span belongs to; default the service of the request being served. */
  service?: string;
}

/**
 * Runs `work` inside a span (a child of the active one) when tracing is on, and just runs it
 * otherwise. A thrown error marks the span failed and is rethrown.
 */
export async function inSpan<T>(name: string, options: SpanOptions, work: (span: Span | null) => Promise<T>): Promise<T> {
  if (!enabled) return work(null);
  const service = options.service ?? (context.active().getValue(SERVICE_KEY) as string | undefined);
  return tracerOf(service).startActiveSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      recordFailure(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Adds the active trace's `traceparent` (and `tracestate`) to an outgoing request's headers. */
export function injectTraceContext(set: (name: string, value: string) => void): void {
  if (!enabled) return;
  propagation.inject(context.active(), null, { set: (_carrier, name, value) => set(name, value) });
}

/**
 * Express middleware of a server of the product: each request gets a SERVER span, a child of the
 * caller's span when the request carries a `traceparent`, and everything the request does (body
 * parsing, GraphQL execution, SQL, calls to other services) runs in its context.
 */
export function traceHttpRequests(service: string): (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    if (!enabled) {
      next();
      return;
    }
    let inbound = propagation.extract(ROOT_CONTEXT, req.headers);
    // Every request is traced: a caller's traceparent is continued, but its "not sampled" flag cannot switch tracing off.
    const remote = trace.getSpanContext(inbound);
    if (remote && (remote.traceFlags & TraceFlags.SAMPLED) === 0) inbound = ROOT_CONTEXT;
    const parent = inbound.setValue(SERVICE_KEY, service);
    const path = (req.originalUrl ?? req.url ?? '/').split('?')[0]!.slice(0, 200);
    const span = tracerOf(service).startSpan(
      `${req.method} ${path}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? '', 'url.path': path, 'zone.service': service } },
      parent,
    );
    const active = trace.setSpan(parent, span);
    // Listeners on the request and response (body parsing, 'finish') run in the request's context.
    context.bind(active, req);
    context.bind(active, res);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      const requestId = res.getHeader('x-request-id');
      if (typeof requestId === 'string') span.setAttribute('zone.request_id', requestId);
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      if (!res.writableFinished) span.setAttribute('zone.aborted', true);
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    context.with(active, next);
  };
}

/** The gateway's call to a department (one attempt), as a CLIENT span whose traceparent the request carries. */
export function traceDepartmentFetch<T>(department: string, call: () => Promise<T>): Promise<T> {
  if (!enabled) return call();
  return inSpan(`fetch ${department}`, { kind: SpanKind.CLIENT, service: 'gateway', attributes: { 'zone.department': department } }, () => call());
}
