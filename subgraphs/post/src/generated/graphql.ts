import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StatisticsKey, OrderRef } from '@zone/common';
import type { Waybill as WaybillModel, TrackingEvent as TrackingEventModel } from './prisma/client';
import type { WaybillPage, WaybillSearchEdge } from '../reads/waybill-search';
import type { PostContext } from '../context';
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

export type Direction =
  | 'EXPORT'
  | 'IMPORT';

/** Period length of a statistics view. */
export type Granularity =
  | 'DAY'
  | 'MONTH';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Appends tracking events to the current waybill under logisticsCode + logisticsNo; the status
   * follows from the timeline. Events must carry known codes and extend the timeline in order
   * (seq above the last recorded, time not before it, nothing after DELIVERED or RETURNED).
   * Re-sending a recorded seq with the same content is harmless; with other content it is refused
   * (BAD_USER_INPUT naming events[i].seq): a recorded event never changes.
   */
  addTrackingEvents: Waybill;
  /**
   * Records the waybill (511 import / 505 export) of one order's parcel under its business key
   * logisticsCode + logisticsNo. The first submission is CREATED (revision 1); the same content
   * again is UNCHANGED and writes nothing; other content for the same order is CHANGED and becomes
   * the next revision, the previous ones kept. A waybill number is unique per carrier for six
   * months: another order may not use it before then (BAD_USER_INPUT on input.logisticsNo), and
   * after that it may be issued again without touching the earlier waybill. One order has one
   * waybill, whose number cannot change. Every wrong field is named in one BAD_USER_INPUT error.
   */
  submitWaybill: WaybillSubmission;
};


export type MutationAddTrackingEventsArgs = {
  events: Array<TrackingEventInput>;
  logisticsCode: Scalars['String']['input'];
  logisticsNo: Scalars['String']['input'];
};


export type MutationSubmitWaybillArgs = {
  input: WaybillInput;
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
  /** The waybill of this order; null while none is issued. */
  waybill?: Maybe<Waybill>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Post (邮政) holds the waybills logistics enterprises issue for cross-border parcels and the
 * tracking timeline of each parcel.
 */
export type Query = {
  __typename?: 'Query';
  /** The gateway's question to an issuer: its records of these attestation serials (at most 100). Not part of the API. */
  attestationRecords: Array<AttestationRecord>;
  /** This department's revocation list, signed now with its current attestation key; null without one. Not part of the API. */
  attestationRevocationList?: Maybe<Scalars['String']['output']>;
  /**
   * One waybill by logistics enterprise code and waybill number; null when unknown. A number issued
   * again after six months answers with its latest waybill; an earlier one stays reachable through
   * its order.
   */
  waybill?: Maybe<Waybill>;
  /**
   * Regulators' search of waybills (post's own records): the filter's fields combine with AND, each
   * list with OR. Keyset pages in orderBy order (ties by record), exact while waybills are written;
   * totalCount exact up to 10,000, beyond that PostgreSQL's estimate with totalCountIsEstimate. A
   * zone-bound caller searches its zone: naming another in filter.zones is FORBIDDEN. Not for banks.
   * first: default 100, at most 1,000. The order of each waybill, and through it the payment, list
   * and tax bill, come from their departments through the federation.
   */
  waybills: WaybillConnection;
};


/**
 * Post (邮政) holds the waybills logistics enterprises issue for cross-border parcels and the
 * tracking timeline of each parcel.
 */
export type QueryAttestationRecordsArgs = {
  serials: Array<Scalars['ID']['input']>;
};


/**
 * Post (邮政) holds the waybills logistics enterprises issue for cross-border parcels and the
 * tracking timeline of each parcel.
 */
export type QueryWaybillArgs = {
  logisticsCode: Scalars['String']['input'];
  logisticsNo: Scalars['String']['input'];
};


/**
 * Post (邮政) holds the waybills logistics enterprises issue for cross-border parcels and the
 * tracking timeline of each parcel.
 */
export type QueryWaybillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WaybillFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WaybillOrder>;
};

/** One step of a parcel's tracking timeline. */
export type TrackingEvent = {
  __typename?: 'TrackingEvent';
  /** Event code, e.g. ACCEPTED, DEPARTED, ARRIVED, CLEARED, OUT_FOR_DELIVERY, DELIVERED. */
  code: Scalars['String']['output'];
  /** What happened, as the carrier describes it. */
  description: Scalars['String']['output'];
  /** Where it happened. */
  location: Scalars['String']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Position in the timeline, from 1. */
  seq: Scalars['Int']['output'];
};

/** One step of a parcel's journey as the carrier reports it. */
export type TrackingEventInput = {
  /** Event code: ACCEPTED, PICKED_UP, DEPARTED, ARRIVED, CLEARED, CUSTOMS_CLEARED, OUT_FOR_DELIVERY, DELIVERED or RETURNED. */
  code: Scalars['String']['input'];
  /** What happened, 1 to 500 characters. */
  description: Scalars['String']['input'];
  /** Where it happened, 1 to 200 characters. */
  location: Scalars['String']['input'];
  /** When it happened; not before the previous event. */
  occurredAt: Scalars['DateTime']['input'];
  /** Position in the timeline: above every seq recorded before. */
  seq: Scalars['Int']['input'];
};

/** The waybill (运单) of one order's parcel. */
export type Waybill = {
  __typename?: 'Waybill';
  /** Post's signed attestation of the delivery (监管互认), made when the DELIVERED event was recorded; null before. */
  attestation?: Maybe<Attestation>;
  /** Consignee name, masked. */
  consignee: Scalars['String']['output'];
  /** Consignee phone number, masked; null when none was given. */
  consigneePhone?: Maybe<Scalars['String']['output']>;
  /** When the parcel was delivered: its DELIVERED event; null before. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** IMPORT (511) or EXPORT (505) as the carrier declared it; null when it did not say. */
  direction?: Maybe<Direction>;
  /** Platform (电商平台) code of the order shipped. */
  ebpCode: Scalars['String']['output'];
  /** Tracking timeline, by sequence number then time. */
  events: Array<TrackingEvent>;
  /** Freight charged, exact. */
  freight: Scalars['Decimal']['output'];
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** Insurance fee, exact. */
  insuredFee: Scalars['Decimal']['output'];
  /** When post recorded the waybill. */
  issuedAt: Scalars['DateTime']['output'];
  /** Logistics enterprise (物流企业) code. */
  logisticsCode: Scalars['String']['output'];
  /** Waybill number, unique per logistics enterprise for six months; the latest waybill under a number answers for it. */
  logisticsNo: Scalars['String']['output'];
  /** The order shipped, from commerce (with its payment, inventory list and tax bill from their departments). */
  order: Order;
  /** Number of the order shipped, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** Number of packages. */
  packNo: Scalars['Int']['output'];
  /** When the parcel was shipped: its first tracking event; null before any. */
  shippedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Current status, from the last known tracking event. */
  status: WaybillStatus;
  /** Gross weight in kilograms. */
  weight: Scalars['Decimal']['output'];
  /** Zone of the order shipped. */
  zone: Zone;
};

/** A page of a waybill search. */
export type WaybillConnection = {
  __typename?: 'WaybillConnection';
  edges: Array<WaybillEdge>;
  pageInfo: PageInfo;
  /** Waybills the filter finds: exact up to 10,000, an estimate beyond (totalCountIsEstimate). */
  totalCount: Scalars['Int']['output'];
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

export type WaybillEdge = {
  __typename?: 'WaybillEdge';
  /** Opaque and signed; valid for the caller, filter and order it was given for only. */
  cursor: Scalars['String']['output'];
  node: Waybill;
};

/** Which waybills a search finds. Lists name at most 50 values; a time range is at most 366 days (its end defaults to now). */
export type WaybillFilter = {
  /** true: delivered; false: not (yet) delivered, returned parcels included. */
  delivered?: InputMaybe<Scalars['Boolean']['input']>;
  /** Delivered (the DELIVERED event) at or after. */
  deliveredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Delivered before; needs deliveredFrom. */
  deliveredTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** IMPORT (511) or EXPORT (505); waybills that did not say are found only without this field. */
  direction?: InputMaybe<Direction>;
  /** Platforms (电商平台) of the orders shipped. */
  ebpCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** Issued (recorded by post) at or after. */
  issuedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Issued before; needs issuedFrom. */
  issuedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Logistics enterprises (物流企业). */
  logisticsCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /**
   * Not delivered within this many days of shipping (1 to 366): delivered later than that, or still
   * not delivered that long after shipping. With 10: "not delivered ten days after shipping".
   */
  notDeliveredWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** Shipped (the first tracking event) at or after. */
  shippedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Shipped before; needs shippedFrom. */
  shippedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Current status, any of. */
  statuses?: InputMaybe<Array<WaybillStatus>>;
  zones?: InputMaybe<Array<Zone>>;
};

/** A waybill message (511 import / 505 export) as the logistics enterprise declares it. */
export type WaybillInput = {
  /** Consignee name, 1 to 100 characters. */
  consignee: Scalars['String']['input'];
  /** Delivery address, 1 to 500 characters. */
  consigneeAddress: Scalars['String']['input'];
  /** Consignee phone number: digits, optionally a leading + and spaces or hyphens. */
  consigneePhone?: InputMaybe<Scalars['String']['input']>;
  /** IMPORT for a 511 waybill, EXPORT for a 505; a waybill without one is not found by a search on direction. */
  direction?: InputMaybe<Direction>;
  /** Platform (电商平台) code of the order shipped. */
  ebpCode: Scalars['USCC']['input'];
  /** Freight charged, not negative, at most 2 decimals. */
  freight: Scalars['Decimal']['input'];
  /** Insurance fee, not negative, at most 2 decimals. */
  insuredFee: Scalars['Decimal']['input'];
  /** Logistics enterprise (物流企业) code. */
  logisticsCode: Scalars['USCC']['input'];
  /** Waybill number, 1 to 60 characters, unique per logistics enterprise for six months. */
  logisticsNo: Scalars['String']['input'];
  /** Number of the order shipped, 1 to 60 characters. */
  orderNo: Scalars['String']['input'];
  /** Number of packages, from 1. */
  packNo: Scalars['Int']['input'];
  /** Gross weight in kilograms, above 0, at most 3 decimals (grams). */
  weight: Scalars['Decimal']['input'];
  /** Zone of the order shipped. */
  zone: Zone;
};

/** Order of a waybill search. */
export type WaybillOrder =
  | 'ISSUED_AT_ASC'
  | 'ISSUED_AT_DESC';

/** Where a parcel stands, derived from the last known event of its tracking timeline. */
export type WaybillStatus =
  /** Arrived at the destination port or hub. */
  | 'ARRIVED'
  /** Waybill issued, no tracking event yet. */
  | 'CREATED'
  /** Released by customs. */
  | 'CUSTOMS_CLEARED'
  /** Delivered to the consignee. */
  | 'DELIVERED'
  /** Departed on its way. */
  | 'IN_TRANSIT'
  /** Out for delivery to the consignee. */
  | 'OUT_FOR_DELIVERY'
  /** Accepted or picked up by the carrier. */
  | 'PICKED_UP'
  /** Returned to the sender. */
  | 'RETURNED';

/** What submitWaybill did. */
export type WaybillSubmission = {
  __typename?: 'WaybillSubmission';
  /** Whether the waybill was created, left as it was or changed. */
  outcome: WriteOutcome;
  /** The waybill's revision after the submission. */
  revision: Scalars['Int']['output'];
  /** The waybill as recorded. */
  waybill: Waybill;
};

/** How a submission by business key was applied: CREATED (appType 1), UNCHANGED (same content, nothing written), CHANGED (appType 2, previous content kept as a revision). */
export type WriteOutcome =
  | 'CHANGED'
  | 'CREATED'
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

/** Statistics of one zone in one period (see Query.statistics): the figures post contributes. */
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
  /** Median hours from the first tracking event to delivery, exact at whole-hour resolution (each duration counted in whole hours, floor). */
  medianHoursToDeliver?: Maybe<Scalars['Float']['output']>;
  /** Parcels delivered in the period (by the DELIVERED tracking event). */
  parcelsDelivered?: Maybe<Scalars['Int']['output']>;
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
  Order: Order;
  Waybill: Waybill;
  ZoneStatistics: ZoneStatistics;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Order:
    ( { __typename: 'Order' }
    & ( GraphQLRecursivePick<FederationTypes['Order'], {"ebpCode":true,"orderNo":true}>
        | GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> ) );
  Waybill:
    ( { __typename: 'Waybill' }
    & ( GraphQLRecursivePick<FederationTypes['Waybill'], {"logisticsCode":true,"logisticsNo":true}>
        | GraphQLRecursivePick<FederationTypes['Waybill'], {"id":true}> ) );
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
  Granularity: Granularity;
  HsCode: ResolverTypeWrapper<Scalars['HsCode']['output']>;
  IdNumber: ResolverTypeWrapper<Scalars['IdNumber']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TrackingEvent: ResolverTypeWrapper<TrackingEventModel>;
  TrackingEventInput: TrackingEventInput;
  USCC: ResolverTypeWrapper<Scalars['USCC']['output']>;
  Waybill: ResolverTypeWrapper<WaybillModel>;
  WaybillConnection: ResolverTypeWrapper<WaybillPage>;
  WaybillEdge: ResolverTypeWrapper<WaybillSearchEdge>;
  WaybillFilter: WaybillFilter;
  WaybillInput: WaybillInput;
  WaybillOrder: WaybillOrder;
  WaybillStatus: WaybillStatus;
  WaybillSubmission: ResolverTypeWrapper<Omit<WaybillSubmission, 'waybill'> & { waybill: ResolversTypes['Waybill'] }>;
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
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  HsCode: Scalars['HsCode']['output'];
  IdNumber: Scalars['IdNumber']['output'];
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  TrackingEvent: TrackingEventModel;
  TrackingEventInput: TrackingEventInput;
  USCC: Scalars['USCC']['output'];
  Waybill: WaybillModel;
  WaybillConnection: WaybillPage;
  WaybillEdge: WaybillSearchEdge;
  WaybillFilter: WaybillFilter;
  WaybillInput: WaybillInput;
  WaybillSubmission: Omit<WaybillSubmission, 'waybill'> & { waybill: ResolversParentTypes['Waybill'] };
  ZoneStatistics: StatisticsKey;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
}>;

export type MaxLengthDirectiveArgs = {
  n: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = PostContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MultilineDirectiveArgs = { };

export type MultilineDirectiveResolver<Result, Parent, ContextType = PostContext, Args = MultilineDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AttestationResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['Attestation'] = ResolversParentTypes['Attestation']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AttestationRecordResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['AttestationRecord'] = ResolversParentTypes['AttestationRecord']> = ResolversObject<{
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

export interface HsCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['HsCode'], any> {
  name: 'HsCode';
}

export interface IdNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IdNumber'], any> {
  name: 'IdNumber';
}

export type MutationResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addTrackingEvents?: Resolver<ResolversTypes['Waybill'], ParentType, ContextType, RequireFields<MutationAddTrackingEventsArgs, 'events' | 'logisticsCode' | 'logisticsNo'>>;
  submitWaybill?: Resolver<ResolversTypes['WaybillSubmission'], ParentType, ContextType, RequireFields<MutationSubmitWaybillArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waybill?: Resolver<Maybe<ResolversTypes['Waybill']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  attestationRecords?: Resolver<Array<ResolversTypes['AttestationRecord']>, ParentType, ContextType, RequireFields<QueryAttestationRecordsArgs, 'serials'>>;
  attestationRevocationList?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waybill?: Resolver<Maybe<ResolversTypes['Waybill']>, ParentType, ContextType, RequireFields<QueryWaybillArgs, 'logisticsCode' | 'logisticsNo'>>;
  waybills?: Resolver<ResolversTypes['WaybillConnection'], ParentType, ContextType, RequireFields<QueryWaybillsArgs, 'first' | 'orderBy'>>;
}>;

export type TrackingEventResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['TrackingEvent'] = ResolversParentTypes['TrackingEvent']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface UsccScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['USCC'], any> {
  name: 'USCC';
}

export type WaybillResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['Waybill'] = ResolversParentTypes['Waybill'], FederationReferenceType extends FederationReferenceTypes['Waybill'] = FederationReferenceTypes['Waybill']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Waybill']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  consignee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consigneePhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['Direction']>, ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuredFee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WaybillStatus'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type WaybillConnectionResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['WaybillConnection'] = ResolversParentTypes['WaybillConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WaybillEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsEstimate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type WaybillEdgeResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['WaybillEdge'] = ResolversParentTypes['WaybillEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Waybill'], ParentType, ContextType>;
}>;

export type WaybillSubmissionResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['WaybillSubmission'] = ResolversParentTypes['WaybillSubmission']> = ResolversObject<{
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waybill?: Resolver<ResolversTypes['Waybill'], ParentType, ContextType>;
}>;

export type ZoneStatisticsResolvers<ContextType = PostContext, ParentType extends ResolversParentTypes['ZoneStatistics'] = ResolversParentTypes['ZoneStatistics'], FederationReferenceType extends FederationReferenceTypes['ZoneStatistics'] = FederationReferenceTypes['ZoneStatistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneStatistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['Direction']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Granularity'], ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  medianHoursToDeliver?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parcelsDelivered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tradeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PostContext> = ResolversObject<{
  Attestation?: AttestationResolvers<ContextType>;
  AttestationRecord?: AttestationRecordResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  HsCode?: GraphQLScalarType;
  IdNumber?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TrackingEvent?: TrackingEventResolvers<ContextType>;
  USCC?: GraphQLScalarType;
  Waybill?: WaybillResolvers<ContextType>;
  WaybillConnection?: WaybillConnectionResolvers<ContextType>;
  WaybillEdge?: WaybillEdgeResolvers<ContextType>;
  WaybillSubmission?: WaybillSubmissionResolvers<ContextType>;
  ZoneStatistics?: ZoneStatisticsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = PostContext> = ResolversObject<{
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
  multiline?: MultilineDirectiveResolver<any, any, ContextType>;
}>;
