import { InputProblems, assertCallerInZone, assertMayWrite, badUserInput, lockBusinessKey, retryOnLostRace, type Caller, type WriteOutcome, chinaCalendarYear } from '@zone/common';
import type { InventoryList, Prisma, PrismaClient, SummaryDeclaration } from '../generated/prisma/client';
import type { CustomsContext } from '../context';
import { ZONE_CUSTOMS_CODES, formatSumNo, invtNoProblem } from '../rules/inventory-number';
import { selectListsForSummary, type SummaryCandidateList, type SummaryRequest } from '../rules/summary-declaration';
import { registeredEnterprise } from './enterprise-of-commerce';
import { nextSerial } from './serials';

export interface SummaryDeclarationInput {
  ebcCode: string;
  periodStart: Date;
  periodEnd: Date;
  invtNos?: readonly string[] | null;
}

export interface SummaryDeclarationResult {
  outcome: WriteOutcome;
  revision: number;
  summary: SummaryDeclaration;
}

function checkInput(input: SummaryDeclarationInput): void {
  const problems = new InputProblems();
  if (input.periodStart.getTime() >= input.periodEnd.getTime()) problems.add('input.periodEnd', 'must be after periodStart');
  input.invtNos?.forEach((invtNo, i) => problems.check(`input.invtNos[${i}]`, invtNo, invtNoProblem));
  problems.throwIfAny();
}

type ListWithSummary = InventoryList & { summaryEntry: { summary: { id: bigint; sumNo: string } } | null };

function candidateOf(list: ListWithSummary, ownSummaryId: bigint | null): SummaryCandidateList {
  const summary = list.summaryEntry?.summary ?? null;
  return {
    invtNo: list.invtNo,
    ebcCode: list.ebcCode,
    statusCode: list.statusCode,
    statisticsFlag: list.statisticsFlag,
    declaredAt: list.declaredAt,
    totalPrice: list.totalPrice.toString(),
    currency: list.currency,
    // A list already in this very summary is not "in another one": it is simply counted again in the totals.
    sumNo: summary && summary.id !== ownSummaryId ? summary.sumNo : null,
  };
}

async function writeSummary(tx: Prisma.TransactionClient, caller: Caller, input: SummaryDeclarationInput, now: Date): Promise<SummaryDeclarationResult> {
  // Summaries of one enterprise are made one at a time, so two cannot take the same list.
  await lockBusinessKey(tx, 'customs.summary-of-enterprise', input.ebcCode);
  const existing = await tx.summaryDeclaration.findUnique({
    where: { ebcCode_periodStart_periodEnd: { ebcCode: input.ebcCode, periodStart: input.periodStart, periodEnd: input.periodEnd } },
  });
  if (existing) assertCallerInZone(caller, existing.zone, 'change summaries');
  const named = input.invtNos ? [...new Set(input.invtNos)] : null;
  const found: ListWithSummary[] = await tx.inventoryList.findMany({
    where: {
      direction: 'EXPORT',
      OR: [
        { ebcCode: input.ebcCode, declaredAt: { gte: input.periodStart, lt: input.periodEnd } },
        ...(named ? [{ invtNo: { in: named } }] : []),
        ...(existing ? [{ summaryEntry: { summaryId: existing.id } }] : []),
      ],
    },
    include: { summaryEntry: { include: { summary: { select: { id: true, sumNo: true } } } } },
    orderBy: { invtNo: 'asc' },
  });
  // A zone-bound caller summarises its zone's lists: a list of another zone it names, or an
  // enterprise whose lists of the period all lie in another zone, is another zone's business.
  const foreign = found.filter((list) => caller.zone && list.zone !== caller.zone);
  const namedForeign = foreign.find((list) => named?.includes(list.invtNo));
  if (namedForeign) assertCallerInZone(caller, namedForeign.zone, 'summarise inventory lists');
  const lists = found.filter((list) => !foreign.includes(list));
  if (lists.length === 0 && foreign.length > 0) assertCallerInZone(caller, foreign[0]!.zone, 'summarise inventory lists');
  const ownSummaryId = existing?.id ?? null;
  const members = lists.filter((list) => ownSummaryId !== null && list.summaryEntry?.summary.id === ownSummaryId);
  const others = lists.filter((list) => !members.includes(list));
  const request: SummaryRequest = { ebcCode: input.ebcCode, periodStart: input.periodStart, periodEnd: input.periodEnd };
  const memberNos = new Set(members.map((list) => list.invtNo));
  const selection = selectListsForSummary(others.map((list) => candidateOf(list, ownSummaryId)), {
    ...request,
    ...(named ? { invtNos: named.filter((invtNo) => !memberNos.has(invtNo)) } : {}),
  });

  if (named && selection.excluded.length > 0) {
    const problems = new InputProblems();
    for (const exclusion of selection.excluded) {
      const index = input.invtNos!.indexOf(exclusion.invtNo);
      problems.add(`input.invtNos[${index}]`, exclusion.reasons.map((r) => `${r.code}: ${r.message}`).join('; '));
    }
    problems.throwIfAny();
  }
  if (existing && selection.count === 0) return { outcome: 'UNCHANGED', revision: existing.revision, summary: existing };
  if (!existing && selection.count === 0) {
    throw badUserInput({ field: 'input', reason: `no released export list flagged B of enterprise ${input.ebcCode} declared in the period is left to summarise` });
  }

  const chosen = others.filter((list) => selection.invtNos.includes(list.invtNo));
  const all = [...members, ...chosen];
  const zones = new Set(all.map((list) => list.zone));
  if (zones.size > 1) throw badUserInput({ field: 'input.invtNos', reason: `the lists lie in ${zones.size} zones; declare one summary per zone` });
  const totals = selectListsForSummary(all.map((list) => candidateOf(list, null)), request).totals;
  const listZone = all[0]!.zone;

  if (!existing) {
    const customsCode = ZONE_CUSTOMS_CODES[listZone];
    const summary = await tx.summaryDeclaration.create({
      data: {
        sumNo: formatSumNo(customsCode, chinaCalendarYear(now), await nextSerial(tx)),
        ebcCode: input.ebcCode,
        zone: listZone,
        customsCode,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        listCount: all.length,
        totals,
        revision: 1,
        declaredAt: now,
        declaredBy: caller.organisation,
        lists: { createMany: { data: chosen.map((list) => ({ listId: list.id })) } },
      },
    });
    return { outcome: 'CREATED', revision: 1, summary };
  }
  const revision = existing.revision + 1;
  const summary = await tx.summaryDeclaration.update({
    where: { id: existing.id },
    data: { listCount: all.length, totals, revision, declaredAt: now, declaredBy: caller.organisation, lists: { createMany: { data: chosen.map((list) => ({ listId: list.id })) } } },
  });
  return { outcome: 'CHANGED', revision, summary };
}

/** Declares (or extends) the summary of an enterprise's released export lists of one period. */
export async function declareSummary(context: CustomsContext, input: SummaryDeclarationInput): Promise<SummaryDeclarationResult> {
  const caller = assertMayWrite(context.caller, 'customs');
  checkInput(input);
  await registeredEnterprise(context, input.ebcCode, 'summary declaration of an enterprise');
  const now = context.clock();
  const prisma: PrismaClient = context.prisma;
  return retryOnLostRace(() => prisma.$transaction((tx) => writeSummary(tx, caller, input, now)));
}
