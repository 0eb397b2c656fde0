import { composeServices } from '@apollo/composition';
import { parse, type GraphQLSchema } from 'graphql';
import type { Caller } from '@zone/common';
import { Supergraph } from '@apollo/federation-internals';
import { executableSupergraphSdl } from '../supergraph';

const LINK = '@link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@authenticated", "@requiresScopes", "@policy"])';

/**
 * Two small departments composed as the real ones are: field- and type-level requirements, an
 * interface, non-null fields at several depths and a mutation with a department policy.
 */
const SUBGRAPHS = [
  {
    name: 'commerce',
    typeDefs: `extend schema ${LINK}
      type Query {
        order(no: String!): Order @authenticated
        orders: [Order!]! @authenticated
        zones: [String!]! @authenticated
        secretDossier: Dossier
        parties: [Party!]!
      }
      type Mutation {
        submitOrder(no: String!): Order! @authenticated @policy(policies: [["own_department"], ["zone_platform"]])
      }
      type Order @key(fields: "no") {
        no: String!
        buyer: Buyer!
        note: String @requiresScopes(scopes: [["notes:read", "pii:read"], ["notes:all"]])
        dossier: Dossier
      }
      type Buyer {
        name: String!
        idHash: String @requiresScopes(scopes: [["identity:match"]])
        idHashStrict: String! @requiresScopes(scopes: [["identity:match"]])
      }
      "A type whose every appearance needs the scope dossier:read."
      type Dossier @requiresScopes(scopes: [["dossier:read"]]) {
        text: String!
      }
      interface Party { code: String! }
      type Person implements Party { code: String! ssn: String @requiresScopes(scopes: [["identity:match"]]) }
      type Company implements Party { code: String! }
    `,
  },
  {
    name: 'forex',
    typeDefs: `extend schema ${LINK}
      type Query {
        payment(no: String!): Payment @authenticated @policy(policies: [["looks_up_by_number"]])
      }
      type Payment { no: String! amount: String! }
      type Order @key(fields: "no") {
        no: String!
        payment: Payment
      }
    `,
  },
];

export function fixtureSupergraphSdl(): string {
  const result = composeServices(SUBGRAPHS.map((s) => ({ name: s.name, url: `http://${s.name}.invalid/graphql`, typeDefs: parse(s.typeDefs) })));
  if (result.errors?.length || !result.supergraphSdl) throw new Error(`fixture does not compose: ${result.errors?.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}

/** The API schema clients validate against, as the gateway builds it. */
export function fixtureApiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(executableSupergraphSdl(supergraphSdl)).apiSchema().toGraphQLJSSchema();
}

export function caller(overrides: Partial<Caller> = {}): Caller {
  return { organisation: 'ORG', role: 'PLATFORM', zone: null, department: null, scopes: [], ...overrides };
}

