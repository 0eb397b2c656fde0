import type { GraphQLResponse, Stack } from './stack';

/** A page of a record search (Relay connection with a bounded count). */
export interface SearchPage<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  totalCountIsEstimate: boolean;
}

export interface DrainedSearch<N> {
  nodes: N[];
  /** The first page's totalCount and whether it was an estimate. */
  totalCount: number;
  estimate: boolean;
  /** The last page's endCursor: where a later search resumes. */
  cursor: string | null;
}

/** Every page of a search until hasNextPage is false, each page asked for with the last endCursor. */
export async function drainSearch<N>(stack: Stack, query: string, field: string, variables: Record<string, unknown>, token: string, first: number): Promise<DrainedSearch<N>> {
  const nodes: N[] = [];
  let after: string | null = null;
  let totalCount = -1;
  let estimate = false;
  for (;;) {
    const response: GraphQLResponse<Record<string, SearchPage<N>>> = await stack.query<Record<string, SearchPage<N>>>(query, { ...variables, first, after }, { authorization: `Bearer ${token}` });
    expect(response.errors).toBeUndefined();
    const page: SearchPage<N> = response.data![field]!;
    if (totalCount < 0) {
      totalCount = page.totalCount;
      estimate = page.totalCountIsEstimate;
    }
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount, estimate, cursor: page.pageInfo.endCursor };
    after = page.pageInfo.endCursor;
  }
}
