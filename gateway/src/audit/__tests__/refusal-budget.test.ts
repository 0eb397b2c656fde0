import { createLogger } from '@zone/common';
import type { AuditRecord } from '../hash';
import { createAuditLog } from '../log';
import { createRefusalAuditBudget } from '../refusal-budget';
import { UNAUTHENTICATED_CALLER } from '../refusal';
import { createMemoryStore } from './memory-store';

const MINUTE = 60_000;

const refusal = (n: number, outcome: AuditRecord['outcome'] = 'REFUSED_UNAUTHENTICATED'): AuditRecord => ({
  at: new Date(Date.UTC(2026, 11, 15, 8, 0, 0, n)),
  requestId: `refused-${n}`,
  ...UNAUTHENTICATED_CALLER,
  zone: null,
  purpose: null,
  operationName: null,
  operationHash: 'a'.repeat(64),
  variablesDigest: 'b'.repeat(64),
  fields: [],
  personalData: false,
  unmasked: false,
  outcome,
  durationMs: 1,
});

function setUp(perMinute = 3) {
  const store = createMemoryStore();
  let clock = Date.UTC(2026, 11, 15, 8, 0, 0);
  const budget = createRefusalAuditBudget({ auditLog: createAuditLog({ prisma: store.prisma, pool: store.pool }), log: createLogger('gateway'), perMinute, now: () => clock });
  return { store, budget, advance: (ms: number) => (clock += ms) };
}

describe('refusal audit budget', () => {
  it('writes the first refusals of a source in a minute one by one, and the rest as one entry with their count', async () => {
    const { store, budget } = setUp(3);
    for (let n = 1; n <= 1000; n += 1) budget.record('address:203.0.113.7', refusal(n));
    await budget.flush();
    expect(store.entries).toHaveLength(4);
    expect(store.entries.slice(0, 3).map((e) => [e.requestId, e.count])).toEqual([
      ['refused-1', 1],
      ['refused-2', 1],
      ['refused-3', 1],
    ]);
    expect(store.entries[3]).toMatchObject({ count: 997, outcome: 'REFUSED_UNAUTHENTICATED', organisation: '(unauthenticated)', role: '(none)' });
    // Together the entries stand for every refusal.
    expect(store.entries.reduce((sum, e) => sum + (e.count ?? 1), 0)).toBe(1000);
    await budget.close();
  });

  it('counts each kind of refusal apart, and each source apart', async () => {
    const { store, budget } = setUp(1);
    budget.record('address:a', refusal(1));
    budget.record('address:a', refusal(2));
    budget.record('address:a', refusal(3, 'RATE_LIMITED'));
    budget.record('address:a', refusal(4, 'RATE_LIMITED'));
    budget.record('address:b', refusal(5));
    await budget.flush();
    const aggregated = store.entries.filter((e) => (e.count ?? 1) > 1 || e.requestId.startsWith('refused-') === false);
    expect(store.entries.filter((e) => e.requestId.startsWith('refused-')).map((e) => e.requestId)).toEqual(['refused-1', 'refused-5']);
    expect(aggregated.map((e) => [e.outcome, e.count]).sort()).toEqual([
      ['RATE_LIMITED', 2],
      ['REFUSED_UNAUTHENTICATED', 1],
    ]);
    await budget.close();
  });

  it('gives a source its allowance again in the next minute, writing the count of the one before', async () => {
    const { store, budget, advance } = setUp(2);
    for (let n = 1; n <= 5; n += 1) budget.record('address:a', refusal(n));
    advance(MINUTE);
    for (let n = 6; n <= 8; n += 1) budget.record('address:a', refusal(n));
    await budget.flush();
    expect(store.entries.map((e) => (e.requestId.startsWith('refused-') ? e.requestId : `count ${e.count}`))).toEqual([
      'refused-1',
      'refused-2',
      'count 3',
      'refused-6',
      'refused-7',
      'count 1',
    ]);
    await budget.close();
  });

  it('writes nothing more when nothing was counted', async () => {
    const { store, budget } = setUp(5);
    budget.record('address:a', refusal(1));
    await budget.close();
    expect(store.entries.map((e) => e.requestId)).toEqual(['refused-1']);
  });
});
