// npx tsx scripts/bench-micro.ts [--batch N] [--rounds R]
// CPU time of this process, A/B interleaved in one run (steadier than throughput on a shared
// machine): an audit batch written by Prisma's createMany against the one fixed statement of
// createAuditLog, and a bearer token verified on every request against one kept until expiry.
// Needs a PostgreSQL where it may create a scratch database: MICRO_PG_URL (default the local
// server, postgresql://postgres@127.0.0.1:5432/postgres); the database is dropped afterwards.
import { Client } from 'pg';
import { createAuditDatabase, createAuditLog, digestVariables, operationHash, type AuditRecord } from '../gateway/src/audit';
import { createJwtAuthenticator } from '../gateway/src/auth/authenticate';
import { createLocalIssuer } from '../gateway/src/auth/dev-keys';
import { migrateAudit } from './lib/migrate';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number, at least 1`);
  return value;
};
const batchSize = flag('--batch', 4);
const rounds = flag('--rounds', 200);
const adminUrl = process.env.MICRO_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function cpuMsPer(times: number, run: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < times; i += 1) await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / times;
}

async function audit(): Promise<void> {
  const database = `zone_micro_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  try {
    await migrateAudit(url.toString());
    const db = createAuditDatabase({ url: url.toString() });
    const log = createAuditLog({ prisma: db.prisma, pool: db.pool });
    let n = 0;
    const records = () =>
      Array.from({ length: batchSize }, (): AuditRecord => {
        n += 1;
        return {
          at: new Date(), requestId: `micro-${n}`, organisation: '91440200MA4UX0000X', role: 'BANK', zone: 'SHAOGUAN', purpose: null,
          operationName: 'PaymentOfOrder', operationHash: operationHash(`query ${n}`), variablesDigest: digestVariables({ n }),
          fields: ['Order.payment', 'Payer.name', 'Payment.amountPaid', 'Payment.payer', 'Query.order'], personalData: true, unmasked: false, outcome: 'OK', durationMs: n % 100,
        };
      });
    const prisma = () => db.prisma.auditSubmission.createMany({ data: records().map((r) => ({ ...r, fields: [...r.fields], count: 1 })) });
    const statement = () => Promise.all(records().map((r) => log.append(r)));
    await cpuMsPer(rounds, prisma);
    await cpuMsPer(rounds, statement);
    const a: number[] = [];
    const b: number[] = [];
    for (let k = 0; k < 3; k += 1) {
      a.push(await cpuMsPer(rounds, prisma));
      b.push(await cpuMsPer(rounds, statement));
    }
    console.log(`audit batch of ${batchSize}, CPU ms per batch (3 interleaved runs of ${rounds}): Prisma createMany ${a.map((x) => x.toFixed(2)).join(' ')}; one statement ${b.map((x) => x.toFixed(2)).join(' ')}; ratio of medians ${(median(b) / median(a)).toFixed(3)}`);
    await log.close();
    await db.disconnect();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

async function tokens(): Promise<void> {
  const issuer = await createLocalIssuer();
  const headers = new Headers({ authorization: `Bearer ${await issuer.issue({ role: 'BANK', org: '91440200MA4UX0000X', zone: 'SHAOGUAN' }, '1h')}` });
  const times = rounds * 15;
  const run = (cacheSize: number) => {
    const authenticate = createJwtAuthenticator({ keys: issuer.keys, issuer: issuer.issuer, audience: issuer.audience, cacheSize });
    return cpuMsPer(times, () => authenticate(headers));
  };
  await run(0);
  await run(1);
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < 3; k += 1) {
    a.push(await run(0));
    b.push(await run(1));
  }
  console.log(`bearer token, CPU ms per request (3 interleaved runs of ${times}): verified every time ${a.map((x) => x.toFixed(4)).join(' ')}; kept until exp ${b.map((x) => x.toFixed(4)).join(' ')}; ratio of medians ${(median(b) / median(a)).toFixed(3)}`);
}

void (async () => {
  await audit();
  await tokens();
})();
