/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why an attestation does not verify. */
export type AttestationFailure =
  /** Not three base64url parts of JSON objects. */
  | 'BAD_ENCODING'
  /** The SM2 signature is not the key's over header.payload. */
  | 'BAD_SIGNATURE'
  /** Past its exp. */
  | 'EXPIRED'
  /** The key is not a key of the department named as issuer. */
  | 'ISSUER_MISMATCH'
  /** The key was not valid when the attestation was issued (retired before, or not yet in force). */
  | 'KEY_NOT_VALID'
  /** The header lacks alg, kid or typ, or typ is not zone-attestation+v1. */
  | 'MALFORMED_HEADER'
  /** The payload lacks a field or holds one of the wrong kind. */
  | 'MALFORMED_PAYLOAD'
  /** Issued in the future. */
  | 'NOT_YET_VALID'
  /** The issuer could not be asked about revocation just now. */
  | 'REVOCATION_UNAVAILABLE'
  /** Revoked by its issuer (the decision was reversed). */
  | 'REVOKED'
  /** No key of that kid in the key directory. */
  | 'UNKNOWN_KEY'
  /** Well signed, but its issuer has no record of the serial. */
  | 'UNKNOWN_SERIAL'
  /** alg is not SM2-SM3. */
  | 'UNSUPPORTED_ALGORITHM';

/** A department of the zone platform. */
export type Department =
  | 'COMMERCE'
  | 'CUSTOMS'
  | 'FOREX'
  | 'POST'
  | 'PUBLIC_SECURITY'
  | 'TAX';

/** A joint measure (联合奖惩) and, by it, the department that applies it. */
export type JointMeasureKind =
  /** Customs: no automatic release of inventory lists. */
  | 'CUSTOMS_NO_AUTO_RELEASE'
  /** Forex: the settlement check answers no. */
  | 'FOREX_SETTLEMENT_REFUSED'
  /** Post: parcels held, no delivery recorded. */
  | 'POST_PARCELS_HELD'
  /** Public security: identities verified afresh. */
  | 'PUBLIC_SECURITY_REVERIFICATION'
  /** Reward: customs lowers review (medium-risk goods released without document review). */
  | 'REWARD_LOWER_REVIEW'
  /** Tax: deemed taxation (核定征收) refused or revoked. */
  | 'TAX_DEEMED_TAXATION_REVOKED';

export type JointMeasureSource =
  | 'ASSISTANCE_REQUEST'
  | 'CREDIT_CLASS'
  | 'NEGATIVE_LIST';

/** A fact of another department a bank's settlement answer rests on. */
export type SettlementEvidenceFact =
  /** Customs accepted the list's cancellation (623) (customs). */
  | 'LIST_CANCELLED'
  /** Customs rejected the list, at matching or after review or inspection (customs). */
  | 'LIST_REJECTED'
  /** Customs released the order's inventory list (customs). */
  | 'LIST_RELEASED'
  /** Customs accepted the list's return (625) (customs). */
  | 'LIST_RETURNED'
  /** The e-commerce enterprise was put on the negative list (commerce). */
  | 'NEGATIVE_LISTED'
  /** The e-commerce enterprise was taken off the negative list (commerce). */
  | 'NEGATIVE_LIST_LIFTED'
  /** The order's waybill was delivered (post). */
  | 'WAYBILL_DELIVERED';

/** One change a department tells forex of (recordSettlementEvidence). */
export type SettlementEvidenceNoticeInput = {
  /** The e-commerce enterprise of a negative-list fact. */
  ebcCode?: string | null | undefined;
  /** The order of a list or waybill fact. */
  ebpCode?: string | null | undefined;
  fact: SettlementEvidenceFact;
  /** The outbox event that announced it, `<department>:<id>` (customs, post or commerce): the same notice sent again acts once. */
  noticeId: string;
  /** When the owning department recorded the change. */
  occurredAt: string;
  orderNo?: string | null | undefined;
  /** The zone of the list, waybill or enterprise; the payments of that zone are concerned. */
  zone: Zone;
};

/**
 * A subject by its business key: uscc for ENTERPRISE; ebpCode and orderNo for ORDER; invtNo for
 * INVENTORY_LIST; logisticsCode and logisticsNo for WAYBILL; payCode and payTransactionId for
 * PAYMENT; idHash (HMAC-SM3 of the ID number, 64 hex digits, as Buyer.idHash) for PERSON.
 */
export type SubjectInput = {
  ebpCode?: string | null | undefined;
  idHash?: string | null | undefined;
  invtNo?: string | null | undefined;
  logisticsCode?: string | null | undefined;
  logisticsNo?: string | null | undefined;
  orderNo?: string | null | undefined;
  payCode?: string | null | undefined;
  payTransactionId?: string | null | undefined;
  type: SubjectType;
  uscc?: string | null | undefined;
};

/** What an assistance request or a joint measure is about. */
export type SubjectType =
  | 'ENTERPRISE'
  | 'INVENTORY_LIST'
  | 'ORDER'
  | 'PAYMENT'
  /** A person, by the keyed hash of the ID number (never the number itself). */
  | 'PERSON'
  | 'WAYBILL';

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

export type DepartmentJointMeasureEffectMutationVariables = Exact<{
  measureId: string | number;
  process: string;
  recordRef: string;
  outcome: string;
}>;


export type DepartmentJointMeasureEffectMutation = { reportJointMeasureEffect: { measureId: string } };

export type DepartmentJointMeasuresQueryVariables = Exact<{
  subjects: Array<SubjectInput> | SubjectInput;
  department: Department;
}>;


export type DepartmentJointMeasuresQuery = { jointMeasuresOn: Array<{ id: string, kind: JointMeasureKind, source: JointMeasureSource, basis: string }> };

export type RecordSettlementEvidenceMutationVariables = Exact<{
  notices: Array<SettlementEvidenceNoticeInput> | SettlementEvidenceNoticeInput;
}>;


export type RecordSettlementEvidenceMutation = { recordSettlementEvidence: { received: number, alreadyReceived: number, paymentsChanged: number } };

export type VerifyReliedOnAttestationQueryVariables = Exact<{
  token: string;
}>;


export type VerifyReliedOnAttestationQuery = { verifyAttestation: { valid: boolean, reasons: Array<{ code: AttestationFailure, message: string }>, claim: { serial: string, issuer: string, subjectType: string, subjectKey: string, claim: string } | null } };


export const DepartmentJointMeasureEffectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartmentJointMeasureEffect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"process"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordRef"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportJointMeasureEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"process"},"value":{"kind":"Variable","name":{"kind":"Name","value":"process"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordRef"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordRef"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}}]}}]}}]} as unknown as DocumentNode<DepartmentJointMeasureEffectMutation, DepartmentJointMeasureEffectMutationVariables>;
export const DepartmentJointMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentJointMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointMeasuresOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjects"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}}},{"kind":"Argument","name":{"kind":"Name","value":"appliedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]} as unknown as DocumentNode<DepartmentJointMeasuresQuery, DepartmentJointMeasuresQueryVariables>;
export const RecordSettlementEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSettlementEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notices"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementEvidenceNoticeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSettlementEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"notices"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notices"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyReceived"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsChanged"}}]}}]}}]} as unknown as DocumentNode<RecordSettlementEvidenceMutation, RecordSettlementEvidenceMutationVariables>;
export const VerifyReliedOnAttestationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyReliedOnAttestation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAttestation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyReliedOnAttestationQuery, VerifyReliedOnAttestationQueryVariables>;