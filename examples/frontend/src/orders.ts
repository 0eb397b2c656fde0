/**
 * What a platform front end writes: documents through the generated `graphql()`, whose results and
 * variables are typed from the platform's schema.
 */
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from './generated';

export const OrderQuery = graphql(`
  query Order($ebpCode: String!, $orderNo: String!) {
    order(ebpCode: $ebpCode, orderNo: $orderNo) {
      ebpCode
      orderNo
      zone
      actualPaid
      orderedAt
      payment { amountPaid payTime }
      waybill { logisticsNo status }
    }
  }
`);

export const SubmitPayment = graphql(`
  mutation SubmitPayment($input: PaymentInput!) {
    submitPayment(input: $input) { outcome revision }
  }
`);

type Order = NonNullable<ResultOf<typeof OrderQuery>['order']>;

/** Decimal and DateTime arrive as strings: shown as they are, never through a binary float. */
export function summary(order: Order): string {
  const paid: string = order.actualPaid;
  const at: string = order.orderedAt;
  const waybill = order.waybill ? `${order.waybill.logisticsNo} ${order.waybill.status}` : 'no waybill';
  return `${order.orderNo} (${order.zone}) paid ${paid} at ${at}; ${waybill}`;
}

export const variables: VariablesOf<typeof OrderQuery> = { ebpCode: '9144020073HLTFXJNW', orderNo: 'CF76365613001' };

export function paymentInput(amount: string): VariablesOf<typeof SubmitPayment>['input'] {
  return {
    payCode: '91440200BLLJ5275GD',
    payTransactionId: 'PAY-DEMO-0001',
    ebpCode: '9144020073HLTFXJNW',
    orderNo: 'DEMO-20261127-0001',
    amountPaid: amount,
    currency: 'CNY',
    payTime: '2026-11-27T08:05:00Z',
    payer: { name: '王小明', idType: '1', idNumber: '11010519491231002X' },
    zone: 'SHAOGUAN',
  };
}
