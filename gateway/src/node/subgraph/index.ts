import { parse, type GraphQLSchema } from 'graphql';
import { MAX_NODES, badUserInput, buildEntitySubgraphSchema, decodeNodeId, subgraphSdl, withInputChecks, type FieldProblem } from '@zone/common';

/** Name of the gateway's node subgraph in the supergraph (schema/src/subgraphs.ts composes its SDL, next to this file). */
export const NODE_SUBGRAPH = 'node';

export function nodeSubgraphSdl(): string {
  return subgraphSdl(__dirname);
}

/** The type a global id names, as the reference the query planner takes to its department; or the problem with it. */
function referenceOf(id: string, field: string): { __typename: string; id: string } | FieldProblem {
  const decoded = decodeNodeId(id);
  return decoded.ok ? { __typename: decoded.type, id } : { field, reason: decoded.reason };
}

const isProblem = (value: object): value is FieldProblem => 'reason' in value;

/**
 * The gateway's node subgraph, executed in process: it only tells the type of a global id. The
 * query planner then asks the department owning that type for the record by its `id` key, and
 * that department applies its row rules and masking as for any other read of the record.
 */
export function createNodeSubgraphSchema(): GraphQLSchema {
  return withInputChecks(
    buildEntitySubgraphSchema(parse(nodeSubgraphSdl()), {
      Query: {
        node: (_root: unknown, { id }: { id: string }) => {
          const reference = referenceOf(id, 'id');
          if (isProblem(reference)) throw badUserInput(reference);
          return reference;
        },
        nodes: (_root: unknown, { ids }: { ids: string[] }) => {
          if (ids.length > MAX_NODES) throw badUserInput({ field: 'ids', reason: `must hold at most ${MAX_NODES} ids, got ${ids.length}` });
          const references = ids.map((id, i) => referenceOf(id, `ids[${i}]`));
          const problems = references.filter(isProblem);
          if (problems.length > 0) throw badUserInput(problems);
          return references;
        },
      },
      Node: {
        __resolveType: (reference: { __typename: string }) => reference.__typename,
      },
    }),
  );
}
