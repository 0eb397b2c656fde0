import { firstDifference, percentile, soakGatewayOf } from '../plain-comparison';

describe('firstDifference', () => {
  it('finds nothing in equal answers', () => {
    expect(firstDifference({ order: { buyer: { name: '张**' }, payment: null } }, { order: { buyer: { name: '张**' }, payment: null } })).toBeNull();
  });

  it('names the path of the first differing value', () => {
    const ours = { enterprises: { edges: [{ node: { uscc: 'A' } }, { node: { uscc: 'B', name: '张**' } }] } };
    const plain = { enterprises: { edges: [{ node: { uscc: 'A' } }, { node: { uscc: 'B', name: '张三' } }] } };
    expect(firstDifference(ours, plain)).toBe('data.enterprises.edges[1].node.name ("张**" against "张三")');
  });

  it('tells lists of different lengths and fields present on one side only', () => {
    expect(firstDifference({ orders: [1, 2] }, { orders: [1] })).toBe('data.orders (2 items against 1)');
    expect(firstDifference({ order: { taxBill: { totalTax: '1.00' } } }, { order: {} })).toBe('data.order.taxBill ({"totalTax":"1.00"} against undefined)');
  });
});

describe('percentile', () => {
  it('takes the nearest rank: p99 of 100 values is the 99th, p50 the 50th', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('soakGatewayOf', () => {
  it('alternates the minutes ours, plain, plain, ours, so that neither always follows the other', () => {
    expect(Array.from({ length: 8 }, (_, i) => soakGatewayOf(i + 1))).toEqual(['ours', 'plain', 'plain', 'ours', 'ours', 'plain', 'plain', 'ours']);
  });
});
