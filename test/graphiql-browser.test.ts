import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
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

  it('loads from the gateway alone and runs the default cross-department query', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(stack.gatewayBase)) foreign.push(request.url());
    });
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20000 });
    await page.click('.graphiql-execute-button');
    const result = page.locator('.graphiql-response');
    await result.getByText('buyerIdentityCheck').first().waitFor({ timeout: 20000 });
    const text = await result.innerText();
    expect(text).toContain('"totalCount"');
    expect(text).toContain('"verdict": "MATCH"');
    expect(foreign).toEqual([]);
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/graphiql.png` });
  });
});
