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
    "query DeemedTaxEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n    negativeListed\n    negativeListEntry {\n      reason\n      legalBasis\n      listedAt\n    }\n    registrationAttestation {\n      serial\n      revoked\n    }\n  }\n}": typeof types.DeemedTaxEnterpriseDocument,
    "query ExemptionEnterprise($uscc: ID!, $ebpCode: String!, $orderNo: String!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n  }\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    zone\n    orderedAt\n    items {\n      gnum\n      itemName\n      unit\n      qty\n      price\n      totalPrice\n    }\n  }\n}": typeof types.ExemptionEnterpriseDocument,
    "query ExemptionList($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    ebpCode\n    orderNo\n    ebcCode\n    zone\n    customsCode\n    direction\n    statusCode\n    items {\n      gnum\n      hsCode\n    }\n    attestation {\n      token\n    }\n  }\n}": typeof types.ExemptionListDocument,
    "query TaxBillList($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    ebpCode\n    ebcCode\n    orderNo\n    zone\n    direction\n    status\n    currency\n    freight\n    insuredFee\n    retailTaxTreatment\n    items {\n      gnum\n      hsCode\n      qty\n      totalPrice\n    }\n    attestation {\n      serial\n      revoked\n    }\n  }\n}": typeof types.TaxBillListDocument,
    "query TaxBillListStanding($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    status\n    releaseDecision {\n      decision\n      reasons {\n        code\n      }\n    }\n    requests {\n      kind\n      state\n      reason\n    }\n  }\n}": typeof types.TaxBillListStandingDocument,
};
const documents: Documents = {
    "query DeemedTaxEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n    negativeListed\n    negativeListEntry {\n      reason\n      legalBasis\n      listedAt\n    }\n    registrationAttestation {\n      serial\n      revoked\n    }\n  }\n}": types.DeemedTaxEnterpriseDocument,
    "query ExemptionEnterprise($uscc: ID!, $ebpCode: String!, $orderNo: String!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n  }\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    zone\n    orderedAt\n    items {\n      gnum\n      itemName\n      unit\n      qty\n      price\n      totalPrice\n    }\n  }\n}": types.ExemptionEnterpriseDocument,
    "query ExemptionList($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    ebpCode\n    orderNo\n    ebcCode\n    zone\n    customsCode\n    direction\n    statusCode\n    items {\n      gnum\n      hsCode\n    }\n    attestation {\n      token\n    }\n  }\n}": types.ExemptionListDocument,
    "query TaxBillList($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    ebpCode\n    ebcCode\n    orderNo\n    zone\n    direction\n    status\n    currency\n    freight\n    insuredFee\n    retailTaxTreatment\n    items {\n      gnum\n      hsCode\n      qty\n      totalPrice\n    }\n    attestation {\n      serial\n      revoked\n    }\n  }\n}": types.TaxBillListDocument,
    "query TaxBillListStanding($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    status\n    releaseDecision {\n      decision\n      reasons {\n        code\n      }\n    }\n    requests {\n      kind\n      state\n      reason\n    }\n  }\n}": types.TaxBillListStandingDocument,
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
export function graphql(source: "query DeemedTaxEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n    negativeListed\n    negativeListEntry {\n      reason\n      legalBasis\n      listedAt\n    }\n    registrationAttestation {\n      serial\n      revoked\n    }\n  }\n}"): (typeof documents)["query DeemedTaxEnterprise($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n    negativeListed\n    negativeListEntry {\n      reason\n      legalBasis\n      listedAt\n    }\n    registrationAttestation {\n      serial\n      revoked\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExemptionEnterprise($uscc: ID!, $ebpCode: String!, $orderNo: String!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n  }\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    zone\n    orderedAt\n    items {\n      gnum\n      itemName\n      unit\n      qty\n      price\n      totalPrice\n    }\n  }\n}"): (typeof documents)["query ExemptionEnterprise($uscc: ID!, $ebpCode: String!, $orderNo: String!) {\n  enterprise(uscc: $uscc) {\n    uscc\n    zone\n    roles\n  }\n  order(ebpCode: $ebpCode, orderNo: $orderNo) {\n    zone\n    orderedAt\n    items {\n      gnum\n      itemName\n      unit\n      qty\n      price\n      totalPrice\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExemptionList($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    ebpCode\n    orderNo\n    ebcCode\n    zone\n    customsCode\n    direction\n    statusCode\n    items {\n      gnum\n      hsCode\n    }\n    attestation {\n      token\n    }\n  }\n}"): (typeof documents)["query ExemptionList($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    ebpCode\n    orderNo\n    ebcCode\n    zone\n    customsCode\n    direction\n    statusCode\n    items {\n      gnum\n      hsCode\n    }\n    attestation {\n      token\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaxBillList($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    ebpCode\n    ebcCode\n    orderNo\n    zone\n    direction\n    status\n    currency\n    freight\n    insuredFee\n    retailTaxTreatment\n    items {\n      gnum\n      hsCode\n      qty\n      totalPrice\n    }\n    attestation {\n      serial\n      revoked\n    }\n  }\n}"): (typeof documents)["query TaxBillList($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    ebpCode\n    ebcCode\n    orderNo\n    zone\n    direction\n    status\n    currency\n    freight\n    insuredFee\n    retailTaxTreatment\n    items {\n      gnum\n      hsCode\n      qty\n      totalPrice\n    }\n    attestation {\n      serial\n      revoked\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaxBillListStanding($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    status\n    releaseDecision {\n      decision\n      reasons {\n        code\n      }\n    }\n    requests {\n      kind\n      state\n      reason\n    }\n  }\n}"): (typeof documents)["query TaxBillListStanding($invtNo: String!) {\n  inventoryList(invtNo: $invtNo) {\n    invtNo\n    status\n    releaseDecision {\n      decision\n      reasons {\n        code\n      }\n    }\n    requests {\n      kind\n      state\n      reason\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;