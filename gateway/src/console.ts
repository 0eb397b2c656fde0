import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { demoTokenRoutes, type DemoRole, type DemoTokenMinter } from './demo-tokens';

/** Where `npm start` and the tests put the built console (console/, built with Vite; never committed). */
export const DEFAULT_CONSOLE_DIST = path.resolve(__dirname, '..', '..', 'console', 'dist');

/**
 * The console's pages load scripts, styles and data from the gateway only. Inline styles are
 * allowed because ECharts writes its tooltips as HTML with style attributes; scripts never are.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The identities the development sign-in offers: the console's users, one of each kind. */
export const DEMO_ROLES: readonly DemoRole[] = [
  { id: 'province-regulator', label: '广东省商务厅 · Province regulator (GD-COMMERCE-DEPT)', claims: { role: 'REGULATOR', org: 'GD-COMMERCE-DEPT' } },
  { id: 'shaoguan-regulator', label: '韶关综试区 · Shaoguan zone regulator', claims: { role: 'REGULATOR', org: 'SG-ZONE-OFFICE', zone: 'SHAOGUAN' } },
  { id: 'province-auditor', label: '省审计 · Province auditor (audit:read)', claims: { role: 'REGULATOR', org: 'GD-AUDIT', scopes: ['audit:read'] } },
  { id: 'shaoguan-customs-officer', label: '韶关海关 · Shaoguan customs officer', claims: { role: 'OFFICER', org: 'SG-CUSTOMS-OFFICER-01', zone: 'SHAOGUAN', department: 'customs' } },
];

export interface ConsoleOptions {
  /** The built console (default DEFAULT_CONSOLE_DIST). */
  distDir?: string;
  /**
   * Development only (npm start, tests): signs a short-lived token for one of DEMO_ROLES, offered
   * on the sign-in page as a picker, to callers on this machine. Absent (production):
   * /console/demo/* does not exist.
   */
  demoTokens?: DemoTokenMinter | null;
}

function setPageHeaders(res: express.Response): void {
  res.setHeader('Content-Security-Policy', CONSOLE_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

/**
 * The web console at /console: static files that need no token (every data call the page makes
 * carries the user's bearer token to /graphql), under a strict CSP; the app at /console itself.
 * Without a build it says how to make one.
 */
export function consoleRouter(options: ConsoleOptions = {}): express.Router {
  const distDir = options.distDir ?? DEFAULT_CONSOLE_DIST;
  const router = express.Router();
  router.use('/console', (_req, res, next) => {
    setPageHeaders(res);
    next();
  });
  // Development only: the sign-in's demo roles, for a browser on this machine (demo-tokens.ts).
  if (options.demoTokens) demoTokenRoutes(router, '/console/demo', DEMO_ROLES, options.demoTokens);
  router.use('/console', express.static(distDir, { index: false, redirect: false, maxAge: '1h', fallthrough: true }));
  // The app itself (no caching: it names the current build's assets); any other path is not found.
  router.get(['/console', '/console/'], (_req, res) => {
    const index = path.join(distDir, 'index.html');
    if (!fs.existsSync(index)) {
      return void res.status(503).type('text/plain').send('The console is not built: run `npm run console:build` (npm start builds it when missing or stale).');
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  router.use('/console', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  return router;
}
