import type { Caller, Logger } from '@zone/common';
import type { AccessRecord } from './access-log';

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
