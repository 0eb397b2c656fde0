import { DEPARTMENTS, type Caller } from '@zone/common';

/**
 * Who may have an identity verified against the resident registry.
 *
 * Source: domain brief §5.1 (customs accepts a list only when the buyer's identity is verified by
 * public security) and §6 (public security answers with a verdict only). The zone platform
 * verifies buyers for the enterprises it serves; public security's own officers and systems
 * verify in their work; other departments verify through their systems, as customs does in the
 * three-document check, but their officers do not query the registry by hand. Banks and
 * regulators read verdicts already recorded and never ask the registry themselves.
 */
export function mayVerifyIdentity(caller: Caller | null): boolean {
  if (!caller) return false;
  switch (caller.role) {
    case 'PLATFORM':
      return true;
    case 'OFFICER':
      return caller.department === 'public-security';
    case 'SYSTEM':
      return caller.department !== null && DEPARTMENTS.includes(caller.department);
    default:
      return false;
  }
}
