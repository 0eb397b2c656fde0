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
    "query ForexEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n  }\n}": typeof types.ForexEnterpriseDocument,
    "query ForexEnterpriseOfOrders($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    ... on Order {\n      ebpCode\n      orderNo\n      ebcCode\n    }\n  }\n}": typeof types.ForexEnterpriseOfOrdersDocument,
    "query ForexOrderOfPayment($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebcCode\n    zone\n  }\n}": typeof types.ForexOrderOfPaymentDocument,
    "query ForexPayerWatchFlag($idHash: String!) {\n  personWatchFlag(idHash: $idHash) {\n    caseReference\n  }\n}": typeof types.ForexPayerWatchFlagDocument,
    "query ForexSettlementBasisAttestations($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    direction\n    inventoryList {\n      invtNo\n      attestation {\n        token\n      }\n      taxBill {\n        attestation {\n          token\n        }\n      }\n      invoiceFreeExemption {\n        attestation {\n          token\n        }\n      }\n    }\n  }\n}": typeof types.ForexSettlementBasisAttestationsDocument,
    "query ForexSettlementEvidence($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebpCode\n    orderNo\n    zone\n    ebcCode\n    actualPaid\n    currency\n    payCode\n    ebc {\n      negativeListed\n      watchFlag {\n        caseReference\n      }\n    }\n    waybill {\n      logisticsCode\n      logisticsNo\n      ebpCode\n      orderNo\n    }\n    inventoryList {\n      invtNo\n      statusCode\n      orderNo\n      logisticsNo\n    }\n  }\n}": typeof types.ForexSettlementEvidenceDocument,
};
const documents: Documents = {
    "query ForexEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n  }\n}": types.ForexEnterpriseDocument,
    "query ForexEnterpriseOfOrders($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    ... on Order {\n      ebpCode\n      orderNo\n      ebcCode\n    }\n  }\n}": types.ForexEnterpriseOfOrdersDocument,
    "query ForexOrderOfPayment($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebcCode\n    zone\n  }\n}": types.ForexOrderOfPaymentDocument,
    "query ForexPayerWatchFlag($idHash: String!) {\n  personWatchFlag(idHash: $idHash) {\n    caseReference\n  }\n}": types.ForexPayerWatchFlagDocument,
    "query ForexSettlementBasisAttestations($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    direction\n    inventoryList {\n      invtNo\n      attestation {\n        token\n      }\n      taxBill {\n        attestation {\n          token\n        }\n      }\n      invoiceFreeExemption {\n        attestation {\n          token\n        }\n      }\n    }\n  }\n}": types.ForexSettlementBasisAttestationsDocument,
    "query ForexSettlementEvidence($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebpCode\n    orderNo\n    zone\n    ebcCode\n    actualPaid\n    currency\n    payCode\n    ebc {\n      negativeListed\n      watchFlag {\n        caseReference\n      }\n    }\n    waybill {\n      logisticsCode\n      logisticsNo\n      ebpCode\n      orderNo\n    }\n    inventoryList {\n      invtNo\n      statusCode\n      orderNo\n      logisticsNo\n    }\n  }\n}": types.ForexSettlementEvidenceDocument,
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
export function graphql(source: "query ForexEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n  }\n}"): (typeof documents)["query ForexEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForexEnterpriseOfOrders($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    ... on Order {\n      ebpCode\n      orderNo\n      ebcCode\n    }\n  }\n}"): (typeof documents)["query ForexEnterpriseOfOrders($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    ... on Order {\n      ebpCode\n      orderNo\n      ebcCode\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForexOrderOfPayment($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebcCode\n    zone\n  }\n}"): (typeof documents)["query ForexOrderOfPayment($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebcCode\n    zone\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForexPayerWatchFlag($idHash: String!) {\n  personWatchFlag(idHash: $idHash) {\n    caseReference\n  }\n}"): (typeof documents)["query ForexPayerWatchFlag($idHash: String!) {\n  personWatchFlag(idHash: $idHash) {\n    caseReference\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForexSettlementBasisAttestations($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    direction\n    inventoryList {\n      invtNo\n      attestation {\n        token\n      }\n      taxBill {\n        attestation {\n          token\n        }\n      }\n      invoiceFreeExemption {\n        attestation {\n          token\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ForexSettlementBasisAttestations($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    direction\n    inventoryList {\n      invtNo\n      attestation {\n        token\n      }\n      taxBill {\n        attestation {\n          token\n        }\n      }\n      invoiceFreeExemption {\n        attestation {\n          token\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForexSettlementEvidence($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebpCode\n    orderNo\n    zone\n    ebcCode\n    actualPaid\n    currency\n    payCode\n    ebc {\n      negativeListed\n      watchFlag {\n        caseReference\n      }\n    }\n    waybill {\n      logisticsCode\n      logisticsNo\n      ebpCode\n      orderNo\n    }\n    inventoryList {\n      invtNo\n      statusCode\n      orderNo\n      logisticsNo\n    }\n  }\n}"): (typeof documents)["query ForexSettlementEvidence($ebpCode: String!, $orderNo: String!) {\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    ebpCode\n    orderNo\n    zone\n    ebcCode\n    actualPaid\n    currency\n    payCode\n    ebc {\n      negativeListed\n      watchFlag {\n        caseReference\n      }\n    }\n    waybill {\n      logisticsCode\n      logisticsNo\n      ebpCode\n      orderNo\n    }\n    inventoryList {\n      invtNo\n      statusCode\n      orderNo\n      logisticsNo\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;