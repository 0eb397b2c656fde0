import { GraphQLError, buildASTSchema, parse, type GraphQLFieldResolver, type GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { DateTimeScalar, badUserInput, decodeAttestation, subgraphSdl, tokenShapeProblem, verifyAttestationToken, withInputChecks, type AttestationReason, type KeyDirectory } from '@zone/common';
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
  const schema = buildASTSchema(parse(attestationSubgraphSdl()), { assumeValidSDL: true });
  const dateTime = schema.getType('DateTime') as GraphQLScalarType;
  Object.assign(dateTime, { serialize: DateTimeScalar.serialize, parseValue: DateTimeScalar.parseValue, parseLiteral: DateTimeScalar.parseLiteral });

  const departmentKeys: GraphQLFieldResolver<unknown, unknown> = () => options.directory.keys;

  const verifyAttestation: GraphQLFieldResolver<unknown, unknown, { token: string }> = async (_root, { token }) => {
    const problem = tokenShapeProblem(token);
    if (problem) throw badUserInput({ field: 'token', reason: problem });
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

  const attestationStatus: GraphQLFieldResolver<unknown, unknown, { serial: string }> = async (_root, { serial }) => {
    const record = await recordOf(options.issuers, serial);
    if (record === 'unavailable') {
      throw new GraphQLError(`The issuer of ${serial} could not be asked just now`, { extensions: { code: 'DEPENDENCY_UNAVAILABLE' } });
    }
    return record ? { ...record, issuer: issuerOfSerial(serial) } : null;
  };

  const query = schema.getQueryType()!.getFields();
  query.departmentKeys!.resolve = departmentKeys;
  query.verifyAttestation!.resolve = verifyAttestation as GraphQLFieldResolver<unknown, unknown>;
  query.attestationStatus!.resolve = attestationStatus as GraphQLFieldResolver<unknown, unknown>;
  return withInputChecks(schema);
}
