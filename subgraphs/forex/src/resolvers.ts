import { badUserInput, maskName, requireValid, scalarResolvers, usccProblem, personalData, identityHash } from '@zone/common';
import type { Resolvers } from './generated/graphql';
import { submitPayment } from './writes/submit-payment';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    payment: (_root, { payCode, payTransactionId }, { loaders }) => {
      if (payTransactionId.length === 0 || payTransactionId.length > 60) {
        throw badUserInput({ field: 'payTransactionId', reason: 'must be 1 to 60 characters' });
      }
      return loaders.paymentByKey.load({ payCode: requireValid('payCode', payCode, usccProblem), payTransactionId });
    },
  },
  Mutation: {
    submitPayment: (_root, { input }, context) => submitPayment(context, input, 'IMPORT'),
    submitPaymentReceived: (_root, { input }, context) => submitPayment(context, input, 'EXPORT'),
  },
  Payment: {
    __resolveReference: (ref, { loaders }) => loaders.paymentByKey.load({ payCode: ref.payCode, payTransactionId: ref.payTransactionId }),
    payer: (payment) => payment,
  },
  Payer: {
    name: (payment, _args, { caller }) => personalData(caller, payment.payerName, maskName),
    idType: (payment) => payment.payerIdType,
    idNumberMasked: (payment) => payment.payerIdMasked,
    idHash: (payment, _args, { caller }) => identityHash(caller, payment.payerIdHash, 'Payer.idHash'),
  },
  Order: {
    // Commerce owns the order; forex only adds its payment, so the reference itself is the parent.
    __resolveReference: (ref) => ({ ebpCode: ref.ebpCode, orderNo: ref.orderNo }),
    payment: (order, _args, { loaders }) => loaders.paymentByOrder.load(order),
  },
};
