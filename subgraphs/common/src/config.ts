import type { Department } from './caller';
import { databaseUrlFor, schemaNameOf } from './database';
import { DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER } from './federated-api';
import { eventBusConfigOf, type EventBusConfig } from './events/bus';

/** Default ports: the gateway on 4000, departments on 4001-4006. */
export const DEFAULT_PORTS: Record<Department, number> = {
  commerce: 4001,
  customs: 4002,
  tax: 4003,
  forex: 4004,
  post: 4005,
  'public-security': 4006,
};

export interface DepartmentConfig {
  department: Department;
  port: number;
  host: string;
  databaseUrl: string;
  poolSize: number;
  /** JWK file with the gateway's public key for caller assertions. */
  assertionPublicKeyPath: string;
  /** The federated API as this department's system calls it; null key path: the department calls nothing. */
  federated: { gatewayUrl: string; systemKeyPath: string | null; issuer: string; audience: string };
  /** The department's SM2 attestation key ring (ATTESTATION_KEY_PATH); null: its decisions carry no attestation. */
  attestationKeyPath: string | null;
  /** Where the outbox relay publishes: Redis with REDIS_URL, else NOTIFY on EVENT_BUS_DATABASE_URL or DATABASE_URL (the shared database). */
  eventBus: EventBusConfig;
}

/** Environment variable holding a department's port, e.g. PUBLIC_SECURITY_PORT. */
export function portVariableOf(department: Department): string {
  return `${schemaNameOf(department).toUpperCase()}_PORT`;
}

export function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number 0-65535, got "${raw}"`);
  return port;
}

export function parsePositiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function absoluteUrl(name: string, value: string): string {
  try {
    new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${value}"`);
  }
  return value;
}

function required(name: string, value: string | undefined): string {
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

/** Reads and validates a department's settings once, failing fast with the variable at fault. */
export function loadDepartmentConfig(department: Department, env: NodeJS.ProcessEnv): DepartmentConfig {
  return {
    department,
    port: parsePort(portVariableOf(department), env[portVariableOf(department)], DEFAULT_PORTS[department]),
    host: env.HOST || '127.0.0.1',
    databaseUrl: databaseUrlFor(department, env),
    poolSize: parsePositiveInt('DB_POOL_SIZE', env.DB_POOL_SIZE, 10),
    assertionPublicKeyPath: required('ASSERTION_PUBLIC_KEY_PATH', env.ASSERTION_PUBLIC_KEY_PATH),
    federated: {
      gatewayUrl: absoluteUrl('GATEWAY_URL', env.GATEWAY_URL || 'http://127.0.0.1:4000/graphql'),
      systemKeyPath: env.SYSTEM_KEY_PATH || null,
      issuer: env.JWT_ISSUER || DEV_TOKEN_ISSUER,
      audience: env.JWT_AUDIENCE || DEV_TOKEN_AUDIENCE,
    },
    attestationKeyPath: env.ATTESTATION_KEY_PATH || null,
    eventBus: eventBusConfigOf(env, env.DATABASE_URL || databaseUrlFor(department, env)),
  };
}
