import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { runDemoScenarios, type ScenarioOutcome } from '../scripts/demo/scenarios';
import { startStack, type Stack } from './support/stack';

/**
 * The demo scenarios played through the gateway against the product: every rule of the
 * departments must decide as the scenario expects, from three-document matching to the bank's
 * settlement check; and the chain of attestations the last scenario ends with verifies offline with
 * the bank's own command, as the README tells a bank to run it.
 */
const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
let stack: Stack;
let outcomes: ScenarioOutcome[];

beforeAll(async () => {
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack();
  outcomes = await runDemoScenarios(async (caller, query, variables) => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token(caller)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  }, { runId: 'T1' });
}, 120_000);
afterAll(async () => {
  await stack?.close();
});

describe('the demo scenarios', () => {
  it('cover every rule the departments encode', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(20);
  });

  it('end as each rule decides', () => {
    const wrong = outcomes.filter((outcome) => outcome.actual !== outcome.expected);
    expect(wrong).toEqual([]);
  });
});

describe('the settlement the demo ends with, verified offline', () => {
  let dir: string;
  let keys: string;
  let revocations: string;
  let tokens: string[];

  /** `npm run attestation:verify -- <token> --keys <file> --revocations <file>`: its exit code and output. */
  async function verify(token: string): Promise<{ code: number; output: string }> {
    try {
      const { stdout } = await run('npm', ['run', 'attestation:verify', '--', token, '--keys', keys, '--revocations', revocations], { cwd: ROOT, timeout: 60_000 });
      return { code: 0, output: stdout };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof failed.code === 'number' ? failed.code : -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
    }
  }

  beforeAll(async () => {
    tokens = outcomes.at(-1)?.tokens ?? [];
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bank-keys-'));
    keys = path.join(dir, 'departments.json');
    revocations = path.join(dir, 'revocations.json');
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    for (const [file, url] of [[keys, `${base}/keys/departments.json`], [revocations, `${base}/keys/revocations.json`]] as const) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      fs.writeFileSync(file, await response.text());
    }
    // From here on only the saved files are used: the command asks no service.
  }, 60_000);
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has every token of the chain valid by `npm run attestation:verify` with the saved key directory and revocations', async () => {
    // Forex's acceptance, customs' release, tax's bill, public security's identity check.
    expect(tokens).toHaveLength(4);
    for (const token of tokens) {
      const { code, output } = await verify(token);
      expect({ code, valid: output.split('\n').includes('VALID') }).toEqual({ code: 0, valid: true });
    }
  }, 300_000);

  it('says a tampered token is not valid and why', async () => {
    const [header, payload, signature] = tokens[0]!.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, claim: 'SETTLEMENT_BASIS_ACCEPTED', basis: 'forged basis' })).toString('base64url')}.${signature}`;
    const { code, output } = await verify(forged);
    expect(code).toBe(1);
    expect(output).toMatch(/^NOT VALID\n\s+BAD_SIGNATURE: /m);
  }, 120_000);
});
