import type express from 'express';
import { REQUEST_BUDGET_HEADER, type Caller, type Logger } from '@zone/common';
import { accessRecordOf, type AccessRecord } from './access-log';
import type { AdmissionRequest } from './plugins/gateway-plugin';
import { inboundDeadline } from './upstream-policy';

/** Per-request state of the gateway. */
export interface GatewayContext {
  requestId: string;
  /** Who is asking, as authenticated. */
  caller: Caller;
  log: Logger;
  /**
   * When (epoch ms) the caller stops waiting, as a department calling back as its SYSTEM states
   * it (x-request-budget-ms); null: each department call has its own timeout only.
   */
  deadline?: number | null;
  /** What the request's access log line reports (accessLog); absent outside HTTP (subscriptions). */
  access?: AccessRecord;
  /** The signed caller assertion for the departments, made once per request on first use. */
  assertion?: Promise<string>;
}

export interface RequestContextOptions {
  /** The composed plugins' admission (composeGatewayPlugins): the caller, or the refusal thrown. */
  admit: (request: AdmissionRequest) => Promise<Caller>;
  log: Logger;
}

/**
 * The context of one HTTP request, or of one operation of a batch (batching.ts), under the given
 * request id: the request admitted (who calls, within its allowances), its access record, and the
 * deadline a department calling back states.
 */
export function requestContext(options: RequestContextOptions): (req: express.Request, requestId: string, body: unknown) => Promise<GatewayContext> {
  return async (req, requestId, body) => {
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
    }
    const access = req.res ? accessRecordOf(req.res) : undefined;
    // The TCP peer, or the client a trusted proxy names (trustProxy).
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const caller = await options.admit({ headers, address, requestId, body, ...(access ? { access } : {}) });
    // A department calling back states how long it still waits; the calls this request makes end by then.
    const deadline = inboundDeadline(caller, req.get(REQUEST_BUDGET_HEADER), Date.now());
    return { requestId, caller, log: options.log.child({ requestId }), deadline, ...(access ? { access } : {}) };
  };
}
