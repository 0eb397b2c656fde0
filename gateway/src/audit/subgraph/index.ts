import { GraphQLError, GraphQLScalarType, buildASTSchema, parse, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { DateTimeScalar, forbidden, subgraphSdl, withInputChecks, type Caller } from '@zone/common';
import type { AuditPrisma } from '../client';
import { verifyAuditChain } from '../verify';
import type { AuditOutcome } from '../hash';
import { TreeProofError, type TransparencyLog } from '../transparency';

/** Name of the gateway's own subgraph in the supergraph (schema/src/subgraphs.ts composes its SDL, next to this file). */
export const AUDIT_SUBGRAPH = 'audit';

/** The scope an auditor's token carries; only REGULATOR callers holding it read the audit log. */
export const AUDIT_READ_SCOPE = 'audit:read';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;

/** The audit subgraph's SDL with the shared scalars, as composition and the local schema read it. */
export function auditSubgraphSdl(): string {
  return subgraphSdl(__dirname);
}

/** A REGULATOR holding audit:read. */
export function isAuditor(caller: Caller | undefined): boolean {
  return !!caller && caller.role === 'REGULATOR' && caller.scopes.includes(AUDIT_READ_SCOPE);
}

/** Refuses everyone but a REGULATOR holding audit:read. */
export function assertAuditor(caller: Caller | undefined): Caller {
  if (!caller || !isAuditor(caller)) {
    throw forbidden(`The audit log is open to auditors only: a REGULATOR caller holding the scope ${AUDIT_READ_SCOPE}`);
  }
  return caller;
}

interface Filter {
  organisation?: string | null;
  role?: string | null;
  from?: Date | null;
  to?: Date | null;
  outcome?: AuditOutcome | null;
  unmasked?: boolean | null;
}

interface EntriesArgs {
  filter?: Filter | null;
  first?: number | null;
  after?: string | null;
}

function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** Options of the audit subgraph. */
export interface AuditSubgraphOptions {
  /** The audit database; null (development without one): every field answers AUDIT_UNAVAILABLE. */
  prisma: AuditPrisma | null;
  /** Tree heads and proofs over the same database; null: the tree's fields answer AUDIT_UNAVAILABLE. */
  transparency?: TransparencyLog | null;
}

/** A refusal of the transparency log as the client sees it (code, and the argument at fault). */
function proofError(error: unknown): unknown {
  if (!(error instanceof TreeProofError)) return error;
  return new GraphQLError(error.message, { extensions: { code: error.code, ...(error.field ? { field: error.field } : {}) } });
}

/**
 * The gateway's own subgraph: the audit log for auditors, executed in the gateway process by
 * @apollo/gateway's LocalGraphQLDataSource with the gateway's request context, so the caller is
 * the authenticated one and no caller assertion crosses a network. Plain graphql-js: the subgraph
 * has root fields only, no entities, so it needs none of the federation machinery.
 */
export function createAuditSubgraphSchema(options: AuditSubgraphOptions): GraphQLSchema {
  const schema = buildASTSchema(parse(auditSubgraphSdl()), { assumeValidSDL: true });
  const dateTime = schema.getType('DateTime') as GraphQLScalarType;
  Object.assign(dateTime, { serialize: DateTimeScalar.serialize, parseValue: DateTimeScalar.parseValue, parseLiteral: DateTimeScalar.parseLiteral });
  const database = () => {
    if (!options.prisma) throw new GraphQLError('The audit log is not configured on this gateway', { extensions: { code: 'AUDIT_UNAVAILABLE' } });
    return options.prisma;
  };

  const auditEntries: GraphQLFieldResolver<unknown, { caller?: Caller }, EntriesArgs> = async (_root, args, context) => {
    const caller = assertAuditor(context.caller);
    const first = args.first ?? DEFAULT_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput('first', `first must be between 1 and ${MAX_PAGE}`);
    let before: bigint | undefined;
    if (args.after !== undefined && args.after !== null) {
      if (!/^[1-9][0-9]{0,18}$/.test(args.after)) throw badInput('after', 'after must be a cursor returned by auditEntries');
      before = BigInt(args.after);
    }
    const filter = args.filter ?? {};
    const rows = await database().auditEntry.findMany({
      where: {
        ...(before !== undefined ? { seq: { lt: before } } : {}),
        ...(filter.organisation ? { organisation: filter.organisation } : {}),
        ...(filter.role ? { role: filter.role } : {}),
        ...(filter.outcome ? { outcome: filter.outcome } : {}),
        ...(typeof filter.unmasked === 'boolean' ? { unmasked: filter.unmasked } : {}),
        ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
        // A zone-bound regulator audits the callers of its zone.
        ...(caller.zone ? { zone: caller.zone } : {}),
      },
      orderBy: { seq: 'desc' },
      take: first + 1,
    });
    const page = rows.slice(0, first);
    const edges = page.map((row) => ({ node: { ...row, seq: row.seq.toString(), submissionId: row.submissionId?.toString() ?? null }, cursor: row.seq.toString() }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  };

  const auditChainVerification: GraphQLFieldResolver<unknown, { caller?: Caller }> = async (_root, _args, context) => {
    assertAuditor(context.caller);
    const verdict = await verifyAuditChain(database());
    return verdict.ok
      ? { intact: true, entries: verdict.entries, firstBadSeq: null, reason: null }
      : { intact: false, entries: verdict.entries, firstBadSeq: String(verdict.firstBadSeq), reason: verdict.reason };
  };

  const transparency = () => {
    if (!options.transparency) throw new GraphQLError('The audit log is not configured on this gateway', { extensions: { code: 'AUDIT_UNAVAILABLE' } });
    return options.transparency;
  };

  const auditTreeHead: GraphQLFieldResolver<unknown, { caller?: Caller }> = async () => transparency().latestHead();

  const auditInclusionProof: GraphQLFieldResolver<unknown, { caller?: Caller }, { requestId: string }> = async (_root, args, context) => {
    const caller = context.caller;
    if (!caller) throw forbidden('An inclusion proof needs an authenticated caller');
    // An auditor proves any entry (a zone-bound one its zone's callers'); anyone else its own organisation's.
    const scope = isAuditor(caller) ? (caller.zone ? { zone: caller.zone } : {}) : { organisation: caller.organisation };
    const entry = await database().auditEntry.findFirst({ where: { requestId: args.requestId, ...scope }, orderBy: { seq: 'desc' }, select: { seq: true } });
    if (!entry) return null;
    try {
      return await transparency().inclusionProof(entry.seq);
    } catch (error) {
      throw proofError(error);
    }
  };

  const auditConsistencyProof: GraphQLFieldResolver<unknown, { caller?: Caller }, { fromSize: number; toSize: number }> = async (_root, args) => {
    try {
      return await transparency().consistencyProof(args.fromSize, args.toSize);
    } catch (error) {
      throw proofError(error);
    }
  };

  const query = schema.getQueryType()!.getFields();
  query.auditTreeHead!.resolve = auditTreeHead as GraphQLFieldResolver<unknown, unknown>;
  query.auditInclusionProof!.resolve = auditInclusionProof as GraphQLFieldResolver<unknown, unknown>;
  query.auditConsistencyProof!.resolve = auditConsistencyProof as GraphQLFieldResolver<unknown, unknown>;
  query.auditEntries!.resolve = auditEntries as GraphQLFieldResolver<unknown, unknown>;
  query.auditChainVerification!.resolve = auditChainVerification as GraphQLFieldResolver<unknown, unknown>;
  // The string rules and scalar checks of the departments, on the resolvers just set.
  return withInputChecks(schema);
}
