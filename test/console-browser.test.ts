// The regulators' console in Debian's Chromium: served by the gateway alone, signed in with a demo
// role, every data call carrying the bearer token. Screenshots go to test-artifacts/console/.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CONSOLE_CSP } from '../gateway/src/console';
import { startStack, type Stack } from './support/stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = fs.existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package`);
const describeWithBrowser = haveBrowser ? describe : describe.skip;
const ARTIFACTS = path.join(__dirname, '..', 'test-artifacts', 'console');
const WAIT = { timeout: 30000 };

let stack: Stack;
let browser: Browser;
let page: Page;
/** Every request the page made, and what the browser reported about the page. */
const requests: { url: string; method: string; authorization: string | undefined }[] = [];
const problems: string[] = [];
/** The demo data's span of months, its orders, and its busiest month with Shaoguan's orders then, from commerce's rows. */
let span: { from: string; to: string; orders: number; months: number };
let busiest: { month: string; shaoguan: number };
/** The test database, for counts computed independently of the console and the API. */
let db: Client;

async function dbCount(sql: string, values: unknown[] = []): Promise<number> {
  return Number((await db.query<{ n: string }>(sql, values)).rows[0]!.n);
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Records every <progress> the page shows from now on (its label and maximum), however briefly. */
async function watchProgress(): Promise<void> {
  await page.evaluate(`(() => {
    window.__progress = [];
    const seen = (el) => window.__progress.push({ label: el.getAttribute('aria-label') || '', max: Number(el.getAttribute('max') || 0), value: Number(el.getAttribute('value') || 0) });
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        const targets = m.type === 'attributes' ? [m.target] : [...m.addedNodes];
        for (const node of targets) {
          if (!(node instanceof Element)) continue;
          if (node.matches('progress')) seen(node);
          node.querySelectorAll('progress').forEach(seen);
        }
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['value', 'max'] });
  })()`);
}

async function seenProgress(): Promise<{ label: string; max: number; value: number }[]> {
  return page.evaluate('window.__progress');
}

async function signInAs(roleId: string): Promise<void> {
  await page.getByLabel('Demo role', { exact: true }).selectOption(roleId);
  await page.getByRole('button', { name: /Sign in as this role/ }).click();
  await page.getByRole('heading', { name: /Dashboard/ }).waitFor(WAIT);
}

async function signOut(): Promise<void> {
  await page.getByRole('button', { name: /Sign out/ }).click();
  await page.getByRole('heading', { name: /Sign in to the zone regulators' console/ }).waitFor(WAIT);
}

describeWithBrowser('the web console in a real browser', () => {
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ consoleDemoSignIn: true });
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const range = await db.query<{ first: string; last: string; orders: string; months: string }>(`
      SELECT to_char(min(ordered_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM') AS first,
             to_char(max(ordered_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS last, count(*) AS orders,
             count(DISTINCT to_char(ordered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')) AS months
      FROM commerce."order"`);
    const row = range.rows[0]!;
    span = { from: `${row.first}-01`, to: row.last, orders: Number(row.orders), months: Number(row.months) };
    const month = await db.query<{ month: string; n: string }>(`
      SELECT to_char(ordered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*) AS n FROM commerce."order"
      WHERE zone = 'SHAOGUAN' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
    busiest = { month: month.rows[0]!.month, shaoguan: Number(month.rows[0]!.n) };
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), authorization: request.headers().authorization }));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await stack?.close();
  }, 180_000);

  it('is served without a token, under its CSP, from the gateway alone', async () => {
    const response = await fetch(`${stack.gatewayBase}/console`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    await page.goto(`${stack.gatewayBase}/console`);
    await page.getByRole('heading', { name: /Sign in to the zone regulators' console/ }).waitFor(WAIT);
    await page.getByLabel('Demo role', { exact: true }).waitFor(WAIT);
    await screenshot('sign-in');
  });

  it('renders Chinese text in a CJK font (two different characters draw different glyphs, not the same missing-glyph box)', async () => {
    // Evaluated in the page (a string: this file is type-checked without the DOM's types).
    const distinct = await page.evaluate(`(() => {
      const draw = (text) => {
        const canvas = document.createElement('canvas');
        canvas.width = 40;
        canvas.height = 40;
        const context = canvas.getContext('2d');
        context.font = '32px "Noto Sans CJK SC", sans-serif';
        context.fillText(text, 2, 34);
        return Array.from(context.getImageData(0, 0, 40, 40).data).join(',');
      };
      return draw('统') !== draw('计') && draw('统') !== draw('\\u{10FFFD}');
    })()`);
    expect(distinct).toBe(true);
  });

  it('refuses a token the gateway does not accept, naming why', async () => {
    await page.getByLabel(/Bearer token/).fill('not-a-token');
    await page.getByRole('button', { name: /^登录 Sign in$/ }).click();
    await page.getByRole('alert').getByText(/refused this token/).waitFor(WAIT);
    await page.getByLabel(/Bearer token/).fill('');
  });

  it('signs in with a demo role; the token stays in this tab’s session storage, never in a URL or localStorage', async () => {
    await signInAs('province-regulator');
    const storage = await page.evaluate<{ session: string[]; local: number }>('({ session: Object.keys(sessionStorage), local: localStorage.length })');
    expect(storage.session).toEqual(['zone-console.token']);
    expect(storage.local).toBe(0);
    const token = await page.evaluate<string | null>("sessionStorage.getItem('zone-console.token')");
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(page.url()).not.toContain(token!);
    await page.getByText('REGULATOR · GD-COMMERCE-DEPT').waitFor(WAIT);
  });

  it('shows the audit chain’s latest signed head, and to an auditor the whole chain verified', async () => {
    // Keyboard: the view is reached from the navigation with Enter.
    await page.getByRole('button', { name: /Audit chain/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Audit chain/, level: 2 }).waitFor(WAIT);
    await page.getByText(/Entries in the tree|No tree head signed yet/).first().waitFor(WAIT);
    await signOut();
    await signInAs('province-auditor');
    await page.getByRole('button', { name: /Audit chain/ }).click();
    await page.getByRole('button', { name: /Verify the chain now/ }).click();
    const verdict = page.getByTestId('chain-verdict');
    await verdict.waitFor(WAIT);
    expect(await verdict.textContent()).toMatch(/Intact: [\d,]+ entries verified/);
    await screenshot('audit');
  });

  it('verifies a pasted attestation and says why one does not hold', async () => {
    await page.getByRole('button', { name: /Attestations/ }).click();
    await page.getByLabel(/Attestation token/).fill('eyJhbGciOiJTTTIiLCJraWQiOiJwb3N0OjEifQ.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    await page.getByRole('button', { name: /Verify/ }).click();
    const result = page.getByTestId('attestation-result');
    await result.waitFor(WAIT);
    expect(await result.textContent()).toContain('Not valid');
    expect(await result.locator('li').count()).toBeGreaterThan(0);
    await screenshot('attestation');
  });

  it('shows an officer the assistance requests addressed to their department, and acknowledges one there', async () => {
    const enterprises = await stack.query<{ enterprises: { edges: { node: { uscc: string } }[] } }>('{ enterprises(zone: SHAOGUAN, first: 1) { edges { node { uscc } } } }');
    const forexOfficer = { authorization: `Bearer ${await stack.token({ role: 'OFFICER', org: 'SG-FOREX-OFFICER-02', zone: 'SHAOGUAN', department: 'forex' })}` };
    const filed = await stack.query<{ fileAssistanceRequest: { requestNo: string } }>(
      'mutation($input: AssistanceRequestInput!) { fileAssistanceRequest(input: $input) { requestNo } }',
      {
        input: {
          subject: { type: 'ENTERPRISE', uscc: enterprises.data!.enterprises.edges[0]!.node.uscc },
          reason: '收款远高于申报货值 payments received far above the declared values',
          legalBasis: '粤府函〔2022〕58号 执法互助',
          actions: ['PROVIDE_RECORDS'],
          dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          addressedTo: ['CUSTOMS'],
        },
      },
      forexOfficer,
    );
    expect(filed.errors).toBeUndefined();
    const { requestNo } = filed.data!.fileAssistanceRequest;
    await signOut();
    await signInAs('shaoguan-customs-officer');
    await page.getByRole('button', { name: /Assistance/ }).click();
    const row = page.getByTestId('assistance-requests').locator('tr', { hasText: requestNo });
    await row.waitFor(WAIT);
    expect(await row.textContent()).toContain('CUSTOMS: ADDRESSED');
    await page.getByRole('button', { name: `Acknowledge ${requestNo}` }).click();
    await page.getByText(`Acknowledged ${requestNo}`).waitFor(WAIT);
    expect(await row.textContent()).toContain('CUSTOMS: ACKNOWLEDGED');
    await screenshot('assistance');
  });

  it('shows the province dashboard: totals that agree with the records, and non-empty trend and zone-comparison charts', async () => {
    await signOut();
    await signInAs('province-regulator');
    await page.getByLabel(/^起 From/).fill(span.from);
    await page.getByLabel(/^止 To/).fill(span.to);
    await page.getByRole('button', { name: /^查询 Show$/ }).click();
    const trend = page.getByTestId('trend-chart');
    await trend.locator('canvas').waitFor(WAIT);
    await page.getByRole('button', { name: /订单数 Orders/ }).getByText(span.orders.toLocaleString('zh-CN')).waitFor(WAIT);
    for (const chart of ['trend-chart', 'comparison-chart']) {
      // Drawn pixels on the chart's canvas (ECharts draws nothing but the axes for an empty series),
      // polled until its opening animation has drawn them.
      const canvas = await page.getByTestId(chart).locator('canvas').first().elementHandle();
      await page.waitForFunction(
        `(canvas) => {
          const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n += 1;
          return n > 2000;
        }`,
        canvas,
        WAIT,
      );
    }
    const caption = await page.locator('#trend-chart-caption').textContent();
    expect(caption).toContain(`total ${span.orders.toLocaleString('zh-CN')} over`);
    expect(await page.getByTestId('trend-chart').getAttribute('aria-label')).toMatch(/Trend of/);
    await screenshot('dashboard');
  });

  it('follows a figure to the records behind it: as many orders as the figure says', async () => {
    await page.getByText(/Figures as a table/).click();
    const figure = page.getByRole('button', { name: `Records of 韶关 SHAOGUAN in ${busiest.month}` });
    const shown = Number((await figure.textContent())!.replace(/[^\d]/g, ''));
    expect(shown).toBe(busiest.shaoguan);
    await figure.click();
    await page.getByRole('heading', { name: /Records/, level: 2 }).waitFor(WAIT);
    await page.getByTestId('records').locator('tbody tr').first().waitFor(WAIT);
    expect(Number((await page.getByTestId('records-total').textContent())!.replace(/[^\d]/g, ''))).toBe(busiest.shaoguan);
    expect(await page.getByTestId('records').locator('tbody tr').count()).toBe(Math.min(25, busiest.shaoguan));
    await screenshot('records');
  });

  it('exports the view as CSV, named after the filter, showing its progress', async () => {
    await page.getByRole('button', { name: /Dashboard/ }).click();
    await page.getByLabel(/^起 From/).fill(span.from);
    await page.getByLabel(/^止 To/).fill(span.to);
    await page.getByRole('button', { name: /^查询 Show$/ }).click();
    await page.getByTestId('trend-chart').locator('canvas').waitFor(WAIT);
    await watchProgress();
    const downloaded = page.waitForEvent('download', WAIT);
    await page.getByRole('button', { name: /Export CSV/ }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe(`statistics_${span.from}_${span.to}_MONTH.csv`);
    const saved = path.join(ARTIFACTS, file.suggestedFilename());
    await file.saveAs(saved);
    const lines = fs.readFileSync(saved, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^zone,period,granularity,/);
    const orderCount = lines[0]!.split(',').indexOf('orderCount');
    expect(lines.slice(1).reduce((sum, line) => sum + Number(line.split(',')[orderCount]), 0)).toBe(span.orders);
    await page.getByText(/Exported statistics_/).waitFor(WAIT);
    const progress = await seenProgress();
    expect(progress.some((p) => p.label.includes('Exporting CSV'))).toBe(true);
  });

  it('loads a year of daily figures month by month, showing progress', async () => {
    await watchProgress();
    await page.getByLabel(/^粒度 Granularity/).selectOption('DAY');
    await page.getByRole('button', { name: /^查询 Show$/ }).click();
    await page.getByText(/by day: total/).waitFor({ timeout: 120000 });
    const progress = (await seenProgress()).filter((p) => p.label.includes('Loading figures'));
    expect(progress.length).toBeGreaterThan(0);
    expect(Math.max(...progress.map((p) => p.max))).toBe(span.months);
    expect(await page.locator('#trend-chart-caption').textContent()).toContain(`total ${span.orders.toLocaleString('zh-CN')} over`);
  }, 240000);

  it('narrows the dashboard by a dimension: the order total of imports equals commerce\'s import rows', async () => {
    const imports = await dbCount(`SELECT count(*) AS n FROM commerce."order" WHERE direction = 'IMPORT'`);
    await page.getByLabel(/^粒度 Granularity/).selectOption('MONTH');
    await page.getByLabel(/^进出口 Direction/).selectOption('IMPORT');
    await page.getByRole('button', { name: /^查询 Show$/ }).click();
    await page.getByRole('button', { name: /订单数 Orders/ }).getByText(imports.toLocaleString('zh-CN')).waitFor(WAIT);
    expect(imports).toBeLessThan(span.orders);
    await page.getByLabel(/^进出口 Direction/).selectOption('');
  });

  it('follows an anomaly to the records behind it: orders, lists, payments, waybills and tax bills of its zone and period only, as many as the departments hold', async () => {
    // A month of Shaoguan's with 60 orders more than it ever had: its order count stands out against its own baseline.
    const months = (await db.query<{ month: string }>(`SELECT DISTINCT to_char(ordered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month FROM commerce."order" WHERE zone = 'SHAOGUAN' ORDER BY 1`)).rows.map((r) => r.month);
    const month = months[Math.floor((months.length * 2) / 3)]!;
    await db.query(`INSERT INTO commerce."order" (ebp_code, order_no, direction, trade_mode, zone, ebc_code, goods_value, freight, discount, tax_total, actual_paid, currency,
        buyer_name, buyer_id_type, buyer_id_hash, buyer_id_masked, buyer_phone, consignee, consignee_address, pay_code, pay_transaction_id, ordered_at, revision)
      SELECT ebp_code, 'SPIKE-' || g, direction, trade_mode, zone, ebc_code, goods_value, freight, discount, tax_total, actual_paid, currency,
        buyer_name, buyer_id_type, buyer_id_hash, buyer_id_masked, buyer_phone, consignee, consignee_address, pay_code, 'SPIKE-' || g, $1::timestamptz + g * interval '1 minute', 1
      FROM commerce."order", generate_series(1, 60) AS g WHERE id = (SELECT min(id) FROM commerce."order" WHERE zone = 'SHAOGUAN')`, [`${month}-15T10:00:00+08:00`]);
    const inMonth = (table: string, column: string) => dbCount(`SELECT count(*) AS n FROM ${table} WHERE zone = 'SHAOGUAN' AND to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = $1`, [month]);

    await page.getByRole('button', { name: /^查询 Show$/ }).click();
    const anomaly = page.getByTestId('anomalies').locator('tbody tr', { hasText: 'SHAOGUAN' }).filter({ has: page.getByRole('cell', { name: 'orderCount', exact: true }) }).filter({ has: page.getByRole('cell', { name: month, exact: true }) });
    await anomaly.first().waitFor({ timeout: 60000 });
    await screenshot('anomaly');
    await anomaly.first().getByRole('button', { name: `Records behind orderCount in 韶关 SHAOGUAN, ${month}` }).click();
    await page.getByRole('heading', { name: /Records/, level: 2 }).waitFor(WAIT);

    for (const [kind, label, table, column] of [
      ['orders', /Orders \(commerce\)/, 'commerce."order"', 'ordered_at'],
      ['inventoryLists', /Inventory lists \(customs\)/, 'customs.inventory_list', 'declared_at'],
      ['payments', /Payments \(forex\)/, 'forex.payment', 'pay_time'],
      ['waybills', /Waybills \(post\)/, 'post.waybill', 'created_at'],
      ['taxBills', /Tax bills \(tax\)/, 'tax.tax_bill', 'issued_at'],
    ] as const) {
      const chooser = page.getByLabel(/^记录 Record kind/);
      if (kind === 'orders') expect(await chooser.inputValue()).toBe('orders');
      else await chooser.selectOption(kind);
      await expect(chooser.locator('option:checked').textContent()).resolves.toMatch(label);
      const records = page.locator(`[data-testid="records"][data-kind="${kind}"]`);
      await records.locator('tbody tr').first().waitFor(WAIT);
      const expected = await inMonth(table, column);
      expect(expected).toBeGreaterThan(0);
      await page.getByTestId('records-total').getByText(expected.toLocaleString(), { exact: true }).waitFor(WAIT);
      const rows = await records.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      expect(rows).toHaveLength(Math.min(25, expected));
      for (const cells of rows) {
        expect(cells[1]).toBe('韶关 SHAOGUAN');
        expect(cells[2]!.startsWith(month)).toBe(true);
      }
      if (kind === 'orders') expect(rows.some((cells) => cells[0]!.startsWith('SPIKE-'))).toBe(true);
      await screenshot(`anomaly-${kind}`);
    }
  });

  it('made every data call with the bearer token, to the gateway only, with no CSP violation', async () => {
    await signOut();
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
    const foreign = requests.filter((r) => !r.url.startsWith(stack.gatewayBase));
    expect(foreign).toEqual([]);
    const dataCalls = requests.filter((r) => new URL(r.url).pathname === '/graphql');
    expect(dataCalls.length).toBeGreaterThan(3);
    // The sign-in page's check of a wrong token is the only call without a valid-looking bearer.
    expect(dataCalls.filter((r) => !/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/.test(r.authorization ?? ''))).toHaveLength(1);
    expect(requests.filter((r) => /eyJ/.test(r.url))).toEqual([]);
    expect(problems.filter((p) => /Content Security Policy|Refused to/.test(p))).toEqual([]);
  });
});
