import { assertCallerInZone, notFound, lockBusinessKey, queueByBusinessKey, contentHash, InputProblems, retryOnLostRace, type WriteOutcome } from '@zone/common';
import type { ForexContext } from '../context';
import { assertForexOfficial } from '../access';
import { enterpriseOf } from '../federated-reads';
import { ALLOWED_CLOCK_SKEW_MS } from '../rules/payment-submission';
import { keepRevision, planRevision } from './record-revision';
import { issueAttestation } from '@zone/common';
import { fxDirectoryAttestationOf } from '../rules/fx-directory-attestation';

export interface FxDirectoryRegistrationInput {
  uscc: string;
  registeredAt: Date;
  registeredBy: string;
}

export interface FxDirectoryRegistrationResult {
  outcome: WriteOutcome;
  revision: number;
  uscc: string;
  registeredAt: Date;
  registeredBy: string;
}

/**
 * Records an enterprise's registration in the trade FX directory by its USCC. Only forex keeps
 * the directory: its officers (of the enterprise's zone) and its system.
 */
export async function registerInFxDirectory(context: ForexContext, input: FxDirectoryRegistrationInput): Promise<FxDirectoryRegistrationResult> {
  const caller = assertForexOfficial(context.caller, 'register enterprises in the trade FX directory');
  const now = context.clock();
  const registeredBy = input.registeredBy.trim();
  const problems = new InputProblems();
  const at = input.registeredAt.getTime();
  if (Number.isNaN(at)) problems.add('input.registeredAt', 'is not a point in time');
  else if (at > now.getTime() + ALLOWED_CLOCK_SKEW_MS) problems.add('input.registeredAt', 'lies in the future (more than 5 minutes after the time of receipt)');
  if (registeredBy.length === 0 || registeredBy.length > 100) problems.add('input.registeredBy', 'must be 1 to 100 characters');
  problems.throwIfAny();

  // Read before the transaction: commerce answers through the gateway, not from forex's database.
  const enterprise = await enterpriseOf(context, input.uscc, 'FX directory registration');
  if (enterprise === null) throw notFound(`Enterprise ${input.uscc} (input.uscc) is not registered with commerce`);
  assertCallerInZone(caller, enterprise.zone, 'register enterprises');

  const content = { uscc: input.uscc, registeredAt: input.registeredAt.toISOString(), registeredBy };
  const hash = contentHash(content);
  return queueByBusinessKey('forex.fx-directory-registration', [input.uscc], () => retryOnLostRace(() => context.prisma.$transaction(async (tx) => {
    await lockBusinessKey(tx, 'forex.fx-directory-registration', input.uscc);
    const existing = await tx.fxDirectoryRegistration.findUnique({ where: { uscc: input.uscc } });
    const plan = planRevision(existing, hash);
    const columns = { registeredAt: input.registeredAt, registeredBy, contentHash: hash, revision: plan.revision };
    if (plan.outcome === 'CREATED') await tx.fxDirectoryRegistration.create({ data: { uscc: input.uscc, ...columns } });
    else if (plan.outcome === 'CHANGED') await tx.fxDirectoryRegistration.update({ where: { uscc: input.uscc }, data: columns });
    await keepRevision(tx, { kind: 'FX_DIRECTORY_REGISTRATION', key: input.uscc, plan, hash, content, caller, at: now });
    // Mutual recognition: a new revision supersedes what forex attested before and is signed now, in this transaction.
    if (plan.outcome !== 'UNCHANGED') {
      await tx.attestation.updateMany({ where: { uscc: input.uscc, revokedAt: null }, data: { revokedAt: now, revocationReason: `superseded by revision ${plan.revision} of the registration` } });
      if (context.attestationSigner) {
        const decision = fxDirectoryAttestationOf({ uscc: input.uscc, ...columns }, now);
        await tx.attestation.create({ data: { ...issueAttestation(context.attestationSigner, decision), uscc: input.uscc } });
      }
    }
    const current = plan.outcome === 'UNCHANGED' ? existing! : { ...columns };
    return { outcome: plan.outcome, revision: plan.revision, uscc: input.uscc, registeredAt: current.registeredAt, registeredBy: current.registeredBy };
  })));
}
