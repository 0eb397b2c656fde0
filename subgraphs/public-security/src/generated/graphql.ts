import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StatisticsKey, OrderRef } from '@zone/common';
import type { IdentityCheck as IdentityCheckModel, WatchCase as WatchCaseModel } from './prisma/client';
import type { WatchFlag as WatchFlagModel } from '../rules/watch-cases';
import type { IdentityCheckPage, IdentityCheckSearchEdge } from '../reads/identity-check-search';
import type { PublicSecurityContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type Direction =
  | 'EXPORT'
  | 'IMPORT';

/** An enterprise registered by commerce; public security adds its watch flag. */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  uscc: Scalars['ID']['output'];
  /**
   * The watch flag in force on the enterprise (category, since, case reference), or null. Officers
   * and systems of every department, and regulators; a zone-bound caller sees flags of its zone only.
   */
  watchFlag?: Maybe<WatchFlag>;
};

/** Period length of a statistics view. */
export type Granularity =
  | 'DAY'
  | 'MONTH';

/** One identity check. Carries the verdict only, never the identity checked. */
export type IdentityCheck = {
  __typename?: 'IdentityCheck';
  /**
   * The signed attestation (监管互认) of a MATCH made for an order: public security vouches that
   * the order's buyer is who the order says. Null for other checks. Revoked once a later check of
   * the same order supersedes it.
   */
  attestation?: Maybe<Attestation>;
  /** When the check was made. */
  checkedAt: Scalars['DateTime']['output'];
  /**
   * Keyed hash of the ID number checked (HMAC-SM3, hex), which customs compares with the order's
   * buyer's: a check counts for an order only when it is of that order's buyer. Only department
   * systems, holding the scope identity:match, may read it.
   */
  idHash?: Maybe<Scalars['String']['output']>;
  /** The order the check was made for, from commerce (its buyer masked as everywhere); null for a check made for no order. */
  order?: Maybe<Order>;
  /** Serial number of the check. */
  serialNo: Scalars['ID']['output'];
  /** What the check found. */
  verdict: IdentityVerdict;
  /** Zone the check was made for (its order's); null for a check recorded without one. */
  zone?: Maybe<Zone>;
};

/** A page of an identity check search. */
export type IdentityCheckConnection = {
  __typename?: 'IdentityCheckConnection';
  edges: Array<IdentityCheckEdge>;
  pageInfo: PageInfo;
  /** Checks the filter finds: exact up to 10,000, an estimate beyond (totalCountIsEstimate). */
  totalCount: Scalars['Int']['output'];
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

export type IdentityCheckEdge = {
  __typename?: 'IdentityCheckEdge';
  /** Opaque and signed; valid for the caller, filter and order it was given for only. */
  cursor: Scalars['String']['output'];
  node: IdentityCheck;
};

/** Which identity checks a search finds. Lists name at most 50 values; a time range is at most 366 days (its end defaults to now). */
export type IdentityCheckFilter = {
  /** Checked at or after. */
  checkedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Checked before; needs checkedFrom. */
  checkedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Platforms (电商平台) of the orders the checks were made for. */
  ebpCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** What the check found, any of. */
  verdicts?: InputMaybe<Array<IdentityVerdict>>;
  zones?: InputMaybe<Array<Zone>>;
};

/** Order of an identity check search. */
export type IdentityCheckOrder =
  | 'CHECKED_AT_ASC'
  | 'CHECKED_AT_DESC';

/** Outcome of checking a name and ID number against the resident registry. */
export type IdentityVerdict =
  /** The ID number is registered under the name given. */
  | 'MATCH'
  /** The ID number is registered under another name. */
  | 'MISMATCH'
  /** The ID number is not registered. */
  | 'NO_RECORD'
  /**
   * A joint measure (PUBLIC_SECURITY_REVERIFICATION) stands on the person, the order or its seller:
   * the registry's verdict is withheld until public security's own officer re-verifies the person.
   */
  | 'REVERIFICATION_REQUIRED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Closes an open case with the reason, which lifts its watch flag. NOT_FOUND when no such case; a closed case is answered as it is. */
  closeWatchCase: WatchCase;
  /**
   * Opens a case of suspected non-genuine trade or money laundering (非真实贸易洗钱) on an enterprise
   * (uscc) or a person (idNumber, kept only as its keyed hash, and the person's zone), which raises a
   * watch flag on the subject: other departments see the flag (category, since, case reference),
   * never the case file. Public security's officers (of the subject's zone when zone-bound) and
   * system only; an enterprise's zone is commerce's. A case already open on the subject in the same
   * category is answered as it is, and nothing is written.
   */
  openWatchCase: WatchCase;
  /**
   * Checks a name and resident ID number against the resident registry and records the check:
   * the answer is the verdict, a serial number and the time, never anything about the person.
   * The ID number (GB 11643-1999, check digit verified) is kept only as a keyed hash and never
   * appears in an answer, an error or a log. Give ebpCode and orderNo together to record the check
   * for that order (it then stands as the order's buyerIdentityCheck): the order must be known to
   * commerce, its zone is the check's, a zone-bound caller checks only for orders of its zone, and
   * the ID number must be the order's buyer's (a MATCH also needs the buyer's name). Without an
   * order, zone makes the check visible to that zone's callers; a zone-bound caller's checks are
   * recorded in its own zone. The zone
   * platform, public security and other departments' systems may verify.
   */
  verifyIdentity: IdentityCheck;
};


export type MutationCloseWatchCaseArgs = {
  caseNo: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationOpenWatchCaseArgs = {
  category: WatchCategory;
  idNumber?: InputMaybe<Scalars['IdNumber']['input']>;
  legalBasis: Scalars['String']['input'];
  subjectKind: WatchSubjectKind;
  summary: Scalars['String']['input'];
  uscc?: InputMaybe<Scalars['ID']['input']>;
  zone?: InputMaybe<Zone>;
};


export type MutationVerifyIdentityArgs = {
  ebpCode?: InputMaybe<Scalars['String']['input']>;
  idNumber: Scalars['IdNumber']['input'];
  name: Scalars['String']['input'];
  orderNo?: InputMaybe<Scalars['String']['input']>;
  zone?: InputMaybe<Zone>;
};

/** An order as declared in the customs message standard (311 import / 303 export). */
export type Order = {
  __typename?: 'Order';
  /** The latest identity check of the buyer made for this order; null when none was made. */
  buyerIdentityCheck?: Maybe<IdentityCheck>;
  /** Platform (电商平台) code. */
  ebpCode: Scalars['String']['output'];
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
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
 * Public security (公安) verifies the identity of cross-border buyers against the resident registry.
 * It answers with verdicts only: never a person's ID number, name or any other personal data.
 */
export type Query = {
  __typename?: 'Query';
  /** The gateway's question to an issuer: its records of these attestation serials (at most 100). Not part of the API. */
  attestationRecords: Array<AttestationRecord>;
  /** This department's revocation list, signed now with its current attestation key; null without one. Not part of the API. */
  attestationRevocationList?: Maybe<Scalars['String']['output']>;
  /** One identity check by serial number; null when unknown. */
  identityCheck?: Maybe<IdentityCheck>;
  /**
   * Regulators' search of identity checks (public security's own records): verdicts, times, zones
   * and the orders they were made for, never the identity checked. The filter's fields combine with
   * AND, each list with OR. Keyset pages in orderBy order (ties by record), exact while checks are
   * made; totalCount exact up to 10,000, beyond that PostgreSQL's estimate with
   * totalCountIsEstimate. A zone-bound caller searches its zone (checks recorded without a zone are
   * province-wide callers' only): naming another in filter.zones is FORBIDDEN. Not for banks.
   * first: default 100, at most 1,000. The order of each check comes from commerce through the
   * federation, its buyer masked as everywhere.
   */
  identityChecks: IdentityCheckConnection;
  /**
   * The watch flag in force on a person, by keyed ID hash (as Buyer.idHash): department systems
   * holding identity:match only; null when none is in force.
   */
  personWatchFlag?: Maybe<WatchFlag>;
  /** A watch case with its file: public security's officers and system only (of the case's zone when zone-bound); null when unknown. */
  watchCase?: Maybe<WatchCase>;
};


/**
 * Public security (公安) verifies the identity of cross-border buyers against the resident registry.
 * It answers with verdicts only: never a person's ID number, name or any other personal data.
 */
export type QueryAttestationRecordsArgs = {
  serials: Array<Scalars['ID']['input']>;
};


/**
 * Public security (公安) verifies the identity of cross-border buyers against the resident registry.
 * It answers with verdicts only: never a person's ID number, name or any other personal data.
 */
export type QueryIdentityCheckArgs = {
  serialNo: Scalars['ID']['input'];
};


/**
 * Public security (公安) verifies the identity of cross-border buyers against the resident registry.
 * It answers with verdicts only: never a person's ID number, name or any other personal data.
 */
export type QueryIdentityChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IdentityCheckFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IdentityCheckOrder>;
};


/**
 * Public security (公安) verifies the identity of cross-border buyers against the resident registry.
 * It answers with verdicts only: never a person's ID number, name or any other personal data.
 */
export type QueryPersonWatchFlagArgs = {
  idHash: Scalars['String']['input'];
};


/**
 * Public security (公安) verifies the identity of cross-border buyers against the resident registry.
 * It answers with verdicts only: never a person's ID number, name or any other personal data.
 */
export type QueryWatchCaseArgs = {
  caseNo: Scalars['ID']['input'];
};

/** A watch case as public security holds it, with its file. */
export type WatchCase = {
  __typename?: 'WatchCase';
  caseNo: Scalars['ID']['output'];
  category: WatchCategory;
  closeReason?: Maybe<Scalars['String']['output']>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The flag the case raises while open; null once closed. */
  flag?: Maybe<WatchFlag>;
  legalBasis: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  subjectKind: WatchSubjectKind;
  summary: Scalars['String']['output'];
  /** The enterprise's USCC; null for a person (held only as a keyed hash). */
  uscc?: Maybe<Scalars['ID']['output']>;
  zone: Zone;
};

/** The suspicion a watch flag stands for. */
export type WatchCategory =
  /** Suspected money laundering through non-genuine trade (非真实贸易洗钱). */
  | 'NON_GENUINE_TRADE_MONEY_LAUNDERING';

/** A watch flag in force: the flag only, never the case file. */
export type WatchFlag = {
  __typename?: 'WatchFlag';
  /** Public security's case number. */
  caseReference: Scalars['String']['output'];
  category: WatchCategory;
  /** When the case that raised it was opened. */
  since: Scalars['DateTime']['output'];
};

/** What a watch case is about. */
export type WatchSubjectKind =
  /** An enterprise, by USCC. */
  | 'ENTERPRISE'
  /** A person, by keyed ID hash only. */
  | 'PERSON';

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

/** Statistics of one zone in one period (see Query.statistics): the figures public-security contributes. */
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
  /** Identity checks made in the period. */
  identityChecks?: Maybe<Scalars['Int']['output']>;
  /** Of those, checks whose verdict was MISMATCH. */
  identityMismatches?: Maybe<Scalars['Int']['output']>;
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
  Attestation: ResolverTypeWrapper<Attestation>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AttestationRecord: ResolverTypeWrapper<AttestationRecord>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Direction: Direction;
  Enterprise: ResolverTypeWrapper<{ uscc: string }>;
  Granularity: Granularity;
  HsCode: ResolverTypeWrapper<Scalars['HsCode']['output']>;
  IdNumber: ResolverTypeWrapper<Scalars['IdNumber']['output']>;
  IdentityCheck: ResolverTypeWrapper<IdentityCheckModel>;
  IdentityCheckConnection: ResolverTypeWrapper<IdentityCheckPage>;
  IdentityCheckEdge: ResolverTypeWrapper<IdentityCheckSearchEdge>;
  IdentityCheckFilter: IdentityCheckFilter;
  IdentityCheckOrder: IdentityCheckOrder;
  IdentityVerdict: IdentityVerdict;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  USCC: ResolverTypeWrapper<Scalars['USCC']['output']>;
  WatchCase: ResolverTypeWrapper<WatchCaseModel>;
  WatchCategory: WatchCategory;
  WatchFlag: ResolverTypeWrapper<WatchFlagModel>;
  WatchSubjectKind: WatchSubjectKind;
  Zone: Zone;
  ZoneStatistics: ResolverTypeWrapper<StatisticsKey>;
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
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Enterprise: { uscc: string };
  HsCode: Scalars['HsCode']['output'];
  IdNumber: Scalars['IdNumber']['output'];
  IdentityCheck: IdentityCheckModel;
  IdentityCheckConnection: IdentityCheckPage;
  IdentityCheckEdge: IdentityCheckSearchEdge;
  IdentityCheckFilter: IdentityCheckFilter;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  USCC: Scalars['USCC']['output'];
  WatchCase: WatchCaseModel;
  WatchFlag: WatchFlagModel;
  ZoneStatistics: StatisticsKey;
  Int: Scalars['Int']['output'];
}>;

export type MaxLengthDirectiveArgs = {
  n: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = PublicSecurityContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MultilineDirectiveArgs = { };

export type MultilineDirectiveResolver<Result, Parent, ContextType = PublicSecurityContext, Args = MultilineDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AttestationResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['Attestation'] = ResolversParentTypes['Attestation']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AttestationRecordResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['AttestationRecord'] = ResolversParentTypes['AttestationRecord']> = ResolversObject<{
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

export type EnterpriseResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  watchFlag?: Resolver<Maybe<ResolversTypes['WatchFlag']>, ParentType, ContextType>;
}>;

export interface HsCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['HsCode'], any> {
  name: 'HsCode';
}

export interface IdNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IdNumber'], any> {
  name: 'IdNumber';
}

export type IdentityCheckResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['IdentityCheck'] = ResolversParentTypes['IdentityCheck']> = ResolversObject<{
  attestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  idHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  serialNo?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['IdentityVerdict'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
}>;

export type IdentityCheckConnectionResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['IdentityCheckConnection'] = ResolversParentTypes['IdentityCheckConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IdentityCheckEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsEstimate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type IdentityCheckEdgeResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['IdentityCheckEdge'] = ResolversParentTypes['IdentityCheckEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IdentityCheck'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  closeWatchCase?: Resolver<ResolversTypes['WatchCase'], ParentType, ContextType, RequireFields<MutationCloseWatchCaseArgs, 'caseNo' | 'reason'>>;
  openWatchCase?: Resolver<ResolversTypes['WatchCase'], ParentType, ContextType, RequireFields<MutationOpenWatchCaseArgs, 'category' | 'legalBasis' | 'subjectKind' | 'summary'>>;
  verifyIdentity?: Resolver<ResolversTypes['IdentityCheck'], ParentType, ContextType, RequireFields<MutationVerifyIdentityArgs, 'idNumber' | 'name'>>;
}>;

export type OrderResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  buyerIdentityCheck?: Resolver<Maybe<ResolversTypes['IdentityCheck']>, ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  attestationRecords?: Resolver<Array<ResolversTypes['AttestationRecord']>, ParentType, ContextType, RequireFields<QueryAttestationRecordsArgs, 'serials'>>;
  attestationRevocationList?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identityCheck?: Resolver<Maybe<ResolversTypes['IdentityCheck']>, ParentType, ContextType, RequireFields<QueryIdentityCheckArgs, 'serialNo'>>;
  identityChecks?: Resolver<ResolversTypes['IdentityCheckConnection'], ParentType, ContextType, RequireFields<QueryIdentityChecksArgs, 'first' | 'orderBy'>>;
  personWatchFlag?: Resolver<Maybe<ResolversTypes['WatchFlag']>, ParentType, ContextType, RequireFields<QueryPersonWatchFlagArgs, 'idHash'>>;
  watchCase?: Resolver<Maybe<ResolversTypes['WatchCase']>, ParentType, ContextType, RequireFields<QueryWatchCaseArgs, 'caseNo'>>;
}>;

export interface UsccScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['USCC'], any> {
  name: 'USCC';
}

export type WatchCaseResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['WatchCase'] = ResolversParentTypes['WatchCase']> = ResolversObject<{
  caseNo?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['WatchCategory'], ParentType, ContextType>;
  closeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  flag?: Resolver<Maybe<ResolversTypes['WatchFlag']>, ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['WatchSubjectKind'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type WatchFlagResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['WatchFlag'] = ResolversParentTypes['WatchFlag']> = ResolversObject<{
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['WatchCategory'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ZoneStatisticsResolvers<ContextType = PublicSecurityContext, ParentType extends ResolversParentTypes['ZoneStatistics'] = ResolversParentTypes['ZoneStatistics'], FederationReferenceType extends FederationReferenceTypes['ZoneStatistics'] = FederationReferenceTypes['ZoneStatistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneStatistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['Direction']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Granularity'], ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identityChecks?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  identityMismatches?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tradeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PublicSecurityContext> = ResolversObject<{
  Attestation?: AttestationResolvers<ContextType>;
  AttestationRecord?: AttestationRecordResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  HsCode?: GraphQLScalarType;
  IdNumber?: GraphQLScalarType;
  IdentityCheck?: IdentityCheckResolvers<ContextType>;
  IdentityCheckConnection?: IdentityCheckConnectionResolvers<ContextType>;
  IdentityCheckEdge?: IdentityCheckEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  USCC?: GraphQLScalarType;
  WatchCase?: WatchCaseResolvers<ContextType>;
  WatchFlag?: WatchFlagResolvers<ContextType>;
  ZoneStatistics?: ZoneStatisticsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = PublicSecurityContext> = ResolversObject<{
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
  multiline?: MultilineDirectiveResolver<any, any, ContextType>;
}>;
