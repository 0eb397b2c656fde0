/**
 * Goods lines (表体) shared by the order message (311 import / 303 export) and the inventory list
 * (621 import / 603 export): the same fields, checked the same way and recorded in the same form.
 *
 * Sources: 海关总署公告2018年第194号 and its message standard (gnum numbers the lines 1 to n; the
 * totalPrice of a line = qty × price; the goods value of the document = the lines' totalPrice).
 */
import Decimal from 'decimal.js';
import { ExactDecimal, decimalFieldProblem } from './decimal-input';
import type { InputProblems } from './writes';

/**
 * One goods line as a document declares it; amounts are decimal strings. A type rather than an
 * interface so that recorded content stays assignable to a JSON column.
 */
export type GoodsLine = {
  gnum: number;
  itemNo: string;
  itemName: string;
  hsCode: string;
  qty: string;
  unit: string;
  price: string;
  totalPrice: string;
  country: string;
};

/** A decimal in any form that prints as plain notation: a string or a Prisma/decimal.js Decimal. */
export type DecimalLike = string | { toString(): string };

/** A goods line whose amounts may be decimals rather than strings, such as a stored row. */
export type GoodsLineWithAmounts = Omit<GoodsLine, 'qty' | 'price' | 'totalPrice'> & Record<'qty' | 'price' | 'totalPrice', DecimalLike>;

/** Where the order and the inventory list differ in checking their lines. */
export interface GoodsLineRules {
  /** Longest item name accepted (trimmed), or null for no limit. */
  itemNameMaxLength: number | null;
  /** Most fractional digits of qty and of the money amounts (price, totalPrice), or null for any number. */
  fractionDigits: { qty: number; money: number } | null;
  /** Reason given for an amount not in plain decimal notation. Default: the one of decimalFieldProblem. */
  notDecimalReason?: string;
  /** Whether the reason for a wrong totalPrice ends with the declared value ("; got 199.49"). */
  quoteDeclaredTotalPrice: boolean;
}

const COUNTRY = /^[A-Z]{3}$/;
const UNIT = /^\d{3}$/;
const ITEM_NO_MAX_LENGTH = 30;

function textProblem(maxLength: number | null): (value: string) => string | null {
  return (value) => {
    if (value.trim().length === 0) return 'must not be blank';
    if (maxLength !== null && value.trim().length > maxLength) return `must be at most ${maxLength} characters`;
    return null;
  };
}

function lineAmount(problems: InputProblems, field: string, value: string, min: 'zero' | 'positive', maxDecimals: number | undefined, rules: GoodsLineRules): Decimal | null {
  const notation = decimalFieldProblem(value);
  const problem = notation === null ? decimalFieldProblem(value, { min, maxDecimals }) : (rules.notDecimalReason ?? notation);
  if (problem !== null) {
    problems.add(field, problem);
    return null;
  }
  return new ExactDecimal(value);
}

/**
 * Checks every line field by field, each problem under `input.items[i].field` (`input.items` when
 * there is none). Returns the sum of the lines' totalPrice when every line has one, else null.
 */
export function checkGoodsLines(problems: InputProblems, items: readonly GoodsLine[], rules: GoodsLineRules): Decimal | null {
  if (items.length === 0) {
    problems.add('input.items', 'must contain at least one item');
    return null;
  }
  const firstIndexOfGnum = new Map<number, number>();
  let sum: Decimal | null = new ExactDecimal(0);
  items.forEach((item, i) => {
    const at = `input.items[${i}]`;
    if (!Number.isInteger(item.gnum) || item.gnum < 1 || item.gnum > items.length) {
      problems.add(`${at}.gnum`, `must be between 1 and ${items.length}, the number of items`);
    } else if (firstIndexOfGnum.has(item.gnum)) {
      problems.add(`${at}.gnum`, `repeats gnum ${item.gnum} of input.items[${firstIndexOfGnum.get(item.gnum)}]`);
    } else {
      firstIndexOfGnum.set(item.gnum, i);
    }
    problems.check(`${at}.itemNo`, item.itemNo, textProblem(ITEM_NO_MAX_LENGTH));
    problems.check(`${at}.itemName`, item.itemName, textProblem(rules.itemNameMaxLength));
    problems.check(`${at}.unit`, item.unit, (unit) => (UNIT.test(unit) ? null : 'must be a customs unit code of 3 digits such as 011'));
    problems.check(`${at}.country`, item.country, (country) => (COUNTRY.test(country) ? null : 'must be an ISO 3166 alpha-3 code such as NZL'));
    const qty = lineAmount(problems, `${at}.qty`, item.qty, 'positive', rules.fractionDigits?.qty, rules);
    const price = lineAmount(problems, `${at}.price`, item.price, 'zero', rules.fractionDigits?.money, rules);
    const totalPrice = lineAmount(problems, `${at}.totalPrice`, item.totalPrice, 'zero', rules.fractionDigits?.money, rules);
    if (qty && price && totalPrice) {
      const expected = qty.mul(price).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      if (!totalPrice.eq(expected)) {
        const declared = rules.quoteDeclaredTotalPrice ? `; got ${item.totalPrice}` : '';
        problems.add(`${at}.totalPrice`, `must equal qty × price rounded to the fen, ${expected.toFixed(2)}${declared}`);
      }
    }
    sum = sum && totalPrice ? sum.add(totalPrice) : null;
  });
  return sum;
}

/** Goods value of checked lines: the sum of their totalPrice. */
export function goodsLinesTotal(items: readonly Pick<GoodsLineWithAmounts, 'totalPrice'>[]): Decimal {
  return items.reduce<Decimal>((sum, item) => sum.add(item.totalPrice.toString()), new ExactDecimal(0));
}

// Equal amounts give equal content whatever their notation ("10.5", "10.50"), as they do in the database.
/** Money as recorded: 2 fractional digits. */
export const moneyContent = (value: DecimalLike): string => new Decimal(value.toString()).toFixed(2);
/** A quantity as recorded: 4 fractional digits. */
export const quantityContent = (value: DecimalLike): string => new Decimal(value.toString()).toFixed(4);

/**
 * A line as it is recorded and hashed: text trimmed, money to 2 and qty to 4 fractional digits.
 * The key order is part of stored revisions; keep it.
 */
export function goodsLineContent(item: GoodsLineWithAmounts): GoodsLine {
  return {
    gnum: item.gnum,
    itemNo: item.itemNo.trim(),
    itemName: item.itemName.trim(),
    hsCode: item.hsCode,
    qty: quantityContent(item.qty),
    unit: item.unit,
    price: moneyContent(item.price),
    totalPrice: moneyContent(item.totalPrice),
    country: item.country,
  };
}

/** The recorded content of a document's lines, in gnum order whatever order they came in. */
export function goodsLinesContent(items: readonly GoodsLineWithAmounts[]): GoodsLine[] {
  return items.map(goodsLineContent).sort((a, b) => a.gnum - b.gnum);
}

/** Column types of a goods-line table (order_item, inventory_item) for bulkInsert, after its parent key. */
export const GOODS_LINE_COLUMNS = {
  gnum: 'int', item_no: 'text', item_name: 'text', hs_code: 'text', qty: 'numeric', unit: 'text',
  price: 'numeric', total_price: 'numeric', country: 'text',
} as const;

/** A goods line as a row of such a table, for bulkInsert. */
export function goodsLineRow(item: GoodsLine) {
  return {
    gnum: item.gnum,
    item_no: item.itemNo,
    item_name: item.itemName,
    hs_code: item.hsCode,
    qty: item.qty,
    unit: item.unit,
    price: item.price,
    total_price: item.totalPrice,
    country: item.country,
  };
}
