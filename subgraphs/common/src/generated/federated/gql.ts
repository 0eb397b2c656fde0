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
    "mutation DepartmentJointMeasureEffect($measureId: ID!, $process: String!, $recordRef: String!, $outcome: String!) {\n  reportJointMeasureEffect(\n    measureId: $measureId\n    process: $process\n    recordRef: $recordRef\n    outcome: $outcome\n  ) {\n    measureId\n  }\n}": typeof types.DepartmentJointMeasureEffectDocument,
    "query DepartmentJointMeasures($subjects: [SubjectInput!]!, $department: Department!) {\n  jointMeasuresOn(subjects: $subjects, appliedBy: $department) {\n    id\n    kind\n    source\n    basis\n  }\n}": typeof types.DepartmentJointMeasuresDocument,
    "mutation RecordSettlementEvidence($notices: [SettlementEvidenceNoticeInput!]!) {\n  recordSettlementEvidence(notices: $notices) {\n    received\n    alreadyReceived\n    paymentsChanged\n  }\n}": typeof types.RecordSettlementEvidenceDocument,
    "query VerifyReliedOnAttestation($token: String!) {\n  verifyAttestation(token: $token) {\n    valid\n    reasons {\n      code\n      message\n    }\n    claim {\n      serial\n      issuer\n      subjectType\n      subjectKey\n      claim\n    }\n  }\n}": typeof types.VerifyReliedOnAttestationDocument,
};
const documents: Documents = {
    "mutation DepartmentJointMeasureEffect($measureId: ID!, $process: String!, $recordRef: String!, $outcome: String!) {\n  reportJointMeasureEffect(\n    measureId: $measureId\n    process: $process\n    recordRef: $recordRef\n    outcome: $outcome\n  ) {\n    measureId\n  }\n}": types.DepartmentJointMeasureEffectDocument,
    "query DepartmentJointMeasures($subjects: [SubjectInput!]!, $department: Department!) {\n  jointMeasuresOn(subjects: $subjects, appliedBy: $department) {\n    id\n    kind\n    source\n    basis\n  }\n}": types.DepartmentJointMeasuresDocument,
    "mutation RecordSettlementEvidence($notices: [SettlementEvidenceNoticeInput!]!) {\n  recordSettlementEvidence(notices: $notices) {\n    received\n    alreadyReceived\n    paymentsChanged\n  }\n}": types.RecordSettlementEvidenceDocument,
    "query VerifyReliedOnAttestation($token: String!) {\n  verifyAttestation(token: $token) {\n    valid\n    reasons {\n      code\n      message\n    }\n    claim {\n      serial\n      issuer\n      subjectType\n      subjectKey\n      claim\n    }\n  }\n}": types.VerifyReliedOnAttestationDocument,
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
export function graphql(source: "mutation DepartmentJointMeasureEffect($measureId: ID!, $process: String!, $recordRef: String!, $outcome: String!) {\n  reportJointMeasureEffect(\n    measureId: $measureId\n    process: $process\n    recordRef: $recordRef\n    outcome: $outcome\n  ) {\n    measureId\n  }\n}"): (typeof documents)["mutation DepartmentJointMeasureEffect($measureId: ID!, $process: String!, $recordRef: String!, $outcome: String!) {\n  reportJointMeasureEffect(\n    measureId: $measureId\n    process: $process\n    recordRef: $recordRef\n    outcome: $outcome\n  ) {\n    measureId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DepartmentJointMeasures($subjects: [SubjectInput!]!, $department: Department!) {\n  jointMeasuresOn(subjects: $subjects, appliedBy: $department) {\n    id\n    kind\n    source\n    basis\n  }\n}"): (typeof documents)["query DepartmentJointMeasures($subjects: [SubjectInput!]!, $department: Department!) {\n  jointMeasuresOn(subjects: $subjects, appliedBy: $department) {\n    id\n    kind\n    source\n    basis\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSettlementEvidence($notices: [SettlementEvidenceNoticeInput!]!) {\n  recordSettlementEvidence(notices: $notices) {\n    received\n    alreadyReceived\n    paymentsChanged\n  }\n}"): (typeof documents)["mutation RecordSettlementEvidence($notices: [SettlementEvidenceNoticeInput!]!) {\n  recordSettlementEvidence(notices: $notices) {\n    received\n    alreadyReceived\n    paymentsChanged\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VerifyReliedOnAttestation($token: String!) {\n  verifyAttestation(token: $token) {\n    valid\n    reasons {\n      code\n      message\n    }\n    claim {\n      serial\n      issuer\n      subjectType\n      subjectKey\n      claim\n    }\n  }\n}"): (typeof documents)["query VerifyReliedOnAttestation($token: String!) {\n  verifyAttestation(token: $token) {\n    valid\n    reasons {\n      code\n      message\n    }\n    claim {\n      serial\n      issuer\n      subjectType\n      subjectKey\n      claim\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;