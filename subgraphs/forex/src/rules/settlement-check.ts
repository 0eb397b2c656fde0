import type { DirectoryStatus } from './fx-directory';
import { parseDecimalField } from '@zone/common';

/**
 * The check a bank makes before it settles cross-border e-commerce FX on transaction electronic
 * information (凭交易电子信息办理结售汇) instead of paper documents.
 *
 * Sources: 国家外汇管理局《关于支持贸易新业态发展的通知》(汇发〔2020〕11号), which lets banks settle
 * for cross-border e-commerce on electronic transaction information once they have checked that
 * the trade is genuine; 《支付机构外汇业务管理办法》(汇发〔2019〕13号) for the same duty of payment
 * institutions; the zone plans (粤府函〔2022〕58号: banks settle "在满足客户身份识别、交易电子信息
 * 采集、真实性审核等条件下，按相关规定凭交易电子信息"); domain brief §1 (三流合一: order, payment and
 * goods flows reconciled), §5.8 (directory) and §7 (joint measures of the negative list refuse
 * FX settlement).
 *
 * Genuine trade means the three flows agree: an order whose amount and currency are exactly the
 * settlement's, a waybill for that order, and an inventory list customs released (800) or
 * cleared (899) for the same order and parcel. A waybill or list that belongs to another order is
 * no evidence for this one and is reported like a missing document. The result carries the
 * documents seen, so that the bank can keep them as its record of the check.
 */

export type SettlementReasonCode =
  | 'ORDER_MISSING'
  | 'PAYMENT_MISSING'
  | 'WAYBILL_MISSING'
  | 'LIST_NOT_RELEASED'
  | 'AMOUNT_MISMATCH'
  | 'DIRECTORY_REGISTRATION_REQUIRED'
  | 'NEGATIVE_LIST'
  | 'JOINT_MEASURE'
  | 'WATCH_FLAG'
  | 'RELEASE_NOT_ATTESTED'
  | 'TAX_NOT_ATTESTED';

export interface SettlementReason {
  code: SettlementReasonCode;
  message: string;
}

/** Receipt codes of the customs message standard meaning released (放行) and cleared (结关). */
export const CUSTOMS_RELEASE_STATUSES: ReadonlySet<number> = new Set([800, 899]);

export interface SettlementOrder {
  ebpCode: string;
  orderNo: string;
  /** The order's actual paid amount (acturalPaid), at most 2 decimals. */
  amount: string;
  /** ISO 4217 code. */
  currency: string;
}

export interface SettlementWaybill {
  logisticsCode: string;
  logisticsNo: string;
  /** Order the waybill was issued for. */
  ebpCode: string;
  orderNo: string;
}

export interface SettlementInventoryList {
  invtNo: string;
  /** Receipt status code, e.g. 800 released. */
  status: number;
  /** Order and parcel the list declares (a list carries orderNo and logisticsNo, not ebpCode). */
  orderNo: string;
  logisticsNo: string;
}

/** Who is flagged, by the negative list of commerce or a watch flag of public security. */
export interface SubjectFlags {
  enterprise: boolean;
  payer: boolean;
}

export interface SettlementCheckInput {
  /**
   * The settlement the bank is asked to make: the payment reported for the order (411/403), the
   * fund flow of 三流合一. Null when no payment is recorded, which is itself a reason against.
   */
  settlement: { amount: string; currency: string } | null;
  order: SettlementOrder | null;
  waybill: SettlementWaybill | null;
  inventoryList: SettlementInventoryList | null;
  /** The e-commerce enterprise's directory status (see fx-directory); null when no order names one. */
  directoryStatus: DirectoryStatus | null;
  /** On the negative list of the credit system (一库三系), joint measures apply. */
  negativeList: SubjectFlags;
  /** Watch flag of public security, e.g. suspected laundering through non-genuine trade. */
  watchFlag: SubjectFlags;
  /**
   * Bases of the joint measures in force refusing settlement (FOREX_SETTLEMENT_REFUSED) beyond the
   * negative list's, e.g. "assistance request AR202600000001"; none when absent.
   */
  settlementRefusedBy?: readonly string[];
}

/** The documents the check saw, by their keys, whether or not they agreed. */
export interface GenuineTradeEvidence {
  order: { ebpCode: string; orderNo: string; amount: string; currency: string } | null;
  waybill: { logisticsCode: string; logisticsNo: string } | null;
  inventoryList: { invtNo: string; status: number } | null;
  directoryStatus: DirectoryStatus | null;
}

export interface SettlementCheck {
  allowed: boolean;
  /** Every reason the settlement may not proceed, at most one per code; empty when allowed. */
  reasons: SettlementReason[];
  evidence: GenuineTradeEvidence;
}

/** May this settlement proceed on transaction electronic information? */
export function settlementCheck(input: SettlementCheckInput): SettlementCheck {
  const { settlement, order, waybill, inventoryList: list } = input;
  const settlementAmount = settlement === null ? null : parseDecimalField('settlement.amount', settlement.amount, { min: 'positive', maxDecimals: 2 });
  const reasons: SettlementReason[] = [];

  if (order === null) {
    reasons.push({ code: 'ORDER_MISSING', message: 'no order backs the settlement' });
  }
  if (settlement === null) {
    reasons.push({ code: 'PAYMENT_MISSING', message: 'no payment is recorded for the order' });
  }

  if (waybill === null) {
    reasons.push({ code: 'WAYBILL_MISSING', message: 'no waybill backs the settlement' });
  } else if (order !== null && (waybill.ebpCode !== order.ebpCode || waybill.orderNo !== order.orderNo)) {
    reasons.push({
      code: 'WAYBILL_MISSING',
      message: `waybill ${waybill.logisticsCode}/${waybill.logisticsNo} is for order ${waybill.ebpCode}/${waybill.orderNo}, not ${order.ebpCode}/${order.orderNo}`,
    });
  }

  const listProblems = list === null ? ['customs has no inventory list for the order'] : inventoryListProblems(list, order, waybill);
  if (listProblems.length > 0) reasons.push({ code: 'LIST_NOT_RELEASED', message: listProblems.join('; ') });

  if (order !== null && settlement !== null && settlementAmount !== null) {
    // Without a payment (PAYMENT_MISSING) there is no amount to compare.
    const orderAmount = parseDecimalField('order.amount', order.amount, { min: 'zero', maxDecimals: 2 });
    if (order.currency !== settlement.currency) {
      reasons.push({ code: 'AMOUNT_MISMATCH', message: `the order is in ${order.currency}, the settlement in ${settlement.currency}` });
    } else if (!orderAmount.eq(settlementAmount)) {
      reasons.push({
        code: 'AMOUNT_MISMATCH',
        message: `the settlement of ${settlement.amount} ${settlement.currency} differs from the order's ${order.amount} ${order.currency}`,
      });
    }
  }

  if (input.directoryStatus === 'REGISTRATION_REQUIRED') {
    reasons.push({
      code: 'DIRECTORY_REGISTRATION_REQUIRED',
      message: 'the enterprise has reached USD 200,000 of annual goods-trade FX and is not registered in the trade FX directory',
    });
  }
  const negative = flagged(input.negativeList);
  if (negative !== null) reasons.push({ code: 'NEGATIVE_LIST', message: `the ${negative} on the negative list` });
  if (input.settlementRefusedBy && input.settlementRefusedBy.length > 0) {
    reasons.push({ code: 'JOINT_MEASURE', message: `a joint measure refuses settlement (${input.settlementRefusedBy.join(', ')})` });
  }
  const watched = flagged(input.watchFlag);
  if (watched !== null) reasons.push({ code: 'WATCH_FLAG', message: `the ${watched} under a public-security watch flag` });

  return {
    allowed: reasons.length === 0,
    reasons,
    evidence: {
      order: order === null ? null : { ebpCode: order.ebpCode, orderNo: order.orderNo, amount: order.amount, currency: order.currency },
      waybill: waybill === null ? null : { logisticsCode: waybill.logisticsCode, logisticsNo: waybill.logisticsNo },
      inventoryList: list === null ? null : { invtNo: list.invtNo, status: list.status },
      directoryStatus: input.directoryStatus,
    },
  };
}

/** Why a list is no released list for this order and parcel; empty when it is. */
function inventoryListProblems(list: SettlementInventoryList, order: SettlementOrder | null, waybill: SettlementWaybill | null): string[] {
  const problems: string[] = [];
  if (!CUSTOMS_RELEASE_STATUSES.has(list.status)) {
    problems.push(`inventory list ${list.invtNo} has receipt status ${list.status}, not released (800) or cleared (899)`);
  }
  if (order !== null && list.orderNo !== order.orderNo) problems.push(`inventory list ${list.invtNo} declares order ${list.orderNo}, not ${order.orderNo}`);
  if (waybill !== null && list.logisticsNo !== waybill.logisticsNo) {
    problems.push(`inventory list ${list.invtNo} declares waybill ${list.logisticsNo}, not ${waybill.logisticsNo}`);
  }
  return problems;
}

/** "enterprise is", "payer is", "enterprise and the payer are", or null when nobody is flagged. */
function flagged(flags: SubjectFlags): string | null {
  if (flags.enterprise && flags.payer) return 'enterprise and the payer are';
  if (flags.enterprise) return 'enterprise is';
  if (flags.payer) return 'payer is';
  return null;
}

/**
 * The reasons that say the three flows do not agree: without them the settlement is backed by
 * transaction electronic information, whatever the directory or the negative list say.
 */
export const GENUINE_TRADE_REASONS: ReadonlySet<SettlementReasonCode> = new Set<SettlementReasonCode>([
  'ORDER_MISSING',
  'PAYMENT_MISSING',
  'WAYBILL_MISSING',
  'LIST_NOT_RELEASED',
  'AMOUNT_MISMATCH',
]);

/** Whether order, payment, waybill and released list agree: the settlement is backed by transaction data. */
export function backedByTransactionData(check: Pick<SettlementCheck, 'reasons'>): boolean {
  return !check.reasons.some((reason) => GENUINE_TRADE_REASONS.has(reason.code));
}
