import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StatisticsKey, OrderRef } from '@zone/common';
import type { InventoryList as InventoryListModel, InventoryItem as InventoryItemModel, ListRequest as ListRequestModel, SummaryDeclaration as SummaryDeclarationModel, ExportReturn as ExportReturnModel } from './prisma/client';
import type { InventoryListPage, InventoryListSearchEdge } from '../reads/inventory-list-search';
import type { EnterpriseRef } from '../loaders';
import type { CustomsContext } from '../context';
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

/** The total of a summary in one currency. */
export type CurrencyTotal = {
  __typename?: 'CurrencyTotal';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['Currency']['output'];
};

/** Customs enterprise credit class (海关总署令第251号). */
export type CustomsCreditClass =
  /** 高级认证企业: medium-risk goods need no document review. */
  | 'ADVANCED'
  /** 失信企业: every list is inspected. */
  | 'DISCREDITED'
  /** 一般信用企业 (the class of every enterprise customs has not graded). */
  | 'GENERAL';

export type Direction =
  | 'EXPORT'
  | 'IMPORT';

/** An enterprise of commerce's register; customs adds its credit class. */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Customs credit class; GENERAL unless customs has graded the enterprise. */
  customsCreditClass: CustomsCreditClass;
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  uscc: Scalars['ID']['output'];
};

/** What customs decided on an export return. */
export type ExportReturn = {
  __typename?: 'ExportReturn';
  /** Last Beijing calendar day the goods may come back (YYYY-MM-DD); null when the export was never released. */
  lastReturnDate?: Maybe<Scalars['String']['output']>;
  /** The export list the goods left under. */
  list: InventoryList;
  /** Every condition not met (TRADE_MODE_NOT_ELIGIBLE, OUTSIDE_SIX_MONTHS, GOODS_CHANGED, REBATE_NOT_REPAID, NOT_AN_EXPORT_LIST, NOT_RELEASED); empty when tax-free. */
  reasons: Array<RuleReason>;
  requestedAt: Scalars['DateTime']['output'];
  returnedAt: Scalars['DateTime']['output'];
  /** Free of import duty, VAT and consumption tax. */
  taxFree: Scalars['Boolean']['output'];
};

/** A request for tax-free re-entry of exported goods. */
export type ExportReturnInput = {
  /** The goods come back in the state they left in (原状退运). */
  goodsUnchanged: Scalars['Boolean']['input'];
  /** The export list the goods left under. */
  invtNo: Scalars['String']['input'];
  /** Why the goods come back (unsold, returned by the buyer), 1 to 200 characters. */
  reason: Scalars['String']['input'];
  /** An export VAT rebate was received for the goods. */
  rebateReceived: Scalars['Boolean']['input'];
  /** The tax office certifies that rebate repaid (出口退税已补税证明). */
  rebateRepaid: Scalars['Boolean']['input'];
  /** When the goods were declared back in; default now. Not in the future. */
  returnedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The result of requestExportReturn. */
export type ExportReturnResult = {
  __typename?: 'ExportReturnResult';
  exportReturn: ExportReturn;
  outcome: WriteOutcome;
  revision: Scalars['Int']['output'];
};

/** Period length of a statistics view. */
export type Granularity =
  | 'DAY'
  | 'MONTH';

/** One line of goods on an inventory list. */
export type InventoryItem = {
  __typename?: 'InventoryItem';
  /** Country of origin (ISO 3166 alpha-3). */
  country: Scalars['String']['output'];
  /** Line number (商品序号), from 1. */
  gnum: Scalars['Int']['output'];
  /** Tariff classification of the goods. */
  hsCode: Scalars['HsCode']['output'];
  /** Name of the goods as declared. */
  itemName: Scalars['String']['output'];
  /** Enterprise's item number (企业商品货号). */
  itemNo: Scalars['String']['output'];
  /** Unit price. */
  price: Scalars['Decimal']['output'];
  /** Quantity declared, in unit (up to four decimals). */
  qty: Scalars['Decimal']['output'];
  /** Line total as declared (qty × price). */
  totalPrice: Scalars['Decimal']['output'];
  /** Customs unit code of qty (计量单位), e.g. 011 for pieces. */
  unit: Scalars['String']['output'];
};

/** One line of goods of an inventory list. */
export type InventoryItemInput = {
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
  /** Customs unit code, 3 digits (e.g. 011). */
  unit: Scalars['String']['input'];
};

/** An inventory list (申报清单): the customs declaration of one order's goods (import 9610/1210, export 9610/9710/9810). */
export type InventoryList = {
  __typename?: 'InventoryList';
  /**
   * Customs' latest signed attestation of this list (监管互认): cleared (899), else released (800),
   * else three documents matched; null before any. Revoked once the decision is reversed.
   */
  attestation?: Maybe<Attestation>;
  /** Every attestation customs signed of this list, oldest first, revoked ones included. */
  attestations: Array<Attestation>;
  /** Declarant's own reference (企业内部编号). */
  copNo: Scalars['String']['output'];
  /** Currency of the prices on the list. */
  currency: Scalars['Currency']['output'];
  /** Customs office (关区代码) that received the list. */
  customsCode: Scalars['String']['output'];
  /** When the list was declared. */
  declaredAt: Scalars['DateTime']['output'];
  /** Import or export. */
  direction: Direction;
  /** E-commerce enterprise (电商企业) code. */
  ebcCode: Scalars['String']['output'];
  /** Platform (电商平台) code of the order. */
  ebpCode: Scalars['String']['output'];
  /** Export lists: the request to bring the goods back tax-free (2023年第4号) and its decision; null when none. */
  exportReturn?: Maybe<ExportReturn>;
  /** Freight declared on the list. */
  freight: Scalars['Decimal']['output'];
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** Insurance fee declared on the list. */
  insuredFee: Scalars['Decimal']['output'];
  /** List number assigned by customs: customs code (4) + year (4) + I/E (1) + serial (9). */
  invtNo: Scalars['String']['output'];
  /** Goods of the list in declaration order (gnum). */
  items: Array<InventoryItem>;
  /** Logistics company code. */
  logisticsCode: Scalars['String']['output'];
  /** Waybill number of the logistics company. */
  logisticsNo: Scalars['String']['output'];
  /** Three-document matching at declaration. */
  matching: ListMatching;
  /** The order declared, from commerce (with its payment, waybill and identity check from their departments). */
  order: Order;
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** Pre-entry number (预录入编号) assigned by the single window. */
  preNo: Scalars['String']['output'];
  /** Risk-graded release at declaration; null for lists customs graded before it recorded decisions. */
  releaseDecision?: Maybe<ReleaseDecision>;
  /** When the goods were released (800); null while not released. */
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cancellation (623) and return (625) requests for this list. */
  requests: Array<ListRequest>;
  /** Import lists that passed matching: how the tax office taxes them; null for exports and lists that failed matching. */
  retailTaxTreatment?: Maybe<RetailTaxTreatment>;
  /** Revision of the declaration now current. */
  revision: Scalars['Int']['output'];
  /** Export lists only: A for simplified, B for summary declaration (统计方式); null for imports. */
  statisticsFlag?: Maybe<Scalars['String']['output']>;
  /** Receipt status derived from statusCode. */
  status: ReceiptStatus;
  /** Receipt code as sent by customs. */
  statusCode: Scalars['Int']['output'];
  /** The summary declaration (701) this export list is counted in; null when none. */
  summary?: Maybe<SummaryDeclaration>;
  /** Total price of the goods declared. */
  totalPrice: Scalars['Decimal']['output'];
  /** Trade mode (监管方式): 9610, 1210, 9710 or 9810. */
  tradeMode: Scalars['String']['output'];
  /** Pilot zone the list was declared in. */
  zone: Zone;
};

/** A page of an inventory list search. */
export type InventoryListConnection = {
  __typename?: 'InventoryListConnection';
  edges: Array<InventoryListEdge>;
  pageInfo: PageInfo;
  /** Lists the filter finds: exact up to 10,000, an estimate beyond (totalCountIsEstimate). */
  totalCount: Scalars['Int']['output'];
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

/** The result of declareInventoryList. */
export type InventoryListDeclaration = {
  __typename?: 'InventoryListDeclaration';
  list: InventoryList;
  outcome: WriteOutcome;
  /** Revision of the list now current: 1 when CREATED, one more than before when CHANGED. */
  revision: Scalars['Int']['output'];
};

export type InventoryListEdge = {
  __typename?: 'InventoryListEdge';
  /** Opaque and signed; valid for the caller, filter and order it was given for only. */
  cursor: Scalars['String']['output'];
  node: InventoryList;
};

/** Which inventory lists a search finds. Lists name at most 50 values; a time range is at most 366 days (its end defaults to now). */
export type InventoryListFilter = {
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Declared at or after. */
  declaredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Declared before; needs declaredFrom. */
  declaredTo?: InputMaybe<Scalars['DateTime']['input']>;
  direction?: InputMaybe<Direction>;
  /** E-commerce enterprises (电商企业). */
  ebcCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** Platforms (电商平台). */
  ebpCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** Logistics enterprises. */
  logisticsCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** A three-document matching failure code the list carries, any of (e.g. ANNUAL_LIMIT_EXCEEDED). */
  matchingReasons?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Released (800) at or after. */
  releasedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Released before; needs releasedFrom. */
  releasedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Current receipt status, any of. */
  statuses?: InputMaybe<Array<ReceiptStatus>>;
  /** Declared goods value at most; needs currency. */
  totalPriceMax?: InputMaybe<Scalars['Decimal']['input']>;
  /** Declared goods value (totalPrice) at least, in the list's currency; needs currency. */
  totalPriceMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** Trade modes (监管方式), any of: 9610, 1210, 9710, 9810. */
  tradeModes?: InputMaybe<Array<Scalars['String']['input']>>;
  zones?: InputMaybe<Array<Zone>>;
};

/** An inventory list message (621 import / 603 export) as the declarant sends it. */
export type InventoryListInput = {
  /** Declarant's own reference, 1 to 20 characters. */
  copNo: Scalars['String']['input'];
  /** Currency of the prices; CNY on import lists (the personal limits are CNY amounts). */
  currency: Scalars['Currency']['input'];
  /** Customs office (关区代码) of the zone, 4 digits. */
  customsCode: Scalars['String']['input'];
  direction: Direction;
  /** E-commerce enterprise (电商企业) of the order: a registered enterprise. */
  ebcCode: Scalars['USCC']['input'];
  /** Platform (电商平台) code of the order. */
  ebpCode: Scalars['USCC']['input'];
  /** Freight, at least 0, at most two decimals. */
  freight: Scalars['Decimal']['input'];
  /** The list's one item (qty 1) cannot be split (不可分割): above CNY 5,000 it is then taxed in full instead of refused. */
  indivisibleItem?: InputMaybe<Scalars['Boolean']['input']>;
  /** Insurance fee, at least 0, at most two decimals. */
  insuredFee: Scalars['Decimal']['input'];
  /** At least one item, numbered by gnum 1 to n. */
  items: Array<InventoryItemInput>;
  /** Logistics enterprise of the waybill. */
  logisticsCode: Scalars['USCC']['input'];
  /** Waybill number, 1 to 60 characters. */
  logisticsNo: Scalars['String']['input'];
  /** Order number, 1 to 60 characters: an order commerce has recorded. */
  orderNo: Scalars['String']['input'];
  /** Export lists: A (simplified) or B (summary declaration); not given on import lists. */
  statisticsFlag?: InputMaybe<Scalars['String']['input']>;
  /** Trade mode (监管方式): 9610 or 1210 for imports; 9610, 1210, 9710 or 9810 for exports; the order's. */
  tradeMode: Scalars['String']['input'];
  /** Zone of the order. */
  zone: Zone;
};

/** Order of an inventory list search. */
export type InventoryListOrder =
  | 'DECLARED_AT_ASC'
  | 'DECLARED_AT_DESC';

/** Three-document matching (三单对碰) of a list: order, payment, waybill, and for imports the buyer's identity and limits. */
export type ListMatching = {
  __typename?: 'ListMatching';
  matched: Scalars['Boolean']['output'];
  /** Every failure, each with its own code (PAYMENT_MISSING, WAYBILL_MISSING, ORDER_KEY_MISMATCH, AMOUNT_MISMATCH, BUYER_PAYER_MISMATCH, IDENTITY_NOT_VERIFIED, SINGLE_LIMIT_EXCEEDED, ANNUAL_LIMIT_EXCEEDED); empty when matched. */
  reasons: Array<RuleReason>;
};

/** A cancellation (623) or return (625) request for an inventory list and what customs decided. */
export type ListRequest = {
  __typename?: 'ListRequest';
  kind: ListRequestKind;
  /** The list as it stands after the request. */
  list: InventoryList;
  /** The declarant's reason. */
  reason: Scalars['String']['output'];
  /** Why customs refused it; empty when accepted. */
  refusals: Array<RuleReason>;
  requestedAt: Scalars['DateTime']['output'];
  state: ListRequestState;
};

export type ListRequestKind =
  /** 撤销申请单 (623). */
  | 'CANCELLATION'
  /** 退货申请单 (625). */
  | 'RETURN';

export type ListRequestState =
  | 'ACCEPTED'
  | 'REFUSED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Clears a released list (800 to 899). Customs officers of the list's zone and the customs system. */
  clearInventoryList: InventoryList;
  /**
   * Declares an inventory list (621 import / 603 export) under its business key ebpCode + orderNo.
   * Customs fetches the order, payment, waybill, identity check and the enterprise through the
   * federated API, matches the three documents, checks the personal limits of retail imports and
   * grades the list for release; the list gets its list number (invtNo) and pre-entry number. The
   * same content again is UNCHANGED; other content is CHANGED (appType 2, the previous kept as a
   * revision) and is matched afresh; a released or cleared list cannot change (CONFLICT). A list
   * refused at matching is examined afresh when declared again. Every wrong field is named in one
   * BAD_USER_INPUT error. An accepted import list then gets its tax bill from the tax department.
   */
  declareInventoryList: InventoryListDeclaration;
  /**
   * Declares the summary (701, 汇总申请) of an enterprise's released export lists flagged B whose
   * declaration falls in [periodStart, periodEnd). Totals per currency are exact. A list belongs to at
   * most one summary. The same enterprise and period again adds lists released since (CHANGED) or
   * changes nothing (UNCHANGED). Naming invtNos summarises exactly those, and each one that cannot be
   * included is a BAD_USER_INPUT problem with its reasons.
   */
  declareSummary: SummaryDeclarationResult;
  /** Records the result of an inspection (500): passed releases the goods (800), failed rejects the list (100). Customs officers of the list's zone and the customs system. */
  recordInspectionResult: InventoryList;
  /** Concludes a manual review (300): release (800), send to inspection (500) or reject (100). Customs officers of the list's zone and the customs system. */
  recordReviewOutcome: InventoryList;
  /**
   * Requests tax-free re-entry of exported goods (跨境电商出口退运, 2023年第4号): exported under 1210,
   * 9610, 9710 or 9810, released, back unchanged within six months, any export rebate shown repaid.
   * One request per export list, assessed afresh when its content changes.
   */
  requestExportReturn: ExportReturnResult;
  /**
   * Requests the cancellation of a list (623, 撤销申请单). Accepted while customs still holds the goods
   * (accepted 120, review 300, inspection 500): the list then stands rejected (100). Refused, with the
   * reason, once the goods are released or the list was rejected. One cancellation per list: asking
   * again answers with the one on record (a refused one is assessed afresh).
   */
  requestListCancellation: ListRequest;
  /**
   * Requests the return of retail imports (625, 退货申请单). Accepted for an import list released no
   * more than 30 days before (Beijing calendar days, 海关总署公告2018年第194号): the value no longer
   * counts toward the buyer's annual limit. Refused otherwise, with every reason. One return per
   * list: asking again answers with the one on record (a refused one is assessed afresh).
   */
  requestListReturn: ListRequest;
  /** Sets the customs credit class of an enterprise (海关总署令第251号). Customs officers and the customs system. */
  setCustomsCreditClass: Enterprise;
};


export type MutationClearInventoryListArgs = {
  invtNo: Scalars['String']['input'];
};


export type MutationDeclareInventoryListArgs = {
  input: InventoryListInput;
};


export type MutationDeclareSummaryArgs = {
  input: SummaryDeclarationInput;
};


export type MutationRecordInspectionResultArgs = {
  findings: Scalars['String']['input'];
  invtNo: Scalars['String']['input'];
  passed: Scalars['Boolean']['input'];
};


export type MutationRecordReviewOutcomeArgs = {
  invtNo: Scalars['String']['input'];
  outcome: ReviewOutcome;
  reason: Scalars['String']['input'];
};


export type MutationRequestExportReturnArgs = {
  input: ExportReturnInput;
};


export type MutationRequestListCancellationArgs = {
  invtNo: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRequestListReturnArgs = {
  invtNo: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetCustomsCreditClassArgs = {
  creditClass: CustomsCreditClass;
  reason: Scalars['String']['input'];
  uscc: Scalars['USCC']['input'];
};

/** An order of commerce; customs adds the inventory list declared for it. */
export type Order = {
  __typename?: 'Order';
  /** Platform (电商平台) code. */
  ebpCode: Scalars['String']['output'];
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** The inventory list of this order; null while none is declared or when it lies outside the caller's zone. */
  inventoryList?: Maybe<InventoryList>;
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Customs (海关) clears cross-border e-commerce goods: the inventory lists (申报清单) declared for
 * orders, their goods and the status customs has given them.
 */
export type Query = {
  __typename?: 'Query';
  /** The gateway's question to an issuer: its records of these attestation serials (at most 100). Not part of the API. */
  attestationRecords: Array<AttestationRecord>;
  /** This department's revocation list, signed now with its current attestation key; null without one. Not part of the API. */
  attestationRevocationList?: Maybe<Scalars['String']['output']>;
  /** One inventory list by list number (清单编号, 18 characters); null when unknown or outside the caller's zone. */
  inventoryList?: Maybe<InventoryList>;
  /**
   * Regulators' search of inventory lists (customs' own records): the filter's fields combine with
   * AND, each list with OR. Keyset pages in orderBy order (ties by record), exact while lists are
   * written; totalCount exact up to 10,000, beyond that PostgreSQL's estimate with
   * totalCountIsEstimate. A zone-bound caller searches its zone: naming another in filter.zones is
   * FORBIDDEN. Not for banks. first: default 100, at most 1,000. The order, payment, waybill and
   * tax bill of each list come from their departments through the federation.
   */
  inventoryLists: InventoryListConnection;
  /** One summary declaration (701) by summary number; null when unknown or outside the caller's zone. */
  summaryDeclaration?: Maybe<SummaryDeclaration>;
};


/**
 * Customs (海关) clears cross-border e-commerce goods: the inventory lists (申报清单) declared for
 * orders, their goods and the status customs has given them.
 */
export type QueryAttestationRecordsArgs = {
  serials: Array<Scalars['ID']['input']>;
};


/**
 * Customs (海关) clears cross-border e-commerce goods: the inventory lists (申报清单) declared for
 * orders, their goods and the status customs has given them.
 */
export type QueryInventoryListArgs = {
  invtNo: Scalars['String']['input'];
};


/**
 * Customs (海关) clears cross-border e-commerce goods: the inventory lists (申报清单) declared for
 * orders, their goods and the status customs has given them.
 */
export type QueryInventoryListsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InventoryListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InventoryListOrder>;
};


/**
 * Customs (海关) clears cross-border e-commerce goods: the inventory lists (申报清单) declared for
 * orders, their goods and the status customs has given them.
 */
export type QuerySummaryDeclarationArgs = {
  sumNo: Scalars['String']['input'];
};

/** How many of something for one reason. */
export type ReasonCount = {
  __typename?: 'ReasonCount';
  count: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

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

/** Risk-graded release of a list at its declaration, from the matching, the enterprise's credit class, the goods' risk and the negative list. */
export type ReleaseDecision = {
  __typename?: 'ReleaseDecision';
  decidedAt: Scalars['DateTime']['output'];
  decision: ReleaseDecisionKind;
  /** Each factor above automatic release (MATCHING_FAILED, NEGATIVE_LIST, WATCH_FLAG, DISCREDITED_ENTERPRISE, HIGH_RISK_GOODS, JOINT_MEASURE, MEDIUM_RISK_GOODS); empty for AUTO_RELEASE. */
  reasons: Array<RuleReason>;
};

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

/** How an officer concludes a manual review. */
export type ReviewOutcome =
  /** Documents leave doubts: inspect the goods (500). */
  | 'INSPECT'
  /** Documents show the list cannot stand: reject it (100). */
  | 'REJECT'
  /** Documents in order: release the goods (800). */
  | 'RELEASE';

/** Why a rule decided as it did: a stable code and an English sentence (no personal data). */
export type RuleReason = {
  __typename?: 'RuleReason';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A summary declaration (701, 汇总申请) of an enterprise's released export lists of one period. */
export type SummaryDeclaration = {
  __typename?: 'SummaryDeclaration';
  customsCode: Scalars['String']['output'];
  declaredAt: Scalars['DateTime']['output'];
  ebcCode: Scalars['String']['output'];
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** Number of lists summarised. */
  listCount: Scalars['Int']['output'];
  /** The lists summarised, by list number. */
  lists: Array<InventoryList>;
  periodEnd: Scalars['DateTime']['output'];
  periodStart: Scalars['DateTime']['output'];
  /** Summary number: customs office (4) + year (4) + S + serial (9). */
  sumNo: Scalars['String']['output'];
  /** Exact sums of the lists' totalPrice, per currency. */
  totals: Array<CurrencyTotal>;
  zone: Zone;
};

/** A summary application (701) as the enterprise or its agent sends it. */
export type SummaryDeclarationInput = {
  /** E-commerce enterprise whose export lists are summarised. */
  ebcCode: Scalars['USCC']['input'];
  /** The lists to summarise; when absent, every eligible list of the enterprise in the period. */
  invtNos?: InputMaybe<Array<Scalars['String']['input']>>;
  /** End of the period, exclusive; after periodStart. */
  periodEnd: Scalars['DateTime']['input'];
  /** First instant of the period, inclusive. */
  periodStart: Scalars['DateTime']['input'];
};

/** The result of declareSummary. */
export type SummaryDeclarationResult = {
  __typename?: 'SummaryDeclarationResult';
  outcome: WriteOutcome;
  revision: Scalars['Int']['output'];
  summary: SummaryDeclaration;
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

/** Statistics of one zone in one period (see Query.statistics): the figures customs contributes. */
export type ZoneStatistics = {
  __typename?: 'ZoneStatistics';
  country?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  /** The dimensions the figures are restricted to; null: all. */
  direction?: Maybe<Direction>;
  /** Export lists returned (2023年第4号). */
  exportReturns?: Maybe<Scalars['Int']['output']>;
  granularity: Granularity;
  hsChapter?: Maybe<Scalars['String']['output']>;
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** Inventory lists declared in the period (by declaredAt). */
  listsDeclared?: Maybe<Scalars['Int']['output']>;
  /** Of those, lists standing rejected (100). */
  listsRejected?: Maybe<Scalars['Int']['output']>;
  /** Of those, lists released (800, or cleared 899 after release). */
  listsReleased?: Maybe<Scalars['Int']['output']>;
  /** Lists whose three-document matching failed. */
  matchingFailures?: Maybe<Scalars['Int']['output']>;
  /** Median hours from declaration to release of the released lists, exact at whole-hour resolution (each duration counted in whole hours, floor). */
  medianHoursToRelease?: Maybe<Scalars['Float']['output']>;
  /** The Beijing calendar period: YYYY-MM-DD (DAY) or YYYY-MM (MONTH). */
  period: Scalars['String']['output'];
  /** Rejected lists by reason: each failed matching reason, CANCELLED (623) or REVIEW_OR_INSPECTION. */
  rejectionsByReason?: Maybe<Array<ReasonCount>>;
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
  InventoryList: InventoryList;
  Order: Order;
  SummaryDeclaration: SummaryDeclaration;
  ZoneStatistics: ZoneStatistics;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Enterprise:
    ( { __typename: 'Enterprise' }
    & ( GraphQLRecursivePick<FederationTypes['Enterprise'], {"uscc":true}>
        | GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}> ) );
  InventoryList:
    ( { __typename: 'InventoryList' }
    & ( GraphQLRecursivePick<FederationTypes['InventoryList'], {"invtNo":true}>
        | GraphQLRecursivePick<FederationTypes['InventoryList'], {"id":true}> ) );
  Order:
    ( { __typename: 'Order' }
    & ( GraphQLRecursivePick<FederationTypes['Order'], {"ebpCode":true,"orderNo":true}>
        | GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> ) );
  SummaryDeclaration:
    ( { __typename: 'SummaryDeclaration' }
    & ( GraphQLRecursivePick<FederationTypes['SummaryDeclaration'], {"sumNo":true}>
        | GraphQLRecursivePick<FederationTypes['SummaryDeclaration'], {"id":true}> ) );
  ZoneStatistics:
    ( { __typename: 'ZoneStatistics' }
    & ( GraphQLRecursivePick<FederationTypes['ZoneStatistics'], {"zone":true,"period":true,"granularity":true,"direction":true,"tradeMode":true,"hsChapter":true,"country":true,"currency":true}>
        | GraphQLRecursivePick<FederationTypes['ZoneStatistics'], {"id":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Attestation: ResolverTypeWrapper<Attestation>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AttestationRecord: ResolverTypeWrapper<AttestationRecord>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  CurrencyTotal: ResolverTypeWrapper<CurrencyTotal>;
  CustomsCreditClass: CustomsCreditClass;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Direction: Direction;
  Enterprise: ResolverTypeWrapper<EnterpriseRef>;
  ExportReturn: ResolverTypeWrapper<ExportReturnModel>;
  ExportReturnInput: ExportReturnInput;
  ExportReturnResult: ResolverTypeWrapper<Omit<ExportReturnResult, 'exportReturn'> & { exportReturn: ResolversTypes['ExportReturn'] }>;
  Granularity: Granularity;
  HsCode: ResolverTypeWrapper<Scalars['HsCode']['output']>;
  IdNumber: ResolverTypeWrapper<Scalars['IdNumber']['output']>;
  InventoryItem: ResolverTypeWrapper<InventoryItemModel>;
  InventoryItemInput: InventoryItemInput;
  InventoryList: ResolverTypeWrapper<InventoryListModel>;
  InventoryListConnection: ResolverTypeWrapper<InventoryListPage>;
  InventoryListDeclaration: ResolverTypeWrapper<Omit<InventoryListDeclaration, 'list'> & { list: ResolversTypes['InventoryList'] }>;
  InventoryListEdge: ResolverTypeWrapper<InventoryListSearchEdge>;
  InventoryListFilter: InventoryListFilter;
  InventoryListInput: InventoryListInput;
  InventoryListOrder: InventoryListOrder;
  ListMatching: ResolverTypeWrapper<ListMatching>;
  ListRequest: ResolverTypeWrapper<ListRequestModel>;
  ListRequestKind: ListRequestKind;
  ListRequestState: ListRequestState;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReasonCount: ResolverTypeWrapper<ReasonCount>;
  ReceiptStatus: ReceiptStatus;
  ReleaseDecision: ResolverTypeWrapper<ReleaseDecision>;
  ReleaseDecisionKind: ReleaseDecisionKind;
  RetailTaxTreatment: RetailTaxTreatment;
  ReviewOutcome: ReviewOutcome;
  RuleReason: ResolverTypeWrapper<RuleReason>;
  SummaryDeclaration: ResolverTypeWrapper<SummaryDeclarationModel>;
  SummaryDeclarationInput: SummaryDeclarationInput;
  SummaryDeclarationResult: ResolverTypeWrapper<Omit<SummaryDeclarationResult, 'summary'> & { summary: ResolversTypes['SummaryDeclaration'] }>;
  USCC: ResolverTypeWrapper<Scalars['USCC']['output']>;
  WriteOutcome: WriteOutcome;
  Zone: Zone;
  ZoneStatistics: ResolverTypeWrapper<StatisticsKey>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Attestation: Attestation;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AttestationRecord: AttestationRecord;
  Currency: Scalars['Currency']['output'];
  CurrencyTotal: CurrencyTotal;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Enterprise: EnterpriseRef;
  ExportReturn: ExportReturnModel;
  ExportReturnInput: ExportReturnInput;
  ExportReturnResult: Omit<ExportReturnResult, 'exportReturn'> & { exportReturn: ResolversParentTypes['ExportReturn'] };
  HsCode: Scalars['HsCode']['output'];
  IdNumber: Scalars['IdNumber']['output'];
  InventoryItem: InventoryItemModel;
  InventoryItemInput: InventoryItemInput;
  InventoryList: InventoryListModel;
  InventoryListConnection: InventoryListPage;
  InventoryListDeclaration: Omit<InventoryListDeclaration, 'list'> & { list: ResolversParentTypes['InventoryList'] };
  InventoryListEdge: InventoryListSearchEdge;
  InventoryListFilter: InventoryListFilter;
  InventoryListInput: InventoryListInput;
  ListMatching: ListMatching;
  ListRequest: ListRequestModel;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReasonCount: ReasonCount;
  ReleaseDecision: ReleaseDecision;
  RuleReason: RuleReason;
  SummaryDeclaration: SummaryDeclarationModel;
  SummaryDeclarationInput: SummaryDeclarationInput;
  SummaryDeclarationResult: Omit<SummaryDeclarationResult, 'summary'> & { summary: ResolversParentTypes['SummaryDeclaration'] };
  USCC: Scalars['USCC']['output'];
  ZoneStatistics: StatisticsKey;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
}>;

export type MaxLengthDirectiveArgs = {
  n: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = CustomsContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MultilineDirectiveArgs = { };

export type MultilineDirectiveResolver<Result, Parent, ContextType = CustomsContext, Args = MultilineDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AttestationResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Attestation'] = ResolversParentTypes['Attestation']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AttestationRecordResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['AttestationRecord'] = ResolversParentTypes['AttestationRecord']> = ResolversObject<{
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

export type CurrencyTotalResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['CurrencyTotal'] = ResolversParentTypes['CurrencyTotal']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EnterpriseResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customsCreditClass?: Resolver<ResolversTypes['CustomsCreditClass'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ExportReturnResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ExportReturn'] = ResolversParentTypes['ExportReturn']> = ResolversObject<{
  lastReturnDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  list?: Resolver<ResolversTypes['InventoryList'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RuleReason']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  returnedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  taxFree?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ExportReturnResultResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ExportReturnResult'] = ResolversParentTypes['ExportReturnResult']> = ResolversObject<{
  exportReturn?: Resolver<ResolversTypes['ExportReturn'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface HsCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['HsCode'], any> {
  name: 'HsCode';
}

export interface IdNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IdNumber'], any> {
  name: 'IdNumber';
}

export type InventoryItemResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['InventoryItem'] = ResolversParentTypes['InventoryItem']> = ResolversObject<{
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

export type InventoryListResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['InventoryList'] = ResolversParentTypes['InventoryList'], FederationReferenceType extends FederationReferenceTypes['InventoryList'] = FederationReferenceTypes['InventoryList']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InventoryList']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  attestations?: Resolver<Array<ResolversTypes['Attestation']>, ParentType, ContextType>;
  copNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  customsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declaredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exportReturn?: Resolver<Maybe<ResolversTypes['ExportReturn']>, ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuredFee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  invtNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['InventoryItem']>, ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matching?: Resolver<ResolversTypes['ListMatching'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseDecision?: Resolver<Maybe<ResolversTypes['ReleaseDecision']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requests?: Resolver<Array<ResolversTypes['ListRequest']>, ParentType, ContextType>;
  retailTaxTreatment?: Resolver<Maybe<ResolversTypes['RetailTaxTreatment']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statisticsFlag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReceiptStatus'], ParentType, ContextType>;
  statusCode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['SummaryDeclaration']>, ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tradeMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type InventoryListConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['InventoryListConnection'] = ResolversParentTypes['InventoryListConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InventoryListEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsEstimate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type InventoryListDeclarationResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['InventoryListDeclaration'] = ResolversParentTypes['InventoryListDeclaration']> = ResolversObject<{
  list?: Resolver<ResolversTypes['InventoryList'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InventoryListEdgeResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['InventoryListEdge'] = ResolversParentTypes['InventoryListEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InventoryList'], ParentType, ContextType>;
}>;

export type ListMatchingResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ListMatching'] = ResolversParentTypes['ListMatching']> = ResolversObject<{
  matched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RuleReason']>, ParentType, ContextType>;
}>;

export type ListRequestResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ListRequest'] = ResolversParentTypes['ListRequest']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['ListRequestKind'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['InventoryList'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['RuleReason']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ListRequestState'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  clearInventoryList?: Resolver<ResolversTypes['InventoryList'], ParentType, ContextType, RequireFields<MutationClearInventoryListArgs, 'invtNo'>>;
  declareInventoryList?: Resolver<ResolversTypes['InventoryListDeclaration'], ParentType, ContextType, RequireFields<MutationDeclareInventoryListArgs, 'input'>>;
  declareSummary?: Resolver<ResolversTypes['SummaryDeclarationResult'], ParentType, ContextType, RequireFields<MutationDeclareSummaryArgs, 'input'>>;
  recordInspectionResult?: Resolver<ResolversTypes['InventoryList'], ParentType, ContextType, RequireFields<MutationRecordInspectionResultArgs, 'findings' | 'invtNo' | 'passed'>>;
  recordReviewOutcome?: Resolver<ResolversTypes['InventoryList'], ParentType, ContextType, RequireFields<MutationRecordReviewOutcomeArgs, 'invtNo' | 'outcome' | 'reason'>>;
  requestExportReturn?: Resolver<ResolversTypes['ExportReturnResult'], ParentType, ContextType, RequireFields<MutationRequestExportReturnArgs, 'input'>>;
  requestListCancellation?: Resolver<ResolversTypes['ListRequest'], ParentType, ContextType, RequireFields<MutationRequestListCancellationArgs, 'invtNo' | 'reason'>>;
  requestListReturn?: Resolver<ResolversTypes['ListRequest'], ParentType, ContextType, RequireFields<MutationRequestListReturnArgs, 'invtNo' | 'reason'>>;
  setCustomsCreditClass?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationSetCustomsCreditClassArgs, 'creditClass' | 'reason' | 'uscc'>>;
}>;

export type OrderResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inventoryList?: Resolver<Maybe<ResolversTypes['InventoryList']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  attestationRecords?: Resolver<Array<ResolversTypes['AttestationRecord']>, ParentType, ContextType, RequireFields<QueryAttestationRecordsArgs, 'serials'>>;
  attestationRevocationList?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inventoryList?: Resolver<Maybe<ResolversTypes['InventoryList']>, ParentType, ContextType, RequireFields<QueryInventoryListArgs, 'invtNo'>>;
  inventoryLists?: Resolver<ResolversTypes['InventoryListConnection'], ParentType, ContextType, RequireFields<QueryInventoryListsArgs, 'first' | 'orderBy'>>;
  summaryDeclaration?: Resolver<Maybe<ResolversTypes['SummaryDeclaration']>, ParentType, ContextType, RequireFields<QuerySummaryDeclarationArgs, 'sumNo'>>;
}>;

export type ReasonCountResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ReasonCount'] = ResolversParentTypes['ReasonCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReleaseDecisionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ReleaseDecision'] = ResolversParentTypes['ReleaseDecision']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['ReleaseDecisionKind'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RuleReason']>, ParentType, ContextType>;
}>;

export type RuleReasonResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['RuleReason'] = ResolversParentTypes['RuleReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SummaryDeclarationResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['SummaryDeclaration'] = ResolversParentTypes['SummaryDeclaration'], FederationReferenceType extends FederationReferenceTypes['SummaryDeclaration'] = FederationReferenceTypes['SummaryDeclaration']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SummaryDeclaration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declaredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lists?: Resolver<Array<ResolversTypes['InventoryList']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sumNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['CurrencyTotal']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type SummaryDeclarationResultResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['SummaryDeclarationResult'] = ResolversParentTypes['SummaryDeclarationResult']> = ResolversObject<{
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['SummaryDeclaration'], ParentType, ContextType>;
}>;

export interface UsccScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['USCC'], any> {
  name: 'USCC';
}

export type ZoneStatisticsResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ZoneStatistics'] = ResolversParentTypes['ZoneStatistics'], FederationReferenceType extends FederationReferenceTypes['ZoneStatistics'] = FederationReferenceTypes['ZoneStatistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneStatistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['Direction']>, ParentType, ContextType>;
  exportReturns?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Granularity'], ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listsDeclared?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  listsRejected?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  listsReleased?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  matchingFailures?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  medianHoursToRelease?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionsByReason?: Resolver<Maybe<Array<ResolversTypes['ReasonCount']>>, ParentType, ContextType>;
  tradeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CustomsContext> = ResolversObject<{
  Attestation?: AttestationResolvers<ContextType>;
  AttestationRecord?: AttestationRecordResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  CurrencyTotal?: CurrencyTotalResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  ExportReturn?: ExportReturnResolvers<ContextType>;
  ExportReturnResult?: ExportReturnResultResolvers<ContextType>;
  HsCode?: GraphQLScalarType;
  IdNumber?: GraphQLScalarType;
  InventoryItem?: InventoryItemResolvers<ContextType>;
  InventoryList?: InventoryListResolvers<ContextType>;
  InventoryListConnection?: InventoryListConnectionResolvers<ContextType>;
  InventoryListDeclaration?: InventoryListDeclarationResolvers<ContextType>;
  InventoryListEdge?: InventoryListEdgeResolvers<ContextType>;
  ListMatching?: ListMatchingResolvers<ContextType>;
  ListRequest?: ListRequestResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReasonCount?: ReasonCountResolvers<ContextType>;
  ReleaseDecision?: ReleaseDecisionResolvers<ContextType>;
  RuleReason?: RuleReasonResolvers<ContextType>;
  SummaryDeclaration?: SummaryDeclarationResolvers<ContextType>;
  SummaryDeclarationResult?: SummaryDeclarationResultResolvers<ContextType>;
  USCC?: GraphQLScalarType;
  ZoneStatistics?: ZoneStatisticsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CustomsContext> = ResolversObject<{
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
  multiline?: MultilineDirectiveResolver<any, any, ContextType>;
}>;
