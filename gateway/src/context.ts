import type { Caller, Logger } from '@zone/common';

/** Per-request state of the gateway. */
export interface GatewayContext {
  requestId: string;
  /** Who is asking; null for an anonymous caller. */
  caller: Caller | null;
  log: Logger;
}

/** Finds out who sent a request. */
export type Authenticate = (headers: Headers) => Promise<Caller | null>;

/**
 * Until callers present tokens, every request is a province-wide PLATFORM caller without scopes,
 * so personal data stays masked for everyone.
 */
export const platformCaller: Authenticate = async () => ({
  organisation: 'ZONE-PLATFORM',
  role: 'PLATFORM',
  zone: null,
  department: null,
  scopes: [],
});
