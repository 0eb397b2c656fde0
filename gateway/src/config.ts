import path from 'node:path';
import { DEPARTMENTS, eventBusConfigOf, parsePort, parsePositiveInt, schemaNameOf, type CallerRole, type Department } from '@zone/common';
import { DEFAULT_PORTS, type EventBusConfig } from '@zone/common';
import { TOKEN_ROLES } from './auth/caller-claims';
import { parseCorsOrigins, type CorsConfig } from './cors';
import { DEFAULT_BATCH_MAX_OPERATIONS } from './batching';
import { DEFAULT_COST_OPTIONS } from './limits/cost';
import { DEFAULT_LIMITS, type LimitsConfig } from './limits/policy';
import { DEFAULT_ANONYMOUS_RATE_PER_MINUTE, DEFAULT_RATE_PER_MINUTE, DEFAULT_REDIS_COMMAND_TIMEOUT_MS, DEFAULT_REDIS_KEY_PREFIX, type RateLimitConfig } from './rate-limit/rate-limiter';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from './trusted-documents/manifest';
import { DEFAULT_BREAKER, type BreakerSettings } from './upstream-policy';

export interface GatewayConfig {
  port: number;
  host: string;
  /** PostgreSQL of the audit log (AUDIT_DATABASE_URL, else DATABASE_URL); required with security on. */
  auditDatabaseUrl: string | null;
  /**
   * The SM2 key that signs the audit log's tree heads (AUDIT_SIGNING_KEY_PATH, a JSON file with
   * kid, privateKey, publicKey; `npm start` generates one). null: no tree head is signed here.
   */
  auditSigningKeyPath: string | null;
  /**
   * The public key directory of the departments' attestation keys (ATTESTATION_KEY_DIRECTORY_PATH,
   * `npm start` writes one): published at /keys/departments.json and used by verifyAttestation.
   * null: the directory is empty and no attestation verifies.
   */
  attestationKeyDirectoryPath: string | null;
  /** Supergraph SDL file: --supergraph <path>, SUPERGRAPH_PATH, or the committed schema/supergraph.graphql. */
  supergraphPath: string;
  /** Where each department's subgraph answers (overrides the URLs written in the supergraph). */
  subgraphUrls: Record<Department, string>;
  /** Time allowed for one subgraph request before it counts as failed (SUBGRAPH_TIMEOUT_MS, default 10000). */
  subgraphTimeoutMs: number;
  /** Per department: its <DEPT>_TIMEOUT_MS, else subgraphTimeoutMs. */
  departmentTimeoutsMs: Record<Department, number>;
  /** Circuit breaker of every department: SUBGRAPH_BREAKER_FAILURES, SUBGRAPH_BREAKER_HALF_OPEN_MS. */
  breaker: BreakerSettings;
  /** Client authentication and caller assertions, or `off` (development only, --no-security). */
  security: SecurityConfig;
  /** Demand control of ad-hoc operations: QUERY_MAX_*, QUERY_DEFAULT_LIST_SIZE, QUERY_COST_LIMIT_<ROLE>. */
  limits: LimitsConfig;
  /** Requests per caller and minute: RATE_LIMIT_PER_MINUTE[_<ROLE>], RATE_LIMIT_ANONYMOUS_PER_MINUTE, shared through REDIS_URL (keys under REDIS_KEY_PREFIX) when set. */
  rateLimit: RateLimitConfig;
  /**
   * Which proxies may name the client address in X-Forwarded-For (TRUST_PROXY): a number of hops,
   * or addresses and subnets (as Express's "trust proxy"). null (default): the client address is
   * the TCP peer's, and X-Forwarded-For is ignored.
   */
  trustProxy: number | string[] | null;
  /** Manifest of registered operations (TRUSTED_DOCUMENTS_PATH, default gateway/trusted-documents.json). */
  trustedDocumentsPath: string;
  /** Browser origins that may call /graphql (CORS_ORIGINS; CORS_ALLOW_LOCALHOST, set by `npm start`). */
  cors: CorsConfig;
  /**
   * The token issuer's private key (a JWK file) with which the console's development sign-in
   * mints demo tokens (CONSOLE_DEMO_ISSUER_KEY_PATH, set by `npm start` only). Refused when
   * NODE_ENV is production; null: the console has no demo sign-in.
   */
  consoleDemoIssuerKeyPath: string | null;
  /** Most operations in one batched request (BATCH_MAX_OPERATIONS, default 10). */
  batchMaxOperations: number;
  /**
   * Where the departments' committed events arrive (REDIS_URL, else EVENT_BUS_DATABASE_URL, else
   * the audit database); null: no database and no Redis, so no subscriptions.
   */
  eventBus: EventBusConfig | null;
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

/** Environment variable with a department's own subgraph timeout, e.g. PUBLIC_SECURITY_TIMEOUT_MS. */
export function departmentTimeoutVariableOf(department: Department): string {
  return `${schemaNameOf(department).toUpperCase()}_TIMEOUT_MS`;
}

function loadDepartmentTimeouts(env: NodeJS.ProcessEnv, fallback: number): Record<Department, number> {
  return Object.fromEntries(
    DEPARTMENTS.map((department) => {
      const variable = departmentTimeoutVariableOf(department);
      return [department, parsePositiveInt(variable, env[variable], fallback)];
    }),
  ) as Record<Department, number>;
}

function loadBreaker(env: NodeJS.ProcessEnv): BreakerSettings {
  return {
    failures: parsePositiveInt('SUBGRAPH_BREAKER_FAILURES', env.SUBGRAPH_BREAKER_FAILURES, DEFAULT_BREAKER.failures),
    halfOpenAfterMs: parsePositiveInt('SUBGRAPH_BREAKER_HALF_OPEN_MS', env.SUBGRAPH_BREAKER_HALF_OPEN_MS, DEFAULT_BREAKER.halfOpenAfterMs),
  };
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

/** One value per role: `<PREFIX>_<ROLE>` when set, else `fallback[role]`. */
function perRole(env: NodeJS.ProcessEnv, prefix: string, fallback: Record<CallerRole, number>): Record<CallerRole, number> {
  const values = {} as Record<CallerRole, number>;
  for (const role of TOKEN_ROLES) {
    const variable = `${prefix}_${role}`;
    values[role] = parsePositiveInt(variable, env[variable], fallback[role]);
  }
  return values;
}

function loadLimits(env: NodeJS.ProcessEnv): LimitsConfig {
  return {
    maxDepth: parsePositiveInt('QUERY_MAX_DEPTH', env.QUERY_MAX_DEPTH, DEFAULT_LIMITS.maxDepth),
    maxAliases: parsePositiveInt('QUERY_MAX_ALIASES', env.QUERY_MAX_ALIASES, DEFAULT_LIMITS.maxAliases),
    maxRootFields: parsePositiveInt('QUERY_MAX_ROOT_FIELDS', env.QUERY_MAX_ROOT_FIELDS, DEFAULT_LIMITS.maxRootFields),
    maxTokens: parsePositiveInt('QUERY_MAX_TOKENS', env.QUERY_MAX_TOKENS, DEFAULT_LIMITS.maxTokens),
    costBudgets: perRole(env, 'QUERY_COST_LIMIT', DEFAULT_LIMITS.costBudgets),
    cost: { ...DEFAULT_COST_OPTIONS, defaultListSize: parsePositiveInt('QUERY_DEFAULT_LIST_SIZE', env.QUERY_DEFAULT_LIST_SIZE, DEFAULT_COST_OPTIONS.defaultListSize) },
  };
}

function loadRateLimit(env: NodeJS.ProcessEnv): RateLimitConfig {
  const all = parsePositiveInt('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_PER_MINUTE);
  const perMinute = perRole(env, 'RATE_LIMIT_PER_MINUTE', Object.fromEntries(TOKEN_ROLES.map((role) => [role, all])) as Record<CallerRole, number>);
  const anonymousPerMinute = parsePositiveInt('RATE_LIMIT_ANONYMOUS_PER_MINUTE', env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, DEFAULT_ANONYMOUS_RATE_PER_MINUTE);
  const onFailure = env.RATE_LIMIT_REDIS_FAILURE || 'local';
  if (onFailure !== 'local' && onFailure !== 'refuse') throw new Error(`RATE_LIMIT_REDIS_FAILURE must be "local" or "refuse", got "${onFailure}"`);
  const keyPrefix = loadRedisKeyPrefix(env);
  const commandTimeoutMs = parsePositiveInt('REDIS_COMMAND_TIMEOUT_MS', env.REDIS_COMMAND_TIMEOUT_MS, DEFAULT_REDIS_COMMAND_TIMEOUT_MS);
  if (!env.REDIS_URL) return { perMinute, anonymousPerMinute, redis: null };
  let protocol: string;
  try {
    protocol = new URL(env.REDIS_URL).protocol;
  } catch {
    throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, got "${env.REDIS_URL}"`);
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, got "${env.REDIS_URL}"`);
  return { perMinute, anonymousPerMinute, redis: { url: env.REDIS_URL, onFailure, keyPrefix, commandTimeoutMs } };
}

const REDIS_KEY_PREFIX = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** REDIS_KEY_PREFIX: 1-64 of [A-Za-z0-9._:-], starting with a letter or digit; default DEFAULT_REDIS_KEY_PREFIX. */
function loadRedisKeyPrefix(env: NodeJS.ProcessEnv): string {
  const value = env.REDIS_KEY_PREFIX;
  if (value === undefined || value === '') return DEFAULT_REDIS_KEY_PREFIX;
  if (!REDIS_KEY_PREFIX.test(value)) {
    throw new Error(`REDIS_KEY_PREFIX must be 1-64 of the characters A-Z a-z 0-9 . _ : - starting with a letter or digit, got "${value}"`);
  }
  return value;
}

const PROXY_ADDRESS = /^(loopback|linklocal|uniquelocal|[0-9A-Fa-f.:]+(\/[0-9]{1,3})?)$/;

function loadTrustProxy(env: NodeJS.ProcessEnv): number | string[] | null {
  const value = env.TRUST_PROXY?.trim();
  if (!value || value === 'false') return null;
  if (/^[0-9]+$/.test(value)) return parsePositiveInt('TRUST_PROXY', value, 1);
  const addresses = value.split(',').map((item) => item.trim());
  if (addresses.some((item) => !PROXY_ADDRESS.test(item))) {
    throw new Error(`TRUST_PROXY must be a number of proxy hops or a comma-separated list of proxy addresses or subnets (e.g. 10.0.0.0/8, loopback), got "${value}"`);
  }
  return addresses;
}

/** CORS_ORIGINS and CORS_ALLOW_LOCALHOST ("true" or "false", default false). */
export function loadCors(env: NodeJS.ProcessEnv): CorsConfig {
  const allowLocalhost = env.CORS_ALLOW_LOCALHOST?.trim() || 'false';
  if (allowLocalhost !== 'true' && allowLocalhost !== 'false') {
    throw new Error(`CORS_ALLOW_LOCALHOST must be "true" or "false", got "${env.CORS_ALLOW_LOCALHOST}"`);
  }
  return { origins: parseCorsOrigins('CORS_ORIGINS', env.CORS_ORIGINS), allowLocalhost: allowLocalhost === 'true' };
}

function loadAuditDatabaseUrl(env: NodeJS.ProcessEnv, argv: readonly string[]): string | null {
  const url = env.AUDIT_DATABASE_URL || env.DATABASE_URL || null;
  if (!url && !argv.includes('--no-security')) {
    throw new Error('AUDIT_DATABASE_URL or DATABASE_URL must be set: every access is recorded in the audit log');
  }
  return url;
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
  const subgraphTimeoutMs = parsePositiveInt('SUBGRAPH_TIMEOUT_MS', env.SUBGRAPH_TIMEOUT_MS, 10000);
  const auditDatabaseUrl = loadAuditDatabaseUrl(env, argv);
  const busDatabaseUrl = env.EVENT_BUS_DATABASE_URL || auditDatabaseUrl;
  return {
    port: parsePort('PORT', env.PORT, 4000),
    host: env.HOST || '127.0.0.1',
    supergraphPath: path.resolve(argValue(argv, '--supergraph') ?? env.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH),
    subgraphUrls,
    subgraphTimeoutMs,
    departmentTimeoutsMs: loadDepartmentTimeouts(env, subgraphTimeoutMs),
    breaker: loadBreaker(env),
    security: loadSecurity(env, argv),
    auditDatabaseUrl,
    auditSigningKeyPath: env.AUDIT_SIGNING_KEY_PATH ? path.resolve(env.AUDIT_SIGNING_KEY_PATH) : null,
    attestationKeyDirectoryPath: env.ATTESTATION_KEY_DIRECTORY_PATH ? path.resolve(env.ATTESTATION_KEY_DIRECTORY_PATH) : null,
    limits: loadLimits(env),
    rateLimit: loadRateLimit(env),
    trustProxy: loadTrustProxy(env),
    trustedDocumentsPath: path.resolve(env.TRUSTED_DOCUMENTS_PATH || DEFAULT_TRUSTED_DOCUMENTS_PATH),
    cors: loadCors(env),
    consoleDemoIssuerKeyPath: loadConsoleDemoIssuerKeyPath(env),
    batchMaxOperations: parsePositiveInt('BATCH_MAX_OPERATIONS', env.BATCH_MAX_OPERATIONS, DEFAULT_BATCH_MAX_OPERATIONS),
    eventBus: env.REDIS_URL || busDatabaseUrl ? eventBusConfigOf(env, busDatabaseUrl ?? '') : null,
  };
}

function loadConsoleDemoIssuerKeyPath(env: NodeJS.ProcessEnv): string | null {
  const file = env.CONSOLE_DEMO_ISSUER_KEY_PATH;
  if (!file) return null;
  if (env.NODE_ENV === 'production') throw new Error('CONSOLE_DEMO_ISSUER_KEY_PATH is for development only: unset it when NODE_ENV is production');
  return path.resolve(file);
}
