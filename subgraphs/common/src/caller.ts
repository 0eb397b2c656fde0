import type { ZoneCode } from './zones';
import { isZoneCode } from './zones';

/** Who is asking. Audiences of the zone API (domain brief §1). */
export type CallerRole = 'PLATFORM' | 'BANK' | 'REGULATOR' | 'OFFICER' | 'SYSTEM';

export type Department = 'commerce' | 'customs' | 'tax' | 'forex' | 'post' | 'public-security';
export const DEPARTMENTS: readonly Department[] = ['commerce', 'customs', 'tax', 'forex', 'post', 'public-security'];

export interface Caller {
  /** Organisation code (USCC of an enterprise or bank, or a department's code). */
  organisation: string;
  role: CallerRole;
  /** The one zone the caller is confined to, or null for province-wide callers. */
  zone: ZoneCode | null;
  /** For OFFICER callers: the department whose data they may write. */
  department: Department | null;
  /** Scopes granted to the caller (e.g. pii:read). */
  scopes: readonly string[];
}

/** Header through which the gateway tells a subgraph who the caller is. */
export const CALLER_HEADER = 'x-zone-caller';

const ROLES: readonly CallerRole[] = ['PLATFORM', 'BANK', 'REGULATOR', 'OFFICER', 'SYSTEM'];

/** Parses the caller header; an absent or malformed header yields null (an unknown caller). */
export function parseCallerHeader(raw: string | undefined | null): Caller | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const c = data as Record<string, unknown>;
  if (typeof c.organisation !== 'string' || !ROLES.includes(c.role as CallerRole)) return null;
  const zone = typeof c.zone === 'string' && isZoneCode(c.zone) ? c.zone : null;
  const department = DEPARTMENTS.includes(c.department as Department) ? (c.department as Department) : null;
  const scopes = Array.isArray(c.scopes) ? c.scopes.filter((s): s is string => typeof s === 'string') : [];
  return { organisation: c.organisation, role: c.role as CallerRole, zone, department, scopes };
}

export function encodeCallerHeader(caller: Caller): string {
  return Buffer.from(JSON.stringify(caller), 'utf8').toString('base64url');
}

/** The zones a caller may read: its own zone, or all of them (null) for province-wide callers. */
export function zoneFilterOf(caller: Caller | null): ZoneCode | null {
  return caller?.zone ?? null;
}

export function isDepartment(value: string): value is Department {
  return (DEPARTMENTS as readonly string[]).includes(value);
}
