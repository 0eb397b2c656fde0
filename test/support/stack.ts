import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { sqlStatementCount, systemTokenSource, type Department } from '@zone/common';
import { startInProcess, type InProcessOptions, type InProcessStack } from '../../scripts/lib/in-process';
import { createJwtAuthenticator } from '../../gateway/src/auth/authenticate';
import { createLocalIssuer, type LocalIssuer, type TokenClaims } from '../../gateway/src/auth/dev-keys';
import { withDatabase } from './urls';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Stack extends InProcessStack {
  gatewayBase: string;
  databaseUrl: string;
  /** The token issuer the gateway trusts in this stack. */
  issuer: LocalIssuer;
  /** A bearer token for the given caller. */
  token: (claims: TokenClaims) => Promise<string>;
  /** Sends a query; as a province-wide PLATFORM caller unless headers carry another authorization. */
  query: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLResponse<T>>;
  sqlCount: (department: Department) => Promise<number>;
}

/**
 * The product as it runs, for one test file: a fresh clone of the test database, the six
 * departments' servers and the gateway, each on its own port, talking HTTP to each other.
 */
export interface StackOptions {
  /**
   * false: banks may send ad-hoc documents, so a test can reach the departments' own rules for
   * banks (defence in depth behind the gateway's trusted documents).
   */
  trustedDocuments?: false;
  /** false: every role sees the whole API instead of its audience's variant, for the same reason. */
  contracts?: false;
  /** The gateway's assertion keys, for a test that runs a gateway process of its own against these departments. */
  assertionKeys?: Parameters<typeof startInProcess>[0]['assertionKeys'];
  /** Departments behind proxies a test can make hang, and the gateway's timeouts and breaker for such tests. */
  resilience?: Pick<InProcessOptions, 'hangable' | 'departmentTimeoutsMs' | 'breaker'>;
  /** Browser origins that may call the gateway's /graphql (default: none). */
  cors?: InProcessOptions['cors'];
  /** true: the console's development sign-in, minting demo tokens from this stack's issuer. */
  consoleDemoSignIn?: true;
  /** true: GraphiQL's development role picker, minting demo tokens from this stack's issuer (as under `npm start`). */
  graphiqlDemoSignIn?: true;
  /** Requests per caller and minute at the gateway (default: none counted). */
  rateLimiter?: InProcessOptions['rateLimiter'];
  /**
   * Time the gateway gives each department call (30000 ms: a busy machine makes a test slower,
   * never wrong). A test of timeouts and degraded answers sets its own, shorter one.
   */
  subgraphTimeoutMs?: number;
  /** The database this stack's is a copy of (default: the test data set's template, TEST_TEMPLATE_DB). */
  template?: string;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL!;
  const template = options.template ?? process.env.TEST_TEMPLATE_DB!;
  const database = `${template.replace('zone_tpl_', 'zone_t_')}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, database);
  const issuer = await createLocalIssuer();
  // The departments sign their connection cursors with it (read when the first cursor is made).
  process.env.CURSOR_KEY ??= randomBytes(32).toString('base64url');
  const authenticate = createJwtAuthenticator({ keys: issuer.keys, issuer: issuer.issuer, audience: issuer.audience });
  const stack = await startInProcess({
    urlOf: () => databaseUrl,
    poolSize: 4,
    subgraphTimeoutMs: options.subgraphTimeoutMs ?? 30_000,
    authenticate,
    auditDatabaseUrl: databaseUrl,
    ...(options.trustedDocuments === false ? { trustedDocuments: null } : {}),
    ...(options.assertionKeys ? { assertionKeys: options.assertionKeys } : {}),
    ...(options.contracts === false ? { contracts: false as const } : {}),
    ...options.resilience,
    ...(options.cors ? { cors: options.cors } : {}),
    ...(options.consoleDemoSignIn ? { console: { demoTokens: (claims) => issuer.issue(claims, '1h') } } : {}),
    ...(options.graphiqlDemoSignIn ? { graphiql: { demoTokens: (claims) => issuer.issue(claims, '1h') } } : {}),
    ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
    systemTokens: (department) => systemTokenSource({ department, privateKey: issuer.systemKeys[department], issuer: issuer.issuer, audience: issuer.audience }),
  });
  const platformToken = await issuer.issue({ role: 'PLATFORM', org: 'ZONE-PLATFORM' }, '1h');

  return {
    ...stack,
    gatewayBase: stack.gatewayUrl.replace(/\/graphql$/, ''),
    databaseUrl,
    issuer,
    token: (claims) => issuer.issue(claims),
    query: async (query, variables, headers) => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${platformToken}`, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    sqlCount: (department) => sqlStatementCount(stack.runtimes[department].metrics),
    close: async () => {
      await stack.close();
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
