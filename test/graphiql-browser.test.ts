import fs from 'node:fs';
import { chromium, type Browser, type Page, type Request, type Response } from 'playwright-core';
import { emitEvent } from '@zone/common';
import { startStack, type Stack } from './support/stack';
import { createGatewayProcessKeys, startGatewayProcess, type GatewayProcess, type GatewayProcessKeys } from './support/gateway-process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// CI installs Debian's chromium; elsewhere the test says plainly that it did not run.
const haveBrowser = fs.existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package`);
const describeWithBrowser = haveBrowser ? describe : describe.skip;

let stack: Stack;
let browser: Browser;
let keys: GatewayProcessKeys;

/** The POSTs a page sends to the gateway's /graphql, as they go out. */
function graphqlPostsOf(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === stack.gatewayUrl) posts.push(request);
  });
  return posts;
}

/** Replaces the Headers tab's text, as a person pasting into it would. */
async function pasteHeaders(page: Page, headers: Record<string, string>): Promise<void> {
  const editor = page.locator('.graphiql-editor-tool .CodeMirror').last();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(JSON.stringify(headers));
}

/** Waits until the banner's token line says `text`. */
async function tokenState(page: Page, text: string): Promise<void> {
  await page.waitForFunction(`document.getElementById('token-state')?.textContent?.includes(${JSON.stringify(text)})`, undefined, { timeout: 20000 });
}

const isIntrospection = (response: Response) => response.url() === stack.gatewayUrl && (response.request().postData() ?? '').includes('IntrospectionQuery');

describeWithBrowser('self-hosted GraphiQL in a real browser', () => {
  beforeAll(async () => {
    keys = await createGatewayProcessKeys();
    // As under `npm start` (development): GraphiQL's role picker mints demo tokens.
    stack = await startStack({ graphiqlDemoSignIn: true, assertionKeys: keys.assertionKeys });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    keys?.remove();
  });

  it('tells a newcomer where the token goes and how to mint one', async () => {
    const page = await browser.newPage();
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20000 });
    const help = await page.locator('#token-help').innerText();
    expect(help).toContain('Headers tab');
    expect(help).toContain('{"Authorization": "Bearer <token>"}');
    expect(help).toContain('npm run token -- --role PLATFORM --org ZONE-PLATFORM');
    expect(help).toContain('No token yet: nothing is sent.');
    // The Headers tab is the one open, under the query.
    expect(await page.locator('.graphiql-editor-tools button', { hasText: 'Headers' }).getAttribute('class')).toContain('active');
    await page.close();
  });

  it('sends nothing before a token is set: no introspection on open, and Run answers in the page with where the token goes', async () => {
    const page = await browser.newPage();
    const posts = graphqlPostsOf(page);
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20000 });
    await page.click('.graphiql-execute-button');
    await page.locator('.graphiql-response').getByText('Nothing was sent').waitFor({ timeout: 20000 });
    const response = await page.locator('.graphiql-response').innerText();
    expect(response).toContain('NO_TOKEN_IN_HEADERS_TAB');
    expect(response).not.toContain('401');
    expect(response).not.toContain('UNAUTHENTICATED');
    expect(posts.map((p) => p.postData())).toEqual([]);
    await page.close();
  });

  it('fetches the schema once a token is in the Headers tab, and again with the new token when the headers change', async () => {
    const page = await browser.newPage();
    const posts = graphqlPostsOf(page);
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20000 });
    const platform = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const first = page.waitForResponse(isIntrospection, { timeout: 30000 });
    await pasteHeaders(page, { Authorization: `Bearer ${platform}` });
    const platformSchema = (await (await first).json()) as { data: { __schema: { mutationType: { name: string } | null } } };
    expect((await first).request().headers().authorization).toBe(`Bearer ${platform}`);
    expect(platformSchema.data.__schema.mutationType).toEqual({ name: 'Mutation' });
    await tokenState(page, 'Token set (PLATFORM · ZONE-PLATFORM)');
    // The Docs pane shows the platform's schema, mutations included.
    await page.click('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]');
    await page.locator('.graphiql-doc-explorer').getByText('Mutation', { exact: true }).waitFor({ timeout: 20000 });
    // A regulator's token instead: the schema is fetched again, and regulators have no mutations.
    const regulator = await stack.token({ role: 'REGULATOR', org: 'GD-COMMERCE-DEPT' });
    const second = page.waitForResponse((r) => isIntrospection(r) && r.request().headers().authorization === `Bearer ${regulator}`, { timeout: 30000 });
    await pasteHeaders(page, { Authorization: `Bearer ${regulator}` });
    const regulatorSchema = (await (await second).json()) as { data: { __schema: { mutationType: unknown } } };
    expect(regulatorSchema.data.__schema.mutationType).toBeNull();
    await page.locator('.graphiql-doc-explorer').getByText('Mutation', { exact: true }).waitFor({ state: 'detached', timeout: 20000 });
    // Only introspection went out, never before the first token, each with the token of its time.
    expect(posts.map((p) => p.headers().authorization)).toEqual([`Bearer ${platform}`, `Bearer ${regulator}`]);
    await page.close();
  });

  it('in development, the role picker puts a demo token in the Headers tab, and the query runs as that role', async () => {
    const page = await browser.newPage();
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20000 });
    await page.selectOption('#demo-role', 'shaoguan-regulator');
    const introspected = page.waitForResponse(isIntrospection, { timeout: 30000 });
    await page.click('#demo-role-use');
    expect((await introspected).status()).toBe(200);
    await tokenState(page, 'REGULATOR · SG-ZONE-OFFICE · SHAOGUAN');
    // The Headers tab's editor (CodeMirror keeps its instance on its element).
    const headers = JSON.parse((await page.evaluate("[...document.querySelectorAll('.graphiql-editor-tool .CodeMirror')].pop().CodeMirror.getValue()")) as string) as { Authorization: string };
    expect(headers.Authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    const answered = page.waitForResponse((r) => r.url() === stack.gatewayUrl && (r.request().postData() ?? '').includes('enterprises'), { timeout: 30000 });
    await page.click('.graphiql-execute-button');
    const body = (await (await answered).json()) as { data?: { enterprises: { edges: { node: { zone: string } }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.enterprises.edges.map((e) => e.node.zone)).toEqual(expect.arrayContaining(['SHAOGUAN']));
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/graphiql-demo-role.png` });
    await page.close();
  });

  it('mints demo tokens for the page it served only: another origin, even on localhost, and a proxied request are refused', async () => {
    const mint = (headers: Record<string, string>) =>
      fetch(`${stack.gatewayBase}/graphiql/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ role: 'platform' }) });
    const own = await mint({ origin: stack.gatewayBase });
    expect(own.status).toBe(200);
    expect((await stack.query('{ __typename }', {}, { authorization: `Bearer ${((await own.json()) as { token: string }).token}` })).data).toEqual({ __typename: 'Query' });
    for (const headers of <Record<string, string>[]>[{ origin: 'http://127.0.0.1:5173' }, { origin: 'http://localhost:5173' }, { 'x-forwarded-for': '203.0.113.9' }, { 'sec-fetch-site': 'cross-site' }]) {
      const refused = await mint(headers);
      expect([headers, refused.status]).toEqual([headers, 403]);
      expect(JSON.stringify(await refused.json())).not.toContain('token"');
    }
  });

  it('loads from the gateway alone and, with a token in its Headers tab, runs the default cross-department query', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(stack.gatewayBase)) foreign.push(request.url());
    });
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20000 });
    // A person pastes their token into GraphiQL's Headers tab.
    const token = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    await page.getByText('Headers', { exact: true }).click();
    await page.locator('.graphiql-editor-tool .CodeMirror').last().click();
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    const answered = page.waitForResponse((r) => r.url() === stack.gatewayUrl && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('enterprises'));
    await page.click('.graphiql-execute-button');
    const body = (await (await answered).json()) as { data?: { enterprises: { totalCount: number } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.enterprises.totalCount).toBeGreaterThan(0);
    expect(JSON.stringify(body)).toContain('"verdict":"MATCH"');
    // The result pane shows the answer (CodeMirror renders only the lines in view).
    await page.locator('.graphiql-response').getByText('"totalCount"').waitFor({ timeout: 20000 });
    expect(foreign).toEqual([]);
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/graphiql.png` });
  });

  it('runs a subscription over WebSocket with the token of its Headers tab and shows the alert as it arrives', async () => {
    const page = await browser.newPage();
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20000 });
    const token = await stack.token({ role: 'REGULATOR', org: 'GD-REGULATOR' });
    await page.getByText('Headers', { exact: true }).click();
    await page.locator('.graphiql-editor-tool .CodeMirror').last().click();
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    // Replace the default query with a subscription.
    await page.locator('.graphiql-query-editor .CodeMirror').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('# Alerts as they come\nsubscription { watchFlagRaised { caseReference category zone } }');
    const socket = page.waitForEvent('websocket', { timeout: 20000 });
    await page.click('.graphiql-execute-button');
    const ws = await socket;
    expect(ws.url()).toBe(stack.gatewayUrl.replace(/^http/, 'ws'));
    // The gateway holds the subscription once it says so in /ready; then public security commits a flag.
    const until = Date.now() + 30_000;
    for (;;) {
      const ready = (await (await fetch(`${stack.gatewayBase}/ready`)).json()) as { alerts?: { subscriptions: number } };
      if ((ready.alerts?.subscriptions ?? 0) > 0) break;
      if (Date.now() > until) throw new Error('GraphiQL\'s subscription never reached the gateway');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const prisma = stack.runtimes['public-security'].prisma as unknown as { $transaction: <T>(fn: (tx: { $executeRawUnsafe: (q: string, ...v: unknown[]) => Promise<number> }) => Promise<T>) => Promise<T> };
    await prisma.$transaction((tx) =>
      emitEvent(tx, 'watchFlagRaised', { subjectKind: 'ENTERPRISE', subjectKey: '91440200MA4ALERT1X', zone: 'SHAOGUAN', category: 'NON_GENUINE_TRADE_MONEY_LAUNDERING', since: '2026-12-01T08:00:00.000Z', caseReference: 'GA-GRAPHIQL-1', active: true }),
    );
    await page.locator('.graphiql-response').getByText('GA-GRAPHIQL-1').waitFor({ timeout: 30000 });
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/graphiql-subscription.png` });
  });

  describe('the production configuration (NODE_ENV=production, as the Docker image runs)', () => {
    let production: GatewayProcess;
    beforeAll(async () => {
      // The real gateway process, as deployed: no CONSOLE_DEMO_ISSUER_KEY_PATH (its configuration refuses one there).
      production = await startGatewayProcess(stack, keys, { env: { NODE_ENV: 'production' }, logLevel: 'info' });
    }, 180_000);
    afterAll(async () => {
      await production?.stop();
    });

    it('offers no role picker and has no demo-token endpoint, while GraphiQL and its token help still serve', async () => {
      const base = production.url.replace(/\/graphql$/, '');
      for (const path of ['/graphiql/demo/token', '/console/demo/token']) {
        const minted = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'platform' }) });
        expect([path, minted.status]).toEqual([path, 404]);
      }
      expect((await fetch(`${base}/graphiql/demo/roles`)).status).toBe(404);
      const page = await browser.newPage();
      try {
        await page.goto(production.url);
        await page.waitForSelector('.graphiql-execute-button', { timeout: 30000 });
        expect(await page.locator('#token-help').innerText()).toContain('npm run token');
        expect(await page.locator('#demo-role, #demo-role-use').count()).toBe(0);
      } finally {
        await page.close();
      }
    });
  });
});
