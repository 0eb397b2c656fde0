import path from 'node:path';
import { DEPARTMENTS, parsePort, parsePositiveInt, schemaNameOf, type Department } from '@zone/common';
import { DEFAULT_PORTS } from '@zone/common';

export interface GatewayConfig {
  port: number;
  host: string;
  /** Supergraph SDL file: --supergraph <path>, SUPERGRAPH_PATH, or the committed schema/supergraph.graphql. */
  supergraphPath: string;
  /** Where each department's subgraph answers (overrides the URLs written in the supergraph). */
  subgraphUrls: Record<Department, string>;
  /** Time allowed for one subgraph request before it counts as failed. */
  subgraphTimeoutMs: number;
  /** Client authentication and caller assertions, or `off` (development only, --no-security). */
  security: SecurityConfig;
}

export type SecurityConfig =
  | {
      mode: 'on';
      /** JWKS of the token issuer: a file (JWKS_PATH) or a URL (JWKS_URL). */
      jwks: { path: string } | { url: string };
      issuer: string;
      audience: string;
      /** Private JWK with which the gateway signs caller assertions for the departments. */
      assertionKeyPath: string;
    }
  | {
      mode: 'off';
      /** Departments of this product still need assertions; a foreign supergraph's subgraphs do not. */
      assertionKeyPath: string | null;
    };

export const DEFAULT_SUPERGRAPH_PATH = path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

/** Environment variable with a department's subgraph URL, e.g. PUBLIC_SECURITY_URL. */
export function subgraphUrlVariableOf(department: Department): string {
  return `${schemaNameOf(department).toUpperCase()}_URL`;
}

function argValue(argv: readonly string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  if (index === -1) return undefined;
  const value = argv[index + 1];
  if (!value || value.startsWith('--')) throw new Error(`${flag} needs a value`);
  return value;
}

function loadSecurity(env: NodeJS.ProcessEnv, argv: readonly string[]): SecurityConfig {
  const assertionKeyPath = env.ASSERTION_KEY_PATH || null;
  if (argv.includes('--no-security')) return { mode: 'off', assertionKeyPath };
  let jwks: { path: string } | { url: string };
  if (env.JWKS_PATH) jwks = { path: env.JWKS_PATH };
  else if (env.JWKS_URL) {
    try {
      new URL(env.JWKS_URL);
    } catch {
      throw new Error(`JWKS_URL must be an absolute URL, got "${env.JWKS_URL}"`);
    }
    jwks = { url: env.JWKS_URL };
  } else throw new Error('JWKS_PATH or JWKS_URL must be set (or start with --no-security for development)');
  if (!env.JWT_ISSUER) throw new Error('JWT_ISSUER must be set to the issuer whose tokens the gateway accepts');
  if (!assertionKeyPath) throw new Error('ASSERTION_KEY_PATH must point to the private JWK that signs caller assertions');
  return { mode: 'on', jwks, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE || 'zone-gateway', assertionKeyPath };
}

/** Reads the gateway's settings once from the environment and the command line; throws naming the setting at fault. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv, argv: readonly string[] = []): GatewayConfig {
  const subgraphUrls = {} as Record<Department, string>;
  for (const department of DEPARTMENTS) {
    const variable = subgraphUrlVariableOf(department);
    const url = env[variable] || `http://127.0.0.1:${DEFAULT_PORTS[department]}/graphql`;
    try {
      new URL(url);
    } catch {
      throw new Error(`${variable} must be an absolute URL, got "${url}"`);
    }
    subgraphUrls[department] = url;
  }
  return {
    port: parsePort('PORT', env.PORT, 4000),
    host: env.HOST || '127.0.0.1',
    supergraphPath: path.resolve(argValue(argv, '--supergraph') ?? env.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH),
    subgraphUrls,
    subgraphTimeoutMs: parsePositiveInt('SUBGRAPH_TIMEOUT_MS', env.SUBGRAPH_TIMEOUT_MS, 10000),
    security: loadSecurity(env, argv),
  };
}
