import { attestationView, identityHash, requireValid, scalarResolvers, assertMayLookUp, attestationQueryResolvers } from '@zone/common';
import type { PublicSecurityContext } from './context';
import type { Resolvers } from './generated/graphql';
import { zoneStatisticsResolvers } from './statistics';
import { IdNumberArgumentScalar } from './id-number-argument';
import { verifyIdentity } from './writes/verify-identity';

const serialNoProblem = (value: string) => (value.length === 0 || value.length > 32 ? 'must be 1 to 32 characters' : null);

export const resolvers: Resolvers = {
  ZoneStatistics: zoneStatisticsResolvers,
  ...scalarResolvers,
  IdNumber: IdNumberArgumentScalar,
  Query: {
    identityCheck: (_root, { serialNo }, { loaders, caller }) => {
      assertMayLookUp(caller, 'identity checks');
      return loaders.checkBySerialNo.load(requireValid('serialNo', serialNo, serialNoProblem));
    },
    ...attestationQueryResolvers<PublicSecurityContext>({
      bySerials: ({ prisma }, serials) => prisma.attestation.findMany({ where: { serial: { in: [...serials] } } }),
      revoked: ({ prisma }) => prisma.attestation.findMany({ where: { revokedAt: { not: null } }, orderBy: { revokedAt: 'asc' } }),
    }),
  },
  Mutation: {
    verifyIdentity: (_root, args, context) => verifyIdentity(context, args),
  },
  IdentityCheck: {
    idHash: (check, _args, { caller }) => identityHash(caller, check.idHash, 'IdentityCheck.idHash'),
    attestation: async (check, _args, { loaders }) => {
      const row = await loaders.attestationByCheck.load(check.serialNo);
      return row ? attestationView(row, 'public-security') : null;
    },
  },
  Order: {
    // Commerce owns the order; public security only adds the buyer's check, so the reference itself is the parent.
    __resolveReference: (ref) => ({ ebpCode: ref.ebpCode, orderNo: ref.orderNo }),
    buyerIdentityCheck: (order, _args, { loaders }) => loaders.latestCheckByOrder.load(order),
  },
};
