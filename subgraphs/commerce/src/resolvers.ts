import { GraphQLError } from 'graphql';
import {
  ZONES,
  ZONE_CODES,
  badUserInput,
  maskName,
  maskPhone,
  pageSize,
  requireValid,
  scalarResolvers,
  usccProblem,
  type ZoneCode,
  personalData,
  identityHash,
  attestationQueryResolvers,
  attestationView,
} from '@zone/common';
import type { Resolvers } from './generated/graphql';
import type { Attestation } from './generated/prisma/client';
import type { CommerceContext } from './context';
import { ENTERPRISE_REGISTERED_IN_ZONE, NOT_ON_NEGATIVE_LIST } from './rules/enterprise-attestation';
import { attestEnterprise } from './writes/attest-enterprise';
import { submitOrder } from './writes/submit-order';
import { liftFromNegativeList, placeOnNegativeList } from './writes/negative-list';

const ENTERPRISE_PAGE = { fallback: 20, max: 100 };

/** The latest attestation of a claim among an enterprise's (oldest first), as the API shows it. */
function latestOf(rows: readonly Attestation[], claim: string) {
  const latest = rows.filter((row) => row.claim === claim).at(-1);
  return latest ? attestationView(latest, 'commerce') : null;
}
const ORDER_PAGE = { fallback: 10, max: 100 };

/** Opaque cursor of the enterprise connection: the USCC of the last edge. */
export function encodeCursor(uscc: string): string {
  return Buffer.from(`enterprise:${uscc}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const uscc = text.startsWith('enterprise:') ? text.slice('enterprise:'.length) : '';
  if (usccProblem(uscc)) throw badUserInput({ field: 'after', reason: 'is not a cursor returned by this connection' });
  return uscc;
}

/** A zone-bound caller sees only its zone; asking for another zone is an empty result, not an error. */
function effectiveZone(requested: ZoneCode | null | undefined, callerZone: ZoneCode | null | undefined): ZoneCode | undefined | null {
  if (callerZone && requested && requested !== callerZone) return null;
  return callerZone ?? requested ?? undefined;
}

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    ...attestationQueryResolvers<CommerceContext>({
      bySerials: ({ prisma }, serials) => prisma.attestation.findMany({ where: { serial: { in: [...serials] } } }),
      revoked: ({ prisma }) => prisma.attestation.findMany({ where: { revokedAt: { not: null } }, orderBy: { revokedAt: 'asc' } }),
    }),
    enterprise: (_root, { uscc }, { loaders }) => loaders.enterpriseByUscc.load(requireValid('uscc', uscc, usccProblem)),
    enterprises: async (_root, { zone, first, after }, { prisma, caller }) => {
      const size = pageSize('first', first, ENTERPRISE_PAGE.fallback, ENTERPRISE_PAGE.max);
      const afterUscc = after ? decodeCursor(after) : undefined;
      const scope = effectiveZone(zone, caller?.zone);
      if (scope === null) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
      const where = { zone: scope };
      const [rows, totalCount] = await Promise.all([
        prisma.enterprise.findMany({
          where: afterUscc ? { ...where, uscc: { gt: afterUscc } } : where,
          orderBy: { uscc: 'asc' },
          take: size + 1,
        }),
        prisma.enterprise.count({ where }),
      ]);
      const page = rows.slice(0, size);
      const edges = page.map((node) => ({ node, cursor: encodeCursor(node.uscc) }));
      return {
        edges,
        pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
        totalCount,
      };
    },
    order: (_root, { ebpCode, orderNo }, { loaders }) => {
      if (orderNo.length === 0 || orderNo.length > 60) throw badUserInput({ field: 'orderNo', reason: 'must be 1 to 60 characters' });
      return loaders.orderByKey.load({ ebpCode: requireValid('ebpCode', ebpCode, usccProblem), orderNo });
    },
    zones: () => ZONE_CODES.map((code) => ({ code, city: ZONES[code].city, divisionCode: ZONES[code].divisionCode })),
  },
  Mutation: {
    submitOrder: (_root, { input }, context) => submitOrder(context, input),
    placeOnNegativeList: (_root, { uscc, reason, legalBasis }, context) => placeOnNegativeList(context, uscc, reason, legalBasis),
    liftFromNegativeList: (_root, { uscc, reason }, context) => liftFromNegativeList(context, uscc, reason),
    attestEnterprise: (_root, { uscc }, context) => attestEnterprise(context, uscc),
  },
  Enterprise: {
    __resolveReference: (ref, { loaders }) => loaders.enterpriseByUscc.load(ref.uscc),
    orders: (enterprise, { first }, { loaders }) =>
      loaders.ordersOfEnterprise.load({ uscc: enterprise.uscc, first: pageSize('first', first, ORDER_PAGE.fallback, ORDER_PAGE.max) }),
    negativeListed: async (enterprise, _args, { loaders }) => (await loaders.negativeListingByUscc.load(enterprise.uscc)) !== null,
    negativeListEntry: (enterprise, _args, { loaders }) => loaders.negativeListingByUscc.load(enterprise.uscc),
    registrationAttestation: async (enterprise, _args, { loaders }) => latestOf(await loaders.attestationsByUscc.load(enterprise.uscc), ENTERPRISE_REGISTERED_IN_ZONE),
    standingAttestation: async (enterprise, _args, { loaders }) => latestOf(await loaders.attestationsByUscc.load(enterprise.uscc), NOT_ON_NEGATIVE_LIST),
  },
  Order: {
    __resolveReference: (ref, { loaders }) => loaders.orderByKey.load({ ebpCode: ref.ebpCode, orderNo: ref.orderNo }),
    ebc: async (order, _args, { loaders }) => required(await loaders.enterpriseByUscc.load(order.ebcCode), 'ebc', order.ebcCode),
    ebp: async (order, _args, { loaders }) => required(await loaders.enterpriseByUscc.load(order.ebpCode), 'ebp', order.ebpCode),
    buyer: (order) => order,
    consignee: (order, _args, { caller }) => personalData(caller, order.consignee, maskName),
    items: (order, _args, { loaders }) => loaders.itemsByOrderId.load(order.id),
  },
  Buyer: {
    name: (order, _args, { caller }) => personalData(caller, order.buyerName, maskName),
    idType: (order) => order.buyerIdType,
    idNumberMasked: (order) => order.buyerIdMasked,
    phone: (order, _args, { caller }) => personalData(caller, order.buyerPhone, maskPhone),
    idHash: (order, _args, { caller }) => identityHash(caller, order.buyerIdHash, 'Buyer.idHash'),
  },
};

function required<T>(value: T | null, field: string, key: string): T {
  if (value === null) throw new GraphQLError(`${field} ${key} is not registered in this zone`, { extensions: { code: 'NOT_FOUND' } });
  return value;
}
