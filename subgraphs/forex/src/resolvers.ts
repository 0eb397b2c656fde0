import { assertMayLookUp, attestationView, badUserInput, forbidden, maskName, requireValid, scalarResolvers, usccProblem, personalData, identityHash, attestationQueryResolvers, byBusinessKey } from '@zone/common';

import type { ForexContext } from './context';
import { acceptSettlementBasis } from './writes/accept-settlement-basis';
import type { Resolvers } from './generated/graphql';
import { zoneStatisticsResolvers } from './statistics';
import { fxDirectoryStanding } from './reads/fx-directory';
import { individualFxQuota } from './reads/individual-quota';
import { checkSettlement } from './reads/settlement-check';
import { transactionFeedPage } from './reads/transaction-feed';
import { searchPayments } from './reads/payment-search';
import { isMonth } from './rules/fx-directory';
import { registerInFxDirectory } from './writes/register-in-fx-directory';
import { recordSettlementEvidence } from './writes/record-settlement-evidence';
import { submitOverseasWarehouseSettlement } from './writes/submit-overseas-warehouse-settlement';
import { submitPayment } from './writes/submit-payment';

const monthArgument = (field: string, value: string) => {
  if (!isMonth(value)) throw badUserInput({ field, reason: 'must be a calendar month YYYY-MM' });
  return value;
};

export const resolvers: Resolvers = {
  ZoneStatistics: zoneStatisticsResolvers,
  ...scalarResolvers,
  Query: {
    ...attestationQueryResolvers<ForexContext>({
      bySerials: ({ prisma }, serials) => prisma.attestation.findMany({ where: { serial: { in: [...serials] } } }),
      revoked: ({ prisma }) => prisma.attestation.findMany({ where: { revokedAt: { not: null } }, orderBy: { revokedAt: 'asc' } }),
    }),
    payment: (_root, { payCode, payTransactionId }, { loaders }) => {
      if (payTransactionId.length === 0 || payTransactionId.length > 60) {
        throw badUserInput({ field: 'payTransactionId', reason: 'must be 1 to 60 characters' });
      }
      return loaders.paymentByKey.load({ payCode: requireValid('payCode', payCode, usccProblem), payTransactionId });
    },
    settlementCheck: (_root, { ebpCode, orderNo }, context) => checkSettlement(context, ebpCode, orderNo),
    individualFxQuota: (_root, { payCode, payTransactionId, year }, context) => individualFxQuota(context, payCode, payTransactionId, year),
    overseasWarehouseSettlement: async (_root, { ebcCode, period }, { caller, prisma }) => {
      assertMayLookUp(caller, 'overseas-warehouse settlements');
      const settlement = await prisma.overseasWarehouseSettlement.findUnique({
        where: { ebcCode_period: { ebcCode: requireValid('ebcCode', ebcCode, usccProblem), period: monthArgument('period', period) } },
      });
      return settlement && (!caller.zone || settlement.zone === caller.zone) ? settlement : null;
    },
    transactionFeed: (_root, args, context) => transactionFeedPage(context, args),
    payments: (_root, args, context) => searchPayments(context, args),
    usdReferenceRates: async (_root, { month }, { loaders }) => {
      const wanted = monthArgument('month', month);
      const rates = await loaders.usdRates();
      // Rates come by currency, then month: the last at or before the month is the one in force.
      const inForce = new Map(rates.filter((rate) => rate.month <= wanted).map((rate) => [rate.currency, rate]));
      return [...inForce.values()];
    },
  },
  Mutation: {
    acceptSettlementBasis: (_root, { ebpCode, orderNo }, context) => acceptSettlementBasis(context, ebpCode, orderNo),
    submitPayment: (_root, { input }, context) => submitPayment(context, input, 'IMPORT'),
    submitPaymentReceived: (_root, { input }, context) => submitPayment(context, input, 'EXPORT'),
    registerInFxDirectory: (_root, { input }, context) => registerInFxDirectory(context, input),
    submitOverseasWarehouseSettlement: (_root, { input }, context) => submitOverseasWarehouseSettlement(context, input),
    recordSettlementEvidence: (_root, { notices }, context) => recordSettlementEvidence(context, notices),
  },
  FxDirectoryRegistrationSubmission: {
    attestation: async (submission, _args, { loaders }) => {
      const row = await loaders.attestationByUscc.load(submission.uscc);
      return row ? attestationView(row, 'forex') : null;
    },
  },
  FxDirectoryStatus: {
    attestation: async (status, _args, { loaders }) => {
      const row = status.registered ? await loaders.attestationByUscc.load(status.uscc) : null;
      return row ? attestationView(row, 'forex') : null;
    },
  },
  Payment: {
    __resolveReference: (ref, { loaders }) => {
      const { payCode, payTransactionId } = byBusinessKey(ref);
      return loaders.paymentByKey.load({ payCode, payTransactionId });
    },
    payer: (payment) => payment,
    // Commerce owns the order: a reference it resolves (with the other departments' parts).
    order: (payment) => ({ ebpCode: payment.ebpCode, orderNo: payment.orderNo }),
    // The latest settlement check decided it (rules/individual-quota usesIndividualQuota); never checked: not used.
    usesIndividualQuota: async (payment, _args, { loaders }) => (await loaders.latestCheckByOrder.load(payment))?.usesIndividualQuota ?? false,
  },
  Payer: {
    name: (payment, _args, { caller }) => personalData(caller, payment.payerName, maskName),
    idType: (payment) => payment.payerIdType,
    idNumberMasked: (payment) => payment.payerIdMasked,
    idHash: (payment, _args, { caller }) => identityHash(caller, payment.payerIdHash, 'Payer.idHash'),
  },
  Order: {
    // Commerce owns the order; forex only adds its payment, so the reference itself is the parent.
    __resolveReference: (ref) => {
      const { ebpCode, orderNo } = byBusinessKey(ref);
      return { ebpCode, orderNo };
    },
    payment: (order, _args, { loaders }) => loaders.paymentByOrder.load(order),
  },
  Enterprise: {
    // Commerce owns the enterprise; forex adds its directory standing.
    __resolveReference: (ref) => ({ uscc: byBusinessKey(ref).uscc }),
    fxDirectory: (enterprise, { year }, context) => {
      if (context.caller.role === 'BANK') throw forbidden('A bank learns an enterprise\'s directory standing through settlementCheck, for the orders it processed');
      return fxDirectoryStanding(context, enterprise.uscc, year);
    },
  },
};
