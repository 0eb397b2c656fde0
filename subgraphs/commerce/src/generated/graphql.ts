import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StatisticsKey, Anomaly as AnomalyFinding } from '@zone/common';
import type { Enterprise as EnterpriseModel, Order as OrderModel, OrderItem as OrderItemModel, Order as BuyerModel, NegativeListEntry as NegativeListEntryModel, JointMeasureEffect as JointMeasureEffectModel } from './prisma/client';
import type { AssistanceRequestRow, AssistancePartView } from '../writes/assistance';
import type { SubjectRef } from '../rules/subject';
import type { MeasureView } from '../writes/joint-measures';
import type { CommerceContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 4217 currency code accepted by the zone platform (CNY, USD, EUR, HKD, JPY, GBP). */
  Currency: { input: string; output: string; }
  /** Point in time, ISO 8601 with time zone, e.g. "2026-03-01T08:00:00.000Z". */
  DateTime: { input: Date; output: Date | string; }
  /** Exact decimal amount as a string, e.g. "1234.50". Never a binary float. */
  Decimal: { input: string; output: string | { toFixed(dp: number): string }; }
  /** HS code of goods as declared to customs: 10 digits. */
  HsCode: { input: string; output: string; }
  /** Resident ID number (GB 11643-1999). Accepted as input only; never returned. */
  IdNumber: { input: string; output: string; }
  /** Unified social credit code (GB 32100-2015): 18 characters with a check character. */
  USCC: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A departure from normal in the statistics: a series against its own trailing baseline (median
 * and MAD), or a known pattern of abuse. series names what was measured, score how far from normal
 * (robust z-score for a series, multiple of the threshold for a pattern), explanation why it matters.
 */
export type Anomaly = {
  __typename?: 'Anomaly';
  baseline?: Maybe<Scalars['Float']['output']>;
  explanation: Scalars['String']['output'];
  period: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  series: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  zone: Zone;
};

/** What an assistance request asks of the departments it is addressed to. */
export type AssistanceAction =
  | 'HOLD_GOODS'
  | 'INVESTIGATE'
  | 'PROVIDE_RECORDS'
  | 'REFUSE_SETTLEMENT'
  | 'SUSPEND_DEEMED_TAX'
  | 'VERIFY';

export type AssistanceAnswerInput = {
  /** Joint measures this answer puts in force: each applied by the answering department, for an action asked. */
  applyMeasures?: InputMaybe<Array<JointMeasureKind>>;
  /** Attestation serials or record references the findings rest on (at most 20). */
  evidence: Array<Scalars['String']['input']>;
  findings: Scalars['String']['input'];
};

/** One addressed department's part of an assistance request, timed step by step. */
export type AssistancePart = {
  __typename?: 'AssistancePart';
  acknowledgeDueAt: Scalars['DateTime']['output'];
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Organisation of the officer or system that acknowledged it. */
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  /** Acknowledged after acknowledgeDueAt, or not yet and that time has passed. */
  acknowledgementOverdue: Scalars['Boolean']['output'];
  /** Answered or declined after the request's due date, or neither yet and it has passed. */
  answerOverdue: Scalars['Boolean']['output'];
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  answeredBy?: Maybe<Scalars['String']['output']>;
  declineReason?: Maybe<Scalars['String']['output']>;
  declinedAt?: Maybe<Scalars['DateTime']['output']>;
  department: Department;
  evidence: Array<Scalars['String']['output']>;
  findings?: Maybe<Scalars['String']['output']>;
  /** Hours from filing to acknowledgement; null until acknowledged. */
  hoursToAcknowledge?: Maybe<Scalars['Float']['output']>;
  /** Hours from filing to answer or decline; null until then. */
  hoursToAnswer?: Maybe<Scalars['Float']['output']>;
  status: AssistancePartStatus;
};

/** Where one addressed department stands on its part. */
export type AssistancePartStatus =
  | 'ACKNOWLEDGED'
  | 'ADDRESSED'
  | 'ANSWERED'
  | 'DECLINED'
  /** The requester closed the request before this part was answered or declined. */
  | 'WITHDRAWN';

export type AssistanceRelation =
  | 'ADDRESSED'
  | 'FILED';

/** An assistance request (执法互助) filed by one department, routed by commerce to those it is addressed to. */
export type AssistanceRequest = {
  __typename?: 'AssistanceRequest';
  actions: Array<AssistanceAction>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closingNote?: Maybe<Scalars['String']['output']>;
  dueAt: Scalars['DateTime']['output'];
  filedAt: Scalars['DateTime']['output'];
  filedBy: Department;
  /** Organisation of the officer or system that filed it. */
  filedByOrganisation: Scalars['String']['output'];
  legalBasis: Scalars['String']['output'];
  /** Joint measures the answers put in force. */
  measures: Array<JointMeasure>;
  /** Whether any part's acknowledgement or answer is late (now, or was when given). */
  overdue: Scalars['Boolean']['output'];
  parts: Array<AssistancePart>;
  reason: Scalars['String']['output'];
  requestNo: Scalars['ID']['output'];
  status: AssistanceRequestStatus;
  subject: Subject;
  zone: Zone;
};

export type AssistanceRequestConnection = {
  __typename?: 'AssistanceRequestConnection';
  edges: Array<AssistanceRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssistanceRequestEdge = {
  __typename?: 'AssistanceRequestEdge';
  cursor: Scalars['String']['output'];
  node: AssistanceRequest;
};

/** Which assistance requests to list. */
export type AssistanceRequestFilter = {
  /** FILED: requests the caller's department filed; ADDRESSED: requests addressed to it. */
  mine?: InputMaybe<AssistanceRelation>;
  /** true: only requests with a part overdue now; false: only those without. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<AssistanceRequestStatus>;
  subject?: InputMaybe<SubjectInput>;
  zone?: InputMaybe<Zone>;
};

export type AssistanceRequestInput = {
  /** At least one action, each once. */
  actions: Array<AssistanceAction>;
  /** One or more other departments, each once. */
  addressedTo: Array<Department>;
  /** When the answers are due: at least an hour and at most 366 days ahead. */
  dueAt: Scalars['DateTime']['input'];
  legalBasis: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  subject: SubjectInput;
  /** Zone of a PERSON subject, for a province-wide caller (a zone-bound caller files in its own zone); not given for other subjects. */
  zone?: InputMaybe<Zone>;
};

/** Where an assistance request stands as a whole. */
export type AssistanceRequestStatus =
  /** Every part is answered or declined; the requester has not closed it yet. */
  | 'ANSWERED'
  | 'CLOSED'
  /** At least one part is neither answered nor declined. */
  | 'OPEN';

/** How fast one department handles the assistance requests addressed to it. */
export type AssistanceTiming = {
  __typename?: 'AssistanceTiming';
  acknowledged: Scalars['Int']['output'];
  addressed: Scalars['Int']['output'];
  answered: Scalars['Int']['output'];
  declined: Scalars['Int']['output'];
  department: Department;
  maxHoursToAcknowledge?: Maybe<Scalars['Float']['output']>;
  maxHoursToAnswer?: Maybe<Scalars['Float']['output']>;
  meanHoursToAcknowledge?: Maybe<Scalars['Float']['output']>;
  meanHoursToAnswer?: Maybe<Scalars['Float']['output']>;
  /** Parts whose acknowledgement or answer is overdue now. */
  overdueNow: Scalars['Int']['output'];
};

/**
 * A decision signed by the department that made it (SM2-SM3, format zone-attestation+v1): anyone
 * holding the key directory (GET /keys/departments.json) verifies the token offline. Signed once,
 * when the decision was made. The gateway adds, by token, reliedOn (the other departments'
 * attestations the decision rested on) and verification, so a chain can be walked and checked.
 */
export type Attestation = {
  __typename?: 'Attestation';
  claim: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** The issuing department. */
  issuer: Scalars['String']['output'];
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** Whether the issuer revoked it (the decision was reversed). */
  revoked: Scalars['Boolean']['output'];
  /** The payload's jti: <department>:<record serial>. */
  serial: Scalars['ID']['output'];
  /** header.payload.signature, base64url. */
  token: Scalars['String']['output'];
};

/** An attestation as its issuer holds it, for the gateway's verification. */
export type AttestationRecord = {
  __typename?: 'AttestationRecord';
  claim: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  issuedAt: Scalars['DateTime']['output'];
  revocationReason?: Maybe<Scalars['String']['output']>;
  revoked: Scalars['Boolean']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  serial: Scalars['ID']['output'];
  /** The token as signed, so that whoever follows a chain of recognition can verify each link. */
  token: Scalars['String']['output'];
};

/** The buyer of an order. Personal data is masked; the ID number itself is never stored by commerce. */
export type Buyer = {
  __typename?: 'Buyer';
  /**
   * Keyed hash of the buyer's ID number (HMAC-SM3, hex), which customs compares with the payer's
   * and counts the annual limit by; null for buyers abroad. Only department systems, holding the
   * scope identity:match, may read it.
   */
  idHash?: Maybe<Scalars['String']['output']>;
  /** Masked resident ID number; null for buyers abroad. */
  idNumberMasked?: Maybe<Scalars['String']['output']>;
  /** ID type code of the standard (1 = resident ID card). */
  idType: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
};

/** The buyer (订购人) of an order. */
export type BuyerInput = {
  /** Resident ID number; required when idType is 1, not given otherwise. Stored only as a keyed hash and a masked form. */
  idNumber?: InputMaybe<Scalars['IdNumber']['input']>;
  /** ID type code of the standard: 1 = resident ID card (required for imports); other codes for buyers abroad. */
  idType: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone: Scalars['String']['input'];
};

/** An amount in one currency. */
export type CurrencyAmount = {
  __typename?: 'CurrencyAmount';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
};

/** A department of the zone platform. */
export type Department =
  | 'COMMERCE'
  | 'CUSTOMS'
  | 'FOREX'
  | 'POST'
  | 'PUBLIC_SECURITY'
  | 'TAX';

export type Direction =
  | 'EXPORT'
  | 'IMPORT';

export type Enterprise = {
  __typename?: 'Enterprise';
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The listing in force; null when the enterprise is not listed. */
  negativeListEntry?: Maybe<NegativeListEntry>;
  /** Whether the enterprise is on the credit system's negative list now (joint measures apply). */
  negativeListed: Scalars['Boolean']['output'];
  /** Orders this enterprise sold (ebcCode) or carried as platform (ebpCode), newest first. first defaults to 10, at most 100. */
  orders: Array<Order>;
  registeredAt: Scalars['DateTime']['output'];
  /** Commerce's latest signed attestation that the enterprise is registered in its zone; null before attestEnterprise. */
  registrationAttestation?: Maybe<Attestation>;
  roles: Array<EnterpriseRole>;
  /**
   * Commerce's latest signed attestation that the enterprise was not on the negative list at its
   * issue time; revoked (with the listing's reason) once the enterprise is placed on the list. Null
   * before attestEnterprise.
   */
  standingAttestation?: Maybe<Attestation>;
  uscc: Scalars['ID']['output'];
  zone: Zone;
};


export type EnterpriseOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  edges: Array<EnterpriseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  cursor: Scalars['String']['output'];
  node: Enterprise;
};

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

/** Period length of a statistics view. */
export type Granularity =
  | 'DAY'
  | 'MONTH';

/** A measure on a subject: what it does, where it comes from, whether it is in force, where it bit. */
export type JointMeasure = {
  __typename?: 'JointMeasure';
  /** The negative-list reason, the credit class, or the assistance request number. */
  basis: Scalars['String']['output'];
  /** The department that applies it in its own process. */
  department: Department;
  /** What it does there. */
  effect: Scalars['String']['output'];
  /** Where it took effect, as the applying department reported it, newest first. */
  effects: Array<JointMeasureEffect>;
  /** Source, source key and kind, e.g. NEGATIVE_LIST:12:FOREX_SETTLEMENT_REFUSED. */
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  kind: JointMeasureKind;
  liftReason?: Maybe<Scalars['String']['output']>;
  liftedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the measure rewards (lowers review) rather than punishes. */
  reward: Scalars['Boolean']['output'];
  /** Since when it is in force; null for a credit class (customs does not say since when). */
  since?: Maybe<Scalars['DateTime']['output']>;
  source: JointMeasureSource;
  subject: Subject;
};

/** A department's report that a joint measure bit in its process. */
export type JointMeasureEffect = {
  __typename?: 'JointMeasureEffect';
  at: Scalars['DateTime']['output'];
  department: Department;
  measureId: Scalars['ID']['output'];
  outcome: Scalars['String']['output'];
  /** The process step, e.g. customs.release. */
  process: Scalars['String']['output'];
  /** The record it bit on, e.g. an inventory list number. */
  recordRef: Scalars['String']['output'];
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** The addressed department (the caller's) acknowledges its part. Refused with the reason when the state does not allow it. */
  acknowledgeAssistanceRequest: AssistanceRequest;
  /**
   * The addressed department (the caller's) answers its acknowledged part: findings, the attestation
   * serials or record references behind them, and the joint measures it puts in force for the
   * actions asked (each one its own department applies).
   */
  answerAssistanceRequest: AssistanceRequest;
  /**
   * Commerce signs, now (监管互认), that the enterprise is registered in its zone
   * (ENTERPRISE_REGISTERED_IN_ZONE, a year; signed once per registration) and, unless a listing is in
   * force, that it is not on the negative list as of now (NOT_ON_NEGATIVE_LIST, relied on for 30 days;
   * a later listing revokes it with the listing's reason). Returns the enterprise: its
   * registrationAttestation and standingAttestation. Commerce officers of the enterprise's zone and
   * the commerce system only. NOT_FOUND for an unregistered enterprise.
   */
  attestEnterprise: Enterprise;
  /** The department that filed the request closes it, with a note; parts still open are withdrawn. */
  closeAssistanceRequest: AssistanceRequest;
  /** The addressed department (the caller's) declines its acknowledged part, with the reason. */
  declineAssistanceRequest: AssistanceRequest;
  /**
   * Files an assistance request about a subject with the reason, legal basis, actions asked and due
   * date, addressed to one or more other departments. Any department's officers (of the subject's
   * zone) and systems. The request number is returned; each addressee then acts on its part.
   */
  fileAssistanceRequest: AssistanceRequest;
  /**
   * Lifts the listing in force, with the reason; the entry stays on record as history. Commerce
   * officers of the enterprise's zone and the commerce system only. NOT_FOUND when none is in force.
   */
  liftFromNegativeList: NegativeListEntry;
  /**
   * Lifts a joint measure an answered request put in force, with the reason: the department that
   * applies it only. Measures of the negative list lift with the listing, those of a credit class
   * with the class.
   */
  liftJointMeasure: JointMeasure;
  /**
   * Places an enterprise on the credit system's negative list (联合惩戒), with the reason and legal
   * basis; every department then applies its joint measures (no automatic release at customs, FX
   * settlement refused, deemed taxation revoked). Commerce officers of the enterprise's zone and the
   * commerce system only. Listing an enterprise already listed is a CONFLICT.
   */
  placeOnNegativeList: NegativeListEntry;
  /**
   * A department reports that its process applied a joint measure in force: where (process) and to
   * which record. The department that applies the measure only.
   */
  reportJointMeasureEffect: JointMeasureEffect;
  /**
   * Records an order (311 import / 303 export) under its business key ebpCode + orderNo, for the
   * zone of its platform. The first submission is CREATED (revision 1); the same content again is
   * UNCHANGED and writes nothing; other content is CHANGED: the order takes the new content and the
   * submission is kept as the next revision. Every wrong field is named in one BAD_USER_INPUT error.
   * The buyer's ID number is kept only as a keyed hash and a masked form.
   */
  submitOrder: OrderSubmission;
};


export type MutationAcknowledgeAssistanceRequestArgs = {
  requestNo: Scalars['ID']['input'];
};


export type MutationAnswerAssistanceRequestArgs = {
  answer: AssistanceAnswerInput;
  requestNo: Scalars['ID']['input'];
};


export type MutationAttestEnterpriseArgs = {
  uscc: Scalars['ID']['input'];
};


export type MutationCloseAssistanceRequestArgs = {
  note: Scalars['String']['input'];
  requestNo: Scalars['ID']['input'];
};


export type MutationDeclineAssistanceRequestArgs = {
  reason: Scalars['String']['input'];
  requestNo: Scalars['ID']['input'];
};


export type MutationFileAssistanceRequestArgs = {
  input: AssistanceRequestInput;
};


export type MutationLiftFromNegativeListArgs = {
  reason: Scalars['String']['input'];
  uscc: Scalars['ID']['input'];
};


export type MutationLiftJointMeasureArgs = {
  measureId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationPlaceOnNegativeListArgs = {
  legalBasis: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  uscc: Scalars['ID']['input'];
};


export type MutationReportJointMeasureEffectArgs = {
  measureId: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
  process: Scalars['String']['input'];
  recordRef: Scalars['String']['input'];
};


export type MutationSubmitOrderArgs = {
  input: OrderInput;
};

/** A listing on the credit system's negative list (一库三系), current or lifted. */
export type NegativeListEntry = {
  __typename?: 'NegativeListEntry';
  /** The law, regulation or decision the listing rests on. */
  legalBasis: Scalars['String']['output'];
  /** Why it was lifted. */
  liftReason?: Maybe<Scalars['String']['output']>;
  /** When the listing was lifted; null while it is in force. */
  liftedAt?: Maybe<Scalars['DateTime']['output']>;
  listedAt: Scalars['DateTime']['output'];
  /** Organisation that placed the listing. */
  listedBy: Scalars['String']['output'];
  /** Why the enterprise is listed. */
  reason: Scalars['String']['output'];
  uscc: Scalars['ID']['output'];
};

/** An order as declared in the customs message standard (311 import / 303 export). */
export type Order = {
  __typename?: 'Order';
  /** goodsValue + freight + taxTotal - discount (the standard's acturalPaid). */
  actualPaid: Scalars['Decimal']['output'];
  buyer: Buyer;
  /** Consignee name, masked. */
  consignee: Scalars['String']['output'];
  currency: Scalars['Currency']['output'];
  direction: Direction;
  discount: Scalars['Decimal']['output'];
  ebc: Enterprise;
  /** E-commerce enterprise (电商企业) code. */
  ebcCode: Scalars['String']['output'];
  ebp: Enterprise;
  /** Platform (电商平台) code. */
  ebpCode: Scalars['String']['output'];
  freight: Scalars['Decimal']['output'];
  goodsValue: Scalars['Decimal']['output'];
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  items: Array<OrderItem>;
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
  orderedAt: Scalars['DateTime']['output'];
  payCode: Scalars['String']['output'];
  payTransactionId: Scalars['String']['output'];
  taxTotal: Scalars['Decimal']['output'];
  /** Trade mode (监管方式): 9610, 1210, 9710 or 9810. */
  tradeMode: Scalars['String']['output'];
  zone: Zone;
};

/** A page of an order search. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  /** Orders the filter finds: exact up to 10,000, an estimate beyond (totalCountIsEstimate). */
  totalCount: Scalars['Int']['output'];
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque and signed; valid for the caller, filter and order it was given for only. */
  cursor: Scalars['String']['output'];
  node: Order;
};

/** Which orders a search finds. Lists name at most 50 values. */
export type OrderFilter = {
  /** actualPaid at most (inclusive). */
  amountMax?: InputMaybe<Scalars['Decimal']['input']>;
  /** actualPaid at least (inclusive). */
  amountMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** Currency of actualPaid; needed with an amount range. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  direction?: InputMaybe<Direction>;
  /** E-commerce enterprises (电商企业). */
  ebcCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** Platforms (电商平台). */
  ebpCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** Ordered at or after (orderedAt). A range is at most 366 days; orderedTo defaults to now. */
  orderedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Ordered before; needs orderedFrom. */
  orderedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Payment enterprises (支付企业) named by the orders. */
  payCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** Trade modes (监管方式), any of: 9610, 1210, 9710, 9810. */
  tradeModes?: InputMaybe<Array<Scalars['String']['input']>>;
  zones?: InputMaybe<Array<Zone>>;
};

/** An order message (311 import / 303 export) as the platform declares it. */
export type OrderInput = {
  /** Exactly goodsValue + freight + taxTotal - discount (the standard's acturalPaid). */
  actualPaid: Scalars['Decimal']['input'];
  buyer: BuyerInput;
  consignee: Scalars['String']['input'];
  consigneeAddress: Scalars['String']['input'];
  currency: Scalars['Currency']['input'];
  direction: Direction;
  discount: Scalars['Decimal']['input'];
  /** E-commerce enterprise (电商企业) code: a registered enterprise. */
  ebcCode: Scalars['USCC']['input'];
  /** Platform (电商平台) code: a registered enterprise with the PLATFORM role. The order belongs to its zone. */
  ebpCode: Scalars['USCC']['input'];
  freight: Scalars['Decimal']['input'];
  /** Sum of the items' totalPrice. */
  goodsValue: Scalars['Decimal']['input'];
  /** At least one item, numbered by gnum 1 to n. */
  items: Array<OrderItemInput>;
  /** Order number, 1 to 60 characters, unique per platform. */
  orderNo: Scalars['String']['input'];
  /** When the order was placed; not in the future (5 minutes of clock difference are allowed). */
  orderedAt: Scalars['DateTime']['input'];
  /** Payment enterprise (支付企业) code. */
  payCode: Scalars['USCC']['input'];
  /** Transaction id of the payment enterprise, 1 to 60 characters. */
  payTransactionId: Scalars['String']['input'];
  taxTotal: Scalars['Decimal']['input'];
  /** Trade mode (监管方式): 9610 or 1210 for imports; 9610, 1210, 9710 or 9810 for exports. */
  tradeMode: Scalars['String']['input'];
};

export type OrderItem = {
  __typename?: 'OrderItem';
  /** Country of origin (ISO 3166 alpha-3). */
  country: Scalars['String']['output'];
  gnum: Scalars['Int']['output'];
  hsCode: Scalars['HsCode']['output'];
  itemName: Scalars['String']['output'];
  itemNo: Scalars['String']['output'];
  price: Scalars['Decimal']['output'];
  qty: Scalars['Decimal']['output'];
  totalPrice: Scalars['Decimal']['output'];
  unit: Scalars['String']['output'];
};

/** One line of an order. */
export type OrderItemInput = {
  /** Country of origin (ISO 3166 alpha-3, e.g. NZL). */
  country: Scalars['String']['input'];
  /** Line number, 1 to the number of items, each once. */
  gnum: Scalars['Int']['input'];
  hsCode: Scalars['HsCode']['input'];
  itemName: Scalars['String']['input'];
  /** Enterprise's item number, 1 to 30 characters. */
  itemNo: Scalars['String']['input'];
  price: Scalars['Decimal']['input'];
  /** Quantity, greater than zero. */
  qty: Scalars['Decimal']['input'];
  /** qty × price, rounded to the fen. */
  totalPrice: Scalars['Decimal']['input'];
  /** Customs unit code, 1 to 3 characters (e.g. 011). */
  unit: Scalars['String']['input'];
};

/** Order of an order search. */
export type OrderOrder =
  | 'AMOUNT_ASC'
  | 'AMOUNT_DESC'
  | 'ORDERED_AT_ASC'
  | 'ORDERED_AT_DESC';

/** The result of submitOrder. */
export type OrderSubmission = {
  __typename?: 'OrderSubmission';
  order: Order;
  outcome: WriteOutcome;
  /** Revision of the order now current: 1 when CREATED, one more than before when CHANGED. */
  revision: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * One assistance request (执法互助) by its number, with every addressed department's part; null when
   * unknown or not visible to the caller. Visible to the department that filed it, the departments it
   * is addressed to, commerce (which routes them) and regulators; a zone-bound caller sees its zone only.
   */
  assistanceRequest?: Maybe<AssistanceRequest>;
  /**
   * Assistance requests the caller may see, newest first (Relay connection; first defaults to 20, at
   * most 100), narrowed by the filter: filed by or addressed to the caller's department, status,
   * overdue, zone, subject.
   */
  assistanceRequests: AssistanceRequestConnection;
  /**
   * How fast each addressed department acknowledges and answers: counts, mean and longest hours, and
   * parts overdue now, over the requests filed since the given time (default: all), in the caller's zone.
   */
  assistanceTimings: Array<AssistanceTiming>;
  /** The gateway's question to an issuer: its records of these attestation serials (at most 100). Not part of the API. */
  attestationRecords: Array<AttestationRecord>;
  /** This department's revocation list, signed now with its current attestation key; null without one. Not part of the API. */
  attestationRevocationList?: Maybe<Scalars['String']['output']>;
  /** One enterprise by unified social credit code; null when no such enterprise is registered. */
  enterprise?: Maybe<Enterprise>;
  /** Enterprises, optionally of one zone, in USCC order (Relay connection; first defaults to 20, at most 100). */
  enterprises: EnterpriseConnection;
  /**
   * Every joint measure (联合奖惩) on a subject, from the negative list, the customs credit class and
   * answered assistance requests, in force or lifted, with where each took effect. inForceOnly narrows
   * it to the measures in force now (what a department applies). Empty for a subject outside the
   * caller's zone. appliedBy narrows it to the measures one department applies. Not for banks or the
   * platform.
   */
  jointMeasures: Array<JointMeasure>;
  /**
   * The joint measures in force that one department applies on any of the subjects (at most 10):
   * what a department's process asks before a decision. Department systems and officers only.
   */
  jointMeasuresOn: Array<JointMeasure>;
  /** One order by platform code and order number; null when unknown. */
  order?: Maybe<Order>;
  /**
   * Regulators' search of orders (commerce's own records; 信息互换 in bulk): the filter's fields
   * combine with AND, each list with OR. Keyset pages in orderBy order (ties by record), exact while
   * orders are written; totalCount exact up to 10,000, beyond that PostgreSQL's estimate with
   * totalCountIsEstimate. What other departments hold on each order (payment, waybill, inventory
   * list, tax bill, identity check) comes through the federation. A zone-bound caller searches its
   * zone: naming another in filter.zones is FORBIDDEN. Not for banks. first: default 100, at most 1,000.
   */
  orders: OrderConnection;
  /**
   * Statistics of the pilot zones (统计监测): one ZoneStatistics per zone and period of the filter,
   * period by period, to which every department contributes its figures. A zone-bound caller sees
   * its own zone only; banks none.
   */
  statistics: Array<ZoneStatistics>;
  /**
   * Anomalies in the statistics of the filter's periods (统计监测: change and anomaly detection), most
   * marked first: every series against its own trailing baseline (median and MAD of the periods
   * before), spikes in matching failures, identity mismatches and export returns, and the patterns
   * of abuse: orders bunched under the CNY 5,000 limit, one phone or address shared by many buyers
   * (commerce), one payer for many buyers, overseas-warehouse settlements far from the declared value
   * (forex). A zone-bound caller sees its own zone only; banks none.
   */
  statisticsAnomalies: Array<Anomaly>;
  /** The eight pilot zones. */
  zones: Array<ZoneInfo>;
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryAssistanceRequestArgs = {
  requestNo: Scalars['ID']['input'];
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryAssistanceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssistanceRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryAssistanceTimingsArgs = {
  since?: InputMaybe<Scalars['DateTime']['input']>;
  zone?: InputMaybe<Zone>;
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryAttestationRecordsArgs = {
  serials: Array<Scalars['ID']['input']>;
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryEnterpriseArgs = {
  uscc: Scalars['ID']['input'];
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  zone?: InputMaybe<Zone>;
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryJointMeasuresArgs = {
  appliedBy?: InputMaybe<Department>;
  inForceOnly?: InputMaybe<Scalars['Boolean']['input']>;
  subject: SubjectInput;
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryJointMeasuresOnArgs = {
  appliedBy: Department;
  subjects: Array<SubjectInput>;
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryOrderArgs = {
  ebpCode: Scalars['String']['input'];
  orderNo: Scalars['String']['input'];
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderOrder>;
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryStatisticsArgs = {
  filter: StatisticsFilter;
};


/**
 * Commerce (商务) leads the zone platform: the zones, the enterprises registered in them and the
 * orders of the customs message standard (311 import, 303 export).
 */
export type QueryStatisticsAnomaliesArgs = {
  filter: StatisticsFilter;
};

/**
 * What a statistics view covers: Beijing calendar days from and to (inclusive, YYYY-MM-DD), by day or
 * by month (at most 366 days or 120 months), and optionally one zone and one value of each dimension.
 */
export type StatisticsFilter = {
  /** ISO 3166-1 alpha-3 country of origin (imports) or destination (exports) of the first goods line. */
  country?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['Currency']['input']>;
  direction?: InputMaybe<Direction>;
  from: Scalars['String']['input'];
  granularity: Granularity;
  /** Two-digit HS chapter of the goods (of the first goods line of an order or list). */
  hsChapter?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['String']['input'];
  /** Trade mode (监管方式): 9610, 1210, 9710 or 9810. */
  tradeMode?: InputMaybe<Scalars['String']['input']>;
  zone?: InputMaybe<Zone>;
};

/** A subject of an assistance request or a joint measure. */
export type Subject = {
  __typename?: 'Subject';
  /** The enterprise, for an ENTERPRISE subject. */
  enterprise?: Maybe<Enterprise>;
  /** The business key's parts joined by ' / ' (a person: the keyed ID hash). */
  key: Scalars['String']['output'];
  /** The order, for an ORDER subject. */
  order?: Maybe<Order>;
  type: SubjectType;
};

/**
 * A subject by its business key: uscc for ENTERPRISE; ebpCode and orderNo for ORDER; invtNo for
 * INVENTORY_LIST; logisticsCode and logisticsNo for WAYBILL; payCode and payTransactionId for
 * PAYMENT; idHash (HMAC-SM3 of the ID number, 64 hex digits, as Buyer.idHash) for PERSON.
 */
export type SubjectInput = {
  ebpCode?: InputMaybe<Scalars['String']['input']>;
  idHash?: InputMaybe<Scalars['String']['input']>;
  invtNo?: InputMaybe<Scalars['String']['input']>;
  logisticsCode?: InputMaybe<Scalars['String']['input']>;
  logisticsNo?: InputMaybe<Scalars['String']['input']>;
  orderNo?: InputMaybe<Scalars['String']['input']>;
  payCode?: InputMaybe<Scalars['String']['input']>;
  payTransactionId?: InputMaybe<Scalars['String']['input']>;
  type: SubjectType;
  uscc?: InputMaybe<Scalars['String']['input']>;
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

export type ZoneInfo = {
  __typename?: 'ZoneInfo';
  /** City name, e.g. 韶关. */
  city: Scalars['String']['output'];
  code: Zone;
  /** Administrative division code, e.g. 440200. */
  divisionCode: Scalars['String']['output'];
};

/**
 * Statistics of one zone in one period, cut by the filter's dimensions (统计监测). Each department
 * contributes its own figures, read from aggregates it maintains as it writes. A department whose
 * records do not carry a dimension the view is restricted to answers null for its figures.
 */
export type ZoneStatistics = {
  __typename?: 'ZoneStatistics';
  country?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  /** The dimensions the figures are restricted to; null: all. */
  direction?: Maybe<Direction>;
  granularity: Granularity;
  hsChapter?: Maybe<Scalars['String']['output']>;
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** Orders placed in the period (by orderedAt, Beijing time). */
  orderCount?: Maybe<Scalars['Int']['output']>;
  /** Value (actualPaid) of the orders per currency of declaration. */
  orderValueByCurrency?: Maybe<Array<CurrencyAmount>>;
  /** Value (actualPaid) of those orders declared in CNY; orders in other currencies are in orderValueByCurrency. */
  orderValueCny?: Maybe<Scalars['Decimal']['output']>;
  /** The Beijing calendar period: YYYY-MM-DD (DAY) or YYYY-MM (MONTH). */
  period: Scalars['String']['output'];
  tradeMode?: Maybe<Scalars['String']['output']>;
  zone: Zone;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Enterprise: Enterprise;
  Order: Order;
  ZoneStatistics: ZoneStatistics;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Enterprise:
    ( { __typename: 'Enterprise' }
    & ( GraphQLRecursivePick<FederationTypes['Enterprise'], {"uscc":true}>
        | GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}> ) );
  Order:
    ( { __typename: 'Order' }
    & ( GraphQLRecursivePick<FederationTypes['Order'], {"ebpCode":true,"orderNo":true}>
        | GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> ) );
  ZoneStatistics:
    ( { __typename: 'ZoneStatistics' }
    & ( GraphQLRecursivePick<FederationTypes['ZoneStatistics'], {"zone":true,"period":true,"granularity":true,"direction":true,"tradeMode":true,"hsChapter":true,"country":true,"currency":true}>
        | GraphQLRecursivePick<FederationTypes['ZoneStatistics'], {"id":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Anomaly: ResolverTypeWrapper<AnomalyFinding>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AssistanceAction: AssistanceAction;
  AssistanceAnswerInput: AssistanceAnswerInput;
  AssistancePart: ResolverTypeWrapper<AssistancePartView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AssistancePartStatus: AssistancePartStatus;
  AssistanceRelation: AssistanceRelation;
  AssistanceRequest: ResolverTypeWrapper<AssistanceRequestRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssistanceRequestConnection: ResolverTypeWrapper<Omit<AssistanceRequestConnection, 'edges'> & { edges: Array<ResolversTypes['AssistanceRequestEdge']> }>;
  AssistanceRequestEdge: ResolverTypeWrapper<Omit<AssistanceRequestEdge, 'node'> & { node: ResolversTypes['AssistanceRequest'] }>;
  AssistanceRequestFilter: AssistanceRequestFilter;
  AssistanceRequestInput: AssistanceRequestInput;
  AssistanceRequestStatus: AssistanceRequestStatus;
  AssistanceTiming: ResolverTypeWrapper<AssistanceTiming>;
  Attestation: ResolverTypeWrapper<Attestation>;
  AttestationRecord: ResolverTypeWrapper<AttestationRecord>;
  Buyer: ResolverTypeWrapper<BuyerModel>;
  BuyerInput: BuyerInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  CurrencyAmount: ResolverTypeWrapper<CurrencyAmount>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Department: Department;
  Direction: Direction;
  Enterprise: ResolverTypeWrapper<EnterpriseModel>;
  EnterpriseConnection: ResolverTypeWrapper<Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversTypes['EnterpriseEdge']> }>;
  EnterpriseEdge: ResolverTypeWrapper<Omit<EnterpriseEdge, 'node'> & { node: ResolversTypes['Enterprise'] }>;
  EnterpriseRole: EnterpriseRole;
  Granularity: Granularity;
  HsCode: ResolverTypeWrapper<Scalars['HsCode']['output']>;
  IdNumber: ResolverTypeWrapper<Scalars['IdNumber']['output']>;
  JointMeasure: ResolverTypeWrapper<MeasureView>;
  JointMeasureEffect: ResolverTypeWrapper<JointMeasureEffectModel>;
  JointMeasureKind: JointMeasureKind;
  JointMeasureSource: JointMeasureSource;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NegativeListEntry: ResolverTypeWrapper<NegativeListEntryModel>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderFilter: OrderFilter;
  OrderInput: OrderInput;
  OrderItem: ResolverTypeWrapper<OrderItemModel>;
  OrderItemInput: OrderItemInput;
  OrderOrder: OrderOrder;
  OrderSubmission: ResolverTypeWrapper<Omit<OrderSubmission, 'order'> & { order: ResolversTypes['Order'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StatisticsFilter: StatisticsFilter;
  Subject: ResolverTypeWrapper<SubjectRef>;
  SubjectInput: SubjectInput;
  SubjectType: SubjectType;
  USCC: ResolverTypeWrapper<Scalars['USCC']['output']>;
  WriteOutcome: WriteOutcome;
  Zone: Zone;
  ZoneInfo: ResolverTypeWrapper<ZoneInfo>;
  ZoneStatistics: ResolverTypeWrapper<StatisticsKey>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Anomaly: AnomalyFinding;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  AssistanceAnswerInput: AssistanceAnswerInput;
  AssistancePart: AssistancePartView;
  Boolean: Scalars['Boolean']['output'];
  AssistanceRequest: AssistanceRequestRow;
  ID: Scalars['ID']['output'];
  AssistanceRequestConnection: Omit<AssistanceRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssistanceRequestEdge']> };
  AssistanceRequestEdge: Omit<AssistanceRequestEdge, 'node'> & { node: ResolversParentTypes['AssistanceRequest'] };
  AssistanceRequestFilter: AssistanceRequestFilter;
  AssistanceRequestInput: AssistanceRequestInput;
  AssistanceTiming: AssistanceTiming;
  Attestation: Attestation;
  AttestationRecord: AttestationRecord;
  Buyer: BuyerModel;
  BuyerInput: BuyerInput;
  Currency: Scalars['Currency']['output'];
  CurrencyAmount: CurrencyAmount;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Enterprise: EnterpriseModel;
  EnterpriseConnection: Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversParentTypes['EnterpriseEdge']> };
  EnterpriseEdge: Omit<EnterpriseEdge, 'node'> & { node: ResolversParentTypes['Enterprise'] };
  HsCode: Scalars['HsCode']['output'];
  IdNumber: Scalars['IdNumber']['output'];
  JointMeasure: MeasureView;
  JointMeasureEffect: JointMeasureEffectModel;
  Mutation: Record<PropertyKey, never>;
  NegativeListEntry: NegativeListEntryModel;
  Order: OrderModel;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderFilter: OrderFilter;
  OrderInput: OrderInput;
  OrderItem: OrderItemModel;
  OrderItemInput: OrderItemInput;
  OrderSubmission: Omit<OrderSubmission, 'order'> & { order: ResolversParentTypes['Order'] };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  StatisticsFilter: StatisticsFilter;
  Subject: SubjectRef;
  SubjectInput: SubjectInput;
  USCC: Scalars['USCC']['output'];
  ZoneInfo: ZoneInfo;
  ZoneStatistics: StatisticsKey;
  Int: Scalars['Int']['output'];
}>;

export type MaxLengthDirectiveArgs = {
  n: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = CommerceContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MultilineDirectiveArgs = { };

export type MultilineDirectiveResolver<Result, Parent, ContextType = CommerceContext, Args = MultilineDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnomalyResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Anomaly'] = ResolversParentTypes['Anomaly']> = ResolversObject<{
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  series?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type AssistancePartResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['AssistancePart'] = ResolversParentTypes['AssistancePart']> = ResolversObject<{
  acknowledgeDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  acknowledgementOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answerOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answeredBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declinedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  findings?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hoursToAcknowledge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hoursToAnswer?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssistancePartStatus'], ParentType, ContextType>;
}>;

export type AssistanceRequestResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['AssistanceRequest'] = ResolversParentTypes['AssistanceRequest']> = ResolversObject<{
  actions?: Resolver<Array<ResolversTypes['AssistanceAction']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filedBy?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  filedByOrganisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['JointMeasure']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['AssistancePart']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestNo?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssistanceRequestStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type AssistanceRequestConnectionResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['AssistanceRequestConnection'] = ResolversParentTypes['AssistanceRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AssistanceRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssistanceRequestEdgeResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['AssistanceRequestEdge'] = ResolversParentTypes['AssistanceRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AssistanceRequest'], ParentType, ContextType>;
}>;

export type AssistanceTimingResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['AssistanceTiming'] = ResolversParentTypes['AssistanceTiming']> = ResolversObject<{
  acknowledged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  addressed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  declined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  maxHoursToAcknowledge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxHoursToAnswer?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanHoursToAcknowledge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanHoursToAnswer?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdueNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AttestationResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Attestation'] = ResolversParentTypes['Attestation']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AttestationRecordResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['AttestationRecord'] = ResolversParentTypes['AttestationRecord']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BuyerResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Buyer'] = ResolversParentTypes['Buyer']> = ResolversObject<{
  idHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idNumberMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type CurrencyAmountResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['CurrencyAmount'] = ResolversParentTypes['CurrencyAmount']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EnterpriseResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  negativeListEntry?: Resolver<Maybe<ResolversTypes['NegativeListEntry']>, ParentType, ContextType>;
  negativeListed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, Partial<EnterpriseOrdersArgs>>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registrationAttestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['EnterpriseRole']>, ParentType, ContextType>;
  standingAttestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type EnterpriseConnectionResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['EnterpriseConnection'] = ResolversParentTypes['EnterpriseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EnterpriseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnterpriseEdgeResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['EnterpriseEdge'] = ResolversParentTypes['EnterpriseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
}>;

export interface HsCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['HsCode'], any> {
  name: 'HsCode';
}

export interface IdNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IdNumber'], any> {
  name: 'IdNumber';
}

export type JointMeasureResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['JointMeasure'] = ResolversParentTypes['JointMeasure']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effects?: Resolver<Array<ResolversTypes['JointMeasureEffect']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JointMeasureKind'], ParentType, ContextType>;
  liftReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  liftedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['JointMeasureSource'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
}>;

export type JointMeasureEffectResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['JointMeasureEffect'] = ResolversParentTypes['JointMeasureEffect']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  measureId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  process?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeAssistanceRequest?: Resolver<ResolversTypes['AssistanceRequest'], ParentType, ContextType, RequireFields<MutationAcknowledgeAssistanceRequestArgs, 'requestNo'>>;
  answerAssistanceRequest?: Resolver<ResolversTypes['AssistanceRequest'], ParentType, ContextType, RequireFields<MutationAnswerAssistanceRequestArgs, 'answer' | 'requestNo'>>;
  attestEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationAttestEnterpriseArgs, 'uscc'>>;
  closeAssistanceRequest?: Resolver<ResolversTypes['AssistanceRequest'], ParentType, ContextType, RequireFields<MutationCloseAssistanceRequestArgs, 'note' | 'requestNo'>>;
  declineAssistanceRequest?: Resolver<ResolversTypes['AssistanceRequest'], ParentType, ContextType, RequireFields<MutationDeclineAssistanceRequestArgs, 'reason' | 'requestNo'>>;
  fileAssistanceRequest?: Resolver<ResolversTypes['AssistanceRequest'], ParentType, ContextType, RequireFields<MutationFileAssistanceRequestArgs, 'input'>>;
  liftFromNegativeList?: Resolver<ResolversTypes['NegativeListEntry'], ParentType, ContextType, RequireFields<MutationLiftFromNegativeListArgs, 'reason' | 'uscc'>>;
  liftJointMeasure?: Resolver<ResolversTypes['JointMeasure'], ParentType, ContextType, RequireFields<MutationLiftJointMeasureArgs, 'measureId' | 'reason'>>;
  placeOnNegativeList?: Resolver<ResolversTypes['NegativeListEntry'], ParentType, ContextType, RequireFields<MutationPlaceOnNegativeListArgs, 'legalBasis' | 'reason' | 'uscc'>>;
  reportJointMeasureEffect?: Resolver<ResolversTypes['JointMeasureEffect'], ParentType, ContextType, RequireFields<MutationReportJointMeasureEffectArgs, 'measureId' | 'outcome' | 'process' | 'recordRef'>>;
  submitOrder?: Resolver<ResolversTypes['OrderSubmission'], ParentType, ContextType, RequireFields<MutationSubmitOrderArgs, 'input'>>;
}>;

export type NegativeListEntryResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['NegativeListEntry'] = ResolversParentTypes['NegativeListEntry']> = ResolversObject<{
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  liftReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  liftedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  listedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  listedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actualPaid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  buyer?: Resolver<ResolversTypes['Buyer'], ParentType, ContextType>;
  consignee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  ebc?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebp?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  goodsValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payTransactionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tradeMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsEstimate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderItemResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['OrderItem'] = ResolversParentTypes['OrderItem']> = ResolversObject<{
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gnum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['HsCode'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  qty?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrderSubmissionResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['OrderSubmission'] = ResolversParentTypes['OrderSubmission']> = ResolversObject<{
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assistanceRequest?: Resolver<Maybe<ResolversTypes['AssistanceRequest']>, ParentType, ContextType, RequireFields<QueryAssistanceRequestArgs, 'requestNo'>>;
  assistanceRequests?: Resolver<ResolversTypes['AssistanceRequestConnection'], ParentType, ContextType, Partial<QueryAssistanceRequestsArgs>>;
  assistanceTimings?: Resolver<Array<ResolversTypes['AssistanceTiming']>, ParentType, ContextType, Partial<QueryAssistanceTimingsArgs>>;
  attestationRecords?: Resolver<Array<ResolversTypes['AttestationRecord']>, ParentType, ContextType, RequireFields<QueryAttestationRecordsArgs, 'serials'>>;
  attestationRevocationList?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<QueryEnterpriseArgs, 'uscc'>>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, Partial<QueryEnterprisesArgs>>;
  jointMeasures?: Resolver<Array<ResolversTypes['JointMeasure']>, ParentType, ContextType, RequireFields<QueryJointMeasuresArgs, 'subject'>>;
  jointMeasuresOn?: Resolver<Array<ResolversTypes['JointMeasure']>, ParentType, ContextType, RequireFields<QueryJointMeasuresOnArgs, 'appliedBy' | 'subjects'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'ebpCode' | 'orderNo'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first' | 'orderBy'>>;
  statistics?: Resolver<Array<ResolversTypes['ZoneStatistics']>, ParentType, ContextType, RequireFields<QueryStatisticsArgs, 'filter'>>;
  statisticsAnomalies?: Resolver<Array<ResolversTypes['Anomaly']>, ParentType, ContextType, RequireFields<QueryStatisticsAnomaliesArgs, 'filter'>>;
  zones?: Resolver<Array<ResolversTypes['ZoneInfo']>, ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject']> = ResolversObject<{
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SubjectType'], ParentType, ContextType>;
}>;

export interface UsccScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['USCC'], any> {
  name: 'USCC';
}

export type ZoneInfoResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['ZoneInfo'] = ResolversParentTypes['ZoneInfo']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ZoneStatisticsResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['ZoneStatistics'] = ResolversParentTypes['ZoneStatistics'], FederationReferenceType extends FederationReferenceTypes['ZoneStatistics'] = FederationReferenceTypes['ZoneStatistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneStatistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['Direction']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Granularity'], ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderValueByCurrency?: Resolver<Maybe<Array<ResolversTypes['CurrencyAmount']>>, ParentType, ContextType>;
  orderValueCny?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tradeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CommerceContext> = ResolversObject<{
  Anomaly?: AnomalyResolvers<ContextType>;
  AssistancePart?: AssistancePartResolvers<ContextType>;
  AssistanceRequest?: AssistanceRequestResolvers<ContextType>;
  AssistanceRequestConnection?: AssistanceRequestConnectionResolvers<ContextType>;
  AssistanceRequestEdge?: AssistanceRequestEdgeResolvers<ContextType>;
  AssistanceTiming?: AssistanceTimingResolvers<ContextType>;
  Attestation?: AttestationResolvers<ContextType>;
  AttestationRecord?: AttestationRecordResolvers<ContextType>;
  Buyer?: BuyerResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  CurrencyAmount?: CurrencyAmountResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  HsCode?: GraphQLScalarType;
  IdNumber?: GraphQLScalarType;
  JointMeasure?: JointMeasureResolvers<ContextType>;
  JointMeasureEffect?: JointMeasureEffectResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NegativeListEntry?: NegativeListEntryResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderItem?: OrderItemResolvers<ContextType>;
  OrderSubmission?: OrderSubmissionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  USCC?: GraphQLScalarType;
  ZoneInfo?: ZoneInfoResolvers<ContextType>;
  ZoneStatistics?: ZoneStatisticsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CommerceContext> = ResolversObject<{
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
  multiline?: MultilineDirectiveResolver<any, any, ContextType>;
}>;
