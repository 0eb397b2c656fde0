import { attestationSerialOf, issueAttestation, type AttestationSigner } from '@zone/common';
import type { InventoryList, Prisma } from '../generated/prisma/client';
import { listAttestationOf, listClaimsOf, type ListForAttestation } from '../rules/list-attestation';

function forAttestation(list: InventoryList): ListForAttestation {
  return { ...list, direction: list.direction as 'IMPORT' | 'EXPORT' };
}

/**
 * Signs, in the transaction of a decision, every claim the list's new state earns that is not
 * attested yet (an existing serial is never signed again). Without a key nothing is signed.
 */
export async function attestListDecisions(tx: Prisma.TransactionClient, signer: AttestationSigner | null, list: InventoryList, now: Date, reliedOn: readonly string[] = []): Promise<void> {
  if (!signer) return;
  const decisions = listClaimsOf(forAttestation(list)).map((claim) => listAttestationOf(forAttestation(list), claim, now, reliedOn));
  if (decisions.length === 0) return;
  const existing = new Set(
    (await tx.attestation.findMany({ where: { serial: { in: decisions.map((d) => attestationSerialOf('customs', d.recordSerial)) } }, select: { serial: true } })).map((row) => row.serial),
  );
  for (const decision of decisions) {
    if (existing.has(attestationSerialOf('customs', decision.recordSerial))) continue;
    await tx.attestation.create({ data: { ...issueAttestation(signer, decision), listId: list.id, reliedOn: [...(decision.reliedOn ?? [])] } });
  }
}

/** Revokes every standing attestation of a list whose decision was reversed, with the reason. */
export async function revokeListAttestations(tx: Prisma.TransactionClient, listId: bigint, reason: string, now: Date): Promise<void> {
  await tx.attestation.updateMany({ where: { listId, revokedAt: null }, data: { revokedAt: now, revocationReason: reason.slice(0, 500) } });
}

/** What the list's standing attestations relied on, carried into those signed after (a release relies on what matching did). */
export async function reliedOnOfList(tx: Prisma.TransactionClient, listId: bigint): Promise<string[]> {
  const rows = await tx.attestation.findMany({ where: { listId, revokedAt: null }, select: { reliedOn: true } });
  return [...new Set(rows.flatMap((row) => row.reliedOn))];
}
