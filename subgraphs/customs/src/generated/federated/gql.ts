/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CustomsEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n  }\n}": typeof types.CustomsEnterpriseDocument,
    "mutation CustomsIssueTaxBill($invtNo: String!) {\n  issueTaxBill(invtNo: $invtNo) {\n    taxNo\n  }\n}": typeof types.CustomsIssueTaxBillDocument,
    "query CustomsMatchingDocuments($ebpCode: String!, $orderNo: String!, $ebcCode: ID!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebpCode\n    orderNo\n    direction\n    tradeMode\n    zone\n    ebcCode\n    actualPaid\n    currency\n    buyer {\n      name\n      idHash\n    }\n    payment {\n      ebpCode\n      orderNo\n      amountPaid\n      currency\n      payer {\n        name\n        idHash\n      }\n    }\n    waybill {\n      logisticsCode\n      logisticsNo\n      ebpCode\n      orderNo\n    }\n    buyerIdentityCheck {\n      verdict\n      idHash\n      attestation {\n        token\n      }\n    }\n  }\n  enterprise(uscc: $ebcCode) {\n    uscc\n    negativeListed\n    watchFlag {\n      caseReference\n    }\n  }\n}": typeof types.CustomsMatchingDocumentsDocument,
    "mutation CustomsReconcileTaxBill($invtNo: String!) {\n  reconcileTaxBill(invtNo: $invtNo) {\n    taxNo\n    status\n  }\n}": typeof types.CustomsReconcileTaxBillDocument,
};
const documents: Documents = {
    "query CustomsEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n  }\n}": types.CustomsEnterpriseDocument,
    "mutation CustomsIssueTaxBill($invtNo: String!) {\n  issueTaxBill(invtNo: $invtNo) {\n    taxNo\n  }\n}": types.CustomsIssueTaxBillDocument,
    "query CustomsMatchingDocuments($ebpCode: String!, $orderNo: String!, $ebcCode: ID!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebpCode\n    orderNo\n    direction\n    tradeMode\n    zone\n    ebcCode\n    actualPaid\n    currency\n    buyer {\n      name\n      idHash\n    }\n    payment {\n      ebpCode\n      orderNo\n      amountPaid\n      currency\n      payer {\n        name\n        idHash\n      }\n    }\n    waybill {\n      logisticsCode\n      logisticsNo\n      ebpCode\n      orderNo\n    }\n    buyerIdentityCheck {\n      verdict\n      idHash\n      attestation {\n        token\n      }\n    }\n  }\n  enterprise(uscc: $ebcCode) {\n    uscc\n    negativeListed\n    watchFlag {\n      caseReference\n    }\n  }\n}": types.CustomsMatchingDocumentsDocument,
    "mutation CustomsReconcileTaxBill($invtNo: String!) {\n  reconcileTaxBill(invtNo: $invtNo) {\n    taxNo\n    status\n  }\n}": types.CustomsReconcileTaxBillDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomsEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n  }\n}"): (typeof documents)["query CustomsEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomsIssueTaxBill($invtNo: String!) {\n  issueTaxBill(invtNo: $invtNo) {\n    taxNo\n  }\n}"): (typeof documents)["mutation CustomsIssueTaxBill($invtNo: String!) {\n  issueTaxBill(invtNo: $invtNo) {\n    taxNo\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomsMatchingDocuments($ebpCode: String!, $orderNo: String!, $ebcCode: ID!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebpCode\n    orderNo\n    direction\n    tradeMode\n    zone\n    ebcCode\n    actualPaid\n    currency\n    buyer {\n      name\n      idHash\n    }\n    payment {\n      ebpCode\n      orderNo\n      amountPaid\n      currency\n      payer {\n        name\n        idHash\n      }\n    }\n    waybill {\n      logisticsCode\n      logisticsNo\n      ebpCode\n      orderNo\n    }\n    buyerIdentityCheck {\n      verdict\n      idHash\n      attestation {\n        token\n      }\n    }\n  }\n  enterprise(uscc: $ebcCode) {\n    uscc\n    negativeListed\n    watchFlag {\n      caseReference\n    }\n  }\n}"): (typeof documents)["query CustomsMatchingDocuments($ebpCode: String!, $orderNo: String!, $ebcCode: ID!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebpCode\n    orderNo\n    direction\n    tradeMode\n    zone\n    ebcCode\n    actualPaid\n    currency\n    buyer {\n      name\n      idHash\n    }\n    payment {\n      ebpCode\n      orderNo\n      amountPaid\n      currency\n      payer {\n        name\n        idHash\n      }\n    }\n    waybill {\n      logisticsCode\n      logisticsNo\n      ebpCode\n      orderNo\n    }\n    buyerIdentityCheck {\n      verdict\n      idHash\n      attestation {\n        token\n      }\n    }\n  }\n  enterprise(uscc: $ebcCode) {\n    uscc\n    negativeListed\n    watchFlag {\n      caseReference\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomsReconcileTaxBill($invtNo: String!) {\n  reconcileTaxBill(invtNo: $invtNo) {\n    taxNo\n    status\n  }\n}"): (typeof documents)["mutation CustomsReconcileTaxBill($invtNo: String!) {\n  reconcileTaxBill(invtNo: $invtNo) {\n    taxNo\n    status\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;