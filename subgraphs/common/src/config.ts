import type { Department } from './caller';
import { databaseUrlFor, schemaNameOf } from './database';

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
  };
}
