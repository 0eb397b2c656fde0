import { assertCallerInZone, badUserInput, creditClassMeasureChanges, emitEvent, forbidden, lockBusinessKey, usccProblem, type Caller } from '@zone/common';
import type { Prisma } from '../generated/prisma/client';
import type { CustomsContext } from '../context';
import { registeredEnterprise } from './enterprise-of-commerce';
import type { CustomsCreditClass } from '../rules/release-decision';

/** Every enterprise customs has not graded is of the general credit class (一般信用企业). */
export const DEFAULT_CREDIT_CLASS: CustomsCreditClass = 'GENERAL';

export function creditClassOfRow(row: { creditClass: string } | null): CustomsCreditClass {
  return (row?.creditClass as CustomsCreditClass | undefined) ?? DEFAULT_CREDIT_CLASS;
}

export async function creditClassOf(tx: Prisma.TransactionClient, uscc: string): Promise<CustomsCreditClass> {
  return creditClassOfRow(await tx.enterpriseCreditClass.findUnique({ where: { uscc } }));
}

/** Customs officers and the customs system act for customs; nobody else does. */
export function assertCustomsOfficer(caller: Caller | null, what: string): Caller {
  if (caller && (caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department === 'customs') return caller;
  throw forbidden(`Only customs officers and the customs system may ${what}`);
}

/**
 * Records the credit class customs gives an enterprise, replacing the one before: an enterprise
 * commerce registered (NOT_FOUND otherwise), graded by customs officers of its zone or the customs system.
 */
export async function setCreditClass(
  context: CustomsContext,
  input: { uscc: string; creditClass: CustomsCreditClass; reason: string },
): Promise<void> {
  const officer = assertCustomsOfficer(context.caller, 'grade enterprises');
  const problem = usccProblem(input.uscc);
  if (problem) throw badUserInput({ field: 'uscc', reason: problem });
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > 500) throw badUserInput({ field: 'reason', reason: 'must be 1 to 500 characters' });
  const enterprise = await registeredEnterprise(context, input.uscc, 'customs credit class of an enterprise');
  assertCallerInZone(officer, enterprise.zone, 'grade enterprises');
  const data = { creditClass: input.creditClass, reason, updatedAt: context.clock(), updatedBy: officer.organisation };
  await context.prisma.$transaction(async (tx) => {
    await lockBusinessKey(tx, 'customs.credit-class', input.uscc);
    const previous = await creditClassOf(tx, input.uscc);
    await tx.enterpriseCreditClass.upsert({ where: { uscc: input.uscc }, create: { uscc: input.uscc, ...data }, update: data });
    // The measures the class carries start or end with it (jointMeasureChanged, like a listing's).
    for (const change of creditClassMeasureChanges(previous, input.creditClass)) {
      await emitEvent(tx, 'jointMeasureChanged', {
        subjectKind: 'ENTERPRISE',
        subjectKey: input.uscc,
        zone: enterprise.zone,
        measure: change.measure,
        source: 'CREDIT_CLASS',
        inForce: change.inForce,
        department: 'customs',
      });
    }
  });
}
