import { GENESIS_HASH, entryHash, type AuditRecord } from '../hash';
import { AUDIT_LIMITS, AuditWriteError, auditRecordProblem, boundedAuditRecord, createAuditLog } from '../log';
import { createMemoryStore } from './memory-store';

const record = (n: number, change: Partial<AuditRecord> = {}): AuditRecord => ({
  at: new Date(Date.UTC(2026, 10, 27, 8, 0, 0, n)),
  requestId: `req-${n}`,
  organisation: 'ZONE-PLATFORM',
  role: 'PLATFORM',
  zone: null,
  purpose: null,
  operationName: 'Zones',
  operationHash: 'a'.repeat(64),
  variablesDigest: 'b'.repeat(64),
  fields: ['Query.zones', 'ZoneInfo.code'],
  personalData: false,
  unmasked: false,
  outcome: 'OK',
  durationMs: n,
  ...change,
});

function expectLinkedChain(entries: { seq: bigint; prevHash: string; hash: string }[]): void {
  let prev = GENESIS_HASH;
  entries.forEach((entry, index) => {
    expect(entry.seq).toBe(BigInt(index + 1));
    expect(entry.prevHash).toBe(prev);
    prev = entry.hash;
  });
}

describe('createAuditLog', () => {
  it('writes appends made together in one transaction, as consecutive linked entries', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ prisma: store.prisma, pool: store.pool });
    await Promise.all([1, 2, 3, 4, 5].map((n) => log.append(record(n))));
    expect(store.transactions.map((t) => t.length)).toEqual([5]);
    // One statement, whatever the batch's size: the same text, one array per column.
    expect(store.statements).toHaveLength(1);
    expect((store.statements[0]!.values[1] as string[])).toEqual(['req-1', 'req-2', 'req-3', 'req-4', 'req-5']);
    expectLinkedChain(store.entries);
    expect(store.entries.map((e) => e.requestId)).toEqual(['req-1', 'req-2', 'req-3', 'req-4', 'req-5']);
    for (const entry of store.entries) expect(entry.hash).toBe(entryHash(entry.prevHash, entry));
  });

  it('puts appends made while a batch is written into the next batch, continuing the chain', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ prisma: store.prisma, pool: store.pool });
    const first = log.append(record(1));
    await Promise.resolve();
    await Promise.resolve();
    const later = [2, 3].map((n) => log.append(record(n)));
    await Promise.all([first, ...later]);
    expect(store.transactions.map((t) => t.length)).toEqual([1, 2]);
    expectLinkedChain(store.entries);
  });

  it('writes no more than maxBatch entries per transaction', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ prisma: store.prisma, pool: store.pool, maxBatch: 2 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => log.append(record(n))));
    expect(store.transactions.map((t) => t.length)).toEqual([2, 2, 1]);
    expectLinkedChain(store.entries);
  });

  it('rejects every entry of a batch whose inserts fail, and goes on writing the next', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ prisma: store.prisma, pool: store.pool });
    // The batch's insert, then each record's insert on its own.
    store.failStatements(3, new Error('connection terminated'));
    const failed = await Promise.allSettled([log.append(record(1)), log.append(record(2))]);
    for (const outcome of failed) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason as AuditWriteError;
      expect(reason).toBeInstanceOf(AuditWriteError);
      expect(reason.message).toContain('connection terminated');
    }
    await log.append(record(3));
    expect(store.entries.map((e) => e.requestId)).toEqual(['req-3']);
    expectLinkedChain(store.entries);
  });

  it('writes the other entries of a batch when the database refuses one of them, and chains them without a gap', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ prisma: store.prisma, pool: store.pool });
    store.refuseRows((row) => (row.requestId === 'req-3' ? 'index row size 7016 exceeds btree version 4 maximum 2704' : null));
    const outcomes = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => log.append(record(n))));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(((outcomes[2] as PromiseRejectedResult).reason as Error).message).toContain('exceeds btree');
    expect(store.entries.map((e) => e.requestId)).toEqual(['req-1', 'req-2', 'req-4', 'req-5']);
    expectLinkedChain(store.entries);
    for (const entry of store.entries) expect(entry.hash).toBe(entryHash(entry.prevHash, entry));
    // The batch's insert was refused whole, then each record went in on its own.
    expect(store.transactions.map((t) => t.length)).toEqual([1, 1, 1, 1]);
  });

  it('writes entries of one request each, and aggregated ones with the count they stand for', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ prisma: store.prisma, pool: store.pool });
    await Promise.all([log.append(record(1)), log.append(record(2, { outcome: 'RATE_LIMITED', count: 250 }))]);
    expect(store.entries.map((e) => e.count)).toEqual([1, 250]);
    for (const entry of store.entries) expect(entry.hash).toBe(entryHash(entry.prevHash, entry));
  });

  it('cuts over-long texts to their column bound instead of losing the entry', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ prisma: store.prisma, pool: store.pool });
    await log.append(record(1, { organisation: 'O'.repeat(5000), operationName: 'N'.repeat(300), purpose: 'p\u0000q', fields: ['F'.repeat(600)] }));
    const [entry] = store.entries;
    expect(entry!.organisation).toBe(`${'O'.repeat(AUDIT_LIMITS.organisation - 1)}…`);
    expect(entry!.operationName).toHaveLength(AUDIT_LIMITS.operationName);
    expect(entry!.purpose).toBe('p\ufffdq');
    expect(entry!.fields[0]).toHaveLength(AUDIT_LIMITS.field);
    expect(auditRecordProblem(entry!)).toBeNull();
  });

  it('refuses a record it could not write faithfully, before it reaches the database', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ prisma: store.prisma, pool: store.pool });
    await expect(log.append(record(1, { operationHash: 'not a hash' }))).rejects.toThrow(/operationHash/);
    await log.flush();
    expect(store.transactions).toEqual([]);
  });

  it('keeps the fields it was given, even if the caller changes its array afterwards', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ prisma: store.prisma, pool: store.pool });
    const fields = ['Query.zones'];
    const appended = log.append(record(1, { fields }));
    fields.push('Order.buyer');
    await appended;
    expect(store.entries[0]!.fields).toEqual(['Query.zones']);
    expect(store.entries[0]!.hash).toBe(entryHash(GENESIS_HASH, store.entries[0]!));
  });

  it('flushes on close and refuses appends after it', async () => {
    const store = createMemoryStore();
    const log = createAuditLog({ prisma: store.prisma, pool: store.pool });
    const pending = log.append(record(1));
    await log.close();
    await expect(pending).resolves.toBeUndefined();
    await expect(log.append(record(2))).rejects.toThrow('audit log is closed');
    expect(store.entries).toHaveLength(1);
  });
});

describe('auditRecordProblem', () => {
  it.each<[string, Partial<AuditRecord>, string | null]>([
    ['a complete record', {}, null],
    ['a province-wide caller with a purpose and an anonymous operation', { zone: null, purpose: 'inspection', operationName: null }, null],
    ['an invalid date', { at: new Date('nonsense') }, 'at must be a valid Date'],
    ['an empty request id', { requestId: '' }, 'requestId must be a non-empty string'],
    ['an empty organisation', { organisation: '' }, 'organisation must be a non-empty string'],
    ['an upper-case operation hash', { operationHash: 'A'.repeat(64) }, 'operationHash must be 64 lowercase hex digits'],
    ['a short variables digest', { variablesDigest: 'b'.repeat(63) }, 'variablesDigest must be 64 lowercase hex digits'],
    ['an unknown outcome', { outcome: 'MAYBE' as never }, 'outcome must be one of OK, ERROR, DENIED, REFUSED_UNAUTHENTICATED, RATE_LIMITED, INTENT, RECONCILED_COMMITTED, RECONCILED_NOT_COMMITTED'],
    ['unmasked missing', { unmasked: undefined as unknown as boolean }, 'unmasked must be a boolean'],
    ['a fractional duration', { durationMs: 1.5 }, 'durationMs must be a whole number of milliseconds'],
    ['a negative duration', { durationMs: -1 }, 'durationMs must be a whole number of milliseconds'],
    ['a NUL character, which PostgreSQL text cannot hold', { purpose: 'a\u0000b' }, 'text must not contain NUL characters'],
    ['a request id of 128 characters', { requestId: 'r'.repeat(128) }, null],
    ['a request id of 129 characters', { requestId: 'r'.repeat(129) }, 'requestId must be at most 128 characters'],
    ['a request id of 7,000 characters', { requestId: 'r'.repeat(7000) }, 'requestId must be at most 128 characters'],
    ['an organisation of 257 characters', { organisation: 'o'.repeat(257) }, 'organisation must be at most 256 characters'],
    ['a role of 33 characters', { role: 'R'.repeat(33) }, 'role must be at most 32 characters'],
    ['a zone of 33 characters', { zone: 'Z'.repeat(33) }, 'zone must be at most 32 characters'],
    ['a purpose of 257 characters', { purpose: 'p'.repeat(257) }, 'purpose must be at most 256 characters'],
    ['an operation name of 257 characters', { operationName: 'N'.repeat(257) }, 'operationName must be at most 256 characters'],
    ['a coordinate of 513 characters', { fields: ['F'.repeat(513)] }, 'each of fields must be at most 512 characters'],
    ['4,001 coordinates', { fields: Array.from({ length: 4001 }, (_, i) => `T.f${i}`) }, 'fields must hold at most 4000 coordinates'],
    ['a count of 1', { count: 1 }, null],
    ['a count of 0', { count: 0 }, 'count must be a whole number of requests, at least 1'],
    ['a fractional count', { count: 2.5 }, 'count must be a whole number of requests, at least 1'],
  ])('%s -> %s', (_name, change, problem) => {
    expect(auditRecordProblem(record(1, change))).toBe(problem);
  });
});

describe('boundedAuditRecord', () => {
  it('leaves a record within bounds as it is', () => {
    expect(boundedAuditRecord(record(1))).toEqual(record(1));
  });

  it('brings every record within the bounds auditRecordProblem checks', () => {
    const huge = record(1, {
      requestId: 'r'.repeat(7000),
      organisation: 'o'.repeat(7000),
      role: 'R'.repeat(100),
      zone: 'Z'.repeat(100),
      purpose: 'p'.repeat(7000),
      operationName: 'N'.repeat(7000),
      fields: Array.from({ length: 5000 }, (_, i) => `T.f${i}`),
    });
    const bounded = boundedAuditRecord(huge);
    expect(auditRecordProblem(bounded)).toBeNull();
    expect(bounded.fields).toHaveLength(AUDIT_LIMITS.fields);
    expect(bounded.fields.at(-1)).toBe('… 1001 more');
  });
});
