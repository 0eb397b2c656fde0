import type { Caller } from '@zone/common';
import type { IdentityVerdict } from './identity-verification';

/** The joint measure public security applies in its identity checks (联合惩戒: 重新核验身份). */
export const REVERIFICATION_MEASURE = 'PUBLIC_SECURITY_REVERIFICATION';

/** The verdict a check gets while re-verification is demanded and the checker is not public security's own officer. */
export const REVERIFICATION_REQUIRED = 'REVERIFICATION_REQUIRED';

export type CheckVerdict = IdentityVerdict | typeof REVERIFICATION_REQUIRED;

/**
 * What an identity check answers while a re-verification measure (PUBLIC_SECURITY_REVERIFICATION,
 * from the negative list or an answer to VERIFY) stands on its person, its order or the order's
 * seller: the registry's word is no longer given to an automated check. The zone platform's and
 * the departments' systems get REVERIFICATION_REQUIRED instead of the registry's verdict (and no
 * attestation); public security's own officer, who re-verifies the person, gets the registry's
 * verdict. Without a measure every caller gets the registry's verdict.
 */
export function verdictUnderMeasures(
  registryVerdict: IdentityVerdict,
  measuresInForce: readonly { kind: string }[],
  caller: Pick<Caller, 'role' | 'department'>,
): { verdict: CheckVerdict; reverified: boolean } {
  const demanded = measuresInForce.some((measure) => measure.kind === REVERIFICATION_MEASURE);
  if (!demanded) return { verdict: registryVerdict, reverified: false };
  if (caller.role === 'OFFICER' && caller.department === 'public-security') return { verdict: registryVerdict, reverified: true };
  return { verdict: REVERIFICATION_REQUIRED, reverified: false };
}

/** What a check made under the measure did, as public security reports it to the register. */
export function reverificationOutcome(verdict: CheckVerdict): string {
  return verdict === REVERIFICATION_REQUIRED
    ? 'the registry verdict was withheld (REVERIFICATION_REQUIRED): public security must re-verify the person'
    : `re-verified by a public-security officer: ${verdict}`;
}
