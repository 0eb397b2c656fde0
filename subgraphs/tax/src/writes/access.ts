import { badUserInput, forbidden, type Caller, type Department } from '@zone/common';
import { GraphQLError } from 'graphql';
import type { FederatedResult } from '@zone/common';

/**
 * Tax decisions are made by tax alone: its officers and its system. Unlike the records platforms
 * submit for enterprises (orders, payments, waybills), a tax bill or an exemption is not something
 * a platform may write. Issuing a bill may also be asked for by `alsoSystemOf`'s system (customs
 * issues the bill of a list it accepted).
 */
export function assertMayDecide(caller: Caller | null, what: string, alsoSystemOf: readonly Department[] = []): Caller {
  if (!caller) throw forbidden(`Only identified callers may ${what}`);
  if ((caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department === 'tax') return caller;
  if (caller.role === 'SYSTEM' && caller.department !== null && alsoSystemOf.includes(caller.department)) return caller;
  const systems = ['tax', ...alsoSystemOf].join(' or ');
  throw forbidden(`Only tax officers and the ${systems} system may ${what}; a ${caller.role}${caller.department ? ` of ${caller.department}` : ''} may not`);
}

/**
 * A list number as customs assigns them (customs code 4 digits, year 4 digits, I or E, serial 9
 * digits), checked before customs is asked so that a typo is the caller's error, not customs'.
 */
export function assertInvtNo(invtNo: string): void {
  if (!/^\d{8}[IE]\d{9}$/.test(invtNo)) {
    throw badUserInput({ field: 'invtNo', reason: 'must be a customs code (4 digits), a year (4 digits), I or E, then a serial number (9 digits)' });
  }
}

/**
 * An expected refusal: the list or enterprise is not in a state the operation applies to. Reported
 * as CONFLICT, as customs reports a status move it refuses, with `reason` naming the case
 * (NOT_AN_IMPORT, NO_RETAIL_TAX_TREATMENT, …) for clients to branch on.
 */
export function refusal(reason: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code: 'CONFLICT', reason } });
}

/**
 * The data of a federated answer, or an error naming what failed: tax decides on complete evidence
 * only, so partial data with errors is no answer.
 */
export function federatedData<T>(result: FederatedResult<T>, what: string): T {
  if (result.errors.length > 0 || result.data === null) {
    const messages = result.errors.map((e) => e.message).join('; ') || 'no data';
    throw new GraphQLError(`Tax could not read ${what} through the federated API: ${messages}`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'gateway' },
    });
  }
  return result.data;
}
