/**
 * The README's checked examples (`<!-- checked example: … -->`, see support/readme-examples.ts)
 * run against the product on the data `npm start` gives on its first start: the demo data set of
 * the same size and seed, then the demo scenarios played through the gateway. Each must answer as
 * the README shows; an example that stops answering fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrateAll } from '../scripts/lib/migrate';
import { START_DEMO_ORDERS, seedAll } from '../scripts/lib/seed';
import { runDemoScenarios } from '../scripts/demo/scenarios';
import { startStack, type Stack } from './support/stack';
import { withDatabase } from './support/urls';
import { answerDifferences, curlRequest, parseReadmeExamples, type ReadmeExample } from './support/readme-examples';
import type { Department } from '@zone/common';

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const examples = parseReadmeExamples(README);
let stack: Stack;
let demoDatabase: string;

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL! });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  // npm start's first start: migrations, then its demo data set (same size, the generator's seed).
  demoDatabase = `zone_readme_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${demoDatabase}"`));
  const url = withDatabase(process.env.TEST_PG_ADMIN_URL!, demoDatabase);
  await migrateAll(() => url);
  await seedAll({ orders: START_DEMO_ORDERS, idHashKey: process.env.TEST_ID_HASH_KEY!, batchSize: 1000, urlOf: () => url });
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack({ template: demoDatabase });
  // …then it plays the demo scenarios through the gateway (and prints their outcomes; their own test requires them).
  await runDemoScenarios(async (caller, query, variables) => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token(caller)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  });
}, 600_000);
afterAll(async () => {
  await stack?.close();
  if (demoDatabase) await admin((client) => client.query(`DROP DATABASE IF EXISTS "${demoDatabase}" WITH (FORCE)`));
});

async function run(example: ReadmeExample): Promise<{ data?: unknown; errors?: unknown }> {
  const token = await stack.token(example.caller);
  if (example.kind === 'curl') {
    const { headers, body } = curlRequest(example.text, token);
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers, body });
    return (await response.json()) as never;
  }
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: example.text, variables: example.variables }),
  });
  return (await response.json()) as never;
}

describe('the README examples, on the data of a fresh npm start', () => {
  it('are marked', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  // In README order (a later example may rely on an earlier one's write, as a reader following it
  // would); those shown with a department stopped last, as the department stays stopped.
  const ordered = [...examples.filter((e) => !e.stopped), ...examples.filter((e) => e.stopped)];
  it.each(ordered.map((example) => [`README.md:${example.line}`, example] as const))('%s answers as shown', async (_where, example) => {
    if (example.stopped) await stack.stopDepartment(example.stopped as Department);
    const response = await run(example);
    if (process.env.README_EXAMPLES_PRINT) console.log(`README.md:${example.line}\n${JSON.stringify(response)}`);
    // On a miss: where it differs, then what the gateway answered (to fix the README or the product).
    const misses = answerDifferences(example.answer, response, example.vary);
    expect(misses.length ? [...misses, JSON.stringify(response).slice(0, 2000)] : []).toEqual([]);
  }, 120_000);
});
