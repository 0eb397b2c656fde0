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
import { InputProblems, decimalFieldProblem, type ZoneCode } from '@zone/common';
import { customsCodeProblem } from './inventory-number';

/** Trade modes (监管方式) of cross-border e-commerce. */
export const LIST_TRADE_MODES: readonly string[] = ['9610', '1210', '9710', '9810'];
/** 9710 (B2B direct export) and 9810 (export to an overseas warehouse) have no import counterpart. */
export const EXPORT_ONLY_TRADE_MODES: readonly string[] = ['9710', '9810'];
/** Statistics flags (统计方式) of export lists: A simplified, B summary declaration. */
export const STATISTICS_FLAGS: readonly string[] = ['A', 'B'];

export interface DeclaredListItem {
  gnum: number;
  itemNo: string;
  itemName: string;
  hsCode: string;
  qty: string;
  unit: string;
  price: string;
  totalPrice: string;
  country: string;
}

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

const Exact = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP });
const COUNTRY = /^[A-Z]{3}$/;
const UNIT = /^\d{3}$/;

function reference(maxLength: number): (value: string) => string | null {
  return (value) => (value.length >= 1 && value.length <= maxLength && value.trim() === value ? null : `must be 1 to ${maxLength} characters without surrounding spaces`);
}

function text(maxLength: number | null): (value: string) => string | null {
  return (value) => {
    if (value.trim().length === 0) return 'must not be blank';
    if (maxLength !== null && value.trim().length > maxLength) return `must be at most ${maxLength} characters`;
    return null;
  };
}

function amount(problems: InputProblems, field: string, value: string, min: 'zero' | 'positive', maxDecimals: number): Decimal | null {
  const problem = decimalFieldProblem(value, { min, maxDecimals });
  if (problem) {
    problems.add(field, problem);
    return null;
  }
  return new Exact(value);
}

function checkItems(problems: InputProblems, items: readonly DeclaredListItem[]): void {
  if (items.length === 0) {
    problems.add('input.items', 'must contain at least one item');
    return;
  }
  const firstIndexOfGnum = new Map<number, number>();
  items.forEach((item, i) => {
    const at = `input.items[${i}]`;
    if (!Number.isInteger(item.gnum) || item.gnum < 1 || item.gnum > items.length) {
      problems.add(`${at}.gnum`, `must be between 1 and ${items.length}, the number of items`);
    } else if (firstIndexOfGnum.has(item.gnum)) {
      problems.add(`${at}.gnum`, `repeats gnum ${item.gnum} of input.items[${firstIndexOfGnum.get(item.gnum)}]`);
    } else {
      firstIndexOfGnum.set(item.gnum, i);
    }
    problems.check(`${at}.itemNo`, item.itemNo, text(30));
    problems.check(`${at}.itemName`, item.itemName, text(250));
    problems.check(`${at}.unit`, item.unit, (unit) => (UNIT.test(unit) ? null : 'must be a customs unit code of 3 digits such as 011'));
    problems.check(`${at}.country`, item.country, (country) => (COUNTRY.test(country) ? null : 'must be an ISO 3166 alpha-3 code such as NZL'));
    const qty = amount(problems, `${at}.qty`, item.qty, 'positive', 4);
    const price = amount(problems, `${at}.price`, item.price, 'zero', 2);
    const totalPrice = amount(problems, `${at}.totalPrice`, item.totalPrice, 'zero', 2);
    if (qty && price && totalPrice) {
      const expected = qty.mul(price).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      if (!totalPrice.eq(expected)) problems.add(`${at}.totalPrice`, `must equal qty × price rounded to the fen, ${expected.toFixed(2)}`);
    }
  });
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
  checkItems(problems, list.items);
  return problems;
}

/** Goods value of a list: the sum of its lines' totalPrice. Call after checkListDeclaration passed. */
export function goodsValueOf(list: Pick<DeclaredList, 'items'>): Decimal {
  return list.items.reduce((sum, item) => sum.add(item.totalPrice), new Exact(0));
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
