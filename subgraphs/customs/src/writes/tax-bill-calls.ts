import type { InventoryList } from '../generated/prisma/client';
import type { CustomsContext } from '../context';
import { CustomsIssueTaxBillDocument, CustomsReconcileTaxBillDocument } from '../generated/federated/graphql';

/**
 * What customs asks of tax about the bill of an import list, through the federated API as the
 * customs system. Both calls are idempotent and made after the list is committed, so tax reads
 * the list as it now stands; a failure leaves the list as it is and is logged: the next
 * declaration of the list, or the same officer act or request sent again, asks again.
 */
export const TAX_BILL_PURPOSE = 'tax bill of an accepted retail import list';
export const TAX_BILL_STANDING_PURPOSE = 'tax bill of a list whose status changed';

/** Asks tax for the bill of an accepted retail import list. */
export async function requestTaxBill(context: CustomsContext, list: InventoryList): Promise<void> {
  try {
    const result = await context.federated.request(
      CustomsIssueTaxBillDocument,
      { invtNo: list.invtNo },
      { purpose: TAX_BILL_PURPOSE },
    );
    if (result.errors.length > 0) {
      context.log.warn({ invtNo: list.invtNo, errors: result.errors.map((e) => e.message) }, 'tax did not issue the bill of an accepted list');
    }
  } catch (error) {
    context.log.warn({ invtNo: list.invtNo, err: error }, 'tax bill of an accepted list not requested: federated API unavailable');
  }
}

/**
 * Tells tax that an import list's status changed (rejected, cancelled, returned, or declared
 * again), so that its bill, if one was issued, is cancelled, refunded or due again as the list
 * now stands. A list without a bill is nothing to settle.
 */
export async function settleTaxBill(context: CustomsContext, list: Pick<InventoryList, 'invtNo' | 'direction'>): Promise<void> {
  if (list.direction !== 'IMPORT') return;
  try {
    const result = await context.federated.request(
      CustomsReconcileTaxBillDocument,
      { invtNo: list.invtNo },
      { purpose: TAX_BILL_STANDING_PURPOSE },
    );
    const errors = result.errors.filter((e) => e.extensions?.code !== 'NOT_FOUND');
    if (errors.length > 0) {
      context.log.warn({ invtNo: list.invtNo, errors: errors.map((e) => e.message) }, 'tax did not settle the bill of a list whose status changed');
    } else if (result.data?.reconcileTaxBill) {
      context.log.info({ invtNo: list.invtNo, taxNo: result.data.reconcileTaxBill.taxNo, status: result.data.reconcileTaxBill.status }, 'tax bill settled with its list');
    }
  } catch (error) {
    context.log.warn({ invtNo: list.invtNo, err: error }, 'tax bill of a list whose status changed not settled: federated API unavailable');
  }
}
