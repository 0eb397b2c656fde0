/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The payer (支付人) of a payment. */
export type PayerInput = {
  /** Resident ID number; required when idType is 1, not given otherwise. Stored only as a keyed hash and a masked form. */
  idNumber?: string | null | undefined;
  /** ID type code of the standard: 1 = resident ID card (required for import payments); other codes for payers abroad. */
  idType: string;
  name: string;
};

/** A payment message (411 import payment / 403 export payment received) as the payment enterprise declares it. */
export type PaymentInput = {
  /** Amount paid, greater than zero. */
  amountPaid: string;
  currency: string;
  /** Platform (电商平台) code of the order paid. */
  ebpCode: string;
  /** Number of the order paid, 1 to 60 characters. An order has one payment. */
  orderNo: string;
  /** Payment enterprise (支付企业) code. */
  payCode: string;
  /** When the payment was made; not in the future (5 minutes of clock difference are allowed). */
  payTime: string;
  /** Transaction id of the payment enterprise, 1 to 60 characters, unique per payment enterprise. */
  payTransactionId: string;
  payer: PayerInput;
  /** Zone of the order paid, as the platform knows it. */
  zone: Zone;
};

/** Where a parcel stands, derived from the last known event of its tracking timeline. */
export type WaybillStatus =
  /** Arrived at the destination port or hub. */
  | 'ARRIVED'
  /** Waybill issued, no tracking event yet. */
  | 'CREATED'
  /** Released by customs. */
  | 'CUSTOMS_CLEARED'
  /** Delivered to the consignee. */
  | 'DELIVERED'
  /** Departed on its way. */
  | 'IN_TRANSIT'
  /** Out for delivery to the consignee. */
  | 'OUT_FOR_DELIVERY'
  /** Accepted or picked up by the carrier. */
  | 'PICKED_UP'
  /** Returned to the sender. */
  | 'RETURNED';

/** What a submission by business key did (the appType of the customs message standard). */
export type WriteOutcome =
  /** New content for a known business key (appType 2): the next revision was recorded. */
  | 'CHANGED'
  /** First submission of the business key (appType 1): revision 1 was recorded. */
  | 'CREATED'
  /** Same content as the current revision: nothing was written. */
  | 'UNCHANGED';

/** The eight Guangdong cross-border e-commerce comprehensive pilot zones (粤府函〔2022〕58号). */
export type Zone =
  | 'CHAOZHOU'
  | 'HEYUAN'
  | 'JIEYANG'
  | 'QINGYUAN'
  | 'SHANWEI'
  | 'SHAOGUAN'
  | 'YANGJIANG'
  | 'YUNFU';

export type OrderQueryVariables = Exact<{
  ebpCode: string;
  orderNo: string;
}>;


export type OrderQuery = { order: { ebpCode: string, orderNo: string, zone: Zone, actualPaid: string, orderedAt: string, payment: { amountPaid: string, payTime: string } | null, waybill: { logisticsNo: string, status: WaybillStatus } | null } | null };

export type SubmitPaymentMutationVariables = Exact<{
  input: PaymentInput;
}>;


export type SubmitPaymentMutation = { submitPayment: { outcome: WriteOutcome, revision: number } };


export const OrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ebpCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ebpCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ebpCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ebpCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"actualPaid"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"payTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waybill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logisticsNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrderQuery, OrderQueryVariables>;
export const SubmitPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<SubmitPaymentMutation, SubmitPaymentMutationVariables>;