/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Customs enterprise credit class (海关总署令第251号). */
export type CustomsCreditClass =
  /** 高级认证企业: medium-risk goods need no document review. */
  | 'ADVANCED'
  /** 失信企业: every list is inspected. */
  | 'DISCREDITED'
  /** 一般信用企业 (the class of every enterprise customs has not graded). */
  | 'GENERAL';

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

export type CommerceCreditClassQueryVariables = Exact<{
  uscc: string | number;
}>;


export type CommerceCreditClassQuery = { enterprise: { customsCreditClass: CustomsCreditClass } | null };

export type CommerceListZoneQueryVariables = Exact<{
  invtNo: string;
}>;


export type CommerceListZoneQuery = { record: { zone: Zone } | null };

export type CommercePaymentZoneQueryVariables = Exact<{
  payCode: string;
  payTransactionId: string;
}>;


export type CommercePaymentZoneQuery = { record: { zone: Zone } | null };

export type CommerceWaybillZoneQueryVariables = Exact<{
  logisticsCode: string;
  logisticsNo: string;
}>;


export type CommerceWaybillZoneQuery = { record: { zone: Zone } | null };


export const CommerceCreditClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommerceCreditClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customsCreditClass"}}]}}]}}]} as unknown as DocumentNode<CommerceCreditClassQuery, CommerceCreditClassQueryVariables>;
export const CommerceListZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommerceListZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"inventoryList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invtNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}}]}}]} as unknown as DocumentNode<CommerceListZoneQuery, CommerceListZoneQueryVariables>;
export const CommercePaymentZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommercePaymentZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payTransactionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"payTransactionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payTransactionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}}]}}]} as unknown as DocumentNode<CommercePaymentZoneQuery, CommercePaymentZoneQueryVariables>;
export const CommerceWaybillZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommerceWaybillZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"logisticsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"logisticsNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"waybill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"logisticsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"logisticsCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"logisticsNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"logisticsNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}}]}}]} as unknown as DocumentNode<CommerceWaybillZoneQuery, CommerceWaybillZoneQueryVariables>;