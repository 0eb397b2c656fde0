import { createAttestationKeyRing, evidenceOf, issueAttestation, keyDirectoryOf, signerOf, verifyAttestationToken } from '@zone/common';

export interface AttestationThroughput {
  signedPerSecond: number;
  verifiedPerSecond: number;
  /** CPU time one attested decision spends signing (building the payload, SM3 evidence, SM2 signature). */
  signMs: number;
}

/**
 * Attestations signed and verified per second on this machine, each for `seconds`: what an
 * attested decision adds to its write (signing happens in the decision's transaction, never on
 * read) and what a verifier (verifyAttestation, a bank's tool) spends per token.
 */
export function attestationThroughput(seconds = 2): AttestationThroughput {
  const ring = createAttestationKeyRing('customs');
  const signer = signerOf(ring);
  const directory = keyDirectoryOf([ring]);
  const decision = (n: number) => ({
    recordSerial: `51712026I5${String(n).padStart(8, '0')}:800`,
    subject: { type: 'InventoryList', key: `51712026I5${String(n).padStart(8, '0')}` },
    claim: 'LIST_RELEASED',
    basis: '海关总署公告2018年第194号',
    evidence: { invtNo: n, statusCode: 800, contentHash: evidenceOf({ n }) },
    at: new Date(),
    validForSeconds: 365 * 24 * 3600,
  });
  const tokens: string[] = [];
  let until = Date.now() + seconds * 1000;
  const signStart = process.hrtime.bigint();
  while (Date.now() < until) tokens.push(issueAttestation(signer, decision(tokens.length)).token);
  const signElapsed = Number(process.hrtime.bigint() - signStart) / 1e9;
  let verified = 0;
  until = Date.now() + seconds * 1000;
  const verifyStart = process.hrtime.bigint();
  while (Date.now() < until) {
    if (!verifyAttestationToken(tokens[verified % tokens.length]!, { directory }).valid) throw new Error('an attestation just signed did not verify');
    verified += 1;
  }
  const verifyElapsed = Number(process.hrtime.bigint() - verifyStart) / 1e9;
  return { signedPerSecond: tokens.length / signElapsed, verifiedPerSecond: verified / verifyElapsed, signMs: (signElapsed * 1000) / tokens.length };
}
