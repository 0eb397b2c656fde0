import { composeServices } from '@apollo/composition';
import { parse, printSchema, validate } from 'graphql';
import { apiSchemaOf } from '../../trusted-documents/validate';
import { contractSchemaOf, elementTagsOf } from '../contract-schema';
import type { ContractVariant } from '../variants';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@tag"])';

const SHOP = `${LINK}
type Query {
  order(no: ID!): Order @tag(name: "bank") @tag(name: "auditor")
  orders(filter: OrderFilter): [Order!]! @tag(name: "auditor")
  secret: Secret @tag(name: "bank")
}
type Mutation { placeOrder(no: ID!): Order! @tag(name: "clerk") }
type Order @key(fields: "no") @tag(name: "auditor") {
  no: ID! @tag(name: "bank")
  amount: Int! @tag(name: "bank")
  buyer: Buyer
  buyerHash: String @tag(name: "internal")
  status: Status!
}
type Buyer { name: String! }
type Secret { code: String! }
enum Status { OPEN CLOSED @tag(name: "internal") }
input OrderFilter { status: Status, buyerName: String @tag(name: "internal") }
`;

const POST = `${LINK}
type Order @key(fields: "no") {
  no: ID!
  waybill: String @tag(name: "bank")
}
`;

function supergraph(): string {
  const result = composeServices([
    { name: 'shop', url: 'http://shop', typeDefs: parse(SHOP) },
    { name: 'post', url: 'http://post', typeDefs: parse(POST) },
  ]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

const sdl = supergraph();
const api = apiSchemaOf(sdl);
const tags = elementTagsOf(sdl);
const variant = (include: string[], exclude: string[] = ['internal']): ContractVariant => ({ name: 'test', include, exclude });
const fieldsOf = (schema: ReturnType<typeof apiSchemaOf>, type: string) => {
  const t = schema.getType(type);
  return t && 'getFields' in t ? Object.keys(t.getFields()).sort() : null;
};

describe('contract variants from @tag (Apollo contract rules)', () => {
  it('reads the tags of types, fields and enum values from the supergraph, whichever subgraph put them there', () => {
    expect([...tags.get('Query.order')!].sort()).toEqual(['auditor', 'bank']);
    expect([...tags.get('Order')!]).toEqual(['auditor']);
    expect([...tags.get('Order.waybill')!]).toEqual(['bank']);
    expect([...tags.get('Status.CLOSED')!]).toEqual(['internal']);
  });

  it('keeps a field tagged itself, and leaves out its untagged siblings and unreachable types', () => {
    const bank = contractSchemaOf(api, tags, variant(['bank']));
    expect(fieldsOf(bank, 'Query')).toEqual(['order']);
    expect(fieldsOf(bank, 'Order')).toEqual(['amount', 'no', 'waybill']);
    expect(bank.getType('Buyer')).toBeUndefined();
    expect(bank.getMutationType()).toBeUndefined();
    expect(validate(bank, parse('{ order(no: "1") { no amount waybill } }'))).toEqual([]);
    expect(validate(bank, parse('{ order(no: "1") { buyer { name } } }'))[0]!.message).toContain('Cannot query field "buyer" on type "Order"');
  });

  it('drops a field whose type has nothing left in the variant (Secret has no bank field)', () => {
    const bank = contractSchemaOf(api, tags, variant(['bank']));
    expect(bank.getType('Secret')).toBeUndefined();
    expect(fieldsOf(bank, 'Query')).not.toContain('secret');
  });

  it('takes every field of a tagged type, from every subgraph, except excluded ones', () => {
    const auditor = contractSchemaOf(api, tags, variant(['auditor']));
    expect(fieldsOf(auditor, 'Order')).toEqual(['amount', 'no', 'status', 'waybill']);
    expect(fieldsOf(auditor, 'OrderFilter')).toEqual(['status']);
    const status = auditor.getType('Status');
    expect(status && 'getValues' in status ? status.getValues().map((v) => v.name) : null).toEqual(['OPEN']);
    // Order's tag takes Order.buyer in, but Buyer has no field of the variant: both are out.
    expect(auditor.getType('Buyer')).toBeUndefined();
  });

  it('keeps Mutation only when a variant includes one of its fields', () => {
    const clerk = contractSchemaOf(api, tags, variant(['clerk', 'bank']));
    expect(fieldsOf(clerk, 'Mutation')).toEqual(['placeOrder']);
  });

  it('with no include list, keeps everything but the excluded', () => {
    const all = contractSchemaOf(api, tags, variant([]));
    expect(fieldsOf(all, 'Order')).toEqual(['amount', 'buyer', 'no', 'status', 'waybill']);
    expect(printSchema(all)).not.toContain('buyerHash');
  });

  it('refuses a variant that leaves Query empty', () => {
    expect(() => contractSchemaOf(api, tags, variant(['nobody']))).toThrow('leaves no field of Query');
  });
});
