import type { Department } from '../caller';
import type { FederatedApi } from '../federated-api';
import { dependencyUnavailable } from '../errors';
import { VerifyReliedOnAttestationDocument } from '../generated/federated/graphql';

export interface ReliedOnVerification {
  valid: boolean;
  reasons: { code: string; message: string }[];
  claim: { serial: string; issuer: string; subjectType: string; subjectKey: string; claim: string } | null;
}

/** What the relying department expects of the attestation it accepts. */
export interface ExpectedAttestation {
  issuer: Department;
  /** Any of these claims will do (e.g. LIST_RELEASED or LIST_CLEARED). */
  claims: readonly string[];
  subjectType: string;
  subjectKey: string;
}

export type Recognition = { recognised: true; serial: string } | { recognised: false; problem: string };

/**
 * Whether a verified attestation is the one the decision may rest on: valid, of the expected
 * issuer, claim and subject. A pure rule: the verification comes from verifyReliedOn.
 */
export function recognitionOf(verification: ReliedOnVerification | null, expected: ExpectedAttestation): Recognition {
  const what = `${expected.issuer}'s ${expected.claims.join(' or ')} attestation of ${expected.subjectType} ${expected.subjectKey}`;
  if (verification === null) return { recognised: false, problem: `there is no ${what}` };
  if (!verification.valid) return { recognised: false, problem: `${what} does not verify: ${verification.reasons.map((r) => `${r.code} (${r.message})`).join('; ')}` };
  const claim = verification.claim!;
  if (claim.issuer !== expected.issuer) return { recognised: false, problem: `the attestation offered as ${what} was issued by ${claim.issuer}` };
  if (!expected.claims.includes(claim.claim)) return { recognised: false, problem: `the attestation offered as ${what} claims ${claim.claim}` };
  if (claim.subjectType !== expected.subjectType || claim.subjectKey !== expected.subjectKey) {
    return { recognised: false, problem: `the attestation offered as ${what} is of ${claim.subjectType} ${claim.subjectKey}` };
  }
  return { recognised: true, serial: claim.serial };
}

/**
 * Verifies another department's attestation through the gateway. Throws DEPENDENCY_UNAVAILABLE
 * when the gateway cannot answer: a decision never rests on an attestation nobody checked.
 */
export async function verifyReliedOn(federated: FederatedApi, token: string, purpose: string): Promise<ReliedOnVerification> {
  const result = await federated.request(VerifyReliedOnAttestationDocument, { token }, { purpose });
  if (result.errors.length > 0 || !result.data?.verifyAttestation) {
    throw dependencyUnavailable(`The attestation relied on could not be verified just now (${result.errors.map((e) => e.message).join('; ') || 'no data'}); try again later`, 'gateway');
  }
  return result.data.verifyAttestation;
}

/** Verifies the token (when there is one) and judges it against what the decision expects. */
export async function recogniseAttestation(federated: FederatedApi, token: string | null | undefined, expected: ExpectedAttestation, purpose: string): Promise<Recognition> {
  return recognitionOf(token ? await verifyReliedOn(federated, token, purpose) : null, expected);
}
