import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { CONSOLE_CSP, DEMO_ROLES, consoleRouter, type ConsoleOptions } from '../console';
import { loadGatewayConfig } from '../config';

/** The console's routes alone on a free port, over a build folder of the test's making. */
async function serve(options: ConsoleOptions): Promise<{ base: string; close: () => Promise<void> }> {
  const app = express();
  app.use(consoleRouter(options));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function builtConsole(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>console</title><script type="module" src="/console/assets/app.js"></script>');
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

describe('the console routes', () => {
  it('serve the app and its files without a token, under the CSP, and the app at /console', async () => {
    const server = await serve({ distDir: builtConsole() });
    try {
      for (const url of ['/console', '/console/']) {
        const page = await fetch(`${server.base}${url}`);
        expect([url, page.status]).toEqual([url, 200]);
        expect(page.headers.get('content-type')).toMatch(/text\/html/);
        expect(page.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
        expect(page.headers.get('x-frame-options')).toBe('DENY');
        expect(await page.text()).toContain('/console/assets/app.js');
      }
      const script = await fetch(`${server.base}/console/assets/app.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      expect((await fetch(`${server.base}/console/assets/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.base}/console/records`)).status).toBe(404);
      expect((await fetch(`${server.base}/console/%2e%2e/package.json`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('the CSP allows scripts and data calls to the gateway only', () => {
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).toContain("connect-src 'self'");
    expect(CONSOLE_CSP).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONSOLE_CSP).toContain("frame-ancestors 'none'");
  });

  it('say how to build the console when there is no build, instead of failing', async () => {
    const server = await serve({ distDir: fs.mkdtempSync(path.join(os.tmpdir(), 'console-empty-')) });
    try {
      const page = await fetch(`${server.base}/console`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run console:build');
    } finally {
      await server.close();
    }
  });

  it('offer no demo sign-in unless given a token minter (production)', async () => {
    const server = await serve({ distDir: builtConsole() });
    try {
      expect((await fetch(`${server.base}/console/demo/roles`)).status).toBe(404);
      const minted = await fetch(`${server.base}/console/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"province-regulator"}' });
      expect(minted.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('with a minter, list the demo roles and mint one only for a listed role, sent as JSON', async () => {
    const minted: unknown[] = [];
    const server = await serve({ distDir: builtConsole(), demoTokens: async (claims) => (minted.push(claims), 'header.payload.signature') });
    try {
      const roles = (await (await fetch(`${server.base}/console/demo/roles`)).json()) as { roles: { id: string; label: string }[] };
      expect(roles.roles.map((r) => r.id)).toEqual(DEMO_ROLES.map((r) => r.id));
      expect(JSON.stringify(roles)).not.toContain('claims');
      const post = (body: string, type = 'application/json') => fetch(`${server.base}/console/demo/token`, { method: 'POST', headers: { 'content-type': type }, body });
      const ok = await post('{"role":"shaoguan-regulator"}');
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ token: 'header.payload.signature' });
      expect(minted).toEqual([{ role: 'REGULATOR', org: 'SG-ZONE-OFFICE', zone: 'SHAOGUAN' }]);
      for (const [body, type, status] of [
        ['{"role":"SYSTEM"}', 'application/json', 400],
        ['{"role":{"role":"PLATFORM"}}', 'application/json', 400],
        ['role=province-regulator', 'application/x-www-form-urlencoded', 415],
        ['role=province-regulator', 'text/plain', 415],
      ] as const) {
        const refused = await post(body, type);
        expect([body, type, refused.status]).toEqual([body, type, status]);
      }
      expect(minted).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

describe('CONSOLE_DEMO_ISSUER_KEY_PATH', () => {
  const SECURE = { JWKS_PATH: '/keys/jwks.json', JWT_ISSUER: 'issuer', ASSERTION_KEY_PATH: '/keys/assertion.json', DATABASE_URL: 'postgres://x/y' };
  it('is off unless set', () => {
    expect(loadGatewayConfig(SECURE).consoleDemoIssuerKeyPath).toBeNull();
  });
  it('names the issuer key for the development sign-in', () => {
    expect(loadGatewayConfig({ ...SECURE, CONSOLE_DEMO_ISSUER_KEY_PATH: '/keys/issuer.jwk.json' }).consoleDemoIssuerKeyPath).toBe('/keys/issuer.jwk.json');
  });
  it('is refused in production', () => {
    expect(() => loadGatewayConfig({ ...SECURE, NODE_ENV: 'production', CONSOLE_DEMO_ISSUER_KEY_PATH: '/keys/issuer.jwk.json' })).toThrow(/development only/);
  });
});
