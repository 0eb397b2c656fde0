import { requireValid, scalarResolvers, assertMayLookUp } from '@zone/common';
import type { Resolvers } from './generated/graphql';
import { invtNoProblem } from './rules/inventory-number';
import { receiptStatusOf } from './rules/receipt-status';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    inventoryList: (_root, { invtNo }, { loaders, caller }) => {
      assertMayLookUp(caller, 'inventory lists');
      return loaders.listByInvtNo.load(requireValid('invtNo', invtNo, invtNoProblem));
    },
  },
  InventoryList: {
    __resolveReference: (ref, { loaders }) => loaders.listByInvtNo.load(ref.invtNo),
    status: (list) => {
      const status = receiptStatusOf(list.statusCode);
      // A code outside the table is a data problem, not the client's: it surfaces as an internal error and is logged.
      if (status === null) throw new Error(`inventory list ${list.invtNo} has unknown receipt status code ${list.statusCode}`);
      return status;
    },
    items: (list, _args, { loaders }) => loaders.itemsByListId.load(list.id),
  },
  Order: {
    // Commerce owns the order; customs answers for any reference and adds the list when there is one.
    __resolveReference: (ref) => ({ ebpCode: ref.ebpCode, orderNo: ref.orderNo }),
    inventoryList: (order, _args, { loaders }) => loaders.listByOrder.load({ ebpCode: order.ebpCode, orderNo: order.orderNo }),
  },
};
