/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Direction =
  | 'EXPORT'
  | 'IMPORT';

export type EnterpriseRole =
  /** E-commerce enterprise (电商企业) */
  | 'ECOMMERCE'
  /** Logistics company */
  | 'LOGISTICS'
  /** Payment company */
  | 'PAYMENT'
  /** E-commerce platform (电商平台) */
  | 'PLATFORM'
  /** Foreign-trade service company */
  | 'TRADE_SERVICE';

export type ListRequestKind =
  /** 撤销申请单 (623). */
  | 'CANCELLATION'
  /** 退货申请单 (625). */
  | 'RETURN';

export type ListRequestState =
  | 'ACCEPTED'
  | 'REFUSED';

/** Customs receipt status of an inventory list (回执状态), named after the receipt code of the message standard. */
export type ReceiptStatus =
  /** 120: accepted into the customs system (海关入库). */
  | 'ACCEPTED'
  /** 399: review concluded (审结). */
  | 'ADJUDICATED'
  /** 899: customs clearance closed (结关). */
  | 'CLEARED'
  /** 2: being declared at the single window (电子口岸申报中). */
  | 'DECLARING'
  /** 500: goods under inspection (查验). */
  | 'INSPECTION'
  /** 300: under manual review (人工审核). */
  | 'MANUAL_REVIEW'
  /** 100: rejected by customs (海关退单). */
  | 'REJECTED'
  /** 800: goods released (放行). */
  | 'RELEASED'
  /** 4: delivery to customs failed (发送海关失败). */
  | 'SEND_FAILED'
  /** 3: delivered to customs (发送海关成功). */
  | 'SENT'
  /** 1: stored at the single window, not yet declared (电子口岸已暂存). */
  | 'STORED';

export type ReleaseDecisionKind =
  /** Low risk: released at once (800). */
  | 'AUTO_RELEASE'
  /** Documents reviewed by an officer first (300). */
  | 'DOCUMENT_REVIEW'
  /** Goods inspected first (500). */
  | 'INSPECTION'
  /** Matching failed: the list is rejected (100). */
  | 'REJECT';

/** How an accepted retail import is taxed (财关税〔2018〕49号). */
export type RetailTaxTreatment =
  /** A single indivisible item above CNY 5,000 within the annual limit: full statutory tax; counts toward the year. */
  | 'FULL_TAX'
  /** Within CNY 5,000 per order and CNY 26,000 per year: tariff 0, VAT and consumption tax at 70%. */
  | 'PREFERENTIAL';

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

export type DeemedTaxEnterpriseQueryVariables = Exact<{
  uscc: string | number;
}>;


export type DeemedTaxEnterpriseQuery = { enterprise: { uscc: string, zone: Zone, roles: Array<EnterpriseRole>, negativeListed: boolean, negativeListEntry: { reason: string, legalBasis: string, listedAt: string } | null, registrationAttestation: { serial: string, revoked: boolean } | null } | null };

export type ExemptionEnterpriseQueryVariables = Exact<{
  uscc: string | number;
  ebpCode: string;
  orderNo: string;
}>;


export type ExemptionEnterpriseQuery = { enterprise: { uscc: string, zone: Zone, roles: Array<EnterpriseRole> } | null, order: { zone: Zone, orderedAt: string, items: Array<{ gnum: number, itemName: string, unit: string, qty: string, price: string, totalPrice: string }> } | null };

export type ExemptionListQueryVariables = Exact<{
  invtNo: string;
}>;


export type ExemptionListQuery = { inventoryList: { invtNo: string, ebpCode: string, orderNo: string, ebcCode: string, zone: Zone, customsCode: string, direction: Direction, statusCode: number, items: Array<{ gnum: number, hsCode: string }>, attestation: { token: string } | null } | null };

export type TaxBillListQueryVariables = Exact<{
  invtNo: string;
}>;


export type TaxBillListQuery = { inventoryList: { invtNo: string, ebpCode: string, ebcCode: string, orderNo: string, zone: Zone, direction: Direction, status: ReceiptStatus, currency: string, freight: string, insuredFee: string, retailTaxTreatment: RetailTaxTreatment | null, items: Array<{ gnum: number, hsCode: string, qty: string, totalPrice: string }>, attestation: { serial: string, revoked: boolean } | null } | null };

export type TaxBillListStandingQueryVariables = Exact<{
  invtNo: string;
}>;


export type TaxBillListStandingQuery = { inventoryList: { invtNo: string, status: ReceiptStatus, releaseDecision: { decision: ReleaseDecisionKind, reasons: Array<{ code: string }> } | null, requests: Array<{ kind: ListRequestKind, state: ListRequestState, reason: string }> } | null };


export const DeemedTaxEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeemedTaxEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"negativeListed"}},{"kind":"Field","name":{"kind":"Name","value":"negativeListEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationAttestation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]}}]} as unknown as DocumentNode<DeemedTaxEnterpriseQuery, DeemedTaxEnterpriseQueryVariables>;
export const ExemptionEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExemptionEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ebpCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ebpCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ebpCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gnum"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}}]}}]}}]}}]} as unknown as DocumentNode<ExemptionEnterpriseQuery, ExemptionEnterpriseQueryVariables>;
export const ExemptionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExemptionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invtNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invtNo"}},{"kind":"Field","name":{"kind":"Name","value":"ebpCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"ebcCode"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"customsCode"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gnum"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]}}]} as unknown as DocumentNode<ExemptionListQuery, ExemptionListQueryVariables>;
export const TaxBillListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxBillList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invtNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invtNo"}},{"kind":"Field","name":{"kind":"Name","value":"ebpCode"}},{"kind":"Field","name":{"kind":"Name","value":"ebcCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"freight"}},{"kind":"Field","name":{"kind":"Name","value":"insuredFee"}},{"kind":"Field","name":{"kind":"Name","value":"retailTaxTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gnum"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"qty"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]}}]} as unknown as DocumentNode<TaxBillListQuery, TaxBillListQueryVariables>;
export const TaxBillListStandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxBillListStanding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invtNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invtNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invtNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"releaseDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<TaxBillListStandingQuery, TaxBillListStandingQueryVariables>;