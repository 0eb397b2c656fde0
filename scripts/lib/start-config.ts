/**
 * The ports `npm start` uses, read once from the environment: the main gateway's (PORT), each
 * department's (<DEPT>_PORT), the embedded PostgreSQL's (EMBEDDED_PG_PORT, when it runs) and
 * those of the extra gateway processes (GATEWAY_REPLICA_PORTS).
 */
import { DEFAULT_PORTS, DEPARTMENTS, parsePort, portVariableOf, type Department } from '@zone/common';

export const GATEWAY_REPLICA_PORTS_VARIABLE = 'GATEWAY_REPLICA_PORTS';

export interface StartPorts {
  /** The main gateway (PORT, 4000); departments call the federated API there. */
  gateway: number;
  departments: Record<Department, number>;
  /** Extra gateway processes on the same database (and Redis), in the order given; none by default. */
  replicas: number[];
}

/** A port already taken by another of npm start's services, and whose it is (for the error message). */
export interface ReservedPort {
  port: number;
  owner: string;
}

/**
 * GATEWAY_REPLICA_PORTS: comma-separated ports 1-65535 (spaces around them allowed), each once,
 * none of them a port in `reserved`. Unset or empty: no replicas. Throws naming the variable and
 * the entry at fault.
 */
export function parseReplicaPorts(raw: string | undefined, reserved: readonly ReservedPort[]): number[] {
  if (raw === undefined || raw.trim() === '') return [];
  const ports: number[] = [];
  for (const [index, item] of raw.split(',').map((entry) => entry.trim()).entries()) {
    const at = `${GATEWAY_REPLICA_PORTS_VARIABLE} entry ${index + 1}`;
    if (item === '') throw new Error(`${at} is empty (expected comma-separated ports, e.g. 4100,4200), in "${raw}"`);
    const port = /^[0-9]{1,5}$/.test(item) ? Number(item) : NaN;
    if (!(port >= 1 && port <= 65535)) throw new Error(`${at} "${item}" is not a port number 1-65535`);
    if (ports.includes(port)) throw new Error(`${at}: port ${port} is listed twice`);
    const taken = reserved.find((r) => r.port === port);
    if (taken) throw new Error(`${at}: port ${port} is already ${taken.owner}`);
    ports.push(port);
  }
  return ports;
}

/** Reads and checks every port of npm start; `embeddedPostgres` when the embedded server runs. */
export function loadStartPorts(env: NodeJS.ProcessEnv, options: { embeddedPostgres: boolean }): StartPorts {
  const gateway = parsePort('PORT', env.PORT, 4000);
  const departments = Object.fromEntries(
    DEPARTMENTS.map((d) => [d, parsePort(portVariableOf(d), env[portVariableOf(d)], DEFAULT_PORTS[d])]),
  ) as Record<Department, number>;
  const reserved: ReservedPort[] = [
    { port: gateway, owner: "the main gateway's (PORT)" },
    ...DEPARTMENTS.map((d) => ({ port: departments[d], owner: `the ${d} department's (${portVariableOf(d)})` })),
    ...(options.embeddedPostgres ? [{ port: parsePort('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329), owner: "the embedded PostgreSQL's (EMBEDDED_PG_PORT)" }] : []),
  ];
  return { gateway, departments, replicas: parseReplicaPorts(env.GATEWAY_REPLICA_PORTS, reserved) };
}
