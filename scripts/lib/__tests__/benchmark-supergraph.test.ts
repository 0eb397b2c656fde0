import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { parse, printSchema, validate } from 'graphql';
import { executableSupergraphSdl } from '../../../gateway/src/authorization/supergraph';
import { requirementsOf } from '../../../gateway/src/authorization/requirements';
import { CONTRACT_VARIANTS, VARIANT_OF_ROLE, createContracts } from '../../../gateway/src/contracts';
import { apiSchemaOf } from '../../../gateway/src/trusted-documents/validate';
import { AUDIENCE_TAGS, withAudiences, withSubgraphsAt } from '../benchmark-supergraph';

// A supergraph in the public gateways benchmark's shape (entities across subgraphs, @requires,
// @provides, no tags, no authorization), composed here from SDLs of our own.
const SUBGRAPHS = {
  people: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
    type Query { me: Person people: [Person] person(id: ID!): Person }
    type Person @key(fields: "id") { id: ID! name: String handle: String @shareable }`,
  catalogue: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { topItems(first: Int = 5): [Item] }
    type Item @key(fields: "sku") { sku: String! title: String price: Int weight: Int }`,
  stock: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])
    type Item @key(fields: "sku") { sku: String! price: Int @external weight: Int @external inStock: Boolean freight: Int @requires(fields: "price weight") }`,
  opinions: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@provides"])
    type Opinion @key(fields: "id") { id: ID! text: String item: Item author: Person @provides(fields: "handle") }
    type Person @key(fields: "id") { id: ID! handle: String @external opinions: [Opinion] }
    type Item @key(fields: "sku") { sku: String! opinions: [Opinion] }`,
};

const QUERY = `fragment P on Person { id handle name }
  query Shape { people { ...P opinions { id text item { sku title price freight inStock opinions { id author { ...P } } } } }
    topItems { sku title weight freight opinions { text author { ...P opinions { id item { sku inStock } } } } } }`;

function composed(): string {
  const result = composeServices(Object.entries(SUBGRAPHS).map(([name, sdl]) => ({ name, url: `http://0.0.0.0:4200/${name}`, typeDefs: parse(sdl) })));
  if (result.errors?.length || !result.supergraphSdl) throw new Error(`composition failed: ${result.errors?.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}

const queryFields = ['me', 'people', 'person', 'topItems'];

describe('withAudiences (a foreign supergraph served with security on)', () => {
  const original = composed();
  const transformed = withAudiences(original);

  it('lets every contract variant build, and PLATFORM see every root field and run the benchmark-shaped query', () => {
    // The untagged original leaves every variant empty: the gateway would not start on it.
    expect(() => createContracts(original)).toThrow(/leaves no field of Query/);
    const contracts = createContracts(transformed);
    const platform = contracts.variantOf('PLATFORM');
    expect(platform?.name).toBe(VARIANT_OF_ROLE.PLATFORM);
    expect(Object.keys(platform!.schema.getQueryType()!.getFields()).sort()).toEqual(queryFields);
    expect(validate(platform!.schema, parse(QUERY))).toEqual([]);
    for (const name of Object.keys(CONTRACT_VARIANTS) as (keyof typeof CONTRACT_VARIANTS)[]) {
      expect(validate(contracts.variants.get(name)!, parse(QUERY))).toEqual([]);
    }
    expect(AUDIENCE_TAGS).toEqual(expect.arrayContaining(['platform', 'bank', 'regulator']));
  });

  it('keeps the API schema as it was, so every answer stays the same', () => {
    expect(printSchema(apiSchemaOf(transformed))).toBe(printSchema(apiSchemaOf(original)));
  });

  it('requires authentication on every root field and nowhere else', () => {
    const requirements = requirementsOf(transformed);
    expect(requirements.coordinates().sort()).toEqual(queryFields.map((f) => `Query.${f}`));
    expect(requirements.of('Query', 'people')?.requirements).toEqual([{ kind: 'authenticated' }]);
    expect(requirements.of('Item', 'freight')).toBeNull();
  });

  it('loads in @apollo/gateway as the gateway hands it over (authorization links stripped)', async () => {
    const gateway = new ApolloGateway({ supergraphSdl: executableSupergraphSdl(transformed), logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined } });
    try {
      const { schema } = await gateway.load();
      expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(queryFields);
      expect(validate(schema, parse(QUERY))).toEqual([]);
    } finally {
      await gateway.stop();
    }
  });

  it('refuses a supergraph that has audiences or rules of its own, or is no supergraph', () => {
    expect(() => withAudiences(transformed)).toThrow(/already links https:\/\/specs\.apollo\.dev\/tag\/v0\.3/);
    expect(() => withAudiences('type Query { a: Int }')).toThrow(/no schema definition/);
    expect(() => withAudiences('schema { query: Query } type Query { a: Int }')).toThrow(/does not link the join spec/);
  });
});

describe('withSubgraphsAt', () => {
  it('moves every subgraph to the given origin, keeping its path', () => {
    const moved = withSubgraphsAt(composed(), 'http://127.0.0.1:4917');
    const urls = [...moved.matchAll(/@join__graph\(name: "(\w+)", url: "([^"]+)"\)/g)].map(([, name, url]) => [name, url]);
    expect(urls.sort()).toEqual(Object.keys(SUBGRAPHS).sort().map((name) => [name, `http://127.0.0.1:4917/${name}`]));
  });

  it('refuses a document that names no subgraph', () => {
    expect(() => withSubgraphsAt('type Query { a: Int }', 'http://127.0.0.1:1')).toThrow(/names no subgraph/);
  });
});
