import { badUserInput, scalarResolvers, assertMayLookUp } from '@zone/common';
import type { Resolvers } from './generated/graphql';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    taxBill: (_root, { taxNo }, { loaders, caller }) => {
      assertMayLookUp(caller, 'tax bills');
      if (taxNo.length === 0 || taxNo.length > 30) throw badUserInput({ field: 'taxNo', reason: 'must be 1 to 30 characters' });
      return loaders.billByTaxNo.load(taxNo);
    },
  },
  TaxBill: {
    __resolveReference: (ref, { loaders }) => loaders.billByTaxNo.load(ref.taxNo),
  },
  Order: {
    // Commerce owns the order; tax answers for any reference and adds the bill when there is one.
    __resolveReference: (ref) => ({ ebpCode: ref.ebpCode, orderNo: ref.orderNo }),
    taxBill: (order, _args, { loaders }) => loaders.billByOrder.load({ ebpCode: order.ebpCode, orderNo: order.orderNo }),
  },
};
