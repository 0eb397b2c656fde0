import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { DEFAULT_COST_OPTIONS, costSchemaOf, estimateCost } from '../cost';

/** A schema in the supergraph's shape, with the cost directives the current SDLs do not (yet) declare. */
const schema = buildSchema(`
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query {
    zones: [Zone!]!
    enterprise(uscc: ID!): Enterprise
    enterprises(first: Int, after: String): EnterpriseConnection!
    pagedDefault(first: Int = 25): [Enterprise!]!
    assumed: [Enterprise!]! @listSize(assumedSize: 3)
    sliced(limit: Int, first: Int): [Enterprise!]! @listSize(slicingArguments: ["limit"], assumedSize: 7)
    searchConnection(take: Int): EnterpriseConnection! @listSize(slicingArguments: ["take"], sizedFields: ["edges"])
    expensive: Enterprise @cost(weight: 50)
    audit: AuditRecord
    nodes(ids: [ID!]!): [Enterprise]!
  }
  type Zone { code: String! city: String! }
  type Enterprise { uscc: ID! name: String! orders(first: Int): [Order!]! }
  type Order { orderNo: String! items: [Item!]! payment: Payment }
  type Item { hsCode: String! }
  type Payment { amountPaid: String! }
  type AuditRecord @cost(weight: 5) { id: ID! }
  type EnterpriseConnection { edges: [EnterpriseEdge!]! nodes: [Enterprise!]! totalCount: Int! }
  type EnterpriseEdge { node: Enterprise! cursor: String! }
  type Mutation { declare(n: Int): Receipt cheap: Receipt @cost(weight: 2) }
  type Receipt { id: ID! }
`);

describe('estimateCost (IBM cost spec: objects 1, scalars 0, lists times their size)', () => {
  it.each<[string, string, Record<string, unknown>, number]>([
    ['a list of objects, default size 10', '{ zones { code } }', {}, 10],
    ['one object with scalars', '{ enterprise(uscc: "X") { name uscc } }', {}, 1],
    ['a list sized by a literal first', '{ enterprise(uscc: "X") { orders(first: 3) { orderNo } } }', {}, 1 + 3],
    ['a list sized by a first variable', 'query($n: Int) { enterprise(uscc: "X") { orders(first: $n) { orderNo } } }', { n: 50 }, 1 + 50],
    ['a first variable left to its default in the operation', 'query($n: Int = 7) { enterprise(uscc: "X") { orders(first: $n) { orderNo } } }', {}, 1 + 7],
    ['a first variable not given', 'query($n: Int) { enterprise(uscc: "X") { orders(first: $n) { orderNo } } }', {}, 1 + 10],
    ['first: null', '{ enterprise(uscc: "X") { orders(first: null) { orderNo } } }', {}, 1 + 10],
    ['a negative first', '{ enterprise(uscc: "X") { orders(first: -5) { orderNo } } }', {}, 1],
    ['the schema default of first', '{ pagedDefault { name } }', {}, 25],
    ['nested lists multiply: the cost bomb', '{ enterprises(first: 100) { edges { node { orders(first: 100) { items { hsCode } } } } } }', {}, 1 + 100 * (1 + 1 + 100 * (1 + 10))],
    ['nested lists through first variables', 'query($e: Int, $o: Int) { enterprises(first: $e) { edges { node { orders(first: $o) { payment { amountPaid } } } } } }', { e: 20, o: 30 }, 1 + 20 * (1 + 1 + 30 * (1 + 1))],
    ['a connection without its edges', '{ enterprises(first: 5) { totalCount } }', {}, 1],
    ['a connection sizes its nodes too', '{ enterprises(first: 5) { nodes { name } } }', {}, 1 + 5],
    ['a connection without first: default size', '{ enterprises { edges { node { name } } } }', {}, 1 + 10 * 2],
    ['@listSize(assumedSize:)', '{ assumed { name } }', {}, 3],
    ['@listSize(slicingArguments:) names the argument that counts', '{ sliced(limit: 4, first: 99) { name } }', {}, 4],
    ['@listSize without its slicing argument falls back to assumedSize', '{ sliced { name } }', {}, 7],
    ['@listSize(sizedFields:) sizes a connection by its own argument', '{ searchConnection(take: 30) { edges { node { name } } } }', {}, 1 + 30 * 2],
    ['@cost(weight:) on a field', '{ expensive { name } }', {}, 50],
    ['a list of ids sizes the list by its length', '{ nodes(ids: ["a", "b", "c"]) { name } }', {}, 3],
    ['a list of ids in a variable', 'query($ids: [ID!]!) { nodes(ids: $ids) { orders(first: 2) { orderNo } } }', { ids: ['a', 'b', 'c', 'd'] }, 4 * (1 + 2)],
    ['@cost(weight:) on a type', '{ audit { id } }', {}, 5],
    ['a mutation root field costs 10', 'mutation { declare(n: 1) { id } }', {}, 10],
    ['@cost on a mutation field wins', 'mutation { cheap { id } }', {}, 2],
    ['@include(if: false) leaves a selection out', 'query($big: Boolean!) { zones @include(if: $big) { code } enterprise(uscc: "X") { name } }', { big: false }, 1],
    ['@skip(if: true) leaves a selection out', '{ zones @skip(if: true) { code } }', {}, 0],
    ['introspection costs nothing', '{ __schema { types { name fields { name } } } __typename }', {}, 0],
    ['a fragment reused is costed each time it is spread', '{ enterprise(uscc: "X") { ...O } e2: enterprise(uscc: "Y") { ...O } } fragment O on Enterprise { orders(first: 2) { payment { amountPaid } } }', {}, 2 * (1 + 2 * 2)],
    ['a fragment inside a connection keeps its size', '{ enterprises(first: 4) { ...C } } fragment C on EnterpriseConnection { edges { node { name } } }', {}, 1 + 4 * 2],
    ['an inline fragment', '{ enterprise(uscc: "X") { ... on Enterprise { orders(first: 6) { orderNo } } } }', {}, 1 + 6],
  ])('%s', (_name, query, variables, expected) => {
    expect(estimateCost(parse(query), schema, variables)).toBe(expected);
  });

  it('follows the configured default list size', () => {
    expect(estimateCost(parse('{ zones { code } }'), schema, {}, null, { ...DEFAULT_COST_OPTIONS, defaultListSize: 3 })).toBe(3);
  });

  it('costs a fragment reused 2^40 times without expanding it', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const started = Date.now();
    expect(estimateCost(parse(`{ ...F0 } ${fragments} fragment F40 on Query { zones { code } }`), schema)).toBe(2 ** 40 * 10);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('terminates on a fragment cycle', () => {
    const cost = estimateCost(parse('{ enterprise(uscc: "X") { ...A } } fragment A on Enterprise { orders(first: 2) { payment { amountPaid } } ...A }'), schema);
    expect(cost).toBe(1 + 2 * 2);
  });
});

describe('estimateCost over the committed supergraph', () => {
  const supergraph = costSchemaOf(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8'));

  it.each([
    ['the README acceptance query', `{ enterprises(zone: SHAOGUAN, first: 3) { totalCount edges { node { uscc name zone
      orders(first: 5) { orderNo ebpCode actualPaid payment { payTransactionId amountPaid } waybill { logisticsNo }
      inventoryList { invtNo status } taxBill { totalTax } buyerIdentityCheck { verdict } } } } } }`, 1 + 3 * (1 + 1 + 5 * (1 + 5))],
    ['100 enterprises x 4 orders with every department', `{ enterprises(first: 100) { edges { node { uscc
      orders(first: 4) { orderNo payment { amountPaid payer { name } } waybill { logisticsNo status events { code } }
      inventoryList { invtNo status items { hsCode } } taxBill { totalTax } buyerIdentityCheck { verdict } ebc { name } items { hsCode } } } } } }`, 15401],
    ['the cost bomb', '{ enterprises(first: 100) { edges { node { orders(first: 100) { items { hsCode } } } } } }', 110201],
  ])('%s', (_name, query, expected) => {
    expect(estimateCost(parse(query), supergraph)).toBe(expected);
  });
});

describe('estimateCost over a composed supergraph that declares @cost and @listSize', () => {
  // As @apollo/composition writes them for a subgraph importing @cost and @listSize from federation v2.9.
  const composed = costSchemaOf(`
    schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.5", for: EXECUTION)
      @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"]) { query: Query }
    directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
    directive @join__graph(name: String!, url: String!) on ENUM_VALUE
    directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
    directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
    directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
    scalar join__FieldSet
    enum join__Graph { A @join__graph(name: "a", url: "http://a") }
    scalar link__Import
    enum link__Purpose { SECURITY EXECUTION }
    type Query @join__type(graph: A) {
      things(first: Int): [Thing!]! @listSize(slicingArguments: ["first"], assumedSize: 50)
      conn(first: Int): ThingConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
      heavy: Thing @cost(weight: 7)
    }
    type Thing @join__type(graph: A, key: "id") @cost(weight: 3) { id: ID! name: String }
    type ThingConnection @join__type(graph: A) { edges: [Thing!]! }
  `);

  it.each([
    ['assumedSize times the type weight', '{ things { name } }', 50 * 3],
    ['the slicing argument times the type weight', '{ things(first: 2) { name } }', 2 * 3],
    ['sizedFields', '{ conn(first: 4) { edges { id } } }', 1 + 4 * 3],
    ['a field weight over the type weight', '{ heavy { id } }', 7],
  ])('%s', (_name, query, expected) => {
    expect(estimateCost(parse(query), composed)).toBe(expected);
  });
});
