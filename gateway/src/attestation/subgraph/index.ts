import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { DateTimeScalar, badUserInput, buildEntitySubgraphSchema, decodeAttestation, subgraphSdl, tokenShapeProblem, verifyAttestationToken, withInputChecks, type AttestationReason, type Department, type KeyDirectory } from '@zone/common';
import { issuerOfSerial, type IssuerClient, type IssuerRecord } from '../issuers';

/** Name of the gateway's attestation subgraph in the supergraph (schema/src/subgraphs.ts composes its SDL, next to this file). */
export const ATTESTATION_SUBGRAPH = 'attestation';

export function attestationSubgraphSdl(): string {
  return subgraphSdl(__dirname);
}

export interface AttestationSubgraphOptions {
  /** The departments' public keys (ATTESTATION_KEY_DIRECTORY_PATH). */
  directory: KeyDirectory;
  issuers: IssuerClient;
}

type GatewayReason = AttestationReason | { code: 'UNKNOWN_SERIAL' | 'REVOCATION_UNAVAILABLE'; message: string };

/** The issuer's record of one serial: a record, null (it has none), or 'unavailable'. */
async function recordOf(issuers: IssuerClient, serial: string): Promise<IssuerRecord | null | 'unavailable'> {
  const department = issuerOfSerial(serial);
  if (!department) return null;
  try {
    return (await issuers.records(department, [serial])).find((record) => record.serial === serial) ?? null;
  } catch {
    return 'unavailable';
  }
}

/**
 * The gateway's attestation subgraph, executed in process like the audit subgraph: the key
 * directory, verification (the same pure verifier as `npm run attestation:verify`, plus the
 * issuer's word on revocation) and the status of a serial.
 */
export function createAttestationSubgraphSchema(options: AttestationSubgraphOptions): GraphQLSchema {
  const verifyToken = async (token: string) => {
    const decoded = decodeAttestation(token);
    const record = decoded.ok ? await recordOf(options.issuers, decoded.value.payload.jti) : null;
    const found = record !== null && record !== 'unavailable' ? record : null;
    const result = verifyAttestationToken(token, {
      directory: options.directory,
      revocationOf: () => (found?.revoked ? { reason: found.revocationReason ?? 'revoked', revokedAt: found.revokedAt ?? '' } : null),
    });
    const reasons: GatewayReason[] = [...result.reasons];
    const signedWell = result.payload !== null && !reasons.some((reason) => ['UNKNOWN_KEY', 'BAD_SIGNATURE', 'ISSUER_MISMATCH', 'UNSUPPORTED_ALGORITHM'].includes(reason.code));
    if (record === 'unavailable') reasons.push({ code: 'REVOCATION_UNAVAILABLE', message: `${result.payload?.iss ?? 'the issuer'} could not be asked whether it revoked this attestation` });
    else if (signedWell && record === null) reasons.push({ code: 'UNKNOWN_SERIAL', message: `${result.payload!.iss} has no attestation ${result.payload!.jti}` });
    const payload = result.payload;
    return {
      valid: reasons.length === 0,
      reasons,
      claim: payload
        ? {
            serial: payload.jti,
            issuer: payload.iss,
            keyId: result.header!.kid,
            subjectType: payload.sub.type,
            subjectKey: payload.sub.key,
            claim: payload.claim,
            basis: payload.basis,
            evidence: payload.evidence,
            issuedAt: new Date(payload.iat * 1000),
            expiresAt: new Date(payload.exp * 1000),
            reliedOn: payload.rel ?? [],
          }
        : null,
    };
  };

  /** An Attestation as its issuer holds it, from its token and the issuer's record. */
  const attestationOf = (token: string, record: IssuerRecord | null) => {
    const decoded = decodeAttestation(token);
    const payload = decoded.ok ? decoded.value.payload : null;
    return {
      token,
      serial: record?.serial ?? payload?.jti ?? '',
      claim: record?.claim ?? payload?.claim ?? '',
      issuer: payload?.iss ?? '',
      issuedAt: record?.issuedAt ?? new Date((payload?.iat ?? 0) * 1000),
      expiresAt: record?.expiresAt ?? new Date((payload?.exp ?? 0) * 1000),
      revoked: record?.revoked ?? false,
      revocationReason: record?.revocationReason ?? null,
    };
  };

  /** The issuers' records (with tokens) of the serials a decision relied on, in the payload's order. */
  const reliedOnOf = async ({ token }: { token: string }) => {
    const decoded = decodeAttestation(token);
    const serials = decoded.ok ? decoded.value.payload.rel ?? [] : [];
    const byIssuer = new Map<Department, string[]>();
    for (const serial of serials) {
      const department = issuerOfSerial(serial);
      if (department) byIssuer.set(department, [...(byIssuer.get(department) ?? []), serial]);
    }
    const records = new Map<string, IssuerRecord>();
    await Promise.all([...byIssuer].map(async ([department, ofIssuer]) => {
      let found: IssuerRecord[];
      try {
        found = await options.issuers.records(department, ofIssuer);
      } catch {
        throw new GraphQLError(`${department} could not be asked for the attestations relied on just now`, { extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: department } });
      }
      for (const record of found) records.set(record.serial, record);
    }));
    return serials.flatMap((serial) => {
      const record = records.get(serial);
      return record?.token ? [attestationOf(record.token, record)] : [];
    });
  };

  const resolvers = {
    DateTime: DateTimeScalar,
    Query: {
      departmentKeys: () => options.directory.keys,
      verifyAttestation: async (_root: unknown, { token }: { token: string }) => {
        const problem = tokenShapeProblem(token);
        if (problem) throw badUserInput({ field: 'token', reason: problem });
        return verifyToken(token);
      },
      attestationStatus: async (_root: unknown, { serial }: { serial: string }) => {
        const record = await recordOf(options.issuers, serial);
        if (record === 'unavailable') {
          throw new GraphQLError(`The issuer of ${serial} could not be asked just now`, { extensions: { code: 'DEPENDENCY_UNAVAILABLE' } });
        }
        return record ? { ...record, issuer: issuerOfSerial(serial) } : null;
      },
    },
    Attestation: {
      __resolveReference: async ({ token }: { token: string }) => {
        const decoded = decodeAttestation(token);
        const record = decoded.ok ? await recordOf(options.issuers, decoded.value.payload.jti) : null;
        return attestationOf(token, record !== null && record !== 'unavailable' ? record : null);
      },
      reliedOn: reliedOnOf,
      verification: ({ token }: { token: string }) => verifyToken(token),
    },
  };
  return withInputChecks(buildEntitySubgraphSchema(parse(attestationSubgraphSdl()), resolvers));
}
