import { runDemoScenarios, type ScenarioOutcome } from '../scripts/demo/scenarios';
import { startStack, type Stack } from './support/stack';

/**
 * The demo scenarios played through the gateway against the product: every rule of the
 * departments must decide as the scenario expects, from three-document matching to the bank's
 * settlement check.
 */
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
