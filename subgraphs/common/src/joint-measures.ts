/**
 * Joint rewards and punishments (联合奖惩) as a department applies them: commerce keeps the register
 * (jointMeasures), each department asks it, through the gateway as its own system, which measures
 * it must apply to the subjects of a decision, applies them inside its own process and reports back
 * where they bit (reportJointMeasureEffect), so `jointMeasures(subject)` shows where each took effect.
 */
import { GraphQLError } from 'graphql';
import type { Department } from './caller';
import type { FederatedApi } from './federated-api';
import type { Logger } from './logger';
import { DepartmentJointMeasureEffectDocument, DepartmentJointMeasuresDocument, type Department as DepartmentValue } from './generated/federated/graphql';

/** A subject by its business key, as commerce's SubjectInput takes it. */
export type MeasureSubject =
  | { type: 'ENTERPRISE'; uscc: string }
  | { type: 'ORDER'; ebpCode: string; orderNo: string }
  | { type: 'INVENTORY_LIST'; invtNo: string }
  | { type: 'WAYBILL'; logisticsCode: string; logisticsNo: string }
  | { type: 'PAYMENT'; payCode: string; payTransactionId: string }
  | { type: 'PERSON'; idHash: string };

export interface MeasureInForce {
  /** e.g. ASSISTANCE_REQUEST:AR202600000001:FOREX_SETTLEMENT_REFUSED */
  id: string;
  kind: string;
  source: 'NEGATIVE_LIST' | 'CREDIT_CLASS' | 'ASSISTANCE_REQUEST';
  basis: string;
}

/** The measures a customs credit class carries: 失信 (DISCREDITED) no automatic release, 高级认证 (ADVANCED) less review. */
export type CreditClassMeasure = 'CUSTOMS_NO_AUTO_RELEASE' | 'REWARD_LOWER_REVIEW';

export function creditClassMeasures(creditClass: string): CreditClassMeasure[] {
  if (creditClass === 'DISCREDITED') return ['CUSTOMS_NO_AUTO_RELEASE'];
  if (creditClass === 'ADVANCED') return ['REWARD_LOWER_REVIEW'];
  return [];
}

/** What regrading an enterprise from one credit class to another puts in force (true) and lifts (false). */
export function creditClassMeasureChanges(previous: string, next: string): { measure: CreditClassMeasure; inForce: boolean }[] {
  const before = creditClassMeasures(previous);
  const after = creditClassMeasures(next);
  return [
    ...before.filter((measure) => !after.includes(measure)).map((measure) => ({ measure, inForce: false })),
    ...after.filter((measure) => !before.includes(measure)).map((measure) => ({ measure, inForce: true })),
  ];
}

/** The Department enum value of commerce's API for a department (public-security: PUBLIC_SECURITY). */
export function departmentEnumValue(department: Department): DepartmentValue {
  return department.toUpperCase().replace('-', '_') as DepartmentValue;
}

/**
 * The measures in force that `department` applies on any of the subjects. A read that comes back
 * with errors is never taken as "no measure": a decision made while commerce is down would
 * silently drop a punishment, so the caller's decision fails instead (DEPENDENCY_UNAVAILABLE).
 */
export async function jointMeasuresInForce(federated: FederatedApi, department: Department, subjects: readonly MeasureSubject[], purpose: string): Promise<MeasureInForce[]> {
  if (subjects.length === 0) return [];
  const result = await federated.request(DepartmentJointMeasuresDocument, { subjects: [...subjects], department: departmentEnumValue(department) }, { purpose });
  if (result.errors.length > 0 || result.data === null) {
    const reasons = result.errors.map((error) => error.message).join('; ') || 'no data';
    throw new GraphQLError(`The ${department} service could not read the joint measures in force through the federated API: ${reasons}`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'commerce' },
    });
  }
  return result.data.jointMeasuresOn;
}

export interface MeasureEffect {
  measureId: string;
  /** The process step, e.g. customs.release. */
  process: string;
  /** The record the measure bit on. */
  recordRef: string;
  outcome: string;
}

/**
 * Reports, after the department's own decision has committed, where measures bit. The decision
 * stands whatever happens to the report: a report that fails is logged, not raised, and the
 * effect is missing from jointMeasures until the decision is made again.
 */
export async function reportJointMeasureEffects(federated: FederatedApi, log: Logger, effects: readonly MeasureEffect[]): Promise<number> {
  let reported = 0;
  for (const effect of effects) {
    try {
      const result = await federated.request(DepartmentJointMeasureEffectDocument, { ...effect }, { purpose: 'joint measures: where a measure took effect' });
      if (result.errors.length > 0) log.warn({ measureId: effect.measureId, errors: result.errors.map((e) => e.message) }, 'joint measure effect not reported');
      else reported++;
    } catch (error) {
      log.warn({ measureId: effect.measureId, err: (error as Error).message }, 'joint measure effect not reported');
    }
  }
  return reported;
}
