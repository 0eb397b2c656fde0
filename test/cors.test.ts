import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { startStack, type Stack } from './support/stack';
import { bundleBrowserClients, type BrowserClientResult } from './support/browser-clients';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = fs.existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package`);
const itWithBrowser = haveBrowser ? it : it.skip;

/**
 * A page on its own origin (127.0.0.1 on another port) that fetches the gateway with a bearer
 * token, and serves /clients.js: real client libraries bundled for the browser.
 */
async function startPageServer(page: () => string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.url === '/clients.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return void res.end(clientsBundle);
    }
    if (req.url === '/clients') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end('<!doctype html><html><body><script src="/clients.js"></script></body></html>');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let stack: Stack;
let token = '';
let clientsBundle = '';
let allowedPage: Awaited<ReturnType<typeof startPageServer>>;
let refusedPage: Awaited<ReturnType<typeof startPageServer>>;

const pageHtml = () => `<!doctype html><html><body><script>
window.result = fetch(${JSON.stringify(stack.gatewayUrl)}, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: ${JSON.stringify(`Bearer ${token}`)} },
  body: JSON.stringify({ query: '{ __typename }' }),
}).then(async (r) => ({ status: r.status, requestId: r.headers.get('x-request-id'), body: await r.json() }), (e) => ({ blocked: String(e) }));
</script></body></html>`;

beforeAll(async () => {
  clientsBundle = await bundleBrowserClients();
  allowedPage = await startPageServer(pageHtml);
  refusedPage = await startPageServer(pageHtml);
  stack = await startStack({ cors: { origins: [allowedPage.origin, 'https://app.zone.example.cn'], allowLocalhost: false } });
  token = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
});
afterAll(async () => {
  await allowedPage?.close();
  await refusedPage?.close();
  await stack?.close();
});

const preflight = (origin: string) =>
  fetch(stack.gatewayUrl, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-purpose,traceparent' },
  });

function corsHeaders(response: Response): string[] {
  return [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
}

describe('CORS on /graphql', () => {
  it('answers a preflight from a configured origin with the methods, the headers of GraphQL clients and a max-age, without credentials', async () => {
    const response = await preflight('https://app.zone.example.cn');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.zone.example.cn');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    const allowed = response.headers.get('access-control-allow-headers')?.split(',') ?? [];
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-purpose', 'x-request-id', 'apollo-require-preflight', 'traceparent', 'baggage', 'apollographql-client-name', 'apollographql-client-version']));
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives a refused origin no allow headers, on the preflight and on the request itself, which is otherwise served as before', async () => {
    const refused = await preflight('https://evil.example.cn');
    expect(corsHeaders(refused)).toEqual([]);
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { origin: 'https://evil.example.cn', 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(corsHeaders(response)).toEqual([]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('lets an allowed origin read the answer and its x-request-id and retry-after headers', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { origin: 'https://app.zone.example.cn', 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.zone.example.cn');
    expect(response.headers.get('access-control-expose-headers')).toBe('x-request-id,retry-after');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('leaves a call without Origin (server to server) without CORS headers', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(corsHeaders(response)).toEqual([]);
  });
});

describe('CSRF prevention', () => {
  const getUrl = (query: string) => `${stack.gatewayUrl}?${new URLSearchParams({ query })}`;

  it('serves a GET query carrying only Authorization, as urql sends it', async () => {
    const response = await fetch(getUrl('{ __typename }'), { headers: { accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a GET without Authorization or a preflight-forcing header as a potential CSRF', async () => {
    const response = await fetch(getUrl('{ __typename }'), { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Cross-Site Request Forgery');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('refuses a simple %s POST (a cross-site form) as a potential CSRF', async (contentType) => {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': contentType, origin: 'https://evil.example.cn' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Cross-Site Request Forgery');
  });

  it('never runs a mutation sent with GET, even with Authorization', async () => {
    const response = await fetch(getUrl('mutation { __typename }'), { headers: { accept: 'application/json', authorization: `Bearer ${token}` } });
    expect(response.status).toBe(405);
    expect(await response.text()).not.toContain('"data"');
  });
});

describe('a page on another origin in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!haveBrowser) return;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function resultOf(origin: string): Promise<Record<string, unknown>> {
    const page = await browser.newPage();
    try {
      await page.goto(origin);
      return (await page.evaluate('window.result')) as Record<string, unknown>;
    } finally {
      await page.close();
    }
  }

  itWithBrowser('reads the gateway answer from a configured origin, with a bearer token (preflighted)', async () => {
    const result = await resultOf(allowedPage.origin);
    expect(result).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
    expect(result.requestId).toEqual(expect.any(String));
  }, 60000);

  /** Runs one bundled client library in a page of `origin`; records what the page sent the gateway. */
  async function clientIn(origin: string, client: 'urql' | 'apollo'): Promise<{ result: BrowserClientResult; sent: { method: string; authorization?: string; origin?: string }[] }> {
    const page = await browser.newPage();
    const sent: Promise<{ method: string; authorization?: string; origin?: string }>[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(stack.gatewayUrl)) return;
      sent.push(request.allHeaders().then((headers) => ({ method: request.method(), authorization: headers.authorization, origin: headers.origin })));
    });
    try {
      await page.goto(`${origin}/clients`);
      const result = (await page.evaluate(`zoneClients.${client}(${JSON.stringify(stack.gatewayUrl)}, ${JSON.stringify(token)})`)) as BrowserClientResult;
      return { result, sent: await Promise.all(sent) };
    } finally {
      await page.close();
    }
  }

  itWithBrowser('urql, bundled into a page of a configured origin, reads the answer with its defaults (a GET with a bearer token, preflighted)', async () => {
    const { result, sent } = await clientIn(allowedPage.origin, 'urql');
    expect(result.error).toBeNull();
    expect((result.data as { zones: { code: string }[] }).zones.map((z) => z.code)).toContain('SHAOGUAN');
    expect(sent).toEqual([{ method: 'GET', authorization: `Bearer ${token}`, origin: allowedPage.origin }]);
  }, 60000);

  itWithBrowser('Apollo Client, bundled into a page of a configured origin, reads the answer with its defaults (a POST with a bearer token)', async () => {
    const { result, sent } = await clientIn(allowedPage.origin, 'apollo');
    expect(result.error).toBeNull();
    expect((result.data as { enterprises: { totalCount: number } }).enterprises.totalCount).toBeGreaterThan(0);
    expect(sent).toEqual([{ method: 'POST', authorization: `Bearer ${token}`, origin: allowedPage.origin }]);
  }, 60000);

  itWithBrowser.each(['urql', 'apollo'] as const)('%s, bundled into a page of an origin not configured, gets no answer: the preflight is refused', async (client) => {
    const { result } = await clientIn(refusedPage.origin, client);
    expect(result.data).toBeNull();
    expect(result.error).toMatch(/Failed to fetch/);
    // The same preflight from that origin, seen outside the browser: no allow headers at all.
    const refused = await fetch(stack.gatewayUrl, { method: 'OPTIONS', headers: { origin: refusedPage.origin, 'access-control-request-method': client === 'urql' ? 'GET' : 'POST', 'access-control-request-headers': 'authorization' } });
    expect(corsHeaders(refused)).toEqual([]);
  }, 60000);

  itWithBrowser('is blocked from an origin that is not configured', async () => {
    const result = await resultOf(refusedPage.origin);
    expect(result).toEqual({ blocked: expect.stringContaining('Failed to fetch') });
  }, 60000);
});
