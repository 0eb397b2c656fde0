import fs from 'node:fs';
import path from 'node:path';
import { loadKeyDirectory, tokenShapeProblem, verifyAttestationToken, verifyRevocationList, type KeyDirectory, type RevocationEntry } from '@zone/common';

export const ATTESTATION_VERIFY_USAGE = 'usage: npm run attestation:verify -- <token | @file> [--keys <key directory file>] [--revocations <revocations.json>] [--at <ISO instant>]';

export interface OfflineVerifyOutcome {
  /** 0 valid, 1 not valid, 2 unusable arguments or files. */
  exitCode: 0 | 1 | 2;
  lines: string[];
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

/** Revocations of every list in a saved /keys/revocations.json whose signature verifies; throws naming a list that does not. */
function loadRevocations(file: string, directory: KeyDirectory): Map<string, RevocationEntry> {
  const document = JSON.parse(fs.readFileSync(file, 'utf8')) as { lists?: { department?: string; list?: string }[] };
  const revoked = new Map<string, RevocationEntry>();
  for (const entry of document.lists ?? []) {
    const verified = verifyRevocationList(String(entry.list), directory);
    if (!verified.ok) throw new Error(`the revocation list of ${entry.department ?? 'an issuer'} does not verify: ${verified.reason}`);
    for (const serial of verified.list.revoked) revoked.set(serial.jti, { reason: serial.reason, revokedAt: serial.revokedAt });
  }
  return revoked;
}

/**
 * `npm run attestation:verify`: verifies an attestation with a saved key directory (GET
 * /keys/departments.json; default: the one `npm start` writes) and, when given, a saved revocation
 * list (GET /keys/revocations.json). No service is asked: what a bank's own tool does.
 */
export function verifyOffline(args: readonly string[], defaultKeysFile: string, now = new Date()): OfflineVerifyOutcome {
  const positional = args.filter((arg, index) => !arg.startsWith('--') && !(index > 0 && args[index - 1]!.startsWith('--')));
  const raw = positional[0];
  if (!raw) return { exitCode: 2, lines: [ATTESTATION_VERIFY_USAGE] };
  let token: string;
  let directory: KeyDirectory;
  let revoked = new Map<string, RevocationEntry>();
  try {
    token = raw.startsWith('@') ? fs.readFileSync(raw.slice(1), 'utf8').trim() : raw;
    const problem = tokenShapeProblem(token);
    if (problem) return { exitCode: 2, lines: [`token: ${problem}`] };
    directory = loadKeyDirectory(path.resolve(option(args, '--keys') ?? defaultKeysFile), '--keys');
    const revocations = option(args, '--revocations');
    if (revocations) revoked = loadRevocations(path.resolve(revocations), directory);
  } catch (error) {
    return { exitCode: 2, lines: [(error as Error).message] };
  }
  const at = option(args, '--at');
  const result = verifyAttestationToken(token, { directory, now: at ? new Date(at) : now, revocationOf: (jti) => revoked.get(jti) ?? null });
  const lines = [result.valid ? 'VALID' : 'NOT VALID'];
  for (const reason of result.reasons) lines.push(`  ${reason.code}: ${reason.message}`);
  if (result.payload) {
    const p = result.payload;
    lines.push(
      `  serial    ${p.jti}`,
      `  issuer    ${p.iss} (key ${result.header!.kid})`,
      `  claim     ${p.claim} of ${p.sub.type} ${p.sub.key}`,
      `  basis     ${p.basis}`,
      `  evidence  ${p.evidence}`,
      `  issued    ${new Date(p.iat * 1000).toISOString()}, expires ${new Date(p.exp * 1000).toISOString()}`,
      ...(p.rel?.length ? [`  relied on ${p.rel.join(', ')}`] : []),
    );
  }
  return { exitCode: result.valid ? 0 : 1, lines };
}
