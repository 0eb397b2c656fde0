import { DEPARTMENTS, isZoneCode, type Caller, type CallerRole, type Department } from '@zone/common';

/** Roles a token may carry: front-end teams, partner banks, regulators, department officers and systems. */
export const TOKEN_ROLES: readonly CallerRole[] = ['PLATFORM', 'BANK', 'REGULATOR', 'OFFICER', 'SYSTEM'];

/**
 * The caller a verified token describes, or the reason the token cannot describe one. Claims:
 * `org` (organisation code), `role`, `zone` (one zone, or absent for province-wide),
 * `department` (OFFICER and SYSTEM), `scope` (space-separated).
 */
export function callerFromClaims(claims: Record<string, unknown>): Caller | string {
  const { org, role, zone, department, scope } = claims;
  if (typeof org !== 'string' || org.length === 0) return 'token has no org claim';
  if (typeof role !== 'string' || !TOKEN_ROLES.includes(role as CallerRole)) return `token role must be one of ${TOKEN_ROLES.join(', ')}`;
  if (zone !== undefined && zone !== null && (typeof zone !== 'string' || !isZoneCode(zone))) return 'token zone is not one of the eight pilot zones';
  if (department !== undefined && department !== null && !DEPARTMENTS.includes(department as Department)) return `token department must be one of ${DEPARTMENTS.join(', ')}`;
  if ((role === 'OFFICER' || role === 'SYSTEM') && !department) return `a ${role} token must name its department`;
  if (role === 'OFFICER' && !zone) return 'an OFFICER token must name its zone';
  if (scope !== undefined && typeof scope !== 'string') return 'token scope must be a space-separated string';
  return {
    organisation: org,
    role: role as CallerRole,
    zone: typeof zone === 'string' && isZoneCode(zone) ? zone : null,
    department: (department as Department | undefined) ?? null,
    scopes: typeof scope === 'string' && scope.trim() ? scope.trim().split(/\s+/) : [],
  };
}
