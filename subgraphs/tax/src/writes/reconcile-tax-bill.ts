import { lockBusinessKey, notFound, queueByBusinessKey, retryOnLostRace, assertCallerInZone } from '@zone/common';
import type { TaxBill } from '../generated/prisma/client';
import type { TaxContext } from '../context';
import { taxBillStandingOf } from '../rules/tax-bill-standing';
import { assertInvtNo, assertMayDecide, federatedData } from './access';
import { TaxBillListStandingDocument } from '../generated/federated/graphql';

/**
 * reconcileTaxBill: cancels or refunds the bill of a list customs rejected, cancelled or saw
 * returned, and makes it due again when the list stands again (a list refused at matching and
 * declared again until it passed). Tax reads the list itself rather than taking the caller's word
 * for its fate. Idempotent: a bill already in the standing its list gives it is returned as it is.
 */
export async function reconcileTaxBill(context: TaxContext, invtNo: string): Promise<TaxBill> {
  const caller = assertMayDecide(context.caller, 'settle tax bills with their lists', ['customs']);
  assertInvtNo(invtNo);
  const issued = await context.prisma.taxBill.findUnique({ where: { invtNo } });
  if (!issued) throw notFound(`No tax bill has been issued for inventory list ${invtNo}`);
  assertCallerInZone(caller, issued.zone, 'settle the tax bill of a list');

  const { inventoryList: list } = federatedData(
    await context.federated.request(TaxBillListStandingDocument, { invtNo }, { purpose: 'tax bill of a list whose status changed' }),
    `inventory list ${invtNo}`,
  );
  if (!list) throw notFound(`Customs has no inventory list ${invtNo}`);
  const standing = taxBillStandingOf(list);
  const now = context.clock();

  return queueByBusinessKey('tax.tax-bill', [invtNo], () => retryOnLostRace(() => context.prisma.$transaction(async (tx) => {
    await lockBusinessKey(tx, 'tax.tax-bill', invtNo);
    const bill = (await tx.taxBill.findUnique({ where: { invtNo } }))!;
    if (bill.status === standing.status && bill.statusReason === standing.reason) return bill;
    const updated = await tx.taxBill.update({
      where: { invtNo },
      data: { status: standing.status, statusReason: standing.reason, statusChangedAt: standing.status === 'ACTIVE' ? null : now },
    });
    // A bill no longer due reverses what tax attested of it.
    if (standing.status !== 'ACTIVE') {
      await tx.attestation.updateMany({
        where: { taxNo: bill.taxNo, revokedAt: null },
        data: { revokedAt: now, revocationReason: `tax bill ${standing.status.toLowerCase()}: ${standing.reason ?? 'its list no longer stands'}`.slice(0, 500) },
      });
    }
    context.log.info({ invtNo, taxNo: bill.taxNo, from: bill.status, to: standing.status, by: caller.organisation }, 'tax bill follows its list');
    return updated;
  })));
}
