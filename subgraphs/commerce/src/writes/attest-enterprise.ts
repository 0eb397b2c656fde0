import { GraphQLError } from 'graphql';
import { attestationSerialOf, badUserInput, forbidden, issueAttestation, lockBusinessKey, notFound, retryOnLostRace, usccProblem, type AttestationDecision } from '@zone/common';
import type { Enterprise, Prisma } from '../generated/prisma/client';
import type { CommerceContext } from '../context';
import { negativeListRefusal } from '../rules/negative-list';
import { NOT_ON_NEGATIVE_LIST, listingRevocationReason, registrationAttestationOf, standingAttestationOf } from '../rules/enterprise-attestation';

async function signOnce(tx: Prisma.TransactionClient, context: CommerceContext, uscc: string, decision: AttestationDecision): Promise<void> {
  const serial = attestationSerialOf('commerce', decision.recordSerial);
  if (await tx.attestation.findUnique({ where: { serial }, select: { serial: true } })) return;
  await tx.attestation.create({ data: { ...issueAttestation(context.attestationSigner!, decision), uscc } });
}

/**
 * Commerce signs, now, that the enterprise is registered in its zone (once per registration) and,
 * when no listing is in force, that it is not on the negative list as of now. Commerce officers of
 * the enterprise's zone and the commerce system only, as for the negative list itself.
 */
export async function attestEnterprise(context: CommerceContext, uscc: string): Promise<Enterprise> {
  const problem = usccProblem(uscc);
  if (problem) throw badUserInput({ field: 'uscc', reason: problem });
  const enterprise = await context.prisma.enterprise.findUnique({ where: { uscc } });
  if (!enterprise) throw notFound(`Enterprise ${uscc} is not registered`);
  const refusal = negativeListRefusal(context.caller, enterprise.zone);
  if (refusal) throw forbidden(`Attestations of enterprises: ${refusal}`);
  if (!context.attestationSigner) {
    throw new GraphQLError('Commerce has no attestation key (ATTESTATION_KEY_PATH): it cannot sign', { extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'commerce' } });
  }
  const at = context.clock();
  await retryOnLostRace(() =>
    context.prisma.$transaction(async (tx) => {
      // The key of the enterprise's listing: a listing and an attestation of standing never pass each other.
      await lockBusinessKey(tx, 'commerce.negative-list', uscc);
      const listing = await tx.negativeListEntry.findFirst({ where: { uscc, liftedAt: null } });
      await signOnce(tx, context, uscc, registrationAttestationOf(enterprise, at));
      const standing = standingAttestationOf(enterprise, listing, at);
      if (standing) await signOnce(tx, context, uscc, standing);
    }),
  );
  return enterprise;
}

/** Revokes the enterprise's standing attestations still in force, in the listing's transaction. */
export async function revokeStandingAttestations(tx: Prisma.TransactionClient, uscc: string, listing: { reason: string; legalBasis: string }, at: Date): Promise<number> {
  const { count } = await tx.attestation.updateMany({
    where: { uscc, claim: NOT_ON_NEGATIVE_LIST, revokedAt: null },
    data: { revokedAt: at, revocationReason: listingRevocationReason(listing) },
  });
  return count;
}
