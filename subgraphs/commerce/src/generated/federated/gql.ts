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
    "query CommerceCreditClass($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    customsCreditClass\n  }\n}": typeof types.CommerceCreditClassDocument,
    "query CommerceListZone($invtNo: String!) {\n  record: inventoryList(invtNo: $invtNo) {\n    zone\n  }\n}": typeof types.CommerceListZoneDocument,
    "query CommercePaymentZone($payCode: String!, $payTransactionId: String!) {\n  record: payment(payCode: $payCode, payTransactionId: $payTransactionId) {\n    zone\n  }\n}": typeof types.CommercePaymentZoneDocument,
    "query CommerceWaybillZone($logisticsCode: String!, $logisticsNo: String!) {\n  record: waybill(logisticsCode: $logisticsCode, logisticsNo: $logisticsNo) {\n    zone\n  }\n}": typeof types.CommerceWaybillZoneDocument,
};
const documents: Documents = {
    "query CommerceCreditClass($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    customsCreditClass\n  }\n}": types.CommerceCreditClassDocument,
    "query CommerceListZone($invtNo: String!) {\n  record: inventoryList(invtNo: $invtNo) {\n    zone\n  }\n}": types.CommerceListZoneDocument,
    "query CommercePaymentZone($payCode: String!, $payTransactionId: String!) {\n  record: payment(payCode: $payCode, payTransactionId: $payTransactionId) {\n    zone\n  }\n}": types.CommercePaymentZoneDocument,
    "query CommerceWaybillZone($logisticsCode: String!, $logisticsNo: String!) {\n  record: waybill(logisticsCode: $logisticsCode, logisticsNo: $logisticsNo) {\n    zone\n  }\n}": types.CommerceWaybillZoneDocument,
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
export function graphql(source: "query CommerceCreditClass($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    customsCreditClass\n  }\n}"): (typeof documents)["query CommerceCreditClass($uscc: ID!) {\n  enterprise(uscc: $uscc) {\n    customsCreditClass\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommerceListZone($invtNo: String!) {\n  record: inventoryList(invtNo: $invtNo) {\n    zone\n  }\n}"): (typeof documents)["query CommerceListZone($invtNo: String!) {\n  record: inventoryList(invtNo: $invtNo) {\n    zone\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercePaymentZone($payCode: String!, $payTransactionId: String!) {\n  record: payment(payCode: $payCode, payTransactionId: $payTransactionId) {\n    zone\n  }\n}"): (typeof documents)["query CommercePaymentZone($payCode: String!, $payTransactionId: String!) {\n  record: payment(payCode: $payCode, payTransactionId: $payTransactionId) {\n    zone\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommerceWaybillZone($logisticsCode: String!, $logisticsNo: String!) {\n  record: waybill(logisticsCode: $logisticsCode, logisticsNo: $logisticsNo) {\n    zone\n  }\n}"): (typeof documents)["query CommerceWaybillZone($logisticsCode: String!, $logisticsNo: String!) {\n  record: waybill(logisticsCode: $logisticsCode, logisticsNo: $logisticsNo) {\n    zone\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;