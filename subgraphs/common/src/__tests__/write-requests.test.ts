import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { lockBusinessKey } from '../writes';
import { currentWriteRequestId, recordWriteRequest, runAsWriteOf, withWriteScope } from '../write-requests';

/** A transaction client that records the statements it is given. */
function fakeTx() {
  const statements: { sql: string; values: unknown[] }[] = [];
  return {
    statements,
    $executeRawUnsafe: async (sql: string, ...values: unknown[]) => {
      statements.push({ sql, values });
      return 1;
    },
  };
}

describe('write scope of mutations', () => {
  const typeDefs = parse(`type Query { peek: String } type Mutation { write(key: String!): String }`);

  it('gives every Mutation field its request id, across awaits inside the write, and no Query field', async () => {
    const tx = fakeTx();
    const schema = withWriteScope(
      buildSubgraphSchema({
        typeDefs,
        resolvers: {
          Query: { peek: () => currentWriteRequestId() },
          Mutation: {
            write: async (_: unknown, { key }: { key: string }) => {
              await new Promise((resolve) => setTimeout(resolve, 1));
              await lockBusinessKey(tx, 'test.record', key);
              return currentWriteRequestId();
            },
          },
        },
      }),
    );
    const written = await graphql({ schema, source: 'mutation { write(key: "K1") }', contextValue: { requestId: 'req-42' } });
    expect(written).toEqual({ data: { write: 'req-42' } });
    expect(tx.statements.map((s) => s.values)).toEqual([['["test.record","K1"]'], ['req-42', 'test.record', '["K1"]']]);
    expect(tx.statements[1]!.sql).toMatch(/^INSERT INTO write_request .* ON CONFLICT DO NOTHING$/);
    const read = await graphql({ schema, source: '{ peek }', contextValue: { requestId: 'req-43' } });
    expect(read).toEqual({ data: { peek: null } });
  });

  it('records nothing outside a request (seeds, tools), and the request of the scope it runs in', async () => {
    const tx = fakeTx();
    await recordWriteRequest(tx, 'test.record', ['K']);
    expect(tx.statements).toEqual([]);
    await Promise.all([
      runAsWriteOf('req-a', () => recordWriteRequest(tx, 'test.record', ['A'])),
      runAsWriteOf('req-b', () => recordWriteRequest(tx, 'test.record', ['B'])),
    ]);
    expect(tx.statements.map((s) => s.values)).toEqual([
      ['req-a', 'test.record', '["A"]'],
      ['req-b', 'test.record', '["B"]'],
    ]);
  });
});
