import { GENESIS_HASH, entryHash, type AuditRecord } from '../hash';
import { createAuditLog } from '../log';
import { verifyAuditChain } from '../verify';
import { createMemoryStore, type StoredEntry } from './memory-store';

const record = (n: number): AuditRecord => ({
  at: new Date(Date.UTC(2026, 10, 27, 8, 0, 0, n)),
  requestId: `req-${n}`,
  organisation: 'ZONE-PLATFORM',
  role: 'PLATFORM',
  zone: 'SHAOGUAN',
  purpose: null,
  operationName: 'BuyerOfOrder',
  operationHash: 'a'.repeat(64),
  variablesDigest: 'b'.repeat(64),
  fields: ['Buyer.name', 'Order.buyer', 'Query.order'],
  personalData: true,
  unmasked: false,
  outcome: 'OK',
  durationMs: n,
});

async function chainOf(count: number) {
  const store = createMemoryStore();
  const log = createAuditLog({ prisma: store.prisma, pool: store.pool, maxBatch: 7 });
  await Promise.all(Array.from({ length: count }, (_, i) => log.append(record(i + 1))));
  return store;
}

type Store = Awaited<ReturnType<typeof chainOf>>;
const at = (store: Store, seq: number): StoredEntry => store.entries.find((e) => e.seq === BigInt(seq))!;
const remove = (store: Store, ...seqs: number[]) => {
  for (const seq of seqs) store.entries.splice(store.entries.indexOf(at(store, seq)), 1);
};
/** Rewrites an entry and recomputes its hash, as a forger who knows the scheme would. */
const rewrite = (store: Store, seq: number, change: Partial<StoredEntry>) => {
  const entry = Object.assign(at(store, seq), change);
  entry.hash = entryHash(entry.prevHash, entry);
};

describe('verifyAuditChain', () => {
  it('finds an empty log intact', async () => {
    expect(await verifyAuditChain((await chainOf(0)).prisma)).toEqual({ ok: true, entries: 0 });
  });

  it('reads the chain page by page and finds it intact', async () => {
    const store = await chainOf(25);
    expect(await verifyAuditChain(store.prisma, { pageSize: 4 })).toEqual({ ok: true, entries: 25 });
  });

  it.each<[string, (store: Store) => void, number, RegExp]>([
    ['changed content', (s) => (at(s, 7).role = 'REGULATOR'), 7, /entry 7 changed/],
    ['a changed hash', (s) => (at(s, 7).hash = 'f'.repeat(64)), 7, /entry 7 changed/],
    ['a changed link', (s) => (at(s, 7).prevHash = 'f'.repeat(64)), 7, /entry 7 changed/],
    ['content rewritten with its hash recomputed', (s) => rewrite(s, 7, { organisation: 'SOMEONE-ELSE' }), 7, /entry 7 rewritten: entry 8 links/],
    ['the first entry rewritten onto another start', (s) => rewrite(s, 1, { prevHash: 'f'.repeat(64) }), 1, /genesis/],
    ['a missing entry', (s) => remove(s, 7), 7, /entry 7 missing: the chain goes from 6 to 8/],
    ['several missing entries', (s) => remove(s, 7, 8, 9), 7, /entries 7\.\.9 missing/],
    ['the missing first entry', (s) => remove(s, 1), 1, /entry 1 missing/],
    ['a missing tail', (s) => remove(s, 24, 25), 24, /entries 24\.\.25 missing: the chain head records 25/],
    ['the last entry rewritten with its hash recomputed', (s) => rewrite(s, 25, { outcome: 'DENIED' }), 25, /entry 25 rewritten: its hash is not the one the chain head records/],
    ['the chain head wound back', (s) => s.setHead({ seq: 20n, hash: at(s, 20).hash }), 21, /wound back to 20: entries up to 25/],
    ['the chain head removed', (s) => s.setHead(null), 26, /chain head .* is gone/],
  ])('names the first entry tampered with: %s', async (_name, tamper, firstBadSeq, reason) => {
    const store = await chainOf(25);
    tamper(store);
    const verdict = await verifyAuditChain(store.prisma, { pageSize: 4 });
    expect(verdict).toMatchObject({ ok: false, firstBadSeq });
    expect(verdict.ok === false && verdict.reason).toMatch(reason);
  });

  it('reports how many entries before the bad one are intact', async () => {
    const store = await chainOf(10);
    at(store, 4).zone = 'YUNFU';
    expect(await verifyAuditChain(store.prisma)).toMatchObject({ ok: false, firstBadSeq: 4, entries: 3 });
  });

  it('recomputes hashes from the columns alone: a chain written elsewhere verifies', async () => {
    const store = await chainOf(0);
    let prevHash = GENESIS_HASH;
    for (let n = 1; n <= 3; n += 1) {
      const entry = { ...record(n), seq: BigInt(n), prevHash };
      const row = { ...entry, hash: entryHash(prevHash, entry) };
      store.entries.push(row);
      prevHash = row.hash;
    }
    store.setHead({ seq: 3n, hash: prevHash });
    expect(await verifyAuditChain(store.prisma)).toEqual({ ok: true, entries: 3 });
  });
});
