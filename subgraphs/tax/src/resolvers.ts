import { attestationView, badUserInput, scalarResolvers, assertMayLookUp, attestationQueryResolvers, byBusinessKey } from '@zone/common';

import type { TaxContext } from './context';
import type { Resolvers, SmallLowProfitCondition, TaxReason } from './generated/graphql';
import { zoneStatisticsResolvers } from './statistics';
import type { ExemptionLine } from './writes/assess-invoice-free-exemption';
import { assessDeemedIncomeTax } from './writes/assess-deemed-income-tax';
import { assessInvoiceFreeExemption } from './writes/assess-invoice-free-exemption';
import { issueTaxBill } from './writes/issue-tax-bill';
import { reconcileTaxBill } from './writes/reconcile-tax-bill';
import { searchTaxBills } from './reads/tax-bill-search';

const EXEMPTIONS_PAGE = { default: 20, max: 100 } as const;

export const resolvers: Resolvers = {
  ZoneStatistics: zoneStatisticsResolvers,
  ...scalarResolvers,
  Query: {
    ...attestationQueryResolvers<TaxContext>({
      bySerials: ({ prisma }, serials) => prisma.attestation.findMany({ where: { serial: { in: [...serials] } } }),
      revoked: ({ prisma }) => prisma.attestation.findMany({ where: { revokedAt: { not: null } }, orderBy: { revokedAt: 'asc' } }),
    }),
    taxBill: (_root, { taxNo }, { loaders, caller }) => {
      assertMayLookUp(caller, 'tax bills');
      if (taxNo.length === 0 || taxNo.length > 30) throw badUserInput({ field: 'taxNo', reason: 'must be 1 to 30 characters' });
      return loaders.billByTaxNo.load(taxNo);
    },
    taxBills: (_root, args, context) => searchTaxBills(context, args),
  },
  Mutation: {
    issueTaxBill: (_root, { invtNo }, context) => issueTaxBill(context, invtNo),
    reconcileTaxBill: (_root, { invtNo }, context) => reconcileTaxBill(context, invtNo),
    assessInvoiceFreeExemption: (_root, { invtNo }, context) => assessInvoiceFreeExemption(context, invtNo),
    assessDeemedIncomeTax: (_root, { input }, context) => assessDeemedIncomeTax(context, input),
  },
  TaxBill: {
    __resolveReference: (ref, { loaders }) => loaders.billByTaxNo.load(byBusinessKey(ref).taxNo),
    lines: (bill, _args, { loaders }) => loaders.linesByTaxNo.load(bill.taxNo),
    attestation: async (bill, _args, { loaders }) => {
      const row = await loaders.attestationByTaxNo.load(bill.taxNo);
      return row ? attestationView(row, 'tax') : null;
    },
    // Commerce owns the order and customs the list: references they resolve.
    order: (bill) => ({ ebpCode: bill.ebpCode, orderNo: bill.orderNo }),
    inventoryList: (bill) => ({ invtNo: bill.invtNo }),
  },
  InvoiceFreeExemption: {
    // Written by assessInvoiceFreeExemption in these shapes.
    reasons: (row) => row.reasons as unknown as TaxReason[],
    lines: (row) => row.lines as unknown as ExemptionLine[],
    attestation: async (row, _args, { loaders }) => {
      const attestation = await loaders.attestationByExemptionId.load(row.id);
      return attestation ? attestationView(attestation, 'tax') : null;
    },
  },
  DeemedIncomeTaxAssessment: {
    conditions: (row) => row.conditions as unknown as SmallLowProfitCondition[],
    attestation: async (row, _args, { loaders }) => {
      const attestation = await loaders.attestationByDeemedId.load(row.id);
      return attestation ? attestationView(attestation, 'tax') : null;
    },
  },
  Order: {
    // Commerce owns the order; tax answers for any reference and adds the bill when there is one.
    __resolveReference: (ref) => {
      const { ebpCode, orderNo } = byBusinessKey(ref);
      return { ebpCode, orderNo };
    },
    taxBill: (order, _args, { loaders }) => loaders.billByOrder.load({ ebpCode: order.ebpCode, orderNo: order.orderNo }),
  },
  InventoryList: {
    // Customs owns the list; tax adds its bill and its exemption decision.
    __resolveReference: (ref) => ({ invtNo: byBusinessKey(ref).invtNo }),
    taxBill: (list, _args, { loaders }) => loaders.billByInvtNo.load(list.invtNo),
    invoiceFreeExemption: (list, _args, { loaders }) => loaders.exemptionByInvtNo.load(list.invtNo),
  },
  Enterprise: {
    // Commerce owns the enterprise; tax adds its assessments and exemptions.
    __resolveReference: (ref) => ({ uscc: byBusinessKey(ref).uscc }),
    deemedIncomeTax: (enterprise, { year }, { loaders }) => loaders.deemedIncomeTax.load({ uscc: enterprise.uscc, year }),
    invoiceFreeExemptions: async (enterprise, { first }, { loaders }) => {
      const limit = first ?? EXEMPTIONS_PAGE.default;
      if (limit < 0 || limit > EXEMPTIONS_PAGE.max) throw badUserInput({ field: 'first', reason: `must be 0 to ${EXEMPTIONS_PAGE.max}` });
      return (await loaders.exemptionsByEnterprise.load(enterprise.uscc)).slice(0, limit);
    },
  },
};
