import Decimal from 'decimal.js';
import { InputProblems, checkGoodsLines, type GoodsLine, type GoodsLineRules, type ZoneCode } from '@zone/common';

/**
 * Checks of an order message (311 import / 303 export) before commerce records it.
 *
 * Sources: 海关总署公告2018年第194号 (the platform sends the order through the Single Window before
 * the inventory list is filed, and customs compares order, payment and waybill field by field, so
 * an order must add up on its own); the order message standard (acturalPaid = goodsValue + freight
 * + taxTotal - discount; totalPrice of a line = qty × price; goodsValue = the lines' totalPrice);
 * 财关税〔2018〕49号 (retail imports are bought in the buyer's own name, identified by resident ID);
 * domain brief §3-§4 (trade modes, identifiers).
 */

/** Trade modes (监管方式) of cross-border e-commerce. */
export const TRADE_MODES: readonly string[] = ['9610', '1210', '9710', '9810'];
/** 9710 (B2B direct export) and 9810 (export to an overseas warehouse) have no import counterpart. */
export const EXPORT_ONLY_TRADE_MODES: readonly string[] = ['9710', '9810'];
/** ID type code of the resident ID card in the message standard. */
export const RESIDENT_ID_CARD = '1';
/** How far an order may seem to lie in the future before the platform's clock counts as wrong. */
export const ALLOWED_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** A goods line of an order (表体). */
export type SubmittedOrderItem = GoodsLine;

export interface SubmittedBuyer {
  name: string;
  idType: string;
  idNumber?: string | null;
  phone: string;
}

/** An order as the platform submits it (the OrderInput of the schema). */
export interface SubmittedOrder {
  ebpCode: string;
  orderNo: string;
  direction: 'IMPORT' | 'EXPORT';
  tradeMode: string;
  ebcCode: string;
  goodsValue: string;
  freight: string;
  discount: string;
  taxTotal: string;
  actualPaid: string;
  currency: string;
  buyer: SubmittedBuyer;
  consignee: string;
  consigneeAddress: string;
  payCode: string;
  payTransactionId: string;
  orderedAt: Date;
  items: readonly SubmittedOrderItem[];
}

/** An enterprise as commerce's register holds it. */
export interface RegisteredEnterprise {
  uscc: string;
  zone: ZoneCode;
  roles: readonly string[];
}

/** What the checks need to know besides the order itself. */
export interface OrderSubmissionFacts {
  /** The enterprise registered under ebpCode, or null when there is none. */
  platform: RegisteredEnterprise | null;
  /** The enterprise registered under ebcCode, or null when there is none. */
  seller: RegisteredEnterprise | null;
  /** When commerce receives the order. */
  now: Date;
}

/**
 * Enough significant digits for a product of two 18-digit amounts: the default 20 would round
 * qty × price before the comparison to the fen.
 */
const Exact = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP });
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

type Bound = 'zero' | 'positive';

const NOT_DECIMAL = 'must be a decimal number such as "12.50"';

/**
 * How commerce checks the lines of an order: item names of any length, amounts of any precision
 * (they are recorded to the fen and to 4 digits of qty), the declared totalPrice quoted when wrong.
 */
export const ORDER_LINE_RULES: GoodsLineRules = {
  itemNameMaxLength: null,
  fractionDigits: null,
  notDecimalReason: NOT_DECIMAL,
  quoteDeclaredTotalPrice: true,
};

function amount(problems: InputProblems, field: string, value: string, bound: Bound): Decimal | null {
  if (!PLAIN_DECIMAL.test(value)) {
    problems.add(field, NOT_DECIMAL);
    return null;
  }
  const decimal = new Exact(value);
  if (bound === 'zero' && decimal.lt(0)) {
    problems.add(field, 'must not be negative');
    return null;
  }
  if (bound === 'positive' && decimal.lte(0)) {
    problems.add(field, 'must be greater than zero');
    return null;
  }
  return decimal;
}

function textProblem(maxLength: number | null): (value: string) => string | null {
  return (value) => {
    if (value.trim().length === 0) return 'must not be blank';
    if (maxLength !== null && value.trim().length > maxLength) return `must be at most ${maxLength} characters`;
    return null;
  };
}

const ID_TYPE = /^\d{1,2}$/;

function checkBuyer(problems: InputProblems, order: SubmittedOrder): void {
  const { buyer } = order;
  problems.check('input.buyer.name', buyer.name, textProblem(null));
  problems.check('input.buyer.phone', buyer.phone, textProblem(20));
  if (!ID_TYPE.test(buyer.idType)) {
    problems.add('input.buyer.idType', 'must be an ID type code of one or two digits (1 = resident ID card)');
  } else if (order.direction === 'IMPORT' && buyer.idType !== RESIDENT_ID_CARD) {
    problems.add('input.buyer.idType', 'must be 1 (resident ID card) for an import order: retail imports are bought in the buyer\'s own name');
  }
  const hasIdNumber = buyer.idNumber !== null && buyer.idNumber !== undefined;
  if (buyer.idType === RESIDENT_ID_CARD && !hasIdNumber) {
    problems.add('input.buyer.idNumber', 'is required when idType is 1 (resident ID card)');
  } else if (buyer.idType !== RESIDENT_ID_CARD && hasIdNumber) {
    problems.add('input.buyer.idNumber', 'is given only with idType 1 (resident ID card)');
  }
}

function checkParties(problems: InputProblems, facts: OrderSubmissionFacts): void {
  if (!facts.platform) problems.add('input.ebpCode', 'is not a registered enterprise');
  else if (!facts.platform.roles.includes('PLATFORM')) problems.add('input.ebpCode', 'is registered without the PLATFORM role');
  if (!facts.seller) problems.add('input.ebcCode', 'is not a registered enterprise');
}

/** Every problem of an order submission, each under the input field at fault. */
export function checkOrderSubmission(order: SubmittedOrder, facts: OrderSubmissionFacts): InputProblems {
  const problems = new InputProblems();
  checkParties(problems, facts);
  problems.check('input.orderNo', order.orderNo, (no) => (no.length >= 1 && no.length <= 60 && no.trim() === no ? null : 'must be 1 to 60 characters without surrounding spaces'));
  if (!TRADE_MODES.includes(order.tradeMode)) {
    problems.add('input.tradeMode', `must be one of ${TRADE_MODES.join(', ')}`);
  } else if (order.direction === 'IMPORT' && EXPORT_ONLY_TRADE_MODES.includes(order.tradeMode)) {
    problems.add('input.tradeMode', `${order.tradeMode} is an export trade mode; an import order is 9610 or 1210`);
  }

  const goodsValue = amount(problems, 'input.goodsValue', order.goodsValue, 'zero');
  const freight = amount(problems, 'input.freight', order.freight, 'zero');
  const discount = amount(problems, 'input.discount', order.discount, 'zero');
  const taxTotal = amount(problems, 'input.taxTotal', order.taxTotal, 'zero');
  const actualPaid = amount(problems, 'input.actualPaid', order.actualPaid, 'zero');
  if (goodsValue && freight && discount && taxTotal && actualPaid) {
    const expected = goodsValue.add(freight).add(taxTotal).sub(discount);
    if (!actualPaid.eq(expected)) {
      problems.add('input.actualPaid', `must equal goodsValue + freight + taxTotal - discount, ${expected.toFixed(2)}; got ${order.actualPaid}`);
    }
  }
  const itemsTotal = checkGoodsLines(problems, order.items, ORDER_LINE_RULES);
  if (goodsValue && itemsTotal && !goodsValue.eq(itemsTotal)) {
    problems.add('input.goodsValue', `must equal the sum of the items' totalPrice, ${itemsTotal.toFixed(2)}; got ${order.goodsValue}`);
  }

  checkBuyer(problems, order);
  problems.check('input.consignee', order.consignee, textProblem(null));
  problems.check('input.consigneeAddress', order.consigneeAddress, textProblem(null));
  problems.check('input.payTransactionId', order.payTransactionId, (id) => (id.length >= 1 && id.length <= 60 && id.trim() === id ? null : 'must be 1 to 60 characters without surrounding spaces'));
  const orderedAt = order.orderedAt.getTime();
  if (Number.isNaN(orderedAt)) problems.add('input.orderedAt', 'is not a point in time');
  else if (orderedAt > facts.now.getTime() + ALLOWED_CLOCK_SKEW_MS) problems.add('input.orderedAt', 'lies in the future (more than 5 minutes after the time of receipt)');
  return problems;
}
