import { lockBusinessKey, notFound, queueByBusinessKey, retryOnLostRace, type ZoneCode, assertCallerInZone } from '@zone/common';
import type { TaxBill } from '../generated/prisma/client';
import type { TaxContext } from '../context';
import { retailImportTaxBill, TariffRateUnknownError, type RetailImportTaxBill, type RetailTaxTreatment } from '../rules/retail-import-tax-bill';
import { assertInvtNo, assertMayDecide, federatedData, refusal } from './access';
import { issueAttestation } from '@zone/common';
import { reliedOnOfList, taxBillAttestationOf } from '../rules/tax-bill-attestation';
import { TaxBillListDocument } from '../generated/federated/graphql';

export interface ListForTax {
  invtNo: string;
  ebpCode: string;
  /** The e-commerce enterprise (电商企业) of the list. */
  ebcCode: string;
  orderNo: string;
  zone: ZoneCode;
  direction: 'IMPORT' | 'EXPORT';
  status: string;
  currency: string;
  freight: string;
  insuredFee: string;
  retailTaxTreatment: RetailTaxTreatment | null;
  items: { gnum: number; hsCode: string; qty: string; totalPrice: string }[];
  /** Customs' latest attestation of the list, which the bill's own attestation relies on. */
  attestation?: { serial: string; revoked: boolean } | null;
}

/** Tax bill numbers follow the list: one bill per list. */
export const taxNoOf = (invtNo: string) => `${invtNo}T1`;

/**
 * Issues the tax bill (816) of an import list, or returns the one issued before. The list comes
 * from customs through the federated API; nothing is written before it has been read and taxed.
 */
export async function issueTaxBill(context: TaxContext, invtNo: string): Promise<TaxBill> {
  const caller = assertMayDecide(context.caller, 'issue tax bills', ['customs']);
  assertInvtNo(invtNo);

  const issued = await context.prisma.taxBill.findUnique({ where: { invtNo } });
  if (issued) {
    assertCallerInZone(caller, issued.zone, 'read the tax bill of a list');
    return issued;
  }

  const { inventoryList: list } = federatedData(
    await context.federated.request(TaxBillListDocument, { invtNo }, { purpose: 'tax bill of a retail import list' }),
    `inventory list ${invtNo}`,
  );
  if (!list) throw notFound(`Customs has no inventory list ${invtNo}`);
  assertCallerInZone(caller, list.zone, 'issue the tax bill of a list');
  if (list.direction !== 'IMPORT') throw refusal('NOT_AN_IMPORT', `Inventory list ${invtNo} is an export list: exports bear no import tax`);
  if (list.retailTaxTreatment === null) {
    throw refusal(
      'NO_RETAIL_TAX_TREATMENT',
      `Inventory list ${invtNo} has no retail tax treatment from customs (status ${list.status}): a list that failed three-document matching, or is not yet decided, is not taxed`,
    );
  }
  if (list.status === 'REJECTED') {
    throw refusal('LIST_REJECTED', `Inventory list ${invtNo} was rejected or cancelled by customs: goods that do not enter bear no import tax`);
  }
  if (list.currency !== 'CNY') {
    throw refusal('CURRENCY_NOT_SUPPORTED', `Inventory list ${invtNo} is priced in ${list.currency}; tax bills are computed from CNY prices only`);
  }

  let bill: RetailImportTaxBill;
  try {
    bill = retailImportTaxBill(
      { treatment: list.retailTaxTreatment, freight: list.freight, insuredFee: list.insuredFee, items: list.items },
      context.config.rateTable,
    );
  } catch (error) {
    if (error instanceof TariffRateUnknownError) {
      throw refusal('TARIFF_RATE_NOT_CONFIGURED', `Inventory list ${invtNo} is to be taxed in full, but ${error.message}`, { hsCodes: error.hsCodes });
    }
    if (error instanceof RangeError) throw refusal('LIST_NOT_TAXABLE', `Inventory list ${invtNo} cannot be taxed: ${error.message}`);
    throw error;
  }
  return recordBill(context, list, bill, caller.organisation);
}

async function recordBill(context: TaxContext, list: ListForTax, bill: RetailImportTaxBill, issuedBy: string): Promise<TaxBill> {
  const taxNo = taxNoOf(list.invtNo);
  const issuedAt = context.clock();
  // Two concurrent first calls wait for each other on the list's key: the second finds the first's bill.
  return queueByBusinessKey('tax.tax-bill', [list.invtNo], () => retryOnLostRace(() => context.prisma.$transaction(async (tx) => {
    await lockBusinessKey(tx, 'tax.tax-bill', list.invtNo);
    const existing = await tx.taxBill.findUnique({ where: { invtNo: list.invtNo } });
    if (existing) return existing;
    const created = await tx.taxBill.create({
      data: {
        taxNo,
        invtNo: list.invtNo,
        ebpCode: list.ebpCode,
        ebcCode: list.ebcCode,
        orderNo: list.orderNo,
        zone: list.zone,
        treatment: bill.treatment,
        dutiableValue: bill.dutiableValue,
        freight: list.freight,
        insuredFee: list.insuredFee,
        customsTax: bill.customsTax,
        valueAddedTax: bill.valueAddedTax,
        consumptionTax: bill.consumptionTax,
        totalTax: bill.totalTax,
        vatRate: bill.vatRate,
        consumptionTaxRate: bill.consumptionTaxRate,
        currency: 'CNY',
        issuedAt,
        issuedBy,
        lines: { createMany: { data: bill.lines } },
      },
    });
    // Mutual recognition: the bill is signed as issued, in this transaction, relying on customs' attestation of the list.
    if (context.attestationSigner) {
      const decision = taxBillAttestationOf(created, reliedOnOfList(list));
      await tx.attestation.create({ data: { ...issueAttestation(context.attestationSigner, decision), taxNo: created.taxNo, reliedOn: [...(decision.reliedOn ?? [])] } });
    }
    return created;
  })));
}
