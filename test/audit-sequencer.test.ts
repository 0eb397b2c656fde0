import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createLogger } from '@zone/common';
import {
  AUDIT_SESSION_LIMITS,
  auditPoolConfig,
  createAuditDatabase,
  createAuditLog,
  createAuditSequencer,
  digestVariables,
  operationHash,
  verifyAuditChain,
  type AuditDatabase,
  type AuditLog,
  type AuditRecord,
  type AuditSequencer,
  type SequencedEntry,
  sequencingLag,
} from '../gateway/src/audit';
import { migrateAudit } from '../scripts/lib/migrate';
import { withDatabase } from './support/urls';

// Submissions and the sequencer on real PostgreSQL: three "gateway replicas" (own pools, own
// sequencers) on one audit database of their own. Appends wait for their own insert only; one
// sequencer leads; a stalled session holds nothing for long; a killed leader is replaced.

const adminUrl = process.env.TEST_PG_ADMIN_URL!;
const database = `${process.env.TEST_TEMPLATE_DB!.replace('zone_tpl_', 'zone_t_')}_auditseq_${randomBytes(3).toString('hex')}`;
const url = withDatabase(adminUrl, database);
const log = createLogger('gateway', 'silent');

interface Replica {
  db: AuditDatabase;
  sequencer: AuditSequencer;
  auditLog: AuditLog;
  integrated: SequencedEntry[][];
}
let replicas: Replica[] = [];

const record = (requestId: string, change: Partial<AuditRecord> = {}): AuditRecord => ({
  at: new Date(),
  requestId,
  organisation: 'ZONE-PLATFORM',
  role: 'PLATFORM',
  zone: null,
  purpose: null,
  operationName: 'Zones',
  operationHash: operationHash('{ zones { code } }'),
  variablesDigest: digestVariables({}),
  fields: ['Query.zones', 'ZoneInfo.code'],
  personalData: false,
  unmasked: false,
  outcome: 'OK',
  durationMs: 1,
  ...change,
});

async function withClient<T>(fn: (client: Client) => Promise<T>, config: object = { connectionString: url }): Promise<T> {
  const client = new Client(config);
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Pid of the session holding the sequencer's advisory lock, once one does. */
async function leaderPid(): Promise<number> {
  for (;;) {
    const pid = await withClient(async (c) => {
      const { rows } = await c.query<{ pid: number }>(`SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`);
      return rows[0]?.pid ?? null;
    });
    if (pid !== null) return pid;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  await withClient((c) => c.query(`CREATE DATABASE "${database}"`), { connectionString: adminUrl });
  await migrateAudit(url);
  replicas = Array.from({ length: 3 }, () => {
    const db = createAuditDatabase({ url, poolSize: 2 });
    const integrated: SequencedEntry[][] = [];
    const sequencer = createAuditSequencer({
      url,
      log,
      pollIntervalMs: 50,
      electionIntervalMs: 200,
      integrate: async (tx, entries) => {
        // The seam sees the batch inside the sequencer's transaction: its entries are there already.
        const [row] = await tx.query<{ n: string }>('SELECT count(*) AS n FROM audit.audit_entry WHERE submission_id = ANY($1::bigint[])', [entries.map((e) => e.submissionId.toString())]);
        expect(Number(row!.n)).toBe(entries.length);
        integrated.push([...entries]);
      },
    });
    const auditLog = createAuditLog({ prisma: db.prisma, pool: db.pool, onSubmitted: () => sequencer.wake() });
    sequencer.start();
    return { db, sequencer, auditLog, integrated };
  });
});

afterAll(async () => {
  for (const r of replicas) {
    await r.sequencer.stop();
    await r.db.disconnect();
  }
  await withClient((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`), { connectionString: adminUrl });
});

describe('audit submissions and the sequencer on PostgreSQL', () => {
  it('sets the session bounds on every audit connection', async () => {
    const [row] = await replicas[0]!.db.prisma.$queryRaw<Record<string, string>[]>`
      SELECT current_setting('lock_timeout') AS lock, current_setting('statement_timeout') AS statement,
             current_setting('idle_in_transaction_session_timeout') AS idle, current_setting('tcp_keepalives_idle') AS keepalive`;
    expect(row).toEqual({
      lock: `${AUDIT_SESSION_LIMITS.lockTimeoutMs / 1000}s`,
      statement: `${AUDIT_SESSION_LIMITS.statementTimeoutMs / 1000}s`,
      idle: `${AUDIT_SESSION_LIMITS.idleInTransactionTimeoutMs / 1000}s`,
      keepalive: `${AUDIT_SESSION_LIMITS.tcpKeepalivesIdleS}`,
    });
    expect(auditPoolConfig(url)).toMatchObject({
      keepAlive: true,
      keepAliveInitialDelayMillis: AUDIT_SESSION_LIMITS.clientKeepAliveDelayMs,
      query_timeout: AUDIT_SESSION_LIMITS.clientQueryTimeoutMs,
    });
  });

  it('chains the submissions of three replicas once each, with exactly one sequencer leading', async () => {
    const ids = replicas.flatMap((_, i) => Array.from({ length: 40 }, (__, n) => `seq-${i}-${n}`));
    await Promise.all(ids.map((id, k) => replicas[k % 3]!.auditLog.append(record(id))));
    await replicas[1]!.auditLog.sequenced();
    expect(replicas.filter((r) => r.sequencer.status().leading)).toHaveLength(1);
    const entries = await replicas[0]!.db.prisma.auditEntry.findMany({ where: { requestId: { in: ids } } });
    expect(entries).toHaveLength(ids.length);
    expect(new Set(entries.map((e) => String(e.submissionId))).size).toBe(ids.length);
    expect(await verifyAuditChain(replicas[0]!.db.prisma)).toMatchObject({ ok: true });
    // The integration seam received each of them once, in seq order.
    const seen = replicas.flatMap((r) => r.integrated.flat()).filter((e) => ids.includes(e.requestId));
    expect(seen.map((e) => e.requestId).sort()).toEqual([...ids].sort());
  });

  it('wakes the leader only: a follower woken by its replica\'s submissions tries for the lead on its own interval, not once per submission', async () => {
    await leaderPid();
    const [since] = await withClient(async (c) => (await c.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows);
    const follower = createAuditSequencer({ url, log, pollIntervalMs: 50, electionIntervalMs: 60_000 });
    follower.start();
    try {
      // Its session's last statement and when it ran: its first try for the lock, refused.
      const lastTry = () =>
        withClient(async (c) => {
          const { rows } = await c.query<{ pid: number; at: Date }>(
            `SELECT pid, state_change AS at FROM pg_stat_activity WHERE backend_start > $1 AND query LIKE 'SELECT pg_try_advisory_lock%' AND state = 'idle'`,
            [since!.now],
          );
          return rows[0] ?? null;
        });
      let first = await lastTry();
      while (!first) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        first = await lastTry();
      }
      for (let n = 0; n < 20; n++) {
        follower.wake();
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await lastTry()).toEqual(first);
      expect(follower.status().leading).toBe(false);
    } finally {
      await follower.stop();
    }
  });

  it('chains a stream of submissions several to a pass: woken by each, the leader starts a pass at most every 50 ms', async () => {
    await leaderPid();
    // Through the leader's own replica, whose every append wakes it.
    const leader = replicas.find((r) => r.sequencer.status().leading)!;
    const ids = Array.from({ length: 30 }, (_, n) => `stream-${n}`);
    const started = Date.now();
    for (const id of ids) {
      await leader.auditLog.append(record(id));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await leader.auditLog.sequenced();
    const elapsed = Date.now() - started;
    const passes = replicas.flatMap((r) => r.integrated).filter((batch) => batch.some((e) => ids.includes(e.requestId)));
    expect(passes.flat().filter((e) => ids.includes(e.requestId))).toHaveLength(ids.length);
    // One pass per 50 ms of the stream at most, and one more for its tail.
    expect(passes.length).toBeLessThanOrEqual(Math.floor(elapsed / 50) + 2);
  });

  it('writes a batch of appends as one INSERT statement, every column as given, and the chain verifies', async () => {
    const db = replicas[0]!.db;
    const statements: string[] = [];
    const counted = createAuditLog({
      prisma: db.prisma,
      pool: { query: (config) => (statements.push(config.text), db.pool.query(config)) },
      onSubmitted: () => replicas[0]!.sequencer.wake(),
    });
    const tricky = ['Query.order(orderNo:)', 'a,"b"}{\\ c', '订单 NULL', ''];
    const records = Array.from({ length: 60 }, (_, n) =>
      record(`one-statement-${n}`, {
        at: new Date(Date.UTC(2026, 11, 4, 8, 0, 0, n)),
        zone: n % 2 ? 'SHAOGUAN' : null,
        purpose: n % 3 ? null : `it's "purpose" ${n}`,
        operationName: n % 5 ? 'Zones' : null,
        fields: n % 4 ? [...tricky, `F${n}`] : [],
        personalData: n % 2 === 0,
        unmasked: n % 7 === 0,
        outcome: n % 6 ? 'OK' : 'INTENT',
        durationMs: n * 1000,
        count: n % 9 ? 1 : n + 1,
      }),
    );
    await Promise.all(records.map((r) => counted.append(r)));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\s*INSERT INTO "audit"."audit_submission"/);
    await counted.sequenced();
    const entries = await db.prisma.auditEntry.findMany({ where: { requestId: { startsWith: 'one-statement-' } } });
    const byId = new Map(entries.map((e) => [e.requestId, e]));
    for (const r of records) {
      const { count, ...rest } = r;
      expect(byId.get(r.requestId)).toMatchObject({ ...rest, count: count ?? 1, fields: [...r.fields] });
    }
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ ok: true });
  });

  it('integrates a submission that commits after larger ids were sequenced (ids are allocated before commit)', async () => {
    await withClient(async (late) => {
      await late.query('BEGIN');
      await late.query(`INSERT INTO audit.audit_submission (at, request_id, organisation, role, operation_hash, variables_digest, fields, personal_data, unmasked, outcome, duration_ms)
                        VALUES (now(), 'late-commit', 'ZONE-PLATFORM', 'PLATFORM', $1, $1, '{}', false, false, 'OK', 1)`, ['c'.repeat(64)]);
      await replicas[0]!.auditLog.append(record('after-late'));
      await replicas[0]!.auditLog.sequenced();
      await late.query('COMMIT');
    });
    await replicas[0]!.auditLog.sequenced();
    const [late, after] = await Promise.all(['late-commit', 'after-late'].map((id) => replicas[0]!.db.prisma.auditEntry.findFirst({ where: { requestId: id } })));
    expect(late!.submissionId! < after!.submissionId!).toBe(true);
    expect(late!.seq > after!.seq).toBe(true);
    expect(await verifyAuditChain(replicas[0]!.db.prisma)).toMatchObject({ ok: true });
  });

  it('answers appends while another session holds the chain head', async () => {
    await withClient(async (holder) => {
      // A session without the audit bounds, holding the head's lock for as long as it likes.
      await holder.query('BEGIN');
      await holder.query('SELECT * FROM audit.audit_chain_head WHERE id = 1 FOR UPDATE');
      await Promise.all(Array.from({ length: 20 }, (_, n) => replicas[n % 3]!.auditLog.append(record(`while-held-${n}`))));
      // Every append is committed while the lock is still held.
      await expect(holder.query('SELECT 1 AS ok')).resolves.toMatchObject({ rows: [{ ok: 1 }] });
      await holder.query('ROLLBACK');
    });
    await replicas[0]!.auditLog.sequenced();
    expect(await replicas[0]!.db.prisma.auditEntry.count({ where: { requestId: { startsWith: 'while-held-' } } })).toBe(20);
  });

  it('loses the locks of a stalled audit session within seconds: the sequencer goes on without anyone releasing them', async () => {
    const { max: _max, ...config } = auditPoolConfig(url, 1);
    await withClient(async (stalled) => {
      // A session with the audit sessions' bounds that locks the head, then stalls (a frozen gateway).
      await stalled.query('BEGIN');
      await stalled.query('SELECT * FROM audit.audit_chain_head WHERE id = 1 FOR UPDATE');
      await replicas[1]!.auditLog.append(record('while-stalled'));
      await replicas[2]!.auditLog.sequenced({ timeoutMs: 30000 });
      await expect(stalled.query('SELECT 1')).rejects.toThrow();
    }, config);
    expect(await replicas[0]!.db.prisma.auditEntry.count({ where: { requestId: 'while-stalled' } })).toBe(1);
  });

  it('hands the leadership to another replica when the leader\'s session is terminated, losing nothing', async () => {
    const pid = await leaderPid();
    await withClient((c) => c.query('SELECT pg_terminate_backend($1)', [pid]));
    await Promise.all(Array.from({ length: 30 }, (_, n) => replicas[n % 3]!.auditLog.append(record(`after-kill-${n}`))));
    await replicas[0]!.auditLog.sequenced({ timeoutMs: 30000 });
    expect(await leaderPid()).not.toBe(pid);
    expect(await replicas[0]!.db.prisma.auditEntry.count({ where: { requestId: { startsWith: 'after-kill-' } } })).toBe(30);
    expect(await verifyAuditChain(replicas[0]!.db.prisma)).toMatchObject({ ok: true });
  });

  it('hands the leadership over when the leader stops, and reports the lag while nobody sequences', async () => {
    const leader = replicas.find((r) => r.sequencer.status().leading) ?? replicas[0]!;
    const others = replicas.filter((r) => r !== leader);
    // Every sequencer stopped: submissions pile up, and the lag says so.
    for (const r of replicas) await r.sequencer.stop();
    await leader.auditLog.append(record('while-nobody-leads'));
    await expect(leader.auditLog.sequenced({ timeoutMs: 300 })).rejects.toThrow(/not sequenced/);
    const lag = await withClient((c) => sequencingLag(async (text, values) => (await c.query(text, values as unknown[])).rows));
    expect(lag.pending).toBe(1);
    expect(lag.oldestPendingMs).toBeGreaterThanOrEqual(0);
    // The former leader stays down; another replica takes over and integrates the backlog.
    for (const r of others) r.sequencer.start();
    await others[0]!.auditLog.sequenced({ timeoutMs: 30000 });
    expect(others.some((r) => r.sequencer.status().leading)).toBe(true);
    expect(others.find((r) => r.sequencer.status().leading)!.sequencer.status()).toMatchObject({ pending: 0, oldestPendingMs: null });
    leader.sequencer.start();
    expect(await verifyAuditChain(leader.db.prisma)).toMatchObject({ ok: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of submissions', async () => {
    const { prisma } = replicas[0]!.db;
    await expect(prisma.$executeRaw`UPDATE audit.audit_submission SET role = 'REGULATOR'`).rejects.toThrow(/audit_submission is append-only: UPDATE refused/);
    await expect(prisma.$executeRaw`DELETE FROM audit.audit_submission`).rejects.toThrow(/append-only: DELETE refused/);
    await expect(prisma.$executeRaw`TRUNCATE audit.audit_submission`).rejects.toThrow(/append-only: TRUNCATE refused/);
  });
});
