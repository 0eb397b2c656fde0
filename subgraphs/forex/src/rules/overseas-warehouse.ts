import type Decimal from 'decimal.js';
import { ExactDecimal, parseDecimalField } from '@zone/common';

/**
 * Export proceeds of goods sold from an overseas warehouse (海外仓).
 *
 * Source: 国家外汇管理局《关于支持贸易新业态发展的通知》(汇发〔2020〕11号): for goods exported to an
 * overseas warehouse the sales revenue repatriated may differ from the value declared at export,
 * and the overseas storage, logistics and tax costs may be netted (轧差) against the export
 * proceeds; the zone plans (粤府函〔2022〕58号: "可将出口货物在境外发生的仓储、物流、税收等费用与出口货款轧差
 * 结算"); domain brief §5.10, which asks for both figures to be reported.
 *
 * All amounts are in one currency; conversion, where needed, is the caller's. Netting can only
 * reduce the proceeds: costs above the gross sales revenue are no longer a netting but an outward
 * payment with its own basis, so they are rejected rather than reported as negative proceeds.
 */

/** The cost kinds the notice allows to be netted: storage (仓储), logistics (物流) and tax (税收). */
export const OVERSEAS_COST_KINDS = ['STORAGE', 'LOGISTICS', 'TAX'] as const;
export type OverseasCostKind = (typeof OVERSEAS_COST_KINDS)[number];

const COST_KINDS: ReadonlySet<string> = new Set(OVERSEAS_COST_KINDS);

export interface OverseasCost {
  /** One of OVERSEAS_COST_KINDS; a string because it arrives from outside and is checked here. */
  kind: string;
  /** Non-negative, at most 2 decimals. */
  amount: string;
}

export interface OverseasWarehouseInput {
  /** ISO 4217 code of every amount below. */
  currency: string;
  /** Value declared to customs at export. */
  declaredExportValue: string;
  /** What the goods actually sold for abroad. */
  grossSalesRevenue: string;
  /** Overseas costs to net against the proceeds; several of one kind are added up. */
  costs: readonly OverseasCost[];
}

export interface OverseasWarehouseSettlement {
  currency: string;
  declaredExportValue: string;
  grossSalesRevenue: string;
  /** Costs netted, by kind (0.00 for a kind with none). */
  nettedCosts: Record<OverseasCostKind, string>;
  totalNettedCosts: string;
  /** grossSalesRevenue - totalNettedCosts: what is repatriated. */
  netRepatriated: string;
  /** netRepatriated - declaredExportValue; negative when less comes home than was declared. */
  differenceFromDeclared: string;
}

/** Both figures of an overseas-warehouse export: as declared, and as repatriated after netting. */
export function overseasWarehouseSettlement(input: OverseasWarehouseInput): OverseasWarehouseSettlement {
  if (!/^[A-Z]{3}$/.test(input.currency)) throw new RangeError(`currency must be a three-letter ISO 4217 code, got ${JSON.stringify(input.currency)}`);
  const declared = parseDecimalField('declaredExportValue', input.declaredExportValue, { min: 'zero', maxDecimals: 2 });
  const gross = parseDecimalField('grossSalesRevenue', input.grossSalesRevenue, { min: 'zero', maxDecimals: 2 });

  const byKind = new Map<OverseasCostKind, Decimal>(OVERSEAS_COST_KINDS.map((kind) => [kind, new ExactDecimal(0)]));
  input.costs.forEach((cost, i) => {
    if (!isCostKind(cost.kind)) {
      throw new RangeError(`costs[${i}].kind ${JSON.stringify(cost.kind)} is not a cost that may be netted (allowed: ${OVERSEAS_COST_KINDS.join(', ')})`);
    }
    const amount = parseDecimalField(`costs[${i}].amount`, cost.amount, { min: 'zero', maxDecimals: 2 });
    byKind.set(cost.kind, (byKind.get(cost.kind) ?? new ExactDecimal(0)).plus(amount));
  });

  const total = [...byKind.values()].reduce((sum, amount) => sum.plus(amount), new ExactDecimal(0));
  if (total.gt(gross)) {
    throw new RangeError(`costs total ${total.toFixed(2)} exceeds grossSalesRevenue ${gross.toFixed(2)}; netting cannot make the proceeds negative`);
  }
  const net = gross.minus(total);
  const fixed = (kind: OverseasCostKind) => (byKind.get(kind) ?? new ExactDecimal(0)).toFixed(2);
  return {
    currency: input.currency,
    declaredExportValue: declared.toFixed(2),
    grossSalesRevenue: gross.toFixed(2),
    nettedCosts: { STORAGE: fixed('STORAGE'), LOGISTICS: fixed('LOGISTICS'), TAX: fixed('TAX') },
    totalNettedCosts: total.toFixed(2),
    netRepatriated: net.toFixed(2),
    differenceFromDeclared: net.minus(declared).toFixed(2),
  };
}

function isCostKind(kind: string): kind is OverseasCostKind {
  return COST_KINDS.has(kind);
}
