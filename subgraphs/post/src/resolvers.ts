import { attestationView, badUserInput, maskName, maskPhone, requireValid, scalarResolvers, usccProblem, assertMayLookUp, personalData, attestationQueryResolvers, byBusinessKey } from '@zone/common';

import type { PostContext } from './context';
import { PostDecimalScalar } from './decimal-input';
import type { Resolvers } from './generated/graphql';
import { zoneStatisticsResolvers } from './statistics';
import { waybillStatus } from './rules/waybill-status';
import { addTrackingEvents } from './writes/add-tracking-events';
import { submitWaybill } from './writes/submit-waybill';
import { searchWaybills } from './reads/waybill-search';

export const resolvers: Resolvers = {
  ZoneStatistics: zoneStatisticsResolvers,
  ...scalarResolvers,
  Decimal: PostDecimalScalar,
  Query: {
    ...attestationQueryResolvers<PostContext>({
      bySerials: ({ prisma }, serials) => prisma.attestation.findMany({ where: { serial: { in: [...serials] } } }),
      revoked: ({ prisma }) => prisma.attestation.findMany({ where: { revokedAt: { not: null } }, orderBy: { revokedAt: 'asc' } }),
    }),
    waybill: (_root, { logisticsCode, logisticsNo }, { loaders, caller }) => {
      assertMayLookUp(caller, 'waybills');
      if (logisticsNo.length === 0 || logisticsNo.length > 60) throw badUserInput({ field: 'logisticsNo', reason: 'must be 1 to 60 characters' });
      return loaders.waybillByKey.load({ logisticsCode: requireValid('logisticsCode', logisticsCode, usccProblem), logisticsNo });
    },
    waybills: (_root, args, context) => searchWaybills(context, args),
  },
  Mutation: {
    submitWaybill: (_root, { input }, { prisma, caller }) => submitWaybill(prisma, caller, input),
    addTrackingEvents: (_root, args, { prisma, caller, attestationSigner, federated, log }) => addTrackingEvents(prisma, caller, args, attestationSigner, { federated, log }),
  },
  Waybill: {
    __resolveReference: (ref, { loaders }) => {
      const { logisticsCode, logisticsNo } = byBusinessKey(ref);
      return loaders.waybillByKey.load({ logisticsCode, logisticsNo });
    },
    consignee: (waybill, _args, { caller }) => personalData(caller, waybill.consignee, maskName),
    attestation: async (waybill, _args, { loaders }) => {
      const row = await loaders.attestationByWaybillId.load(waybill.id);
      return row ? attestationView(row, 'post') : null;
    },
    consigneePhone: (waybill, _args, { caller }) => (waybill.consigneePhone === null ? null : personalData(caller, waybill.consigneePhone, maskPhone)),
    // Shares the events loader with `events`, so status and timeline cost one batched query.
    status: async (waybill, _args, { loaders }) => waybillStatus(await loaders.eventsByWaybillId.load(waybill.id)),
    events: (waybill, _args, { loaders }) => loaders.eventsByWaybillId.load(waybill.id),
    issuedAt: (waybill) => waybill.createdAt,
    // Commerce owns the order: a reference it resolves.
    order: (waybill) => ({ ebpCode: waybill.ebpCode, orderNo: waybill.orderNo }),
  },
  Order: {
    // Commerce owns the order; post only adds its waybill, so the reference itself is the parent.
    __resolveReference: (ref) => {
      const { ebpCode, orderNo } = byBusinessKey(ref);
      return { ebpCode, orderNo };
    },
    waybill: (order, _args, { loaders }) => loaders.waybillByOrder.load(order),
  },
};
