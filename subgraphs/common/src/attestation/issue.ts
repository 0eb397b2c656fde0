import type { Department } from '../caller';
import { badUserInput } from '../errors';
import { evidenceOf, signAttestation, type AttestationPayload, type AttestationSubject } from './format';
import type { AttestationSigner } from './key-directory';
import { signRevocationList } from './revocations';

/** What an issuing department decides to attest, at the moment it decides. */
export interface AttestationDecision {
  /** The record's own serial; the attestation's is `<department>:<serial>`. */
  recordSerial: string;
  subject: AttestationSubject;
  claim: string;
  basis: string;
  /** The record content the decision rests on; its SM3 digest becomes `evidence`. */
  evidence: unknown;
  at: Date;
  validForSeconds: number;
  /** Serials of other departments' attestations the decision relied on. */
  reliedOn?: readonly string[];
}

/** The columns every issuing department stores per attestation (its own table, its own extra key). */
export interface AttestationColumns {
  serial: string;
  claim: string;
  subjectType: string;
  subjectKey: string;
  token: string;
  issuedAt: Date;
  expiresAt: Date;
}

export interface StoredAttestation extends AttestationColumns {
  revokedAt: Date | null;
  revocationReason: string | null;
}

export function attestationSerialOf(department: Department, recordSerial: string): string {
  return `${department}:${recordSerial}`;
}

/**
 * Signs a decision: the row to store in the same transaction as the decision. It is never
 * signed again on read; what a caller gets later is this token.
 */
export function issueAttestation(signer: AttestationSigner, decision: AttestationDecision): AttestationColumns {
  const iat = Math.floor(decision.at.getTime() / 1000);
  const payload: AttestationPayload = {
    iss: signer.department,
    sub: decision.subject,
    claim: decision.claim,
    basis: decision.basis,
    evidence: evidenceOf(decision.evidence),
    iat,
    exp: iat + decision.validForSeconds,
    jti: attestationSerialOf(signer.department, decision.recordSerial),
    ...(decision.reliedOn?.length ? { rel: [...decision.reliedOn] } : {}),
  };
  return {
    serial: payload.jti,
    claim: payload.claim,
    subjectType: payload.sub.type,
    subjectKey: payload.sub.key,
    token: signAttestation(payload, signer),
    issuedAt: new Date(iat * 1000),
    expiresAt: new Date(payload.exp * 1000),
  };
}

/** Attestation as the SDL's `Attestation` type shows it. */
export function attestationView(row: StoredAttestation, issuer: Department) {
  return {
    token: row.token,
    serial: row.serial,
    claim: row.claim,
    issuer,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    revoked: row.revokedAt !== null,
    revocationReason: row.revocationReason,
  };
}

/** An attestation as the gateway asks its issuer about it (Query.attestationRecords, @inaccessible). */
export function attestationRecordView(row: StoredAttestation) {
  return {
    serial: row.serial,
    claim: row.claim,
    token: row.token,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    revoked: row.revokedAt !== null,
    revocationReason: row.revocationReason,
    revokedAt: row.revokedAt,
  };
}

/** Most serials one attestationRecords request may name. */
export const MAX_SERIALS_PER_REQUEST = 100;

export function requireSerials(serials: readonly string[]): readonly string[] {
  if (serials.length > MAX_SERIALS_PER_REQUEST) throw badUserInput({ field: 'serials', reason: `must name at most ${MAX_SERIALS_PER_REQUEST} serials` });
  return serials;
}

/** The department's revocation list, signed now; null without a key. */
export function revocationListOf(signer: AttestationSigner | null, rows: readonly StoredAttestation[], now = new Date()): string | null {
  if (!signer) return null;
  return signRevocationList(
    rows.filter((row) => row.revokedAt !== null).map((row) => ({ jti: row.serial, reason: row.revocationReason ?? 'revoked', revokedAt: row.revokedAt!.toISOString() })),
    signer,
    now,
  );
}

/** How a department reads its own attestation table, for the resolvers of attestation.graphql. */
export interface AttestationStore<C> {
  /** The rows of these serials (any order; unknown ones left out). */
  bySerials: (context: C, serials: readonly string[]) => Promise<StoredAttestation[]>;
  /** Every revoked row, oldest revocation first. */
  revoked: (context: C) => Promise<StoredAttestation[]>;
}

/**
 * The Query resolvers of attestation.graphql, the same in every issuing department: the gateway
 * asks an issuer about its serials (status and token) and for its signed revocation list.
 */
export function attestationQueryResolvers<C extends { attestationSigner: AttestationSigner | null }>(store: AttestationStore<C>) {
  return {
    attestationRecords: async (_root: unknown, { serials }: { serials: readonly string[] }, context: C) =>
      (await store.bySerials(context, requireSerials(serials))).map(attestationRecordView),
    attestationRevocationList: async (_root: unknown, _args: unknown, context: C) => revocationListOf(context.attestationSigner, await store.revoked(context)),
  };
}
