import { attestationView, requireValid, scalarResolvers, assertMayLookUp, attestationQueryResolvers, byBusinessKey } from '@zone/common';

import type { Resolvers } from './generated/graphql';
import { zoneStatisticsResolvers } from './statistics';
import type { InventoryList } from './generated/prisma/client';
import type { CustomsContext } from './context';
import { invtNoProblem, sumNoProblem } from './rules/inventory-number';
import { searchInventoryLists } from './reads/inventory-list-search';
import { RECEIPT_STATUS_CODES, receiptStatusOf } from './rules/receipt-status';
import type { RuleReason } from './rules/rule-reason';
import { inDecisionOrder } from './rules/list-attestation';
import { creditClassOfRow, setCreditClass } from './writes/credit-class';
import { declareInventoryList } from './writes/declare-inventory-list';
import { declareSummary } from './writes/declare-summary';
import { requestExportReturn } from './writes/export-return';
import { requestListChange } from './writes/list-requests';
import { moveList, notFound } from './writes/list-status';
import { settleTaxBill } from './writes/tax-bill-calls';

const reasonsOf = (value: unknown): RuleReason[] => (Array.isArray(value) ? (value as RuleReason[]) : []);

/** A list the caller wrote to, read back through the caller's zone filter like any other read. */
async function listFor(context: CustomsContext, id: bigint): Promise<InventoryList> {
  const list = await context.loaders.listById.load(id);
  if (!list) throw notFound(String(id));
  return list;
}

/** An officer's status move; a list it rejects has its tax bill settled (cancelled) by tax. */
async function movedList(context: CustomsContext, input: Omit<Parameters<typeof moveList>[2], 'now'>): Promise<InventoryList> {
  const list = await moveList(context.prisma, context.caller, { ...input, now: context.clock(), attestationSigner: context.attestationSigner });
  if (list.statusCode === RECEIPT_STATUS_CODES.REJECTED) await settleTaxBill(context, list);
  return list;
}

/** A cancellation (623) or return (625) request; one customs accepted has the list's tax bill cancelled or refunded. */
async function requestedChange(context: CustomsContext, input: Parameters<typeof requestListChange>[1]) {
  const request = await requestListChange(context, input);
  if (request.state === 'ACCEPTED') await settleTaxBill(context, await listFor(context, request.listId));
  return request;
}

export const resolvers: Resolvers = {
  ZoneStatistics: zoneStatisticsResolvers,
  ...scalarResolvers,
  Query: {
    ...attestationQueryResolvers<CustomsContext>({
      bySerials: ({ prisma }, serials) => prisma.attestation.findMany({ where: { serial: { in: [...serials] } } }),
      revoked: ({ prisma }) => prisma.attestation.findMany({ where: { revokedAt: { not: null } }, orderBy: { revokedAt: 'asc' } }),
    }),
    inventoryLists: (_root, args, context) => searchInventoryLists(context, args),
    inventoryList: (_root, { invtNo }, { loaders, caller }) => {
      assertMayLookUp(caller, 'inventory lists');
      return loaders.listByInvtNo.load(requireValid('invtNo', invtNo, invtNoProblem));
    },
    summaryDeclaration: (_root, { sumNo }, { loaders, caller }) => {
      assertMayLookUp(caller, 'summary declarations');
      return loaders.summaryBySumNo.load(requireValid('sumNo', sumNo, sumNoProblem));
    },
  },
  Mutation: {
    declareInventoryList: (_root, { input }, context) =>
      declareInventoryList(context, { ...input, indivisibleItem: input.indivisibleItem ?? false, statisticsFlag: input.statisticsFlag ?? null }),
    recordReviewOutcome: (_root, { invtNo, outcome, reason }, context) =>
      movedList(context, {
        invtNo,
        action: outcome === 'RELEASE' ? 'REVIEW_RELEASE' : outcome === 'INSPECT' ? 'REVIEW_INSPECT' : 'REVIEW_REJECT',
        reason,
        reasonField: 'reason',
      }),
    recordInspectionResult: (_root, { invtNo, passed, findings }, context) =>
      movedList(context, {
        invtNo,
        action: passed ? 'INSPECTION_PASSED' : 'INSPECTION_FAILED',
        reason: findings,
        reasonField: 'findings',
      }),
    clearInventoryList: (_root, { invtNo }, context) =>
      movedList(context, { invtNo, action: 'CLEAR', reason: 'customs clearance closed', reasonField: 'invtNo' }),
    requestListCancellation: (_root, { invtNo, reason }, context) => requestedChange(context, { invtNo, kind: 'CANCELLATION', reason }),
    requestListReturn: (_root, { invtNo, reason }, context) => requestedChange(context, { invtNo, kind: 'RETURN', reason }),
    declareSummary: (_root, { input }, context) => declareSummary(context, input),
    requestExportReturn: (_root, { input }, context) => requestExportReturn(context, input),
    setCustomsCreditClass: async (_root, { uscc, creditClass, reason }, context) => {
      await setCreditClass(context, { uscc, creditClass, reason });
      return { uscc };
    },
  },
  InventoryList: {
    __resolveReference: (ref, { loaders }) => loaders.listByInvtNo.load(byBusinessKey(ref).invtNo),
    // Commerce owns the order: a reference it resolves.
    order: (list) => ({ ebpCode: list.ebpCode, orderNo: list.orderNo }),
    status: (list) => {
      const status = receiptStatusOf(list.statusCode);
      // A code outside the table is a data problem, not the client's: it surfaces as an internal error and is logged.
      if (status === null) throw new Error(`inventory list ${list.invtNo} has unknown receipt status code ${list.statusCode}`);
      return status;
    },
    retailTaxTreatment: (list) => (list.retailTaxTreatment as 'PREFERENTIAL' | 'FULL_TAX' | null) ?? null,
    attestations: async (list, _args, { loaders }) => inDecisionOrder(await loaders.attestationsByListId.load(list.id)).map((row) => attestationView(row, 'customs')),
    attestation: async (list, _args, { loaders }) => {
      const latest = inDecisionOrder(await loaders.attestationsByListId.load(list.id)).at(-1);
      return latest ? attestationView(latest, 'customs') : null;
    },
    matching: (list) => ({ matched: list.matched, reasons: reasonsOf(list.matchingReasons) }),
    releaseDecision: (list) =>
      list.releaseDecision && list.decidedAt
        ? { decision: list.releaseDecision as 'AUTO_RELEASE' | 'DOCUMENT_REVIEW' | 'INSPECTION' | 'REJECT', reasons: reasonsOf(list.releaseReasons), decidedAt: list.decidedAt }
        : null,
    items: (list, _args, { loaders }) => loaders.itemsByListId.load(list.id),
    requests: (list, _args, { loaders }) => loaders.requestsByListId.load(list.id),
    summary: async (list, _args, { loaders }) => (await loaders.summaryEntryByListId.load(list.id))?.summary ?? null,
    exportReturn: (list, _args, { loaders }) => loaders.exportReturnByListId.load(list.id),
  },
  ListRequest: {
    kind: (request) => request.kind as 'CANCELLATION' | 'RETURN',
    state: (request) => request.state as 'ACCEPTED' | 'REFUSED',
    refusals: (request) => reasonsOf(request.refusals),
    list: (request, _args, context) => listFor(context, request.listId),
  },
  SummaryDeclaration: {
    __resolveReference: (ref, { loaders }) => loaders.summaryBySumNo.load(byBusinessKey(ref).sumNo),
    totals: (summary) => summary.totals as { currency: string; amount: string }[],
    lists: (summary, _args, { loaders }) => loaders.listsBySummaryId.load(summary.id),
  },
  ExportReturn: {
    reasons: (exportReturn) => reasonsOf(exportReturn.refusals),
    list: (exportReturn, _args, context) => listFor(context, exportReturn.listId),
  },
  Enterprise: {
    __resolveReference: (ref) => ({ uscc: byBusinessKey(ref).uscc }),
    customsCreditClass: async (enterprise, _args, { loaders }) => creditClassOfRow(await loaders.creditClassByUscc.load(enterprise.uscc)),
  },
  Order: {
    // Commerce owns the order; customs answers for any reference and adds the list when there is one.
    __resolveReference: (ref) => {
      const { ebpCode, orderNo } = byBusinessKey(ref);
      return { ebpCode, orderNo };
    },
    inventoryList: (order, _args, { loaders }) => loaders.listByOrder.load({ ebpCode: order.ebpCode, orderNo: order.orderNo }),
  },
};
