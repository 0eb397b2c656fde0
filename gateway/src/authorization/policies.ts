import type { Caller, Department } from '@zone/common';

/** What a policy is judged about: the field asked for and the department whose subgraph resolves it. */
export interface PolicySubject {
  /** Schema coordinate, e.g. `Mutation.submitOrder`. */
  coordinate: string;
  /** The department that resolves the field; null when the supergraph does not say. */
  department: Department | null;
}

/**
 * A rule of `@policy(policies: [[…]])` that is not a plain scope: a pure function of the caller
 * (and the field's department), with the words the refusal uses ("<Type.field> requires …").
 */
export interface Policy {
  allows: (caller: Caller, subject: PolicySubject) => boolean;
  describe: (subject: PolicySubject) => string;
}

/**
 * The policies the subgraph SDLs name. Each states at the gateway a rule a department already
 * enforces in its resolvers (defence in depth), so a caller the rule excludes is answered before
 * any department is asked; the departments keep their finer checks (zones, rows, data).
 */
const POLICY_TABLE = {
  /**
   * An OFFICER or SYSTEM of the department whose subgraph resolves the field: a department writes
   * only its own data (common/writes.ts assertMayWrite, commerce's negative list).
   */
  own_department: {
    allows: (caller, { department }) => department !== null && (caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department === department,
    describe: ({ department }) => `an officer or system of ${department ?? 'its department'}`,
  },
  /** The zone platform (PLATFORM): it writes orders, payments and waybills on behalf of its enterprises and verifies buyers. */
  zone_platform: {
    allows: (caller) => caller.role === 'PLATFORM',
    describe: () => 'the zone platform',
  },
  /** Any department's own system (SYSTEM): e.g. customs verifying a buyer before matching a list. */
  department_system: {
    allows: (caller) => caller.role === 'SYSTEM' && caller.department !== null,
    describe: () => "a department's system",
  },
  /**
   * An OFFICER or SYSTEM of any department: assistance requests (执法互助) are filed and answered
   * by every department through commerce, which routes them and checks who may take each step.
   */
  any_department: {
    allows: (caller) => (caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department !== null,
    describe: () => "an officer or system of a department",
  },
  /**
   * Any caller but a bank. A bank proves a trade through the orders it processed as payment
   * institution and reaches their lists, waybills, tax bills and identity checks only through
   * them, never by a number of its own (common/errors.ts assertMayLookUp).
   */
  looks_up_by_number: {
    allows: (caller) => caller.role !== 'BANK',
    describe: () => 'a caller other than a bank: banks read inventory lists, summary declarations, waybills, tax bills and identity checks only through the orders they processed',
  },
} satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICY_TABLE;
export const POLICIES: Readonly<Record<PolicyName, Policy>> = POLICY_TABLE;

export function isPolicyName(name: string): name is PolicyName {
  return Object.prototype.hasOwnProperty.call(POLICIES, name);
}
