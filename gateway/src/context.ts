import type { Caller, Logger } from '@zone/common';

/** Per-request state of the gateway. */
export interface GatewayContext {
  requestId: string;
  /** Who is asking, as authenticated. */
  caller: Caller;
  log: Logger;
  /** The signed caller assertion for the departments, made once per request on first use. */
  assertion?: Promise<string>;
}
