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
  byBusinessKey,
} from '@zone/common';

import type { Resolvers } from './generated/graphql';
import type { Attestation } from './generated/prisma/client';
import type { CommerceContext } from './context';
import { ENTERPRISE_REGISTERED_IN_ZONE, NOT_ON_NEGATIVE_LIST } from './rules/enterprise-attestation';
import { attestEnterprise } from './writes/attest-enterprise';
import { zoneStatisticsResolvers, statisticsQuery } from './statistics';
import { statisticsAnomaliesQuery } from './statistics-anomalies';
import { submitOrder } from './writes/submit-order';
import { liftFromNegativeList, placeOnNegativeList } from './writes/negative-list';
import {
  acknowledgeAssistanceRequest,
  answerAssistanceRequest,
  closeAssistanceRequest,
  declineAssistanceRequest,
  fileAssistanceRequest,
  partViews,
  type AssistancePartView,
} from './writes/assistance';
import { assistanceRequestByNo, assistanceRequestPage, assistanceTimings } from './reads/assistance-requests';
import { inForce, jointMeasuresOf, liftJointMeasure, measureViewsOfRows, reportJointMeasureEffect } from './writes/joint-measures';
import { departmentOfValue, departmentValue } from './writes/subject-zone';
import { MEASURES } from './rules/joint-measures';
import { overdueOf, requestStatusOf } from './rules/assistance-process';
import { subjectOf, subjectOfStored } from './rules/subject';
import { searchOrders } from './reads/order-search';

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
  ZoneStatistics: zoneStatisticsResolvers,
  ...scalarResolvers,
  Query: {
    ...attestationQueryResolvers<CommerceContext>({
      bySerials: ({ prisma }, serials) => prisma.attestation.findMany({ where: { serial: { in: [...serials] } } }),
      revoked: ({ prisma }) => prisma.attestation.findMany({ where: { revokedAt: { not: null } }, orderBy: { revokedAt: 'asc' } }),
    }),
    statistics: statisticsQuery,
    statisticsAnomalies: statisticsAnomaliesQuery,
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
    orders: (_root, args, context) => searchOrders(context, args),
    zones: () => ZONE_CODES.map((code) => ({ code, city: ZONES[code].city, divisionCode: ZONES[code].divisionCode })),
    assistanceRequest: (_root, { requestNo }, context) => assistanceRequestByNo(context, requestNo),
    assistanceRequests: (_root, { filter, first, after }, context) => assistanceRequestPage(context, filter ?? {}, first, after),
    assistanceTimings: (_root, { since, zone }, context) => assistanceTimings(context, since, zone),
    jointMeasures: (_root, { subject: input, inForceOnly, appliedBy }, context) => {
      const { subject, problems } = subjectOf(input, 'subject');
      if (!subject) throw badUserInput(problems);
      return jointMeasuresOf(context, subject, { inForceOnly: inForceOnly ?? false, department: appliedBy ? departmentOfValue(appliedBy) : null });
    },
    jointMeasuresOn: async (_root, { subjects: inputs, appliedBy }, context) => {
      if (inputs.length > 10) throw badUserInput({ field: 'subjects', reason: 'must name at most 10 subjects' });
      const parsed = inputs.map((input, i) => subjectOf(input, `subjects[${i}]`));
      const problems = parsed.flatMap((p) => p.problems);
      if (problems.length > 0) throw badUserInput(problems);
      const department = departmentOfValue(appliedBy);
      const lists = await Promise.all(parsed.map(({ subject }) => jointMeasuresOf(context, subject!, { inForceOnly: true, department })));
      return lists.flat();
    },
  },
  Mutation: {
    submitOrder: (_root, { input }, context) => submitOrder(context, input),
    placeOnNegativeList: (_root, { uscc, reason, legalBasis }, context) => placeOnNegativeList(context, uscc, reason, legalBasis),
    liftFromNegativeList: (_root, { uscc, reason }, context) => liftFromNegativeList(context, uscc, reason),
    attestEnterprise: (_root, { uscc }, context) => attestEnterprise(context, uscc),
    fileAssistanceRequest: (_root, { input }, context) => fileAssistanceRequest(context, input),
    acknowledgeAssistanceRequest: (_root, { requestNo }, context) => acknowledgeAssistanceRequest(context, requestNo),
    answerAssistanceRequest: (_root, { requestNo, answer }, context) => answerAssistanceRequest(context, requestNo, answer),
    declineAssistanceRequest: (_root, { requestNo, reason }, context) => declineAssistanceRequest(context, requestNo, reason),
    closeAssistanceRequest: (_root, { requestNo, note }, context) => closeAssistanceRequest(context, requestNo, note),
    liftJointMeasure: (_root, { measureId, reason }, context) => liftJointMeasure(context, measureId, reason),
    reportJointMeasureEffect: (_root, { measureId, process, recordRef, outcome }, context) => reportJointMeasureEffect(context, measureId, { process, recordRef, outcome }),
  },
  AssistanceRequest: {
    subject: (request) => subjectOfStored(request.subjectType, request.subjectKey),
    filedBy: (request) => departmentValue(request.filedByDepartment),
    filedByOrganisation: (request) => request.filedBy,
    status: (request) => requestStatusOf(request.closedAt !== null, request.parts.map((part) => part.status)),
    overdue: (request, _args, { clock }) => request.closedAt === null && partViews(request).some((part) => {
      const now = clock();
      return (part.status === 'ADDRESSED' && part.acknowledgeDueAt < now) || ((part.status === 'ADDRESSED' || part.status === 'ACKNOWLEDGED') && request.dueAt < now);
    }),
    parts: (request) => partViews(request),
    measures: async (request, _args, { loaders }) => measureViewsOfRows(await loaders.measuresByRequestNo.load(request.requestNo)),
  },
  AssistancePart: {
    department: (part) => departmentValue(part.department),
    acknowledgementOverdue: (part, _args, { clock }) => overdueOf(partTimes(part), clock()).acknowledgement,
    answerOverdue: (part, _args, { clock }) => overdueOf(partTimes(part), clock()).answer,
    hoursToAcknowledge: (part) => hoursBetween(part.filedAt, part.acknowledgedAt),
    hoursToAnswer: (part) => hoursBetween(part.filedAt, part.answeredAt ?? part.declinedAt),
  },
  Subject: {
    key: (subject, _args, { caller }) => {
      // A person's keyed ID hash is shown, like Buyer.idHash, only to callers that match identities.
      if (subject.type === 'PERSON' && !caller.scopes.includes('identity:match')) return `${subject.parts[0]!.slice(0, 8)}… (keyed ID hash; identity:match shows it)`;
      return subject.parts.join(' / ');
    },
    enterprise: (subject, _args, { loaders }) => (subject.type === 'ENTERPRISE' ? loaders.enterpriseByUscc.load(subject.parts[0]!) : null),
    order: (subject, _args, { loaders }) => (subject.type === 'ORDER' ? loaders.orderByKey.load({ ebpCode: subject.parts[0]!, orderNo: subject.parts[1]! }) : null),
  },
  JointMeasure: {
    reward: (measure) => MEASURES[measure.kind].reward,
    department: (measure) => departmentValue(MEASURES[measure.kind].department),
    effect: (measure) => MEASURES[measure.kind].effect,
    inForce: (measure) => inForce(measure),
    effects: (measure, _args, { loaders }) => loaders.effectsByMeasureId.load(measure.id),
  },
  JointMeasureEffect: {
    department: (effect) => departmentValue(effect.department),
  },
  Enterprise: {
    __resolveReference: (ref, { loaders }) => loaders.enterpriseByUscc.load(byBusinessKey(ref).uscc),
    orders: (enterprise, { first }, { loaders }) =>
      loaders.ordersOfEnterprise.load({ uscc: enterprise.uscc, first: pageSize('first', first, ORDER_PAGE.fallback, ORDER_PAGE.max) }),
    negativeListed: async (enterprise, _args, { loaders }) => (await loaders.negativeListingByUscc.load(enterprise.uscc)) !== null,
    negativeListEntry: (enterprise, _args, { loaders }) => loaders.negativeListingByUscc.load(enterprise.uscc),
    registrationAttestation: async (enterprise, _args, { loaders }) => latestOf(await loaders.attestationsByUscc.load(enterprise.uscc), ENTERPRISE_REGISTERED_IN_ZONE),
    standingAttestation: async (enterprise, _args, { loaders }) => latestOf(await loaders.attestationsByUscc.load(enterprise.uscc), NOT_ON_NEGATIVE_LIST),
  },
  Order: {
    __resolveReference: (ref, { loaders }) => {
      const { ebpCode, orderNo } = byBusinessKey(ref);
      return loaders.orderByKey.load({ ebpCode, orderNo });
    },
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

function partTimes(part: AssistancePartView) {
  return { status: part.status, acknowledgeDueAt: part.acknowledgeDueAt, acknowledgedAt: part.acknowledgedAt, dueAt: part.dueAt, settledAt: part.answeredAt ?? part.declinedAt };
}

function hoursBetween(from: Date, to: Date | null): number | null {
  return to === null ? null : Math.round(((to.getTime() - from.getTime()) / 3_600_000) * 100) / 100;
}

function required<T>(value: T | null, field: string, key: string): T {
  if (value === null) throw new GraphQLError(`${field} ${key} is not registered in this zone`, { extensions: { code: 'NOT_FOUND' } });
  return value;
}
