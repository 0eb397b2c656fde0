import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StatisticsKey, Anomaly as AnomalyFinding, OrderRef } from '@zone/common';
import type { Payment as PaymentModel, Payment as PayerModel } from './prisma/client';
import type { EnterpriseRef } from '../loaders';
import type { FeedEdge, FeedPage } from '../reads/transaction-feed';
import type { PaymentPage, PaymentSearchEdge } from '../reads/payment-search';
import type { ForexContext } from '../context';
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

export type Direction =
  | 'EXPORT'
  | 'IMPORT';

/** A commerce enterprise; forex adds its standing in the trade FX directory. */
export type Enterprise = {
  __typename?: 'Enterprise';
  /**
   * The enterprise's goods-trade FX of one calendar year (Beijing time) in USD and what it means
   * for the trade FX directory: below USD 200,000 (exclusive) the enterprise is exempt; at or
   * above it a bank must see its registration first (汇发〔2020〕11号). Not for banks, which learn it
   * through settlementCheck.
   */
  fxDirectory: FxDirectoryStatus;
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  uscc: Scalars['ID']['output'];
};


/** A commerce enterprise; forex adds its standing in the trade FX directory. */
export type EnterpriseFxDirectoryArgs = {
  year: Scalars['Int']['input'];
};

/** Where an enterprise stands with the trade FX directory. */
export type FxDirectoryDecision =
  /** Below USD 200,000 and not registered: no registration needed. */
  | 'EXEMPT'
  /** Registered: banks may handle its goods-trade FX whatever the volume. */
  | 'REGISTERED'
  /** At or above USD 200,000 and not registered: banks must not settle until it registers. */
  | 'REGISTRATION_REQUIRED';

/** An enterprise's registration in the trade FX directory. */
export type FxDirectoryRegistrationInput = {
  /** When SAFE registered it; not in the future (5 minutes of clock difference are allowed). */
  registeredAt: Scalars['DateTime']['input'];
  /** SAFE branch that registered it, 1 to 100 characters. */
  registeredBy: Scalars['String']['input'];
  /** The enterprise: registered with commerce. */
  uscc: Scalars['USCC']['input'];
};

/** The result of registerInFxDirectory. */
export type FxDirectoryRegistrationSubmission = {
  __typename?: 'FxDirectoryRegistrationSubmission';
  /** Forex's signed attestation of the registration as now recorded (监管互认); a new revision supersedes the previous one's. */
  attestation?: Maybe<Attestation>;
  outcome: WriteOutcome;
  registeredAt: Scalars['DateTime']['output'];
  registeredBy: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  uscc: Scalars['ID']['output'];
};

/** An enterprise's annual goods-trade FX and its trade FX directory status. */
export type FxDirectoryStatus = {
  __typename?: 'FxDirectoryStatus';
  /** Forex's signed attestation of the registration (监管互认), for a year from its recording; null when not registered. */
  attestation?: Maybe<Attestation>;
  /** Not exempt: a bank must see the registration before settling the enterprise's goods-trade FX. */
  bankMustSeeRegistration: Scalars['Boolean']['output'];
  decision: FxDirectoryDecision;
  /** totalUsd below the threshold (exclusive). */
  exempt: Scalars['Boolean']['output'];
  /** Payments of the enterprise's import orders (411), converted as receipts. */
  paymentsUsd: Scalars['Decimal']['output'];
  /**
   * Receipts: payments received for the enterprise's export orders (403), each converted at the
   * USD rate in force in its month, summed exactly and rounded to the cent.
   */
  receiptsUsd: Scalars['Decimal']['output'];
  /** Registered in the directory before the end of the year. */
  registered: Scalars['Boolean']['output'];
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** SAFE branch that registered it. */
  registeredBy?: Maybe<Scalars['String']['output']>;
  /** USD 200,000.00. */
  thresholdUsd: Scalars['Decimal']['output'];
  /** receiptsUsd + paymentsUsd: the volume judged against the threshold. */
  totalUsd: Scalars['Decimal']['output'];
  uscc: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};

/** Period length of a statistics view. */
export type Granularity =
  | 'DAY'
  | 'MONTH';

/** A payer's annual FX convenience quota (USD 50,000 per calendar year). */
export type IndividualFxQuota = {
  __typename?: 'IndividualFxQuota';
  /** Masked resident ID number of the payer. */
  payerIdNumberMasked: Scalars['String']['output'];
  /** Masked name of the payer. */
  payerName: Scalars['String']['output'];
  /** The payer's payments of the year. */
  payments: Scalars['Int']['output'];
  /** Of them, those backed by transaction electronic information, which do not use the quota. */
  paymentsNotCounted: Scalars['Int']['output'];
  quotaUsd: Scalars['Decimal']['output'];
  /** Quota left, never below 0.00. */
  remainingUsd: Scalars['Decimal']['output'];
  /** USD of the payer's payments of the year that use the quota (see Payment.usesIndividualQuota). */
  usedUsd: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts the settlement basis of an order (监管互认): runs the settlementCheck (recorded as
   * such), then verifies the attestations it rests on through verifyAttestation: customs' release
   * (LIST_RELEASED or LIST_CLEARED) of the order's list, and tax's TAX_BILL_ISSUED for an import or
   * its INVOICE_FREE_EXEMPTION_GRANTED for an export when tax granted one. A failure is one more
   * reason against (RELEASE_NOT_ATTESTED, TAX_NOT_ATTESTED); when nothing stands against it, forex
   * signs SETTLEMENT_BASIS_ACCEPTED (90 days) relying on their serials, returned as attestation.
   * Banks (for orders they are the payment institution of) and forex officers and system only.
   */
  acceptSettlementBasis: SettlementCheck;
  /**
   * A department tells forex that a fact a settlement answer rests on changed: customs a list
   * released, rejected, cancelled or returned, post a waybill delivered, commerce an e-commerce
   * enterprise put on or taken off the negative list. Each payment of the order (or of the
   * enterprise's orders) in the notice's zone comes back into the banks' transaction feed as
   * SETTLEMENT_EVIDENCE, once per notice: the owning department's outbox sends each notice until
   * forex answers, and a notice received before is acknowledged again without effect. A notice only
   * puts payments back in the feed (the bank reads their settlement answer as it stands); its facts
   * are the departments' to say: officers and systems of customs, post and commerce, each of its own
   * facts, a zone-bound officer of its zone. At most 100 notices.
   */
  recordSettlementEvidence: SettlementEvidenceReceipt;
  /**
   * Records an enterprise's registration in the trade FX directory under its USCC. Forex officers
   * (of the enterprise's zone) and the forex system only. CREATED, UNCHANGED or CHANGED as for
   * payments; the enterprise must be registered with commerce.
   */
  registerInFxDirectory: FxDirectoryRegistrationSubmission;
  /**
   * Records the overseas-warehouse proceeds of an export enterprise for one month under the
   * business key ebcCode + period: the declared export value, the gross sales revenue, the
   * overseas storage, logistics and tax costs netted against it and the net repatriated, both
   * figures kept (汇发〔2020〕11号). The zone platform on behalf of the enterprise, forex officers and
   * the forex system. CREATED, UNCHANGED or CHANGED as for payments.
   */
  submitOverseasWarehouseSettlement: OverseasWarehouseSettlementSubmission;
  /**
   * Records the payment of an import order (411) under its business key payCode + payTransactionId.
   * The first submission is CREATED (revision 1); the same content again is UNCHANGED and writes
   * nothing; other content is CHANGED: the payment takes the new content and the submission is kept
   * as the next revision. Every wrong field is named in one BAD_USER_INPUT error. The payment is
   * stored as declared: matching it against the order is customs' work.
   */
  submitPayment: PaymentSubmission;
  /** Records the payment received for an export order (403); otherwise as submitPayment. */
  submitPaymentReceived: PaymentSubmission;
};


export type MutationAcceptSettlementBasisArgs = {
  ebpCode: Scalars['String']['input'];
  orderNo: Scalars['String']['input'];
};


export type MutationRecordSettlementEvidenceArgs = {
  notices: Array<SettlementEvidenceNoticeInput>;
};


export type MutationRegisterInFxDirectoryArgs = {
  input: FxDirectoryRegistrationInput;
};


export type MutationSubmitOverseasWarehouseSettlementArgs = {
  input: OverseasWarehouseSettlementInput;
};


export type MutationSubmitPaymentArgs = {
  input: PaymentInput;
};


export type MutationSubmitPaymentReceivedArgs = {
  input: PaymentInput;
};

/** An order as declared in the customs message standard (311 import / 303 export). */
export type Order = {
  __typename?: 'Order';
  /** Platform (电商平台) code. */
  ebpCode: Scalars['String']['output'];
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** The payment of this order; null while none is recorded. */
  payment?: Maybe<Payment>;
};

export type OverseasCostInput = {
  /** Not negative, at most 2 decimals. */
  amount: Scalars['Decimal']['input'];
  kind: OverseasCostKind;
};

/** One overseas cost kind the notice allows to be netted. */
export type OverseasCostKind =
  /** 物流: overseas logistics. */
  | 'LOGISTICS'
  /** 仓储: overseas storage. */
  | 'STORAGE'
  /** 税收: taxes paid abroad. */
  | 'TAX';

/** Both figures of an overseas-warehouse export: as declared, and as repatriated after netting. */
export type OverseasWarehouseSettlement = {
  __typename?: 'OverseasWarehouseSettlement';
  currency: Scalars['Currency']['output'];
  declaredExportValue: Scalars['Decimal']['output'];
  /** netRepatriated - declaredExportValue; negative when less comes home than was declared. */
  differenceFromDeclared: Scalars['Decimal']['output'];
  ebcCode: Scalars['String']['output'];
  grossSalesRevenue: Scalars['Decimal']['output'];
  logisticsCosts: Scalars['Decimal']['output'];
  /** grossSalesRevenue - totalNettedCosts: what is repatriated. */
  netRepatriated: Scalars['Decimal']['output'];
  period: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  storageCosts: Scalars['Decimal']['output'];
  taxCosts: Scalars['Decimal']['output'];
  totalNettedCosts: Scalars['Decimal']['output'];
  zone: Zone;
};

/** An export enterprise's overseas-warehouse proceeds of one month. */
export type OverseasWarehouseSettlementInput = {
  /** Overseas costs netted against the revenue; several of one kind are added up; their total may not exceed the revenue. */
  costs: Array<OverseasCostInput>;
  /** Currency of every amount. */
  currency: Scalars['Currency']['input'];
  /** Value declared to customs at export. */
  declaredExportValue: Scalars['Decimal']['input'];
  /** Export enterprise (电商企业): registered with commerce. */
  ebcCode: Scalars['USCC']['input'];
  /** What the goods sold for abroad. */
  grossSalesRevenue: Scalars['Decimal']['input'];
  /** Calendar month, YYYY-MM, not after the current month. */
  period: Scalars['String']['input'];
};

/** The result of submitOverseasWarehouseSettlement. */
export type OverseasWarehouseSettlementSubmission = {
  __typename?: 'OverseasWarehouseSettlementSubmission';
  outcome: WriteOutcome;
  revision: Scalars['Int']['output'];
  settlement: OverseasWarehouseSettlement;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** The payer of a payment. Personal data is masked; the ID number itself is never stored by forex. */
export type Payer = {
  __typename?: 'Payer';
  /**
   * Keyed hash of the payer's ID number (HMAC-SM3, hex), which customs compares with the
   * buyer's; null for payers abroad. Only department systems, holding the scope identity:match, may
   * read it.
   */
  idHash?: Maybe<Scalars['String']['output']>;
  /** Masked resident ID number; null for payers abroad. */
  idNumberMasked?: Maybe<Scalars['String']['output']>;
  /** ID type code of the standard (1 = resident ID card). */
  idType: Scalars['String']['output'];
  /** Payer name, masked. */
  name: Scalars['String']['output'];
};

/** The payer (支付人) of a payment. */
export type PayerInput = {
  /** Resident ID number; required when idType is 1, not given otherwise. Stored only as a keyed hash and a masked form. */
  idNumber?: InputMaybe<Scalars['IdNumber']['input']>;
  /** ID type code of the standard: 1 = resident ID card (required for import payments); other codes for payers abroad. */
  idType: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** The payment of one order as reported to forex. */
export type Payment = {
  __typename?: 'Payment';
  /** Amount paid, exact. */
  amountPaid: Scalars['Decimal']['output'];
  /** Currency of amountPaid. */
  currency: Scalars['Currency']['output'];
  /** IMPORT: payment of an import order (411); EXPORT: payment received for an export order (403). */
  direction: Direction;
  /** E-commerce enterprise (电商企业) of the order paid, as commerce knew it when the payment arrived; null when the order was not yet known. */
  ebcCode?: Maybe<Scalars['String']['output']>;
  /** Platform (电商平台) code of the order paid. */
  ebpCode: Scalars['String']['output'];
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** The order paid, from commerce (with its waybill and inventory list from their departments). */
  order: Order;
  /** Number of the order paid, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** Payment enterprise (支付企业) code. */
  payCode: Scalars['String']['output'];
  /** When the payment was made. */
  payTime: Scalars['DateTime']['output'];
  /** Transaction id of the payment enterprise, unique per payment enterprise. */
  payTransactionId: Scalars['String']['output'];
  /** Who paid. */
  payer: Payer;
  /**
   * Whether the payment counts against the payer's annual FX convenience quota: only a resident's
   * payment whose latest settlement check found it not backed by transaction electronic
   * information does. Cross-border e-commerce settlement backed by it never does.
   */
  usesIndividualQuota: Scalars['Boolean']['output'];
  /** Zone of the order paid. */
  zone: Zone;
};

/** Why a payment is in the feed. */
export type PaymentChangeKind =
  /** The payment enterprise sent new content for it. */
  | 'PAYMENT_CHANGED'
  /** Forex recorded the payment (411/403). */
  | 'PAYMENT_CREATED'
  /** Its settlement answer may have changed: its list was released, rejected, cancelled or returned, its waybill delivered, or its e-commerce enterprise put on or taken off the negative list. */
  | 'SETTLEMENT_EVIDENCE';

/** A page of a payment search. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  edges: Array<PaymentEdge>;
  pageInfo: PageInfo;
  /** Payments the filter finds: exact up to 10,000, an estimate beyond (totalCountIsEstimate). */
  totalCount: Scalars['Int']['output'];
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** Opaque and signed; valid for the caller, filter and order it was given for only. */
  cursor: Scalars['String']['output'];
  node: Payment;
};

/** Which payments a search finds. Lists name at most 50 values. */
export type PaymentFilter = {
  /** amountPaid at most (inclusive). */
  amountMax?: InputMaybe<Scalars['Decimal']['input']>;
  /** amountPaid at least (inclusive). */
  amountMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** Currency of amountPaid; needed with an amount range. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  direction?: InputMaybe<Direction>;
  /** E-commerce enterprises (电商企业) of the orders paid. */
  ebcCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** Platforms (电商平台) of the orders paid. */
  ebpCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** Paid at or after (payTime). A range is at most 366 days; paidTo defaults to now. */
  paidFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Paid before; needs paidFrom. */
  paidTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Payment enterprises (支付企业). */
  payCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  zones?: InputMaybe<Array<Zone>>;
};

/** A payment message (411 import payment / 403 export payment received) as the payment enterprise declares it. */
export type PaymentInput = {
  /** Amount paid, greater than zero. */
  amountPaid: Scalars['Decimal']['input'];
  currency: Scalars['Currency']['input'];
  /** Platform (电商平台) code of the order paid. */
  ebpCode: Scalars['USCC']['input'];
  /** Number of the order paid, 1 to 60 characters. An order has one payment. */
  orderNo: Scalars['String']['input'];
  /** Payment enterprise (支付企业) code. */
  payCode: Scalars['USCC']['input'];
  /** When the payment was made; not in the future (5 minutes of clock difference are allowed). */
  payTime: Scalars['DateTime']['input'];
  /** Transaction id of the payment enterprise, 1 to 60 characters, unique per payment enterprise. */
  payTransactionId: Scalars['String']['input'];
  payer: PayerInput;
  /** Zone of the order paid, as the platform knows it. */
  zone: Zone;
};

/** Order of a payment search. */
export type PaymentOrder =
  | 'AMOUNT_ASC'
  | 'AMOUNT_DESC'
  | 'PAY_TIME_ASC'
  | 'PAY_TIME_DESC';

/** The result of submitPayment and submitPaymentReceived. */
export type PaymentSubmission = {
  __typename?: 'PaymentSubmission';
  outcome: WriteOutcome;
  payment: Payment;
  /** Revision of the payment now current: 1 when CREATED, one more than before when CHANGED. */
  revision: Scalars['Int']['output'];
};

/**
 * Forex (外汇) records the payments of cross-border orders: the 411 payment of an import order and
 * the 403 payment received for an export order, as reported by payment enterprises. It keeps the
 * trade FX directory (贸易外汇收支企业名录) and its exemption, answers banks whether a settlement may
 * proceed on transaction electronic information, follows individuals' annual FX quota and records
 * overseas-warehouse settlements.
 */
export type Query = {
  __typename?: 'Query';
  /** The gateway's question to an issuer: its records of these attestation serials (at most 100). Not part of the API. */
  attestationRecords: Array<AttestationRecord>;
  /** This department's revocation list, signed now with its current attestation key; null without one. Not part of the API. */
  attestationRevocationList?: Maybe<Scalars['String']['output']>;
  /**
   * The annual FX convenience quota (USD 50,000) of the payer of one payment, in the calendar year
   * (Beijing time). The payer is named by the payment, never by an ID number. Forex officers and
   * the forex system only; null when the payment is unknown or its payer has no resident ID.
   */
  individualFxQuota?: Maybe<IndividualFxQuota>;
  /** The overseas-warehouse settlement of an export enterprise for one month (YYYY-MM); null when none is recorded. Not for banks. */
  overseasWarehouseSettlement?: Maybe<OverseasWarehouseSettlement>;
  /** One payment by payment enterprise code and transaction id; null when unknown. */
  payment?: Maybe<Payment>;
  /**
   * Regulators' search of payments (forex's own records): the filter's fields combine with AND,
   * each list with OR. Keyset pages in orderBy order (ties by record), exact while payments are
   * written; totalCount exact up to 10,000, beyond that PostgreSQL's estimate with
   * totalCountIsEstimate. A zone-bound caller searches its zone: naming another in filter.zones is
   * FORBIDDEN. Not for banks (transactionFeed). first: default 100, at most 1,000.
   */
  payments: PaymentConnection;
  /**
   * May the FX settlement of this order proceed on transaction electronic information
   * (凭交易电子信息办理结售汇)? Forex reads the order, its waybill, its inventory list and the
   * e-commerce enterprise's negative-list status through the federated API, adds its own payment
   * and directory status, answers with every reason against, and records the check (serialNo) as
   * evidence. A bank may ask only about orders it is the payment institution (payCode) of: about any
   * other order, known or not, it gets NOT_FOUND. Forex officers of the order's zone, the forex
   * system and regulators may ask about any order.
   */
  settlementCheck: SettlementCheck;
  /**
   * The banks' transaction feed (凭交易电子信息办理结售汇, settled in batches): every payment
   * created or changed, and every payment whose settlement evidence changed, one edge per change,
   * oldest change first. A client that pages until hasNextPage is false and later resumes from its
   * last endCursor receives each change exactly once: a change is served only once every
   * transaction that could still commit before it has ended, so one committed late is not skipped.
   * A bank reads the payments it handled as payment institution (payCode = its organisation);
   * regulators and forex officers and systems any bank's (payCode) or all; a zone-bound caller its
   * zone. Cursors are bound to the caller and payCode. first: default 100, at most 1,000. With no
   * change since `after`, the page is empty and endCursor is `after` again.
   */
  transactionFeed: TransactionFeedConnection;
  /** The USD conversion rates forex applies to the transactions of one month (YYYY-MM), one per currency with a rate in force. */
  usdReferenceRates: Array<UsdReferenceRate>;
};


/**
 * Forex (外汇) records the payments of cross-border orders: the 411 payment of an import order and
 * the 403 payment received for an export order, as reported by payment enterprises. It keeps the
 * trade FX directory (贸易外汇收支企业名录) and its exemption, answers banks whether a settlement may
 * proceed on transaction electronic information, follows individuals' annual FX quota and records
 * overseas-warehouse settlements.
 */
export type QueryAttestationRecordsArgs = {
  serials: Array<Scalars['ID']['input']>;
};


/**
 * Forex (外汇) records the payments of cross-border orders: the 411 payment of an import order and
 * the 403 payment received for an export order, as reported by payment enterprises. It keeps the
 * trade FX directory (贸易外汇收支企业名录) and its exemption, answers banks whether a settlement may
 * proceed on transaction electronic information, follows individuals' annual FX quota and records
 * overseas-warehouse settlements.
 */
export type QueryIndividualFxQuotaArgs = {
  payCode: Scalars['String']['input'];
  payTransactionId: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Forex (外汇) records the payments of cross-border orders: the 411 payment of an import order and
 * the 403 payment received for an export order, as reported by payment enterprises. It keeps the
 * trade FX directory (贸易外汇收支企业名录) and its exemption, answers banks whether a settlement may
 * proceed on transaction electronic information, follows individuals' annual FX quota and records
 * overseas-warehouse settlements.
 */
export type QueryOverseasWarehouseSettlementArgs = {
  ebcCode: Scalars['String']['input'];
  period: Scalars['String']['input'];
};


/**
 * Forex (外汇) records the payments of cross-border orders: the 411 payment of an import order and
 * the 403 payment received for an export order, as reported by payment enterprises. It keeps the
 * trade FX directory (贸易外汇收支企业名录) and its exemption, answers banks whether a settlement may
 * proceed on transaction electronic information, follows individuals' annual FX quota and records
 * overseas-warehouse settlements.
 */
export type QueryPaymentArgs = {
  payCode: Scalars['String']['input'];
  payTransactionId: Scalars['String']['input'];
};


/**
 * Forex (外汇) records the payments of cross-border orders: the 411 payment of an import order and
 * the 403 payment received for an export order, as reported by payment enterprises. It keeps the
 * trade FX directory (贸易外汇收支企业名录) and its exemption, answers banks whether a settlement may
 * proceed on transaction electronic information, follows individuals' annual FX quota and records
 * overseas-warehouse settlements.
 */
export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PaymentOrder>;
};


/**
 * Forex (外汇) records the payments of cross-border orders: the 411 payment of an import order and
 * the 403 payment received for an export order, as reported by payment enterprises. It keeps the
 * trade FX directory (贸易外汇收支企业名录) and its exemption, answers banks whether a settlement may
 * proceed on transaction electronic information, follows individuals' annual FX quota and records
 * overseas-warehouse settlements.
 */
export type QuerySettlementCheckArgs = {
  ebpCode: Scalars['String']['input'];
  orderNo: Scalars['String']['input'];
};


/**
 * Forex (外汇) records the payments of cross-border orders: the 411 payment of an import order and
 * the 403 payment received for an export order, as reported by payment enterprises. It keeps the
 * trade FX directory (贸易外汇收支企业名录) and its exemption, answers banks whether a settlement may
 * proceed on transaction electronic information, follows individuals' annual FX quota and records
 * overseas-warehouse settlements.
 */
export type QueryTransactionFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  payCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Forex (外汇) records the payments of cross-border orders: the 411 payment of an import order and
 * the 403 payment received for an export order, as reported by payment enterprises. It keeps the
 * trade FX directory (贸易外汇收支企业名录) and its exemption, answers banks whether a settlement may
 * proceed on transaction electronic information, follows individuals' annual FX quota and records
 * overseas-warehouse settlements.
 */
export type QueryUsdReferenceRatesArgs = {
  month: Scalars['String']['input'];
};

/** Why a rule decided as it did. */
export type RuleReason = {
  __typename?: 'RuleReason';
  /** Stable code, e.g. WAYBILL_MISSING. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The answer to a bank: may this settlement proceed on transaction electronic information? */
export type SettlementCheck = {
  __typename?: 'SettlementCheck';
  /**
   * Forex's signed attestation that the settlement basis is accepted (SETTLEMENT_BASIS_ACCEPTED),
   * from acceptSettlementBasis when it may proceed; its reliedOn leads to customs' release and tax's
   * attestation, and from there to public security's identity check. Null for a plain settlementCheck.
   */
  attestation?: Maybe<Attestation>;
  checkedAt: Scalars['DateTime']['output'];
  /** The e-commerce enterprise's directory decision this year; null when no order was found. */
  directoryDecision?: Maybe<FxDirectoryDecision>;
  ebpCode: Scalars['String']['output'];
  /** The documents the check saw, whether or not they agreed. */
  evidence: SettlementEvidence;
  /** True when the order, payment, waybill and released list agree and nothing else stands against it. */
  mayProceed: Scalars['Boolean']['output'];
  orderNo: Scalars['String']['output'];
  /**
   * Every reason against, at most one per code: ORDER_MISSING, PAYMENT_MISSING, WAYBILL_MISSING,
   * LIST_NOT_RELEASED, AMOUNT_MISMATCH, DIRECTORY_REGISTRATION_REQUIRED, NEGATIVE_LIST, JOINT_MEASURE
   * (a joint measure of an answered assistance request refuses settlement), and from
   * acceptSettlementBasis RELEASE_NOT_ATTESTED and TAX_NOT_ATTESTED. Empty when mayProceed.
   */
  reasons: Array<RuleReason>;
  /** Serial number of the recorded check, the bank's reference for its records. */
  serialNo: Scalars['String']['output'];
  /**
   * Whether settling it would use the payer's annual FX convenience quota: true only for a resident
   * payer when transaction electronic information does not back the settlement.
   */
  usesIndividualQuota: Scalars['Boolean']['output'];
};

/** The documents behind a settlement check, by their keys. */
export type SettlementEvidence = {
  __typename?: 'SettlementEvidence';
  /** The order's e-commerce enterprise; null when no order was found. */
  ebcCode?: Maybe<Scalars['String']['output']>;
  /** The inventory list's number and receipt code; null when none. */
  invtNo?: Maybe<Scalars['String']['output']>;
  listStatusCode?: Maybe<Scalars['Int']['output']>;
  /** The waybill's carrier and number; null when none. */
  logisticsCode?: Maybe<Scalars['String']['output']>;
  logisticsNo?: Maybe<Scalars['String']['output']>;
  /** The order's actual paid amount and currency; null when no order was found. */
  orderAmount?: Maybe<Scalars['Decimal']['output']>;
  orderCurrency?: Maybe<Scalars['Currency']['output']>;
  /** The payment forex recorded; null when none. */
  paymentAmount?: Maybe<Scalars['Decimal']['output']>;
  paymentCurrency?: Maybe<Scalars['Currency']['output']>;
};

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
  ebcCode?: InputMaybe<Scalars['String']['input']>;
  /** The order of a list or waybill fact. */
  ebpCode?: InputMaybe<Scalars['String']['input']>;
  fact: SettlementEvidenceFact;
  /** The outbox event that announced it, `<department>:<id>` (customs, post or commerce): the same notice sent again acts once. */
  noticeId: Scalars['String']['input'];
  /** When the owning department recorded the change. */
  occurredAt: Scalars['DateTime']['input'];
  orderNo?: InputMaybe<Scalars['String']['input']>;
  /** The zone of the list, waybill or enterprise; the payments of that zone are concerned. */
  zone: Zone;
};

/** What forex did with a batch of notices. */
export type SettlementEvidenceReceipt = {
  __typename?: 'SettlementEvidenceReceipt';
  /** Notices recorded before (sent again): nothing more done. */
  alreadyReceived: Scalars['Int']['output'];
  /** Payments put back into the feed by the notices recorded now. */
  paymentsChanged: Scalars['Int']['output'];
  /** Notices recorded now. */
  received: Scalars['Int']['output'];
};

/** A page of the transaction feed (Relay connection). */
export type TransactionFeedConnection = {
  __typename?: 'TransactionFeedConnection';
  edges: Array<TransactionFeedEdge>;
  pageInfo: PageInfo;
};

/** One change of one payment in the feed. */
export type TransactionFeedEdge = {
  __typename?: 'TransactionFeedEdge';
  /** What changed. */
  change: PaymentChangeKind;
  /** When the change was recorded. */
  changedAt: Scalars['DateTime']['output'];
  /** Opaque and signed: resume after this change with `after`. Valid for the caller and payCode it was given to only. */
  cursor: Scalars['String']['output'];
  /** The payment as it stands now. */
  node: Payment;
};

/** A conversion rate to USD as SAFE publishes it monthly (各种货币对美元折算率). */
export type UsdReferenceRate = {
  __typename?: 'UsdReferenceRate';
  currency: Scalars['Currency']['output'];
  /** Month the rate was published for (YYYY-MM); it stays in force until the next. */
  month: Scalars['String']['output'];
  /** USD per unit of the currency. */
  usdPerUnit: Scalars['Decimal']['output'];
};

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

/** Statistics of one zone in one period (see Query.statistics): the figures forex contributes. */
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
  /**
   * Patterns forex finds in the period's own records (MONTH views; null for DAY views and views
   * restricted to a dimension): one payer paying for many buyers, overseas-warehouse settlements far
   * from the declared export value.
   */
  paymentPatterns?: Maybe<Array<Anomaly>>;
  /** Payments (411) and payments received (403) in the period (by payTime). */
  payments?: Maybe<Scalars['Int']['output']>;
  /** Their amount in CNY: each at the USD rates in force in its month, rounded to the fen. */
  paymentsCny?: Maybe<Scalars['Decimal']['output']>;
  /** Their amount in USD: each at the USD rate in force in its month, rounded to the cent. */
  paymentsUsd?: Maybe<Scalars['Decimal']['output']>;
  /** The Beijing calendar period: YYYY-MM-DD (DAY) or YYYY-MM (MONTH). */
  period: Scalars['String']['output'];
  /** Settlement checks in the period that refused the settlement. */
  settlementsRefused?: Maybe<Scalars['Int']['output']>;
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
  Payment: Payment;
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
  Payment:
    ( { __typename: 'Payment' }
    & ( GraphQLRecursivePick<FederationTypes['Payment'], {"payCode":true,"payTransactionId":true}>
        | GraphQLRecursivePick<FederationTypes['Payment'], {"id":true}> ) );
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
  Attestation: ResolverTypeWrapper<Attestation>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AttestationRecord: ResolverTypeWrapper<AttestationRecord>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Direction: Direction;
  Enterprise: ResolverTypeWrapper<EnterpriseRef>;
  FxDirectoryDecision: FxDirectoryDecision;
  FxDirectoryRegistrationInput: FxDirectoryRegistrationInput;
  FxDirectoryRegistrationSubmission: ResolverTypeWrapper<FxDirectoryRegistrationSubmission>;
  FxDirectoryStatus: ResolverTypeWrapper<FxDirectoryStatus>;
  Granularity: Granularity;
  HsCode: ResolverTypeWrapper<Scalars['HsCode']['output']>;
  IdNumber: ResolverTypeWrapper<Scalars['IdNumber']['output']>;
  IndividualFxQuota: ResolverTypeWrapper<IndividualFxQuota>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  OverseasCostInput: OverseasCostInput;
  OverseasCostKind: OverseasCostKind;
  OverseasWarehouseSettlement: ResolverTypeWrapper<OverseasWarehouseSettlement>;
  OverseasWarehouseSettlementInput: OverseasWarehouseSettlementInput;
  OverseasWarehouseSettlementSubmission: ResolverTypeWrapper<OverseasWarehouseSettlementSubmission>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payer: ResolverTypeWrapper<PayerModel>;
  PayerInput: PayerInput;
  Payment: ResolverTypeWrapper<PaymentModel>;
  PaymentChangeKind: PaymentChangeKind;
  PaymentConnection: ResolverTypeWrapper<PaymentPage>;
  PaymentEdge: ResolverTypeWrapper<PaymentSearchEdge>;
  PaymentFilter: PaymentFilter;
  PaymentInput: PaymentInput;
  PaymentOrder: PaymentOrder;
  PaymentSubmission: ResolverTypeWrapper<Omit<PaymentSubmission, 'payment'> & { payment: ResolversTypes['Payment'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RuleReason: ResolverTypeWrapper<RuleReason>;
  SettlementCheck: ResolverTypeWrapper<SettlementCheck>;
  SettlementEvidence: ResolverTypeWrapper<SettlementEvidence>;
  SettlementEvidenceFact: SettlementEvidenceFact;
  SettlementEvidenceNoticeInput: SettlementEvidenceNoticeInput;
  SettlementEvidenceReceipt: ResolverTypeWrapper<SettlementEvidenceReceipt>;
  TransactionFeedConnection: ResolverTypeWrapper<FeedPage>;
  TransactionFeedEdge: ResolverTypeWrapper<FeedEdge>;
  USCC: ResolverTypeWrapper<Scalars['USCC']['output']>;
  UsdReferenceRate: ResolverTypeWrapper<UsdReferenceRate>;
  WriteOutcome: WriteOutcome;
  Zone: Zone;
  ZoneStatistics: ResolverTypeWrapper<StatisticsKey>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Anomaly: AnomalyFinding;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  Attestation: Attestation;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AttestationRecord: AttestationRecord;
  Currency: Scalars['Currency']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Enterprise: EnterpriseRef;
  FxDirectoryRegistrationInput: FxDirectoryRegistrationInput;
  FxDirectoryRegistrationSubmission: FxDirectoryRegistrationSubmission;
  FxDirectoryStatus: FxDirectoryStatus;
  HsCode: Scalars['HsCode']['output'];
  IdNumber: Scalars['IdNumber']['output'];
  IndividualFxQuota: IndividualFxQuota;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  OverseasCostInput: OverseasCostInput;
  OverseasWarehouseSettlement: OverseasWarehouseSettlement;
  OverseasWarehouseSettlementInput: OverseasWarehouseSettlementInput;
  OverseasWarehouseSettlementSubmission: OverseasWarehouseSettlementSubmission;
  PageInfo: PageInfo;
  Payer: PayerModel;
  PayerInput: PayerInput;
  Payment: PaymentModel;
  PaymentConnection: PaymentPage;
  PaymentEdge: PaymentSearchEdge;
  PaymentFilter: PaymentFilter;
  PaymentInput: PaymentInput;
  PaymentSubmission: Omit<PaymentSubmission, 'payment'> & { payment: ResolversParentTypes['Payment'] };
  Query: Record<PropertyKey, never>;
  RuleReason: RuleReason;
  SettlementCheck: SettlementCheck;
  SettlementEvidence: SettlementEvidence;
  SettlementEvidenceNoticeInput: SettlementEvidenceNoticeInput;
  SettlementEvidenceReceipt: SettlementEvidenceReceipt;
  TransactionFeedConnection: FeedPage;
  TransactionFeedEdge: FeedEdge;
  USCC: Scalars['USCC']['output'];
  UsdReferenceRate: UsdReferenceRate;
  ZoneStatistics: StatisticsKey;
  Int: Scalars['Int']['output'];
}>;

export type MaxLengthDirectiveArgs = {
  n: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = ForexContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MultilineDirectiveArgs = { };

export type MultilineDirectiveResolver<Result, Parent, ContextType = ForexContext, Args = MultilineDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnomalyResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Anomaly'] = ResolversParentTypes['Anomaly']> = ResolversObject<{
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  series?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type AttestationResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Attestation'] = ResolversParentTypes['Attestation']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AttestationRecordResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['AttestationRecord'] = ResolversParentTypes['AttestationRecord']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EnterpriseResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fxDirectory?: Resolver<ResolversTypes['FxDirectoryStatus'], ParentType, ContextType, RequireFields<EnterpriseFxDirectoryArgs, 'year'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type FxDirectoryRegistrationSubmissionResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['FxDirectoryRegistrationSubmission'] = ResolversParentTypes['FxDirectoryRegistrationSubmission']> = ResolversObject<{
  attestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type FxDirectoryStatusResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['FxDirectoryStatus'] = ResolversParentTypes['FxDirectoryStatus']> = ResolversObject<{
  attestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  bankMustSeeRegistration?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['FxDirectoryDecision'], ParentType, ContextType>;
  exempt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paymentsUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  receiptsUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registeredBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  thresholdUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface HsCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['HsCode'], any> {
  name: 'HsCode';
}

export interface IdNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IdNumber'], any> {
  name: 'IdNumber';
}

export type IndividualFxQuotaResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['IndividualFxQuota'] = ResolversParentTypes['IndividualFxQuota']> = ResolversObject<{
  payerIdNumberMasked?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentsNotCounted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quotaUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  remainingUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  usedUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptSettlementBasis?: Resolver<ResolversTypes['SettlementCheck'], ParentType, ContextType, RequireFields<MutationAcceptSettlementBasisArgs, 'ebpCode' | 'orderNo'>>;
  recordSettlementEvidence?: Resolver<ResolversTypes['SettlementEvidenceReceipt'], ParentType, ContextType, RequireFields<MutationRecordSettlementEvidenceArgs, 'notices'>>;
  registerInFxDirectory?: Resolver<ResolversTypes['FxDirectoryRegistrationSubmission'], ParentType, ContextType, RequireFields<MutationRegisterInFxDirectoryArgs, 'input'>>;
  submitOverseasWarehouseSettlement?: Resolver<ResolversTypes['OverseasWarehouseSettlementSubmission'], ParentType, ContextType, RequireFields<MutationSubmitOverseasWarehouseSettlementArgs, 'input'>>;
  submitPayment?: Resolver<ResolversTypes['PaymentSubmission'], ParentType, ContextType, RequireFields<MutationSubmitPaymentArgs, 'input'>>;
  submitPaymentReceived?: Resolver<ResolversTypes['PaymentSubmission'], ParentType, ContextType, RequireFields<MutationSubmitPaymentReceivedArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
}>;

export type OverseasWarehouseSettlementResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['OverseasWarehouseSettlement'] = ResolversParentTypes['OverseasWarehouseSettlement']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  declaredExportValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  differenceFromDeclared?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossSalesRevenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  logisticsCosts?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  netRepatriated?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storageCosts?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  taxCosts?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalNettedCosts?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type OverseasWarehouseSettlementSubmissionResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['OverseasWarehouseSettlementSubmission'] = ResolversParentTypes['OverseasWarehouseSettlementSubmission']> = ResolversObject<{
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  settlement?: Resolver<ResolversTypes['OverseasWarehouseSettlement'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PayerResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Payer'] = ResolversParentTypes['Payer']> = ResolversObject<{
  idHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idNumberMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'], FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Payment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amountPaid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  ebcCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payTransactionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['Payer'], ParentType, ContextType>;
  usesIndividualQuota?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type PaymentConnectionResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsEstimate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentEdgeResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
}>;

export type PaymentSubmissionResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['PaymentSubmission'] = ResolversParentTypes['PaymentSubmission']> = ResolversObject<{
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  attestationRecords?: Resolver<Array<ResolversTypes['AttestationRecord']>, ParentType, ContextType, RequireFields<QueryAttestationRecordsArgs, 'serials'>>;
  attestationRevocationList?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  individualFxQuota?: Resolver<Maybe<ResolversTypes['IndividualFxQuota']>, ParentType, ContextType, RequireFields<QueryIndividualFxQuotaArgs, 'payCode' | 'payTransactionId' | 'year'>>;
  overseasWarehouseSettlement?: Resolver<Maybe<ResolversTypes['OverseasWarehouseSettlement']>, ParentType, ContextType, RequireFields<QueryOverseasWarehouseSettlementArgs, 'ebcCode' | 'period'>>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'payCode' | 'payTransactionId'>>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<QueryPaymentsArgs, 'first' | 'orderBy'>>;
  settlementCheck?: Resolver<ResolversTypes['SettlementCheck'], ParentType, ContextType, RequireFields<QuerySettlementCheckArgs, 'ebpCode' | 'orderNo'>>;
  transactionFeed?: Resolver<ResolversTypes['TransactionFeedConnection'], ParentType, ContextType, RequireFields<QueryTransactionFeedArgs, 'first'>>;
  usdReferenceRates?: Resolver<Array<ResolversTypes['UsdReferenceRate']>, ParentType, ContextType, RequireFields<QueryUsdReferenceRatesArgs, 'month'>>;
}>;

export type RuleReasonResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['RuleReason'] = ResolversParentTypes['RuleReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SettlementCheckResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['SettlementCheck'] = ResolversParentTypes['SettlementCheck']> = ResolversObject<{
  attestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  directoryDecision?: Resolver<Maybe<ResolversTypes['FxDirectoryDecision']>, ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['SettlementEvidence'], ParentType, ContextType>;
  mayProceed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RuleReason']>, ParentType, ContextType>;
  serialNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usesIndividualQuota?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SettlementEvidenceResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['SettlementEvidence'] = ResolversParentTypes['SettlementEvidence']> = ResolversObject<{
  ebcCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  invtNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  listStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  logisticsCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logisticsNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  orderCurrency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  paymentAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  paymentCurrency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
}>;

export type SettlementEvidenceReceiptResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['SettlementEvidenceReceipt'] = ResolversParentTypes['SettlementEvidenceReceipt']> = ResolversObject<{
  alreadyReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentsChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransactionFeedConnectionResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['TransactionFeedConnection'] = ResolversParentTypes['TransactionFeedConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TransactionFeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TransactionFeedEdgeResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['TransactionFeedEdge'] = ResolversParentTypes['TransactionFeedEdge']> = ResolversObject<{
  change?: Resolver<ResolversTypes['PaymentChangeKind'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
}>;

export interface UsccScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['USCC'], any> {
  name: 'USCC';
}

export type UsdReferenceRateResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['UsdReferenceRate'] = ResolversParentTypes['UsdReferenceRate']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usdPerUnit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ZoneStatisticsResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['ZoneStatistics'] = ResolversParentTypes['ZoneStatistics'], FederationReferenceType extends FederationReferenceTypes['ZoneStatistics'] = FederationReferenceTypes['ZoneStatistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneStatistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['Direction']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Granularity'], ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentPatterns?: Resolver<Maybe<Array<ResolversTypes['Anomaly']>>, ParentType, ContextType>;
  payments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paymentsCny?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  paymentsUsd?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settlementsRefused?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tradeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ForexContext> = ResolversObject<{
  Anomaly?: AnomalyResolvers<ContextType>;
  Attestation?: AttestationResolvers<ContextType>;
  AttestationRecord?: AttestationRecordResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  FxDirectoryRegistrationSubmission?: FxDirectoryRegistrationSubmissionResolvers<ContextType>;
  FxDirectoryStatus?: FxDirectoryStatusResolvers<ContextType>;
  HsCode?: GraphQLScalarType;
  IdNumber?: GraphQLScalarType;
  IndividualFxQuota?: IndividualFxQuotaResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OverseasWarehouseSettlement?: OverseasWarehouseSettlementResolvers<ContextType>;
  OverseasWarehouseSettlementSubmission?: OverseasWarehouseSettlementSubmissionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payer?: PayerResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PaymentSubmission?: PaymentSubmissionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RuleReason?: RuleReasonResolvers<ContextType>;
  SettlementCheck?: SettlementCheckResolvers<ContextType>;
  SettlementEvidence?: SettlementEvidenceResolvers<ContextType>;
  SettlementEvidenceReceipt?: SettlementEvidenceReceiptResolvers<ContextType>;
  TransactionFeedConnection?: TransactionFeedConnectionResolvers<ContextType>;
  TransactionFeedEdge?: TransactionFeedEdgeResolvers<ContextType>;
  USCC?: GraphQLScalarType;
  UsdReferenceRate?: UsdReferenceRateResolvers<ContextType>;
  ZoneStatistics?: ZoneStatisticsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ForexContext> = ResolversObject<{
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
  multiline?: MultilineDirectiveResolver<any, any, ContextType>;
}>;
