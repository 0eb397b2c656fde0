import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  GENESIS_HASH,
  createAuditDatabase,
  createAuditLog,
  createAuditSequencer,
  digestVariables,
  operationHash,
  verifyAuditChain,
  type AuditDatabase,
  type AuditRecord,
} from '../gateway/src/audit';
import { createLogger } from '@zone/common';
import { migrateAudit } from '../scripts/lib/migrate';
import { withDatabase } from './support/urls';

// The audit log on real PostgreSQL: its own database, migrated with the audit migrations, three
// "gateway replicas" (own clients and pools) appending at once, then a superuser tampering.

const ROOT = path.join(__dirname, '..');
const adminUrl = process.env.TEST_PG_ADMIN_URL!;
const database = `${process.env.TEST_TEMPLATE_DB!.replace('zone_tpl_', 'zone_t_')}_audit_${randomBytes(3).toString('hex')}`;
const url = withDatabase(adminUrl, database);
const REPLICAS = 3;
const PER_REPLICA = 40;
const N = REPLICAS * PER_REPLICA;

let replicas: AuditDatabase[] = [];

const record = (replica: number, n: number): AuditRecord => ({
  at: new Date(),
  requestId: `replica-${replica}-req-${n}`,
  organisation: '91440200MA4UX0000X',
  role: 'BANK',
  zone: n % 2 === 0 ? 'SHAOGUAN' : null,
  purpose: n % 3 === 0 ? 'FX settlement check' : null,
  operationName: 'PaymentOfOrder',
  operationHash: operationHash('query PaymentOfOrder($o: String!) { order(ebpCode: "X", orderNo: $o) { payment { amountPaid payer { name } } } }'),
  variablesDigest: digestVariables({ o: `ORDER-${n}` }),
  fields: ['Order.payment', 'Payer.name', 'Payment.amountPaid', 'Payment.payer', 'Query.order', 'Query.order(ebpCode:)', 'Query.order(orderNo:)'],
  personalData: true,
  unmasked: n % 3 === 0,
  outcome: n % 10 === 0 ? 'ERROR' : 'OK',
  durationMs: n,
});

/** As a superuser: with the append-only trigger switched off for one statement, then on again. */
async function superuserQuery(sql: string): Promise<{ rows: Record<string, string>[] }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function asSuperuserWithoutTrigger(sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_append_only');
    await client.query(sql);
    await client.query('ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_append_only');
  } finally {
    await client.end();
  }
}

function runVerifyCommand(): { status: number | null; output: string } {
  const env = { ...process.env, AUDIT_DATABASE_URL: url };
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'audit-verify.ts')], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(async () => {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  await migrateAudit(url);
  replicas = Array.from({ length: REPLICAS }, () => createAuditDatabase({ url, poolSize: 2 }));
});

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.disconnect()));
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
});

describe('audit log on PostgreSQL', () => {
  it('is part of every migrated database: the test template has schema audit from migrateAll', async () => {
    const client = new Client({ connectionString: withDatabase(adminUrl, process.env.TEST_TEMPLATE_DB!) });
    await client.connect();
    const { rows } = await client.query(`SELECT seq FROM audit.audit_chain_head`);
    await client.end();
    expect(rows).toHaveLength(1);
  });

  it('chains entries appended at once by several gateway replicas without a fork or a gap', async () => {
    // Each replica submits and runs a sequencer; the one that leads chains every replica's entries.
    const sequencers = replicas.map(() => createAuditSequencer({ url, log: createLogger('gateway', 'silent'), pollIntervalMs: 50, electionIntervalMs: 200 }));
    const logs = replicas.map((r, i) => createAuditLog({ prisma: r.prisma, pool: r.pool, maxBatch: 1 + i * 5, onSubmitted: () => sequencers[i]!.wake() }));
    for (const sequencer of sequencers) sequencer.start();
    try {
      await Promise.all(logs.flatMap((log, replica) => Array.from({ length: PER_REPLICA }, (_, n) => log.append(record(replica, n + 1)))));
      await logs[0]!.sequenced();
    } finally {
      for (const sequencer of sequencers) await sequencer.stop();
    }

    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ seq: string; prev_hash: string; hash: string; request_id: string }>(
      'SELECT seq, prev_hash, hash, request_id FROM audit.audit_entry ORDER BY seq',
    );
    const { rows: heads } = await client.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit.audit_chain_head');
    await client.end();
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash).toBe(prev);
      prev = row.hash;
    }
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(N);
    expect(heads).toEqual([{ seq: String(N), hash: prev }]);
    expect(await verifyAuditChain(replicas[0]!.prisma, { pageSize: 25 })).toEqual({ ok: true, entries: N });
  });

  it('refuses UPDATE, DELETE and TRUNCATE through the application connection', async () => {
    const { prisma } = replicas[0]!;
    await expect(prisma.auditEntry.update({ where: { seq: 5n }, data: { role: 'REGULATOR' } })).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(prisma.auditEntry.deleteMany({ where: { seq: 5n } })).rejects.toThrow(/append-only: DELETE refused/);
    await expect(prisma.$executeRaw`TRUNCATE audit.audit_entry`).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(prisma.$executeRaw`UPDATE audit.audit_chain_head SET seq = 1`).rejects.toThrow(/moves only by inserting audit entries/);
    expect(await verifyAuditChain(prisma)).toEqual({ ok: true, entries: N });
  });

  it('refuses an insert that does not extend the chain head, so no writer can fork the chain', async () => {
    const { prisma } = replicas[0]!;
    const fork = { ...record(0, 1), fields: [], seq: 5n, prevHash: GENESIS_HASH, hash: 'f'.repeat(64) };
    await expect(prisma.auditEntry.create({ data: fork })).rejects.toThrow(/does not extend the chain head/);
    expect(await verifyAuditChain(prisma)).toEqual({ ok: true, entries: N });
  });

  it('names the entry whose role a superuser changed, and the audit:verify command exits 1', async () => {
    await asSuperuserWithoutTrigger(`UPDATE audit.audit_entry SET role = 'REGULATOR' WHERE seq = 17`);
    expect(await verifyAuditChain(replicas[1]!.prisma, { pageSize: 10 })).toEqual({
      ok: false,
      firstBadSeq: 17,
      reason: 'entry 17 changed: its content does not hash to its stored hash',
      entries: 16,
    });
    const command = runVerifyCommand();
    expect(command.status).toBe(1);
    expect(command.output).toContain('audit chain TAMPERED at entry 17');

    await asSuperuserWithoutTrigger(`UPDATE audit.audit_entry SET role = 'BANK' WHERE seq = 17`);
    expect(await verifyAuditChain(replicas[1]!.prisma)).toEqual({ ok: true, entries: N });
    const intact = runVerifyCommand();
    expect(intact.status).toBe(0);
    expect(intact.output).toContain(`audit chain intact: ${N} entries`);
    const { rows } = await superuserQuery(`SELECT count(*) FILTER (WHERE unmasked) AS unmasked, count(*) FILTER (WHERE outcome IN ('DENIED', 'REFUSED_UNAUTHENTICATED', 'RATE_LIMITED')) AS refused FROM audit.audit_entry`);
    expect(intact.output).toContain(`(${rows[0]!.unmasked} served personal data in clear, ${rows[0]!.refused} refused)`);
  });

  it('names the entry whose unmasked marker a superuser cleared or flipped, to hide an access to personal data in clear', async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ seq: string }>('SELECT min(seq) AS seq FROM audit.audit_entry WHERE unmasked');
    await client.end();
    const seq = Number(rows[0]!.seq);
    for (const forged of ['NULL', 'false']) {
      await asSuperuserWithoutTrigger(`UPDATE audit.audit_entry SET unmasked = ${forged} WHERE seq = ${seq}`);
      expect(await verifyAuditChain(replicas[1]!.prisma)).toMatchObject({ ok: false, firstBadSeq: seq, reason: `entry ${seq} changed: its content does not hash to its stored hash` });
    }
    await asSuperuserWithoutTrigger(`UPDATE audit.audit_entry SET unmasked = true WHERE seq = ${seq}`);
    expect(await verifyAuditChain(replicas[1]!.prisma)).toEqual({ ok: true, entries: N });
  });

  it('names the gap a superuser left by deleting an entry', async () => {
    await asSuperuserWithoutTrigger('DELETE FROM audit.audit_entry WHERE seq = 33');
    expect(await verifyAuditChain(replicas[2]!.prisma, { pageSize: 10 })).toEqual({
      ok: false,
      firstBadSeq: 33,
      reason: 'entry 33 missing: the chain goes from 32 to 34',
      entries: 32,
    });
  });

  it('still refuses changes once the superuser has switched the trigger back on', async () => {
    await expect(replicas[0]!.prisma.auditEntry.deleteMany({})).rejects.toThrow(/append-only: DELETE refused/);
  });
});
