import { attestationView, forbidden, identityHash, requireValid, scalarResolvers, assertMayLookUp, attestationQueryResolvers, byBusinessKey } from '@zone/common';

import type { PublicSecurityContext } from './context';
import type { Resolvers } from './generated/graphql';
import { zoneStatisticsResolvers } from './statistics';
import { IdNumberArgumentScalar } from './id-number-argument';
import { verifyIdentity } from './writes/verify-identity';
import { closeWatchCase, openWatchCase } from './writes/watch-cases';
import { searchIdentityChecks } from './reads/identity-check-search';
import { mayHandleWatchCases, maySeeWatchFlags, watchFlagOf } from './rules/watch-cases';

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
    identityChecks: (_root, args, context) => searchIdentityChecks(context, args),
    watchCase: async (_root, { caseNo }, { prisma, caller }) => {
      if (!mayHandleWatchCases(caller)) throw forbidden('Watch case files are open to public security\'s officers and system only');
      const found = await prisma.watchCase.findUnique({ where: { caseNo: requireValid('caseNo', caseNo, serialNoProblem) } });
      return found && (!caller.zone || found.zone === caller.zone) ? found : null;
    },
    personWatchFlag: (_root, { idHash }, { loaders, caller }) => {
      if (caller.role !== 'SYSTEM' || !caller.scopes.includes('identity:match')) throw forbidden('A person\'s watch flag is read by department systems holding identity:match only');
      return loaders.watchFlagByPerson.load(requireValid('idHash', idHash, (value) => (/^[0-9a-f]{64}$/.test(value) ? null : 'must be 64 lowercase hexadecimal digits')));
    },
    ...attestationQueryResolvers<PublicSecurityContext>({
      bySerials: ({ prisma }, serials) => prisma.attestation.findMany({ where: { serial: { in: [...serials] } } }),
      revoked: ({ prisma }) => prisma.attestation.findMany({ where: { revokedAt: { not: null } }, orderBy: { revokedAt: 'asc' } }),
    }),
  },
  Mutation: {
    verifyIdentity: (_root, args, context) => verifyIdentity(context, args),
    openWatchCase: (_root, args, context) => openWatchCase(context, args),
    closeWatchCase: (_root, { caseNo, reason }, context) => closeWatchCase(context, caseNo, reason),
  },
  WatchCase: {
    uscc: (watchCase) => (watchCase.subjectKind === 'ENTERPRISE' ? watchCase.subjectKey : null),
    flag: (watchCase) => watchFlagOf(watchCase),
  },
  Enterprise: {
    // Commerce owns the enterprise; public security only adds its watch flag.
    __resolveReference: (ref) => ({ uscc: byBusinessKey(ref).uscc }),
    watchFlag: (enterprise, _args, { loaders, caller }) => {
      if (!maySeeWatchFlags(caller)) throw forbidden('Watch flags are shown to the departments\' officers and systems and to regulators only');
      return loaders.watchFlagByEnterprise.load(enterprise.uscc);
    },
  },
  IdentityCheck: {
    idHash: (check, _args, { caller }) => identityHash(caller, check.idHash, 'IdentityCheck.idHash'),
    attestation: async (check, _args, { loaders }) => {
      const row = await loaders.attestationByCheck.load(check.serialNo);
      return row ? attestationView(row, 'public-security') : null;
    },
    // Commerce owns the order: a reference it resolves (with the buyer masked there).
    order: (check) => (check.ebpCode && check.orderNo ? { ebpCode: check.ebpCode, orderNo: check.orderNo } : null),
  },
  Order: {
    // Commerce owns the order; public security only adds the buyer's check, so the reference itself is the parent.
    __resolveReference: (ref) => {
      const { ebpCode, orderNo } = byBusinessKey(ref);
      return { ebpCode, orderNo };
    },
    buyerIdentityCheck: (order, _args, { loaders }) => loaders.latestCheckByOrder.load(order),
  },
};
