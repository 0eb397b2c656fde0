/**
 * Checks of an inventory list message (621 import / 603 export) before customs examines it.
 *
 * Sources: 海关总署公告2018年第194号 and its message standard (申报清单: copNo, customsCode,
 * ebpCode + orderNo, ebcCode, logisticsCode + logisticsNo, tradeMode, statisticsFlag of export
 * lists, freight, insuredFee, currency, goods lines with gnum, HS code, qty, unit, price and
 * totalPrice = qty × price); 财关税〔2018〕49号 (the personal limits of retail imports are CNY
 * amounts, so an import list is declared in CNY here: customs keeps no exchange-rate table to turn
 * another currency into the dutiable value the limits are counted in); domain brief §3-§4.
 */
import Decimal from 'decimal.js';
import { InputProblems, checkGoodsLines, decimalFieldProblem, goodsLinesTotal, type GoodsLine, type GoodsLineRules, type ZoneCode } from '@zone/common';
import { customsCodeProblem } from './inventory-number';

/** Trade modes (监管方式) of cross-border e-commerce. */
export const LIST_TRADE_MODES: readonly string[] = ['9610', '1210', '9710', '9810'];
/** 9710 (B2B direct export) and 9810 (export to an overseas warehouse) have no import counterpart. */
export const EXPORT_ONLY_TRADE_MODES: readonly string[] = ['9710', '9810'];
/** Statistics flags (统计方式) of export lists: A simplified, B summary declaration. */
export const STATISTICS_FLAGS: readonly string[] = ['A', 'B'];

/** A goods line of a list (表体). */
export type DeclaredListItem = GoodsLine;

/** An inventory list as the declarant submits it (the InventoryListInput of the schema). */
export interface DeclaredList {
  copNo: string;
  customsCode: string;
  ebpCode: string;
  orderNo: string;
  ebcCode: string;
  logisticsCode: string;
  logisticsNo: string;
  direction: 'IMPORT' | 'EXPORT';
  tradeMode: string;
  zone: ZoneCode;
  statisticsFlag?: string | null;
  freight: string;
  insuredFee: string;
  currency: string;
  indivisibleItem?: boolean | null;
  items: readonly DeclaredListItem[];
}

/**
 * How customs checks the lines of a list: item names of at most 250 characters, qty to 4 and money
 * to 2 fractional digits as the message standard carries them.
 */
export const LIST_LINE_RULES: GoodsLineRules = {
  itemNameMaxLength: 250,
  fractionDigits: { qty: 4, money: 2 },
  quoteDeclaredTotalPrice: false,
};

const Exact = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP });

function reference(maxLength: number): (value: string) => string | null {
  return (value) => (value.length >= 1 && value.length <= maxLength && value.trim() === value ? null : `must be 1 to ${maxLength} characters without surrounding spaces`);
}

function amount(problems: InputProblems, field: string, value: string, min: 'zero' | 'positive', maxDecimals: number): Decimal | null {
  const problem = decimalFieldProblem(value, { min, maxDecimals });
  if (problem) {
    problems.add(field, problem);
    return null;
  }
  return new Exact(value);
}

/** Every problem of a list declaration that the list alone shows, each under the input field at fault. */
export function checkListDeclaration(list: DeclaredList): InputProblems {
  const problems = new InputProblems();
  problems.check('input.copNo', list.copNo, reference(20));
  problems.check('input.customsCode', list.customsCode, (code) => customsCodeProblem(code, list.zone));
  problems.check('input.orderNo', list.orderNo, reference(60));
  problems.check('input.logisticsNo', list.logisticsNo, reference(60));
  if (!LIST_TRADE_MODES.includes(list.tradeMode)) {
    problems.add('input.tradeMode', `must be one of ${LIST_TRADE_MODES.join(', ')}`);
  } else if (list.direction === 'IMPORT' && EXPORT_ONLY_TRADE_MODES.includes(list.tradeMode)) {
    problems.add('input.tradeMode', `${list.tradeMode} is an export trade mode; an import list is 9610 or 1210`);
  }
  const flag = list.statisticsFlag ?? null;
  if (list.direction === 'EXPORT' && (flag === null || !STATISTICS_FLAGS.includes(flag))) {
    problems.add('input.statisticsFlag', 'must be A (simplified) or B (summary declaration) on an export list');
  } else if (list.direction === 'IMPORT' && flag !== null) {
    problems.add('input.statisticsFlag', 'is given on export lists only');
  }
  amount(problems, 'input.freight', list.freight, 'zero', 2);
  amount(problems, 'input.insuredFee', list.insuredFee, 'zero', 2);
  if (list.direction === 'IMPORT' && list.currency !== 'CNY') {
    problems.add('input.currency', 'must be CNY on an import list: the personal limits are counted in CNY dutiable value');
  }
  if (list.indivisibleItem && (list.items.length !== 1 || list.items[0]?.qty.replace(/\.0+$/, '') !== '1')) {
    problems.add('input.indivisibleItem', 'may be declared only for a list of one line with qty 1');
  }
  checkGoodsLines(problems, list.items, LIST_LINE_RULES);
  return problems;
}

/** Goods value of a list: the sum of its lines' totalPrice. Call after checkListDeclaration passed. */
export function goodsValueOf(list: Pick<DeclaredList, 'items'>): Decimal {
  return goodsLinesTotal(list.items);
}

/**
 * Dutiable value (完税价格) of a list: goods at their actual transaction price plus freight and
 * insurance (财关税〔2018〕49号), the amount the personal limits count.
 */
export function dutiableValueOf(list: Pick<DeclaredList, 'items' | 'freight' | 'insuredFee'>): Decimal {
  return goodsValueOf(list).add(list.freight).add(list.insuredFee);
}

/**
 * Pieces of goods on a list (件数) for the single-item rule: the sum of the quantities when they are
 * whole numbers; a line measured in fractions (kilograms, litres) counts as one piece at least.
 */
export function pieceCountOf(list: Pick<DeclaredList, 'items'>): number {
  return list.items.reduce((count, item) => {
    const qty = new Exact(item.qty);
    return count + (qty.isInteger() ? qty.toNumber() : Math.max(1, qty.ceil().toNumber()));
  }, 0);
}
