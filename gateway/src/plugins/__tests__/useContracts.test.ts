import { ApolloServer } from '@apollo/server';
import { buildSchema, type GraphQLSchema } from 'graphql';
import type { CallerRole } from '@zone/common';
import type { Contracts } from '../../contracts';
import type { GatewayContext } from '../../context';
import { useContracts } from '../useContracts';

// The plugin on a small schema: the whole API has zones and secrets, the BANK variant zones only.
const typeDefs = 'type Query { zones: [String!]! secrets: [String!]! }';
const variantSchema = buildSchema('type Query { zones: [String!]! }');

function serverWith(validationsKept?: number) {
  const validated: string[] = [];
  const contracts = {
    variantOf: (role: CallerRole) => {
      if (role !== 'BANK') return null;
      // Read once per validation against the variant.
      return {
        name: 'bank',
        get schema(): GraphQLSchema {
          validated.push(role);
          return variantSchema;
        },
      };
    },
  } as unknown as Contracts;
  const server = new ApolloServer<GatewayContext>({
    typeDefs,
    resolvers: { Query: { zones: () => ['SHAOGUAN'], secrets: () => ['s'] } },
    plugins: [useContracts({ supergraphSdl: '', contracts, ...(validationsKept === undefined ? {} : { validationsKept }) }).apollo!],
  });
  const run = async (query: string, role: CallerRole = 'BANK') => {
    const log = { info: () => undefined, child: () => log } as unknown as GatewayContext['log'];
    const contextValue = { requestId: 'r', caller: { organisation: 'O', role, zone: null, department: null, scopes: [] }, log } as unknown as GatewayContext;
    const { body } = await server.executeOperation({ query }, { contextValue });
    if (body.kind !== 'single') throw new Error('single result expected');
    return body.singleResult;
  };
  return { server, run, validated };
}

describe('useContracts: validation verdicts kept per variant and document', () => {
  it('validates a document against the variant once, and answers its later requests alike', async () => {
    const { server, run, validated } = serverWith();
    await server.start();
    try {
      for (let i = 0; i < 3; i += 1) expect(await run('{ zones }')).toEqual({ data: { zones: ['SHAOGUAN'] } });
      expect(validated).toHaveLength(1);
      const refusals = [await run('{ secrets }'), await run('{ secrets }')];
      for (const refusal of refusals) {
        expect(refusal.data).toBeUndefined();
        expect(refusal.errors).toEqual([expect.objectContaining({ message: 'Cannot query field "secrets" on type "Query".', extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) })]);
      }
      expect(validated).toHaveLength(2);
      // The same text is the same document; another text is validated on its own.
      await run('{ zones zones }');
      expect(validated).toHaveLength(3);
      // A role without a variant is not validated against one.
      expect(await run('{ secrets }', 'PLATFORM')).toEqual({ data: { secrets: ['s'] } });
      expect(validated).toHaveLength(3);
    } finally {
      await server.stop();
    }
  });

  it('validates every request when nothing is kept', async () => {
    const { server, run, validated } = serverWith(0);
    await server.start();
    try {
      await run('{ zones }');
      await run('{ zones }');
      expect((await run('{ secrets }')).errors).toHaveLength(1);
      expect(validated).toHaveLength(3);
    } finally {
      await server.stop();
    }
  });
});
