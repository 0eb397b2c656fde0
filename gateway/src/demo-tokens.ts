import express from 'express';
import type { TokenClaims } from './auth/dev-keys';

/**
 * Development sign-in (`npm start` only): the console and GraphiQL offer demo roles and mint a
 * token for the one picked, signed with the development issuer's key. The minter exists only when
 * the gateway is given that key (CONSOLE_DEMO_ISSUER_KEY_PATH, which `npm start` sets and the
 * configuration refuses under NODE_ENV=production); without it the routes do not exist (404).
 */
export type DemoTokenMinter = (claims: TokenClaims) => Promise<string>;

export interface DemoRole {
  id: string;
  label: string;
  claims: TokenClaims;
}

/** What a request to mint a demo token shows of where it comes from. */
export interface DemoTokenRequest {
  /** The TCP peer (never X-Forwarded-For: a proxy would make every caller look local). */
  peerAddress: string | undefined;
  headers: { host?: string; origin?: string; 'x-forwarded-for'?: string | string[]; forwarded?: string | string[]; 'sec-fetch-site'?: string | string[] };
}

const LOOPBACK_PEER = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

/**
 * Why a request may not mint a demo token, or null when it may: only a browser or a tool on this
 * machine, talking to this server directly. The peer must be a loopback address (nobody else on
 * the network, even with HOST=0.0.0.0); no proxy may stand between (a forwarding header means the
 * real client is elsewhere); the Host must be a loopback name (a DNS-rebinding page on another
 * name is refused); and a browser's Origin, when sent, must be this server's own (no other site,
 * not even another localhost port the CORS rules of /graphql let in).
 */
export function demoTokenRefusal(request: DemoTokenRequest): string | null {
  const { peerAddress, headers } = request;
  if (!peerAddress || !LOOPBACK_PEER.test(peerAddress)) return 'demo tokens are minted only for a caller on this machine (loopback)';
  if (headers['x-forwarded-for'] !== undefined || headers.forwarded !== undefined) return 'demo tokens are not minted through a proxy';
  const host = headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) return 'demo tokens are minted only at localhost, 127.0.0.1 or [::1]';
  const origin = headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`.toLowerCase()) return 'demo tokens are minted only for this server\'s own pages';
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'demo tokens are minted only for this server\'s own pages';
  return null;
}

/**
 * GET <base>/roles lists the roles (ids and labels, never their claims); POST <base>/token with
 * {"role": "<id>"} as application/json mints a token for one of them, for a caller
 * demoTokenRefusal lets through (403 otherwise). JSON only: a cross-site form cannot post here.
 */
export function demoTokenRoutes(router: express.Router, base: string, roles: readonly DemoRole[], mint: DemoTokenMinter): void {
  const guard: express.RequestHandler = (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    const refusal = demoTokenRefusal({ peerAddress: req.socket.remoteAddress, headers: req.headers });
    if (refusal) return void res.status(403).json({ error: refusal });
    next();
  };
  router.get(`${base}/roles`, guard, (_req, res) => {
    res.json({ roles: roles.map(({ id, label }) => ({ id, label })) });
  });
  router.post(`${base}/token`, guard, express.json({ limit: '1kb' }), async (req, res, next) => {
    try {
      if (!req.is('application/json')) return void res.status(415).json({ error: 'send {"role": "<id>"} as application/json' });
      const id = (req.body as { role?: unknown } | undefined)?.role;
      const role = roles.find((entry) => entry.id === id);
      if (!role) return void res.status(400).json({ error: `role: one of ${roles.map((entry) => entry.id).join(', ')}` });
      res.json({ token: await mint(role.claims) });
    } catch (error) {
      next(error);
    }
  });
}
