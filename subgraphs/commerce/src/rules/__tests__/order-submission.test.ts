import type { FieldProblem } from '@zone/common';
import { GraphQLError } from 'graphql';
import {
  ALLOWED_CLOCK_SKEW_MS,
  checkOrderSubmission,
  type OrderSubmissionFacts,
  type SubmittedOrder,
  type SubmittedOrderItem,
} from '../order-submission';

const NOW = new Date('2026-03-01T08:00:00.000Z');
const PLATFORM = { uscc: 'P'.repeat(18), zone: 'SHAOGUAN' as const, roles: ['PLATFORM'] };
const SELLER = { uscc: 'S'.repeat(18), zone: 'SHAOGUAN' as const, roles: ['ECOMMERCE'] };
const FACTS: OrderSubmissionFacts = { platform: PLATFORM, seller: SELLER, now: NOW };

function item(gnum: number, overrides: Partial<SubmittedOrderItem> = {}): SubmittedOrderItem {
  return {
    gnum, itemNo: `SKU-${gnum}`, itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122',
    price: '150.25', totalPrice: '300.50', country: 'NZL', ...overrides,
  };
}

/** An import order that passes every check: 300.50 + 199.50 + 10 + 45.50 - 5 = 550.50. */
function order(overrides: Partial<SubmittedOrder> = {}): SubmittedOrder {
  return {
    ebpCode: PLATFORM.uscc, orderNo: 'I20260301000000001', direction: 'IMPORT', tradeMode: '9610', ebcCode: SELLER.uscc,
    goodsValue: '500.00', freight: '10.00', discount: '5.00', taxTotal: '45.50', actualPaid: '550.50', currency: 'CNY',
    buyer: { name: '张三', idType: '1', idNumber: '440203199001011234', phone: '13812345678' },
    consignee: '张三', consigneeAddress: '韶关市某区某路1号', payCode: 'Y'.repeat(18), payTransactionId: 'PAY-1',
    orderedAt: new Date('2026-03-01T07:00:00.000Z'),
    items: [item(1), item(2, { qty: '1', price: '199.50', totalPrice: '199.50' })],
    ...overrides,
  };
}

function problemsOf(submitted: SubmittedOrder, facts: OrderSubmissionFacts = FACTS): FieldProblem[] {
  try {
    checkOrderSubmission(submitted, facts).throwIfAny();
    return [];
  } catch (error) {
    return (error as GraphQLError).extensions.problems as FieldProblem[];
  }
}

const fields = (submitted: SubmittedOrder, facts?: OrderSubmissionFacts) => problemsOf(submitted, facts).map((p) => p.field);

describe('order submission checks (order message 311 / 303)', () => {
  it('accepts a consistent import order', () => {
    expect(problemsOf(order())).toEqual([]);
  });

  it('accepts an export order of a buyer abroad without an ID number', () => {
    expect(problemsOf(order({ direction: 'EXPORT', tradeMode: '9810', buyer: { name: 'John Smith', idType: '2', idNumber: null, phone: '+10123456789' } }))).toEqual([]);
  });

  describe('actualPaid = goodsValue + freight + taxTotal - discount, exactly', () => {
    it.each([
      ['exact', '550.50', []],
      ['0.01 too much', '550.51', ['input.actualPaid']],
      ['0.01 too little', '550.49', ['input.actualPaid']],
      ['discount added instead of taken off', '560.50', ['input.actualPaid']],
    ])('%s (%s)', (_case, actualPaid, expected) => {
      expect(fields(order({ actualPaid }))).toEqual(expected);
    });

    it('names the expected amount', () => {
      expect(problemsOf(order({ actualPaid: '550.51' }))).toEqual([
        { field: 'input.actualPaid', reason: 'must equal goodsValue + freight + taxTotal - discount, 550.50; got 550.51' },
      ]);
    });
  });

  describe('non-negative amounts', () => {
    it.each(['goodsValue', 'freight', 'discount', 'taxTotal', 'actualPaid'] as const)('rejects a negative %s', (field) => {
      expect(problemsOf(order({ [field]: '-0.01' }))).toContainEqual({ field: `input.${field}`, reason: 'must not be negative' });
    });

    it('accepts zero freight, discount and tax', () => {
      expect(problemsOf(order({ freight: '0', discount: '0.00', taxTotal: '0', actualPaid: '500' }))).toEqual([]);
    });
  });

  describe('item totalPrice = qty × price, to the fen', () => {
    it.each([
      ['exact', { qty: '3', price: '0.33', totalPrice: '0.99' }, []],
      ['half a fen rounds up', { qty: '1.5', price: '0.33', totalPrice: '0.50' }, []],
      ['half a fen rounded down', { qty: '1.5', price: '0.33', totalPrice: '0.49' }, ['input.items[0].totalPrice']],
      ['0.01 too much', { qty: '3', price: '0.33', totalPrice: '1.00' }, ['input.items[0].totalPrice']],
      ['a large line, to the fen', { qty: '99999999.99', price: '99999999.99', totalPrice: '9999999998000000.00' }, []],
      ['a large line, 0.01 too much', { qty: '99999999.99', price: '99999999.99', totalPrice: '9999999998000000.01' }, ['input.items[0].totalPrice']],
    ])('%s', (_case, line, expected) => {
      const only = item(1, line);
      const goodsValue = only.totalPrice;
      const problems = fields(order({ items: [only], goodsValue, freight: '0', discount: '0', taxTotal: '0', actualPaid: goodsValue }));
      expect(problems).toEqual(expected);
    });

    it('names the line and the expected total', () => {
      const items = [item(1), item(2, { qty: '1', price: '199.50', totalPrice: '199.49' })];
      expect(problemsOf(order({ items, goodsValue: '499.99', actualPaid: '550.49' }))).toEqual([
        { field: 'input.items[1].totalPrice', reason: 'must equal qty × price rounded to the fen, 199.50; got 199.49' },
      ]);
    });

    it('rejects a zero quantity', () => {
      expect(problemsOf(order({ items: [item(1, { qty: '0' }), item(2, { qty: '1', price: '199.50', totalPrice: '199.50' })] }))).toContainEqual({
        field: 'input.items[0].qty', reason: 'must be greater than zero',
      });
    });
  });

  describe('goodsValue = sum of the items\' totalPrice', () => {
    it.each([
      ['exact', '500.00', '550.50', []],
      ['0.01 too much', '500.01', '550.51', ['input.goodsValue']],
      ['0.01 too little', '499.99', '550.49', ['input.goodsValue']],
    ])('%s', (_case, goodsValue, actualPaid, expected) => {
      expect(fields(order({ goodsValue, actualPaid }))).toEqual(expected);
    });
  });

  describe('items numbered 1 to n, each once', () => {
    it.each([
      ['no item', [], ['input.items']],
      ['gnum 0', [item(0), item(2, { qty: '1', price: '199.50', totalPrice: '199.50' })], ['input.items[0].gnum']],
      ['gnum beyond n', [item(1), item(3, { qty: '1', price: '199.50', totalPrice: '199.50' })], ['input.items[1].gnum']],
      ['gnum repeated', [item(1), item(1, { qty: '1', price: '199.50', totalPrice: '199.50' })], ['input.items[1].gnum']],
      ['any order', [item(2, { qty: '1', price: '199.50', totalPrice: '199.50' }), item(1)], []],
    ])('%s', (_case, items, expected) => {
      const problems = fields(order({ items }));
      expect(problems.filter((f) => f.startsWith('input.items'))).toEqual(expected);
    });

    it('says which line a repeated gnum repeats', () => {
      const items = [item(1), item(1, { qty: '1', price: '199.50', totalPrice: '199.50' })];
      expect(problemsOf(order({ items }))).toEqual([{ field: 'input.items[1].gnum', reason: 'repeats gnum 1 of input.items[0]' }]);
    });
  });

  describe('trade mode and direction', () => {
    it.each([
      ['IMPORT', '9610', []],
      ['IMPORT', '1210', []],
      ['IMPORT', '9710', ['input.tradeMode']],
      ['IMPORT', '9810', ['input.tradeMode']],
      ['EXPORT', '9710', []],
      ['EXPORT', '0110', ['input.tradeMode']],
    ] as const)('%s under %s', (direction, tradeMode, expected) => {
      const buyer = direction === 'EXPORT' ? { name: 'John Smith', idType: '2', idNumber: null, phone: '+10123456789' } : order().buyer;
      expect(fields(order({ direction, tradeMode, buyer }))).toEqual(expected);
    });
  });

  describe('buyer identification', () => {
    it.each([
      ['import buyer with resident ID', 'IMPORT', '1', '440203199001011234', []],
      ['import buyer without ID number', 'IMPORT', '1', null, ['input.buyer.idNumber']],
      ['import buyer with another ID type', 'IMPORT', '2', null, ['input.buyer.idType']],
      ['export buyer abroad', 'EXPORT', '2', null, []],
      ['export buyer with resident ID', 'EXPORT', '1', '440203199001011234', []],
      ['ID number under another ID type', 'EXPORT', '2', '440203199001011234', ['input.buyer.idNumber']],
      ['malformed ID type', 'EXPORT', 'passport', null, ['input.buyer.idType']],
    ] as const)('%s', (_case, direction, idType, idNumber, expected) => {
      const submitted = order({ direction, tradeMode: '9610', buyer: { name: '张三', idType, idNumber, phone: '13812345678' } });
      expect(fields(submitted)).toEqual(expected);
    });
  });

  describe('parties registered with commerce', () => {
    it.each([
      ['registered platform and seller', FACTS, []],
      ['platform not registered', { ...FACTS, platform: null }, ['input.ebpCode']],
      ['platform without the PLATFORM role', { ...FACTS, platform: { ...PLATFORM, roles: ['ECOMMERCE'] } }, ['input.ebpCode']],
      ['seller not registered', { ...FACTS, seller: null }, ['input.ebcCode']],
    ])('%s', (_case, facts, expected) => {
      expect(fields(order(), facts)).toEqual(expected);
    });
  });

  describe('orderedAt not in the future, 5 minutes of clock difference allowed', () => {
    it.each([
      ['an hour ago', -3600_000, []],
      ['now', 0, []],
      ['exactly 5 minutes ahead', ALLOWED_CLOCK_SKEW_MS, []],
      ['5 minutes and 1 ms ahead', ALLOWED_CLOCK_SKEW_MS + 1, ['input.orderedAt']],
      ['tomorrow', 86_400_000, ['input.orderedAt']],
    ])('%s', (_case, offset, expected) => {
      expect(fields(order({ orderedAt: new Date(NOW.getTime() + offset) }))).toEqual(expected);
    });
  });

  describe('text fields', () => {
    it.each([
      ['orderNo empty', { orderNo: '' }, ['input.orderNo']],
      ['orderNo of 60 characters', { orderNo: 'N'.repeat(60) }, []],
      ['orderNo of 61 characters', { orderNo: 'N'.repeat(61) }, ['input.orderNo']],
      ['orderNo with a trailing space', { orderNo: 'I2026 ' }, ['input.orderNo']],
      ['payTransactionId of 61 characters', { payTransactionId: 'T'.repeat(61) }, ['input.payTransactionId']],
      ['blank consignee', { consignee: '  ' }, ['input.consignee']],
      ['blank address', { consigneeAddress: '' }, ['input.consigneeAddress']],
    ])('%s', (_case, overrides, expected) => {
      expect(fields(order(overrides))).toEqual(expected);
    });

    it.each([
      ['country not alpha-3', { country: 'NZ' }, 'input.items[0].country'],
      ['lower-case country', { country: 'nzl' }, 'input.items[0].country'],
      ['unit not a customs unit code', { unit: 'kg' }, 'input.items[0].unit'],
      ['itemNo of 31 characters', { itemNo: 'X'.repeat(31) }, 'input.items[0].itemNo'],
      ['blank item name', { itemName: ' ' }, 'input.items[0].itemName'],
    ])('%s', (_case, line, field) => {
      const items = [item(1, line), item(2, { qty: '1', price: '199.50', totalPrice: '199.50' })];
      expect(fields(order({ items }))).toEqual([field]);
    });
  });

  it('reports every wrong field of one submission at once', () => {
    const submitted = order({
      tradeMode: '9810',
      actualPaid: '550.51',
      buyer: { name: '张三', idType: '1', idNumber: null, phone: '13812345678' },
      orderedAt: new Date(NOW.getTime() + 86_400_000),
      items: [item(1), item(1, { qty: '1', price: '199.50', totalPrice: '199.49' })],
      goodsValue: '499.99',
    });
    expect(fields(submitted, { ...FACTS, seller: null })).toEqual([
      'input.ebcCode',
      'input.tradeMode',
      'input.actualPaid',
      'input.items[1].gnum',
      'input.items[1].totalPrice',
      'input.buyer.idNumber',
      'input.orderedAt',
    ]);
  });
});
