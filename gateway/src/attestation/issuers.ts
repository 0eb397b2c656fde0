import { randomUUID } from 'node:crypto';
import type { KeyLike } from 'jose';
import { ASSERTION_HEADER, isDepartment, signCallerAssertion, type Caller, type Department } from '@zone/common';

/** Departments that issue attestations (their SDL has the attestation fields below). */
export const ATTESTING_DEPARTMENTS: readonly Department[] = ['commerce', 'customs', 'forex', 'post', 'public-security', 'tax'];

/** An attestation as its issuer holds it (Query.attestationRecords of an issuing department). */
export interface IssuerRecord {
  serial: string;
  claim: string;
  /** The token as signed, to follow and verify a chain of recognition. */
  token: string;
  issuedAt: string;
  expiresAt: string;
  revoked: boolean;
  revocationReason: string | null;
  revokedAt: string | null;
}

/** The gateway's own identity when it asks departments about attestations (no caller's data is read). */
const GATEWAY_CALLER: Caller = { organisation: 'ZONE-GATEWAY', role: 'SYSTEM', zone: null, department: null, scopes: [] };

/** The issuing department of a serial (`<department>:…`), or null. */
export function issuerOfSerial(serial: string): Department | null {
  const department = serial.slice(0, Math.max(0, serial.indexOf(':')));
  return isDepartment(department) && ATTESTING_DEPARTMENTS.includes(department) ? department : null;
}

export interface IssuerClient {
  /** The issuer's records of these serials (all of one department); throws when it cannot be asked. */
  records: (department: Department, serials: readonly string[]) => Promise<IssuerRecord[]>;
  /** The department's signed revocation list; throws when it cannot be asked. */
  revocationList: (department: Department) => Promise<string>;
}

/**
 * Asks issuing departments directly (their attestation fields are @inaccessible: not part of the
 * API, only of this channel), with a caller assertion of the gateway itself.
 */
export function createIssuerClient(options: { subgraphUrls: Record<Department, string>; assertionKey: KeyLike | null; timeoutMs?: number }): IssuerClient {
  const ask = async <T>(department: Department, query: string, variables: Record<string, unknown>): Promise<T> => {
    const requestId = randomUUID();
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': requestId };
    if (options.assertionKey) headers[ASSERTION_HEADER] = await signCallerAssertion(GATEWAY_CALLER, options.assertionKey, requestId);
    const response = await fetch(options.subgraphUrls[department], {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
    const body = (await response.json()) as { data?: T | null; errors?: { message: string }[] };
    if (!response.ok || !body.data || body.errors?.length) throw new Error(`${department} answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
    return body.data;
  };
  return {
    records: async (department, serials) =>
      (await ask<{ attestationRecords: IssuerRecord[] }>(
        department,
        'query AttestationRecords($serials: [ID!]!) { attestationRecords(serials: $serials) { serial claim token issuedAt expiresAt revoked revocationReason revokedAt } }',
        { serials },
      )).attestationRecords,
    revocationList: async (department) => {
      const data = await ask<{ attestationRevocationList: string | null }>(department, '{ attestationRevocationList }', {});
      if (!data.attestationRevocationList) throw new Error(`${department} has no attestation key`);
      return data.attestationRevocationList;
    },
  };
}
