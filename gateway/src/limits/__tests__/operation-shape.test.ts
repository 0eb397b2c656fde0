import { parse } from 'graphql';
import { measureOperationShape } from '../operation-shape';

/** order → ebc → orders → ebc → … : each hop is a real field pair of the supergraph. */
function depthBomb(hops: number): string {
  let selection = 'orderNo';
  for (let i = 0; i < hops; i += 1) selection = `ebc { orders(first: 1) { ${selection} } }`;
  return `{ order(ebpCode: "X", orderNo: "1") { ${selection} } }`;
}

function aliasBomb(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `z${i}: zones { code }`).join(' ')} }`;
}

/** F0 spreads F1 twice, F1 spreads F2 twice, …: 2^levels copies of one aliased field once expanded. */
function fragmentReuseBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `{ ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { a: zones { code } }`;
}

describe('measureOperationShape', () => {
  it.each([
    ['one scalar root field', '{ __typename }', { depth: 1, aliases: 0, rootFields: 0 }],
    ['a list with a scalar', '{ zones { code } }', { depth: 2, aliases: 0, rootFields: 1 }],
    ['the README acceptance query', `{ enterprises(zone: SHAOGUAN, first: 3) { totalCount edges { node { uscc
      orders(first: 5) { orderNo payment { payTransactionId } buyerIdentityCheck { verdict } } } } } }`, { depth: 6, aliases: 0, rootFields: 1 }],
    ['a depth bomb of 8 hops', depthBomb(8), { depth: 18, aliases: 0, rootFields: 1 }],
    ['depth through a named fragment', '{ enterprise(uscc: "X") { ...E } } fragment E on Enterprise { orders { payment { amountPaid } } }', { depth: 4, aliases: 0, rootFields: 1 }],
    ['depth through an inline fragment', '{ enterprise(uscc: "X") { ... on Enterprise { orders { orderNo } } } }', { depth: 3, aliases: 0, rootFields: 1 }],
    ['introspection, answered by the gateway itself', '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', { depth: 0, aliases: 0, rootFields: 1 }],
    ['an alias bomb of 100 aliases', aliasBomb(100), { depth: 2, aliases: 100, rootFields: 100 }],
    ['nested aliases', '{ a: enterprise(uscc: "X") { b: name c: orders { d: orderNo } } }', { depth: 3, aliases: 4, rootFields: 1 }],
    ['a fragment spread three times counts its aliases three times', '{ enterprise(uscc: "X") { orders { ...O } ebc: orders { ...O } x: orders { ...O } } } fragment O on Order { a: orderNo b: zone }', { depth: 3, aliases: 8, rootFields: 1 }],
    ['the same root field twice is one root field', '{ zones { code } zones { city } }', { depth: 2, aliases: 0, rootFields: 1 }],
    ['root fields through fragments', '{ ...Q ... on Query { zones { code } b: zones { code } } } fragment Q on Query { order(ebpCode: "X", orderNo: "1") { orderNo } enterprise(uscc: "X") { name } }', { depth: 2, aliases: 1, rootFields: 4 }],
    ['root-field fan-out across departments', '{ zones { code } inventoryList(invtNo: "1") { invtNo } payment(payCode: "1", payTransactionId: "2") { amountPaid } waybill(logisticsCode: "1", logisticsNo: "2") { logisticsNo } taxBill(taxNo: "1") { taxNo } identityCheck(serialNo: "1") { verdict } }', { depth: 2, aliases: 0, rootFields: 6 }],
  ])('%s', (_name, query, expected) => {
    expect(measureOperationShape(parse(query))).toEqual(expected);
  });

  it('measures a fragment reused 2^40 times without expanding it', () => {
    const started = Date.now();
    const shape = measureOperationShape(parse(fragmentReuseBomb(40)));
    expect(shape).toEqual({ depth: 2, aliases: 2 ** 40, rootFields: 1 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('saturates instead of overflowing when reuse exceeds any number that matters', () => {
    expect(measureOperationShape(parse(fragmentReuseBomb(80))).aliases).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ['a fragment that spreads itself', '{ enterprise(uscc: "X") { ...A } } fragment A on Enterprise { name orders { ebc { ...A } } }'],
    ['two fragments that spread each other', '{ ...A } fragment A on Query { zones { code } ...B } fragment B on Query { x: zones { city } ...A }'],
  ])('terminates on %s (validation refuses the cycle later)', (_name, query) => {
    const shape = measureOperationShape(parse(query));
    expect(shape.depth).toBeGreaterThan(0);
  });

  it('measures the operation named in the request, and nothing when the name is unknown or ambiguous', () => {
    const document = parse('query Small { zones { code } } query Deep { enterprise(uscc: "X") { orders { payment { amountPaid } } } }');
    expect(measureOperationShape(document, 'Small').depth).toBe(2);
    expect(measureOperationShape(document, 'Deep').depth).toBe(4);
    expect(measureOperationShape(document, 'Nope')).toEqual({ depth: 0, aliases: 0, rootFields: 0 });
    expect(measureOperationShape(document)).toEqual({ depth: 0, aliases: 0, rootFields: 0 });
  });
});
