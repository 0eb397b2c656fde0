import { assertCallerInZone, notFound, lockBusinessKey, queueByBusinessKey, assertMayWrite, badUserInput, contentHash, decimalFieldProblem, InputProblems, retryOnLostRace, type WriteOutcome } from '@zone/common';
import type { ForexContext } from '../context';
import type { OverseasWarehouseSettlement as SettlementRow } from '../generated/prisma/client';
import { enterpriseOf } from '../federated-reads';
import { fxMonthOf, isMonth } from '../rules/fx-directory';
import { overseasWarehouseSettlement, type OverseasCost } from '../rules/overseas-warehouse';
import { keepRevision, planRevision } from './record-revision';

export interface OverseasWarehouseSettlementInput {
  ebcCode: string;
  period: string;
  currency: string;
  declaredExportValue: string;
  grossSalesRevenue: string;
  costs: readonly OverseasCost[];
}

export interface OverseasWarehouseSettlementResult {
  outcome: WriteOutcome;
  revision: number;
  settlement: SettlementRow;
}

const money = { min: 'zero', maxDecimals: 2 } as const;

/**
 * Records an export enterprise's overseas-warehouse proceeds of one month under ebcCode + period:
 * both figures (declared export value, net repatriated) and the costs netted, as the pure rule
 * computes them. The zone platform declares them for the enterprise; forex officers and the forex
 * system may record them too.
 */
export async function submitOverseasWarehouseSettlement(
  context: ForexContext,
  input: OverseasWarehouseSettlementInput,
): Promise<OverseasWarehouseSettlementResult> {
  const caller = assertMayWrite(context.caller, 'forex');
  const now = context.clock();
  const problems = new InputProblems();
  if (!isMonth(input.period)) problems.add('input.period', 'must be a calendar month YYYY-MM');
  else if (input.period > fxMonthOf(now)) problems.add('input.period', 'lies in the future');
  problems.check('input.declaredExportValue', input.declaredExportValue, (v) => decimalFieldProblem(v, money));
  problems.check('input.grossSalesRevenue', input.grossSalesRevenue, (v) => decimalFieldProblem(v, money));
  input.costs.forEach((cost, i) => problems.check(`input.costs[${i}].amount`, cost.amount, (v) => decimalFieldProblem(v, money)));
  problems.throwIfAny();
  let figures: ReturnType<typeof overseasWarehouseSettlement>;
  try {
    figures = overseasWarehouseSettlement(input);
  } catch {
    // Every field was checked above; what the rule can still refuse is costs above the revenue.
    throw badUserInput({ field: 'input.costs', reason: 'add up to more than grossSalesRevenue: netting cannot make the proceeds negative' });
  }

  const enterprise = await enterpriseOf(context, input.ebcCode, 'overseas-warehouse settlement');
  if (enterprise === null) throw notFound(`Enterprise ${input.ebcCode} (input.ebcCode) is not registered with commerce`);
  assertCallerInZone(caller, enterprise.zone, 'record overseas-warehouse settlements of enterprises');

  const content = { ebcCode: input.ebcCode, period: input.period, zone: enterprise.zone, ...figures };
  const hash = contentHash(content);
  const columns = {
    zone: enterprise.zone,
    currency: figures.currency,
    declaredExportValue: figures.declaredExportValue,
    grossSalesRevenue: figures.grossSalesRevenue,
    storageCosts: figures.nettedCosts.STORAGE,
    logisticsCosts: figures.nettedCosts.LOGISTICS,
    taxCosts: figures.nettedCosts.TAX,
    totalNettedCosts: figures.totalNettedCosts,
    netRepatriated: figures.netRepatriated,
    differenceFromDeclared: figures.differenceFromDeclared,
    contentHash: hash,
  };
  const key = { ebcCode: input.ebcCode, period: input.period };
  return queueByBusinessKey('forex.overseas-warehouse-settlement', [input.ebcCode, input.period], () => retryOnLostRace(() => context.prisma.$transaction(async (tx) => {
    await lockBusinessKey(tx, 'forex.overseas-warehouse-settlement', input.ebcCode, input.period);
    const existing = await tx.overseasWarehouseSettlement.findUnique({ where: { ebcCode_period: key } });
    const plan = planRevision(existing, hash);
    let settlement: SettlementRow;
    if (plan.outcome === 'CREATED') settlement = await tx.overseasWarehouseSettlement.create({ data: { ...key, ...columns, revision: 1 } });
    else if (plan.outcome === 'CHANGED') settlement = await tx.overseasWarehouseSettlement.update({ where: { ebcCode_period: key }, data: { ...columns, revision: plan.revision } });
    else settlement = existing!;
    await keepRevision(tx, { kind: 'OVERSEAS_WAREHOUSE_SETTLEMENT', key: `${input.ebcCode}/${input.period}`, plan, hash, content, caller, at: now });
    return { outcome: plan.outcome, revision: plan.revision, settlement };
  })));
}
