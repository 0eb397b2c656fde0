import { GraphQLError } from 'graphql';
import { DEPARTMENTS, type Department, type ZoneCode } from '@zone/common';
import type { CommerceContext } from '../context';
import type { SubjectRef } from '../rules/subject';

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

const ZONE_QUERIES = {
  INVENTORY_LIST: { query: `query CommerceListZone($invtNo: String!) { record: inventoryList(invtNo: $invtNo) { zone } }`, variables: (p: string[]) => ({ invtNo: p[0] }) },
  WAYBILL: {
    query: `query CommerceWaybillZone($logisticsCode: String!, $logisticsNo: String!) { record: waybill(logisticsCode: $logisticsCode, logisticsNo: $logisticsNo) { zone } }`,
    variables: (p: string[]) => ({ logisticsCode: p[0], logisticsNo: p[1] }),
  },
  PAYMENT: {
    query: `query CommercePaymentZone($payCode: String!, $payTransactionId: String!) { record: payment(payCode: $payCode, payTransactionId: $payTransactionId) { zone } }`,
    variables: (p: string[]) => ({ payCode: p[0], payTransactionId: p[1] }),
  },
} as const;

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
      const { query, variables } = ZONE_QUERIES[subject.type];
      const result = await context.federated.request<{ record: { zone: ZoneCode } | null }>(query, variables(subject.parts), { purpose: 'assistance request: zone of the subject' });
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
