import Decimal from 'decimal.js';
import type { FieldProblem } from '../errors';
import { checkGoodsLines, goodsLineContent, goodsLinesContent, goodsLinesTotal, type GoodsLine, type GoodsLineRules } from '../goods-lines';
import { InputProblems, contentHash } from '../writes';

/** The order's rules (commerce) and the inventory list's rules (customs) as those departments set them. */
const ORDER: GoodsLineRules = { itemNameMaxLength: null, fractionDigits: null, notDecimalReason: 'must be a decimal number such as "12.50"', quoteDeclaredTotalPrice: true };
const LIST: GoodsLineRules = { itemNameMaxLength: 250, fractionDigits: { qty: 4, money: 2 }, quoteDeclaredTotalPrice: false };

class RecordedProblems extends InputProblems {
  readonly recorded: FieldProblem[] = [];

  override add(field: string, reason: string): this {
    this.recorded.push({ field, reason });
    return super.add(field, reason);
  }
}

function line(gnum: number, overrides: Partial<GoodsLine> = {}): GoodsLine {
  return {
    gnum, itemNo: `SKU-${gnum}`, itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122',
    price: '150.25', totalPrice: '300.50', country: 'NZL', ...overrides,
  };
}

function check(items: GoodsLine[], rules: GoodsLineRules): { problems: FieldProblem[]; total: string | null } {
  const problems = new RecordedProblems();
  const total = checkGoodsLines(problems, items, rules);
  return { problems: problems.recorded, total: total === null ? null : total.toFixed(2) };
}

describe('goods lines of orders (311/303) and inventory lists (621/603)', () => {
  it.each([['order', ORDER], ['list', LIST]] as const)('accepts consistent %s lines and sums their totalPrice', (_doc, rules) => {
    expect(check([line(1), line(2, { qty: '1', price: '199.50', totalPrice: '199.50' })], rules)).toEqual({ problems: [], total: '500.00' });
  });

  describe('gnum numbers the lines 1 to n, each once', () => {
    it.each([
      ['no line', [], [{ field: 'input.items', reason: 'must contain at least one item' }]],
      ['gnum 0', [line(0), line(2)], [{ field: 'input.items[0].gnum', reason: 'must be between 1 and 2, the number of items' }]],
      ['gnum beyond n', [line(1), line(3)], [{ field: 'input.items[1].gnum', reason: 'must be between 1 and 2, the number of items' }]],
      ['gnum not whole', [line(1.5)], [{ field: 'input.items[0].gnum', reason: 'must be between 1 and 1, the number of items' }]],
      ['gnum repeated', [line(1), line(1)], [{ field: 'input.items[1].gnum', reason: 'repeats gnum 1 of input.items[0]' }]],
      ['gnum 2 then 1', [line(2), line(1)], []],
    ])('%s', (_case, items, expected) => {
      expect(check(items, ORDER).problems).toEqual(expected);
      expect(check(items, LIST).problems).toEqual(expected);
    });
  });

  describe('field by field, the same for both documents', () => {
    it.each([
      ['itemNo of 30 characters', { itemNo: 'X'.repeat(30) }, null],
      ['itemNo of 31 characters', { itemNo: 'X'.repeat(31) }, { field: 'input.items[0].itemNo', reason: 'must be at most 30 characters' }],
      ['blank itemNo', { itemNo: ' ' }, { field: 'input.items[0].itemNo', reason: 'must not be blank' }],
      ['blank itemName', { itemName: ' ' }, { field: 'input.items[0].itemName', reason: 'must not be blank' }],
      ['unit not a customs unit code', { unit: 'kg' }, { field: 'input.items[0].unit', reason: 'must be a customs unit code of 3 digits such as 011' }],
      ['country not alpha-3', { country: 'NZ' }, { field: 'input.items[0].country', reason: 'must be an ISO 3166 alpha-3 code such as NZL' }],
      ['lower-case country', { country: 'nzl' }, { field: 'input.items[0].country', reason: 'must be an ISO 3166 alpha-3 code such as NZL' }],
      ['qty zero', { qty: '0', totalPrice: '0.00' }, { field: 'input.items[0].qty', reason: 'must be greater than zero' }],
      ['negative price', { price: '-150.25', totalPrice: '0' }, { field: 'input.items[0].price', reason: 'must not be negative' }],
      ['free line', { price: '0', totalPrice: '0' }, null],
    ] as const)('%s', (_case, overrides, expected) => {
      const problems = expected === null ? [] : [expected];
      expect(check([line(1, overrides)], ORDER).problems).toEqual(problems);
      expect(check([line(1, overrides)], LIST).problems).toEqual(problems);
    });
  });

  describe('where the documents differ', () => {
    it.each([
      ['itemName of 251 characters', { itemName: '品'.repeat(251) }, [], [{ field: 'input.items[0].itemName', reason: 'must be at most 250 characters' }]],
      ['itemName of 250 characters', { itemName: '品'.repeat(250) }, [], []],
      ['amount in exponent notation', { qty: '2e0' },
        [{ field: 'input.items[0].qty', reason: 'must be a decimal number such as "12.50"' }],
        [{ field: 'input.items[0].qty', reason: 'must be a plain decimal string such as "1234.56"' }]],
      ['qty of 5 fractional digits', { qty: '2.00000' }, [], [{ field: 'input.items[0].qty', reason: 'must have at most 4 fractional digits' }]],
      ['price of 3 fractional digits', { price: '150.250' }, [], [{ field: 'input.items[0].price', reason: 'must have at most 2 fractional digits' }]],
      ['totalPrice 0.01 short', { totalPrice: '300.49' },
        [{ field: 'input.items[0].totalPrice', reason: 'must equal qty × price rounded to the fen, 300.50; got 300.49' }],
        [{ field: 'input.items[0].totalPrice', reason: 'must equal qty × price rounded to the fen, 300.50' }]],
    ])('%s', (_case, overrides, order, list) => {
      expect(check([line(1, overrides)], ORDER).problems).toEqual(order);
      expect(check([line(1, overrides)], LIST).problems).toEqual(list);
    });
  });

  describe('totalPrice = qty × price rounded half up to the fen', () => {
    it.each([
      ['exact', '3', '0.33', '0.99', true],
      ['half a fen rounded up', '1.5', '0.33', '0.50', true],
      ['half a fen rounded down', '1.5', '0.33', '0.49', false],
      ['0.01 too much', '3', '0.33', '1.00', false],
      ['a large line, exact', '99999999.99', '99999999.99', '9999999998000000.00', true],
      ['a large line, 0.01 too much', '99999999.99', '99999999.99', '9999999998000000.01', false],
    ])('%s: %s × %s = %s', (_case, qty, price, totalPrice, consistent) => {
      expect(check([line(1, { qty, price, totalPrice })], ORDER).problems.length === 0).toBe(consistent);
    });
  });

  it('still sums lines whose totalPrice disagrees with qty × price, but not a malformed totalPrice', () => {
    expect(check([line(1), line(2, { totalPrice: '1.00' })], ORDER).total).toBe('301.50');
    expect(check([line(1), line(2, { totalPrice: 'x' })], ORDER).total).toBeNull();
  });

  it('sums the totalPrice of stored lines whose amounts are decimals', () => {
    expect(goodsLinesTotal([{ totalPrice: new Decimal('0.10') }, { totalPrice: '0.20' }]).toFixed(2)).toBe('0.30');
    expect(goodsLinesTotal([]).toFixed(2)).toBe('0.00');
  });
});

describe('recorded content of goods lines', () => {
  it.each([
    ['plain strings', { qty: '2', price: '150.25', totalPrice: '300.5' }, { qty: '2.0000', price: '150.25', totalPrice: '300.50' }],
    ['stored decimals', { qty: new Decimal('2.0000'), price: new Decimal('150.25'), totalPrice: new Decimal('300.50') }, { qty: '2.0000', price: '150.25', totalPrice: '300.50' }],
    ['fractional qty', { qty: '0.125', price: '8', totalPrice: '1' }, { qty: '0.1250', price: '8.00', totalPrice: '1.00' }],
  ])('normalises %s: money to 2 and qty to 4 fractional digits', (_case, amounts, expected) => {
    expect(goodsLineContent({ ...line(1), ...amounts })).toEqual({ ...line(1), ...expected });
  });

  it('trims item number and name', () => {
    expect(goodsLineContent(line(1, { itemNo: ' SKU-1 ', itemName: ' 奶粉 ' }))).toMatchObject({ itemNo: 'SKU-1', itemName: '奶粉' });
  });

  it('orders lines by gnum, so the same lines in another order have the same content hash', () => {
    const a = [line(1), line(2, { qty: '1', price: '199.5', totalPrice: '199.5' })];
    const b = [line(2, { qty: '1.0', price: '199.50', totalPrice: '199.50' }), line(1)];
    expect(goodsLinesContent(b).map((l) => l.gnum)).toEqual([1, 2]);
    expect(contentHash(goodsLinesContent(a))).toBe(contentHash(goodsLinesContent(b)));
  });

  it('keeps the field order of recorded revisions', () => {
    expect(JSON.stringify(goodsLineContent(line(1)))).toBe(
      '{"gnum":1,"itemNo":"SKU-1","itemName":"婴儿配方奶粉","hsCode":"1901101000","qty":"2.0000","unit":"122","price":"150.25","totalPrice":"300.50","country":"NZL"}',
    );
  });
});
