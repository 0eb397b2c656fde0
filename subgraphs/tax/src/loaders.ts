import { childrenLoader, compositeKey, orderRefJoin, orderRefKey, orderRefParams, rowLoader, rowReaderOf, zoneCondition, type Caller, type OrderRef } from '@zone/common';
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

/** Fresh per request: every entity reference of tax goes through these (fixed-shape SQL, row-reader.ts). */
export function createTaxLoaders(prisma: PrismaClient, caller: Caller | null): TaxLoaders {
  const read = rowReaderOf(prisma);
  const zone = caller?.zone ?? undefined;
  /** Rows of a model whose column is one of the keys, in the caller's zone when the model has one. */
  const rows = <R>(model: string, column: string, options: { zoned?: boolean; distinctOn?: string; orderBy?: string } = {}) => (keys: readonly (string | bigint)[]) => {
    const inZone = zoneCondition(options.zoned ? zone : undefined, 2);
    return read.select<R>(model, { where: `t.${column} = ANY($1)${inZone.sql}`, distinctOn: options.distinctOn, orderBy: options.orderBy }, [keys.map(String), ...inZone.values]);
  };
  return {
    // Only bills the caller may see reach this loader, so it needs no zone filter of its own.
    attestationByTaxNo: rowLoader(rows<Attestation>('Attestation', 'tax_no'), (row) => row.taxNo!),
    attestationByExemptionId: rowLoader(rows<Attestation>('Attestation', 'exemption_id'), (row) => String(row.exemptionId), String),
    attestationByDeemedId: rowLoader(rows<Attestation>('Attestation', 'deemed_assessment_id'), (row) => String(row.deemedAssessmentId), String),
    billByTaxNo: rowLoader(rows<TaxBill>('TaxBill', 'tax_no', { zoned: true }), (row) => row.taxNo),
    billByOrder: rowLoader(
      (refs) => {
        const inZone = zoneCondition(zone, 3);
        return read.select<TaxBill>('TaxBill', { join: orderRefJoin(), where: `true${inZone.sql}` }, [...orderRefParams(refs), ...inZone.values]);
      },
      (row) => orderRefKey(row),
      orderRefKey,
    ),
    billByInvtNo: rowLoader(rows<TaxBill>('TaxBill', 'invt_no', { zoned: true }), (row) => row.invtNo),
    linesByTaxNo: childrenLoader(rows<TaxBillLine>('TaxBillLine', 'tax_no', { orderBy: 't.tax_no, t.gnum' }), (row) => row.taxNo),
    exemptionByInvtNo: rowLoader(
      rows<InvoiceFreeExemption>('InvoiceFreeExemption', 'invt_no', { zoned: true, distinctOn: 't.invt_no', orderBy: 't.invt_no, t.revision DESC' }),
      (row) => row.invtNo,
    ),
    exemptionsByEnterprise: childrenLoader(
      async (usccs) => {
        const latest = await rows<InvoiceFreeExemption>('InvoiceFreeExemption', 'ebc_code', { zoned: true, distinctOn: 't.invt_no', orderBy: 't.invt_no, t.revision DESC' })(usccs);
        return latest.sort((a, b) => b.assessedAt.getTime() - a.assessedAt.getTime() || b.invtNo.localeCompare(a.invtNo));
      },
      (row) => row.ebcCode,
    ),
    deemedIncomeTax: rowLoader(
      (keys) => {
        const inZone = zoneCondition(zone, 3);
        return read.select<DeemedIncomeTaxAssessment>(
          'DeemedIncomeTaxAssessment',
          { join: 'JOIN unnest($1::bpchar[], $2::int[]) AS k(uscc, year) ON t.uscc = k.uscc AND t.year = k.year', where: `true${inZone.sql}`, distinctOn: 't.uscc, t.year', orderBy: 't.uscc, t.year, t.revision DESC' },
          [keys.map((k) => k.uscc), keys.map((k) => k.year), ...inZone.values],
        );
      },
      (row) => deemedKey(row),
      deemedKey,
    ),
  };
}
