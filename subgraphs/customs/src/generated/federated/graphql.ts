/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Direction =
  | 'EXPORT'
  | 'IMPORT';

/** Outcome of checking a name and ID number against the resident registry. */
export type IdentityVerdict =
  /** The ID number is registered under the name given. */
  | 'MATCH'
  /** The ID number is registered under another name. */
  | 'MISMATCH'
  /** The ID number is not registered. */
  | 'NO_RECORD'
  /**
   * A joint measure (PUBLIC_SECURITY_REVERIFICATION) stands on the person, the order or its seller:
   * the registry's verdict is withheld until public security's own officer re-verifies the person.
   */
  | 'REVERIFICATION_REQUIRED';

/** Standing of a tax bill, following its inventory list. */
export type TaxBillStatus =
  /** The list stands: the taxes are due. */
  | 'ACTIVE'
  /** The list was rejected or cancelled before the goods entered: nothing is due. */
  | 'CANCELLED'
  /** The goods were returned (625): the taxes are refunded. */
  | 'REFUNDED';

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

export type CustomsEnterpriseQueryVariables = Exact<{
  uscc: string | number;
}>;


export type CustomsEnterpriseQuery = { enterprise: { uscc: string, zone: Zone } | null };

export type CustomsIssueTaxBillMutationVariables = Exact<{
  invtNo: string;
}>;


export type CustomsIssueTaxBillMutation = { issueTaxBill: { taxNo: string } };

export type CustomsMatchingDocumentsQueryVariables = Exact<{
  ebpCode: string;
  orderNo: string;
  ebcCode: string | number;
}>;


export type CustomsMatchingDocumentsQuery = { order: { ebpCode: string, orderNo: string, direction: Direction, tradeMode: string, zone: Zone, ebcCode: string, actualPaid: string, currency: string, buyer: { name: string, idHash: string | null }, payment: { ebpCode: string, orderNo: string, amountPaid: string, currency: string, payer: { name: string, idHash: string | null } } | null, waybill: { logisticsCode: string, logisticsNo: string, ebpCode: string, orderNo: string } | null, buyerIdentityCheck: { verdict: IdentityVerdict, idHash: string | null, attestation: { token: string } | null } | null } | null, enterprise: { uscc: string, negativeListed: boolean, watchFlag: { caseReference: string } | null } | null };

export type CustomsReconcileTaxBillMutationVariables = Exact<{
  invtNo: string;
}>;


export type CustomsReconcileTaxBillMutation = { reconcileTaxBill: { taxNo: string, status: TaxBillStatus } };


export const CustomsEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomsEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}}]}}]} as unknown as DocumentNode<CustomsEnterpriseQuery, CustomsEnterpriseQueryVariables>;
export const CustomsIssueTaxBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomsIssueTaxBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTaxBill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invtNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxNo"}}]}}]}}]} as unknown as DocumentNode<CustomsIssueTaxBillMutation, CustomsIssueTaxBillMutationVariables>;
export const CustomsMatchingDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomsMatchingDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ebpCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ebcCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ebpCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ebpCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ebpCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"tradeMode"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"ebcCode"}},{"kind":"Field","name":{"kind":"Name","value":"actualPaid"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ebpCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idHash"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waybill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logisticsCode"}},{"kind":"Field","name":{"kind":"Name","value":"logisticsNo"}},{"kind":"Field","name":{"kind":"Name","value":"ebpCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyerIdentityCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"idHash"}},{"kind":"Field","name":{"kind":"Name","value":"attestation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ebcCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"negativeListed"}},{"kind":"Field","name":{"kind":"Name","value":"watchFlag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}}]}}]}}]} as unknown as DocumentNode<CustomsMatchingDocumentsQuery, CustomsMatchingDocumentsQueryVariables>;
export const CustomsReconcileTaxBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomsReconcileTaxBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconcileTaxBill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invtNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CustomsReconcileTaxBillMutation, CustomsReconcileTaxBillMutationVariables>;