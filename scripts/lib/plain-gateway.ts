/**
 * Plain @apollo/gateway in front of the six departments, for the benchmark's comparison: Apollo
 * Server's standalone HTTP server, the gateway over the committed supergraph and one
 * RemoteGraphQLDataSource per department, nothing else (no authentication, audit, limits,
 * contracts, breaker, retry, deadline or shared fetches). None of this product's gateway code runs
 * here except the function that makes the supergraph loadable by @apollo/gateway.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { KeyLike } from 'jose';
import { ASSERTION_HEADER, signCallerAssertion } from '../../subgraphs/common/src/assertion';
import type { Caller, Department } from '../../subgraphs/common/src/caller';
import { executableSupergraphSdl } from '../../gateway/src/authorization/supergraph';

/** What the process entry (plain-gateway-main.ts) prints once it listens. */
export const PLAIN_GATEWAY_LISTENING = 'plain @apollo/gateway listening';

/** The one caller every request of the plain gateway is sent as: a province-wide platform without scopes. */
export const PLAIN_GATEWAY_CALLER: Caller = { organisation: 'PLAIN-APOLLO-GATEWAY', role: 'PLATFORM', zone: null, department: null, scopes: [] };

export interface PlainGatewayOptions {
  /** The supergraph as composed (schema/supergraph.graphql), authorization directives and all. */
  supergraphSdl: string;
  /** Where each department answers (its /graphql URL). */
  subgraphUrls: Record<Department, string>;
  /** The private key departments verify caller assertions with (ASSERTION_KEY_PATH's key). */
  assertionKey: KeyLike;
}

interface PlainContext {
  /** The request's caller assertion, signed when its first department call is about to be sent. */
  assertion?: Promise<string>;
}

/**
 * A department answers nothing without a caller assertion it can verify (x-zone-assertion, ES256,
 * subgraphs/common/src/assertion.ts): signing one per request is the minimum any gateway in front
 * of them must do, so the plain gateway does that and no more (no reuse across requests, unlike
 * this product's gateway, which reuses one per caller for half its lifetime).
 */
class AssertingDataSource extends RemoteGraphQLDataSource<PlainContext> {
  constructor(
    url: string,
    private readonly assertionKey: KeyLike,
  ) {
    super({ url });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<PlainContext>): Promise<void> {
    const perRequest = context as PlainContext;
    perRequest.assertion ??= signCallerAssertion(PLAIN_GATEWAY_CALLER, this.assertionKey);
    request.http!.headers.set(ASSERTION_HEADER, await perRequest.assertion);
  }
}

export function createPlainGateway(options: PlainGatewayOptions): ApolloServer<PlainContext> {
  const gateway = new ApolloGateway({
    // @apollo/gateway refuses the authorization specs the supergraph links (for: SECURITY): loaded without them.
    supergraphSdl: executableSupergraphSdl(options.supergraphSdl),
    buildService: ({ name, url }) => {
      const department = name as Department;
      // The gateway's own in-process subgraphs (audit, attestation, alerts, node) have no server here: their URL is never answered.
      return new AssertingDataSource(options.subgraphUrls[department] ?? url ?? 'http://gateway.internal/', options.assertionKey);
    },
  });
  return new ApolloServer<PlainContext>({ gateway, stopOnTerminationSignals: true });
}

/** Listens on host:port; resolves with the /graphql URL. */
export async function listenPlainGateway(server: ApolloServer<PlainContext>, host: string, port: number): Promise<string> {
  const { url } = await startStandaloneServer(server, { listen: { host, port }, context: async () => ({}) });
  return url;
}
