import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, parse, validate } from 'graphql';
import { DEPARTMENTS } from '../../../subgraphs/common/src/caller';
import { FLOOR_ORDER_QUERY, FLOOR_SUBGRAPHS, type FloorRow } from '../floor-schema';
import { apiSchemaOf } from '../../../gateway/src/trusted-documents/validate';

const ROW: FloorRow = { id: 7, order_no: 'ORDER-7', amount: '8.75', status: 'RELEASED' };

function supergraph(): string {
  const result = composeServices(DEPARTMENTS.map((name) => ({ name, url: `http://${name}.invalid/graphql`, typeDefs: parse(FLOOR_SUBGRAPHS[name].typeDefs) })));
  if (result.errors?.length || !result.supergraphSdl) throw new Error(`composition failed: ${result.errors?.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}

describe('the Apollo floor federation', () => {
  it('composes from the six departments and serves the floor query as the product serves one order: a part from each', () => {
    const schema = apiSchemaOf(supergraph());
    expect(validate(schema, parse(FLOOR_ORDER_QUERY))).toEqual([]);
    const order = schema.getQueryType()!.getFields().order!;
    const fields = Object.keys((order.type as unknown as { getFields: () => Record<string, unknown> }).getFields());
    expect(fields).toEqual(expect.arrayContaining(['orderNo', 'actualPaid', 'inventoryList', 'taxBill', 'payment', 'waybill', 'buyerIdentityCheck']));
  });

  it.each([
    ['customs', 'inventoryList { invtNo status }', { inventoryList: { invtNo: 'ORDER-7', status: 'RELEASED' } }],
    ['tax', 'taxBill { totalTax }', { taxBill: { totalTax: 0.875 } }],
    ['forex', 'payment { amountPaid }', { payment: { amountPaid: 8.75 } }],
    ['post', 'waybill { logisticsNo status }', { waybill: { logisticsNo: 'ORDER-7', status: 'RELEASED' } }],
    ['public-security', 'buyerIdentityCheck { verdict }', { buyerIdentityCheck: { verdict: 'RELEASED' } }],
  ] as const)('%s resolves its part of an order (%s) from a row, by the order id', async (department, selection, expected) => {
    const { typeDefs, part } = FLOOR_SUBGRAPHS[department];
    const schema = buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: { Order: { __resolveReference: (reference: { id: number }) => ({ id: reference.id, ...part(ROW) }) } } as never });
    const result = await execute({
      schema,
      document: parse(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id ${selection} } } }`),
      variableValues: { r: [{ __typename: 'Order', id: 7 }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ id: 7, ...expected }] });
  });
});
