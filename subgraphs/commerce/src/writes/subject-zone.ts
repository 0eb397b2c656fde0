import { GraphQLError } from 'graphql';
import { DEPARTMENTS, type Department, type ZoneCode } from '@zone/common';
import type { CommerceContext } from '../context';
import type { SubjectRef } from '../rules/subject';
import { CommerceListZoneDocument, CommercePaymentZoneDocument, CommerceWaybillZoneDocument } from '../generated/federated/graphql';

/** The Department enum of the API (PUBLIC_SECURITY) and the department's name in code (public-security). */
export type DepartmentValue = 'COMMERCE' | 'CUSTOMS' | 'TAX' | 'FOREX' | 'POST' | 'PUBLIC_SECURITY';

export function departmentValue(department: string): DepartmentValue {
  return department.toUpperCase().replace('-', '_') as DepartmentValue;
}

export function departmentOfValue(value: DepartmentValue): Department {
  const department = value.toLowerCase().replace('_', '-');
  if (!(DEPARTMENTS as readonly string[]).includes(department)) throw new Error(`unknown department ${value}`);
  return department as Department;
}

/** The zone of a list, waybill or payment as its owner answers, each through its own typed document. */
async function zoneOfRecord(context: CommerceContext, type: 'INVENTORY_LIST' | 'WAYBILL' | 'PAYMENT', [a, b]: readonly string[]) {
  const options = { purpose: 'assistance request: zone of the subject' };
  switch (type) {
    case 'INVENTORY_LIST':
      return context.federated.request(CommerceListZoneDocument, { invtNo: a! }, options);
    case 'WAYBILL':
      return context.federated.request(CommerceWaybillZoneDocument, { logisticsCode: a!, logisticsNo: b! }, options);
    case 'PAYMENT':
      return context.federated.request(CommercePaymentZoneDocument, { payCode: a!, payTransactionId: b! }, options);
  }
}

/**
 * The zone the subject belongs to, as its owner knows it: commerce's own enterprise or order, the
 * list, waybill or payment as customs, post or forex answers through the federated API. Null when
 * no such subject is known; a PERSON has no zone of its own (the caller's filing decides it).
 * A federated answer with errors is not taken as "unknown".
 */
export async function zoneOfSubject(context: CommerceContext, subject: SubjectRef): Promise<ZoneCode | null> {
  const [a, b] = subject.parts as [string, string | undefined];
  switch (subject.type) {
    case 'ENTERPRISE':
      return (await context.prisma.enterprise.findUnique({ where: { uscc: a }, select: { zone: true } }))?.zone ?? null;
    case 'ORDER':
      return (await context.prisma.order.findUnique({ where: { ebpCode_orderNo: { ebpCode: a, orderNo: b! } }, select: { zone: true } }))?.zone ?? null;
    case 'PERSON':
      return null;
    default: {
      const result = await zoneOfRecord(context, subject.type, subject.parts);
      if (result.errors.length > 0 || result.data === null) {
        const reasons = result.errors.map((error) => error.message).join('; ') || 'no data';
        throw new GraphQLError(`Commerce could not read the ${subject.type.toLowerCase().replace('_', ' ')} through the federated API: ${reasons}`, {
          extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'gateway' },
        });
      }
      return result.data.record?.zone ?? null;
    }
  }
}
