import type { ZoneCode } from './zones';

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
  /** Why the caller asks, as stated for this request (x-purpose); needed to see personal data. */
  purpose?: string;
}

/** The zones a caller may read: its own zone, or all of them (null) for province-wide callers. */
export function zoneFilterOf(caller: Caller | null): ZoneCode | null {
  return caller?.zone ?? null;
}

export function isDepartment(value: string): value is Department {
  return (DEPARTMENTS as readonly string[]).includes(value);
}

/**
 * Rows a caller may read, as Prisma filters on the columns every department keeps: a zone-bound
 * caller its zone; a bank only the orders and payments it processed as payment institution.
 */
export interface RowScope {
  zone?: ZoneCode;
  payCode?: string;
}

export function rowScopeOf(caller: Caller): RowScope {
  return {
    ...(caller.zone ? { zone: caller.zone } : {}),
    ...(caller.role === 'BANK' ? { payCode: caller.organisation } : {}),
  };
}
