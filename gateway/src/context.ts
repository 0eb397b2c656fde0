import type { Caller, Logger } from '@zone/common';

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
  /** The signed caller assertion for the departments, made once per request on first use. */
  assertion?: Promise<string>;
}
