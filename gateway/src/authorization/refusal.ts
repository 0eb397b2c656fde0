import type { Caller } from '@zone/common';
import { POLICIES, isPolicyName, type PolicySubject } from './policies';
import type { FieldRequirements, Requirement } from './requirements';

/** Why a field is withheld from a caller: `<Type.field> requires <what>`, with the code the client sees. */
export interface Refusal {
  coordinate: string;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  message: string;
}

function oneOf(alternatives: string[]): string {
  return alternatives.join(', or ');
}

function describeScopes(scopes: string[]): string {
  return scopes.length === 1 ? `the scope ${scopes[0]}` : `the scopes ${scopes.join(' and ')}`;
}

function describe(requirement: Requirement, subject: PolicySubject): string {
  switch (requirement.kind) {
    case 'authenticated':
      return 'an authenticated caller';
    case 'scopes':
      return oneOf(requirement.anyOf.map(describeScopes));
    case 'policy':
      return oneOf(requirement.anyOf.map((all) => all.map((name) => (isPolicyName(name) ? POLICIES[name].describe(subject) : name)).join(' and ')));
  }
}

/** Whether the caller satisfies one requirement. No caller satisfies none. Unknown policy names never allow. */
export function satisfies(caller: Caller | null, requirement: Requirement, subject: PolicySubject): boolean {
  if (!caller) return false;
  switch (requirement.kind) {
    case 'authenticated':
      return true;
    case 'scopes':
      return requirement.anyOf.some((all) => all.every((scope) => caller.scopes.includes(scope)));
    case 'policy':
      return requirement.anyOf.some((all) => all.every((name) => isPolicyName(name) && POLICIES[name].allows(caller, subject)));
  }
}

/** The refusal of a field to a caller (null: served), naming every requirement the caller does not meet. */
export function refusalOf(field: FieldRequirements, caller: Caller | null): Refusal | null {
  const subject: PolicySubject = { coordinate: field.coordinate, department: field.department };
  const unmet = field.requirements.filter((requirement) => !satisfies(caller, requirement, subject));
  if (unmet.length === 0) return null;
  const what = [...new Set(unmet.map((requirement) => describe(requirement, subject)))].join('; and ');
  return { coordinate: field.coordinate, code: caller ? 'FORBIDDEN' : 'UNAUTHENTICATED', message: `${field.coordinate} requires ${what}` };
}
