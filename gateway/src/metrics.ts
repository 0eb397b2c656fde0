import express from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GatewayPlugin } from './plugins/gateway-plugin';

/**
 * The gateway's Prometheus metrics, served at GET /metrics: request durations by operation and
 * outcome, each department's fetch durations and failures, circuit states, rate-limit refusals,
 * the audit submission queue and its write latency, and Node's process metrics.
 */
export interface GatewayMetrics {
  registry: Registry;
  requestDuration: Histogram<'operation' | 'outcome'>;
  departmentFetchDuration: Histogram<'department' | 'outcome'>;
  departmentErrors: Counter<'department' | 'reason'>;
  rateLimitRefusals: Counter<'caller'>;
  auditWriteDuration: Histogram;
  /** Reads each department's circuit when scraped: 0 closed, 1 half-open, 2 open. */
  watchCircuits: (circuits: () => Iterable<[string, 'closed' | 'half-open' | 'open']>) => void;
  /** Reads the audit submissions waiting to be written when scraped. */
  watchAuditQueue: (depth: () => number) => void;
}

/** Operation names are the client's: at most this many distinct ones get a series of their own, the rest count as "other". */
const MAX_OPERATION_NAMES = 200;
const CIRCUIT_VALUES = { closed: 0, 'half-open': 1, open: 2 } as const;

export function createGatewayMetrics(options: { processMetrics?: boolean } = {}): GatewayMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'gateway' });
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
  let circuits: (() => Iterable<[string, 'closed' | 'half-open' | 'open']>) | null = null;
  let auditQueue: (() => number) | null = null;
  new Gauge({
    name: 'zone_gateway_department_circuit_state',
    help: "Each department's circuit breaker: 0 closed, 1 half-open (probing), 2 open (failing fast)",
    labelNames: ['department'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [department, state] of circuits?.() ?? []) this.set({ department }, CIRCUIT_VALUES[state]);
    },
  });
  new Gauge({
    name: 'zone_gateway_audit_queue_depth',
    help: 'Audit submissions waiting to be written to the audit database',
    registers: [registry],
    collect() {
      this.set(auditQueue?.() ?? 0);
    },
  });
  return {
    registry,
    requestDuration: new Histogram({
      name: 'zone_gateway_request_duration_seconds',
      help: 'GraphQL operations through the gateway, by operation name and outcome (ok, partial: data with errors, error)',
      labelNames: ['operation', 'outcome'] as const,
      buckets: durationBuckets,
      registers: [registry],
    }),
    departmentFetchDuration: new Histogram({
      name: 'zone_gateway_department_fetch_duration_seconds',
      help: 'Requests from the gateway to each department, by outcome (ok, error, timeout, deadline, circuit_open)',
      labelNames: ['department', 'outcome'] as const,
      buckets: durationBuckets,
      registers: [registry],
    }),
    departmentErrors: new Counter({
      name: 'zone_gateway_department_errors_total',
      help: 'Department requests that failed, by reason (UNAVAILABLE, TIMEOUT, DEADLINE, CIRCUIT_OPEN)',
      labelNames: ['department', 'reason'] as const,
      registers: [registry],
    }),
    rateLimitRefusals: new Counter({
      name: 'zone_gateway_rate_limit_refusals_total',
      help: 'Requests refused by the rate limiter (429), by caller role or "anonymous" (counted per address)',
      labelNames: ['caller'] as const,
      registers: [registry],
    }),
    auditWriteDuration: new Histogram({
      name: 'zone_gateway_audit_write_duration_seconds',
      help: 'Time to write one batch of audit submissions',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers: [registry],
    }),
    watchCircuits: (read) => {
      circuits = read;
    },
    watchAuditQueue: (read) => {
      auditQueue = read;
    },
  };
}

/** Times every operation and labels it with its (bounded) name and outcome. */
export function useRequestMetrics(metrics: GatewayMetrics): GatewayPlugin {
  const names = new Set<string>();
  const labelOf = (name: string | null | undefined) => {
    if (!name) return 'anonymous';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return 'other';
    names.add(name);
    return name;
  };
  return {
    name: 'request-metrics',
    apollo: {
      async requestDidStart() {
        const stop = metrics.requestDuration.startTimer();
        return {
          async willSendResponse({ response, operationName, request }) {
            const body = response.body;
            const single = body.kind === 'single' ? body.singleResult : body.initialResult;
            const outcome = !single.errors?.length ? 'ok' : single.data ? 'partial' : 'error';
            stop({ operation: labelOf(operationName ?? request.operationName), outcome });
          },
        };
      },
    },
  };
}

/** GET /metrics in Prometheus' text format. */
export function metricsRouter(metrics: GatewayMetrics): express.Router {
  const router = express.Router();
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
