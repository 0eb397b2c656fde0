import { childrenLoader, compositeKey, orderRefKey, rowLoader, type Caller, type OrderRef } from '@zone/common';
import type DataLoader from 'dataloader';
import type { Attestation, DeemedIncomeTaxAssessment, InvoiceFreeExemption, PrismaClient, TaxBill, TaxBillLine } from './generated/prisma/client';

/** Representation of customs' InventoryList entity as tax receives it. */
export interface InventoryListRef {
  invtNo: string;
}

/** Representation of commerce's Enterprise entity as tax receives it. */
export interface EnterpriseRef {
  uscc: string;
}

export interface DeemedIncomeTaxKey {
  uscc: string;
  year: number;
}

export interface TaxLoaders {
  billByTaxNo: DataLoader<string, TaxBill | null, string>;
  billByOrder: DataLoader<OrderRef, TaxBill | null, string>;
  billByInvtNo: DataLoader<string, TaxBill | null, string>;
  linesByTaxNo: DataLoader<string, TaxBillLine[], string>;
  attestationByTaxNo: DataLoader<string, Attestation | null, string>;
  /** The attestation of an exemption revision (by its id), when it granted the exemption. */
  attestationByExemptionId: DataLoader<bigint, Attestation | null, string>;
  /** The attestation of a deemed-tax revision (by its id), when it was in force. */
  attestationByDeemedId: DataLoader<bigint, Attestation | null, string>;
  /** The latest revision of the 无票免税 decision on a list. */
  exemptionByInvtNo: DataLoader<string, InvoiceFreeExemption | null, string>;
  /** The latest decision on each list of an enterprise (ebcCode), newest first. */
  exemptionsByEnterprise: DataLoader<string, InvoiceFreeExemption[], string>;
  /** The latest revision of an enterprise's 核定征收 assessment for a year. */
  deemedIncomeTax: DataLoader<DeemedIncomeTaxKey, DeemedIncomeTaxAssessment | null, string>;
}

const deemedKey = (key: DeemedIncomeTaxKey) => compositeKey(key.uscc, String(key.year));

/** Fresh per request: every entity reference of tax goes through these. */
export function createTaxLoaders(prisma: PrismaClient, caller: Caller | null): TaxLoaders {
  const zone = caller?.zone ?? undefined;
  return {
    // Only bills the caller may see reach this loader, so it needs no zone filter of its own.
    attestationByTaxNo: rowLoader(
      (taxNos) => prisma.attestation.findMany({ where: { taxNo: { in: [...taxNos] } } }),
      (row) => row.taxNo!,
    ),
    attestationByExemptionId: rowLoader(
      (ids) => prisma.attestation.findMany({ where: { exemptionId: { in: [...ids] } } }),
      (row) => String(row.exemptionId),
      String,
    ),
    attestationByDeemedId: rowLoader(
      (ids) => prisma.attestation.findMany({ where: { deemedAssessmentId: { in: [...ids] } } }),
      (row) => String(row.deemedAssessmentId),
      String,
    ),
    billByTaxNo: rowLoader(
      (taxNos) => prisma.taxBill.findMany({ where: { taxNo: { in: [...taxNos] }, zone } }),
      (row) => row.taxNo,
    ),
    billByOrder: rowLoader(
      (refs) => prisma.taxBill.findMany({ where: { OR: refs.map((r) => ({ ebpCode: r.ebpCode, orderNo: r.orderNo })), zone } }),
      (row) => orderRefKey(row),
      orderRefKey,
    ),
    billByInvtNo: rowLoader(
      (invtNos) => prisma.taxBill.findMany({ where: { invtNo: { in: [...invtNos] }, zone } }),
      (row) => row.invtNo,
    ),
    linesByTaxNo: childrenLoader(
      (taxNos) => prisma.taxBillLine.findMany({ where: { taxNo: { in: [...taxNos] } }, orderBy: [{ taxNo: 'asc' }, { gnum: 'asc' }] }),
      (row) => row.taxNo,
    ),
    exemptionByInvtNo: rowLoader(
      (invtNos) => prisma.invoiceFreeExemption.findMany({
        where: { invtNo: { in: [...invtNos] }, zone },
        orderBy: [{ invtNo: 'asc' }, { revision: 'desc' }],
        distinct: ['invtNo'],
      }),
      (row) => row.invtNo,
    ),
    exemptionsByEnterprise: childrenLoader(
      async (usccs) => {
        const latest = await prisma.invoiceFreeExemption.findMany({
          where: { ebcCode: { in: [...usccs] }, zone },
          orderBy: [{ invtNo: 'asc' }, { revision: 'desc' }],
          distinct: ['invtNo'],
        });
        return latest.sort((a, b) => b.assessedAt.getTime() - a.assessedAt.getTime() || b.invtNo.localeCompare(a.invtNo));
      },
      (row) => row.ebcCode,
    ),
    deemedIncomeTax: rowLoader(
      (keys) => prisma.deemedIncomeTaxAssessment.findMany({
        where: { OR: keys.map((k) => ({ uscc: k.uscc, year: k.year })), zone },
        orderBy: [{ uscc: 'asc' }, { year: 'asc' }, { revision: 'desc' }],
        distinct: ['uscc', 'year'],
      }),
      (row) => deemedKey(row),
      deemedKey,
    ),
  };
}
