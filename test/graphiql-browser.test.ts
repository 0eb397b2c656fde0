import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { emitEvent } from '@zone/common';
import { startStack, type Stack } from './support/stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// CI installs Debian's chromium; elsewhere the test says plainly that it did not run.
const haveBrowser = fs.existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package`);
const describeWithBrowser = haveBrowser ? describe : describe.skip;

let stack: Stack;
let browser: Browser;

describeWithBrowser('self-hosted GraphiQL in a real browser', () => {
  beforeAll(async () => {
    stack = await startStack();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('tells a newcomer where the token goes and how to mint one', async () => {
    const page = await browser.newPage();
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20000 });
    const help = await page.locator('#token-help').innerText();
    expect(help).toContain('Headers tab');
    expect(help).toContain('{"Authorization": "Bearer <token>"}');
    expect(help).toContain('npm run token -- --role PLATFORM --org ZONE-PLATFORM');
    await page.close();
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
});
