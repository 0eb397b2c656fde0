// npm run audit:verify [-- --page-size 1000]: recomputes the gateway's audit hash chain in
// AUDIT_DATABASE_URL (else DATABASE_URL, else the embedded PostgreSQL of a running `npm start`)
// and exits 1 naming the first entry tampered with, 2 when it cannot read the log.
import fs from 'node:fs';
import path from 'node:path';
import { parsePort, parsePositiveInt } from '@zone/common';
import { AUDIT_DATABASE_URL_VARIABLE, auditDatabaseUrlFrom, createAuditDatabase, verifyAuditChain } from '../gateway/src/audit';
import { DATA_DIR } from './lib/database';

function auditUrl(): string {
  if (process.env[AUDIT_DATABASE_URL_VARIABLE] || process.env.DATABASE_URL) return auditDatabaseUrlFrom(process.env);
  const passwordFile = path.join(DATA_DIR, 'pg-password');
  if (!fs.existsSync(passwordFile)) {
    throw new Error(`${AUDIT_DATABASE_URL_VARIABLE} or DATABASE_URL must be set (no embedded PostgreSQL under ${DATA_DIR} either)`);
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const port = parsePort('EMBEDDED_PG_PORT', process.env.EMBEDDED_PG_PORT, 54329);
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/zones`;
}

function pageSize(): number {
  const index = process.argv.indexOf('--page-size');
  return parsePositiveInt('--page-size', index === -1 ? undefined : process.argv[index + 1], 1000);
}

async function main(): Promise<number> {
  const database = createAuditDatabase({ url: auditUrl(), poolSize: 1 });
  try {
    const verdict = await verifyAuditChain(database.prisma, { pageSize: pageSize() });
    if (verdict.ok) {
      // What an auditor looks at first: personal data served in clear, and requests refused.
      // An aggregated entry stands for `count` refusals; entries older than that column for one each.
      const refusedWhere = { outcome: { in: ['DENIED', 'REFUSED_UNAUTHENTICATED', 'RATE_LIMITED'] as ('DENIED' | 'REFUSED_UNAUTHENTICATED' | 'RATE_LIMITED')[] } };
      const [unmasked, counted, uncounted] = await Promise.all([
        database.prisma.auditEntry.count({ where: { unmasked: true } }),
        database.prisma.auditEntry.aggregate({ where: refusedWhere, _sum: { count: true } }),
        database.prisma.auditEntry.count({ where: { ...refusedWhere, count: null } }),
      ]);
      const refused = (counted._sum.count ?? 0) + uncounted;
      console.log(`audit chain intact: ${verdict.entries} entries (${unmasked} served personal data in clear, ${refused} refused)`);
      return 0;
    }
    console.error(`audit chain TAMPERED at entry ${verdict.firstBadSeq}: ${verdict.reason}`);
    console.error(`(${verdict.entries} entries before it verified intact)`);
    return 1;
  } finally {
    await database.disconnect();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`audit:verify could not read the audit log: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
