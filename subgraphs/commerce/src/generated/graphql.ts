import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Enterprise as EnterpriseModel, Order as OrderModel, OrderItem as OrderItemModel, Order as BuyerModel, NegativeListEntry as NegativeListEntryModel } from './prisma/client';
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
 * A decision signed by the department that made it (SM2-SM3, format zone-attestation+v1): anyone
 * holding the key directory (GET /keys/departments.json) verifies the token offline. Signed once,
 * when the decision was made.
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

export type Direction =
  | 'EXPORT'
  | 'IMPORT';

export type Enterprise = {
  __typename?: 'Enterprise';
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Commerce signs, now (监管互认), that the enterprise is registered in its zone
   * (ENTERPRISE_REGISTERED_IN_ZONE, a year; signed once per registration) and, unless a listing is in
   * force, that it is not on the negative list as of now (NOT_ON_NEGATIVE_LIST, relied on for 30 days;
   * a later listing revokes it with the listing's reason). Returns the enterprise: its
   * registrationAttestation and standingAttestation. Commerce officers of the enterprise's zone and
   * the commerce system only. NOT_FOUND for an unregistered enterprise.
   */
  attestEnterprise: Enterprise;
  /**
   * Lifts the listing in force, with the reason; the entry stays on record as history. Commerce
   * officers of the enterprise's zone and the commerce system only. NOT_FOUND when none is in force.
   */
  liftFromNegativeList: NegativeListEntry;
  /**
   * Places an enterprise on the credit system's negative list (联合惩戒), with the reason and legal
   * basis; every department then applies its joint measures (no automatic release at customs, FX
   * settlement refused, deemed taxation revoked). Commerce officers of the enterprise's zone and the
   * commerce system only. Listing an enterprise already listed is a CONFLICT.
   */
  placeOnNegativeList: NegativeListEntry;
  /**
   * Records an order (311 import / 303 export) under its business key ebpCode + orderNo, for the
   * zone of its platform. The first submission is CREATED (revision 1); the same content again is
   * UNCHANGED and writes nothing; other content is CHANGED: the order takes the new content and the
   * submission is kept as the next revision. Every wrong field is named in one BAD_USER_INPUT error.
   * The buyer's ID number is kept only as a keyed hash and a masked form.
   */
  submitOrder: OrderSubmission;
};


export type MutationAttestEnterpriseArgs = {
  uscc: Scalars['ID']['input'];
};


export type MutationLiftFromNegativeListArgs = {
  reason: Scalars['String']['input'];
  uscc: Scalars['ID']['input'];
};


export type MutationPlaceOnNegativeListArgs = {
  legalBasis: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  uscc: Scalars['ID']['input'];
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
  /** The gateway's question to an issuer: its records of these attestation serials (at most 100). Not part of the API. */
  attestationRecords: Array<AttestationRecord>;
  /** This department's revocation list, signed now with its current attestation key; null without one. Not part of the API. */
  attestationRevocationList?: Maybe<Scalars['String']['output']>;
  /** One enterprise by unified social credit code; null when no such enterprise is registered. */
  enterprise?: Maybe<Enterprise>;
  /** Enterprises, optionally of one zone, in USCC order (Relay connection; first defaults to 20, at most 100). */
  enterprises: EnterpriseConnection;
  /** One order by platform code and order number; null when unknown. */
  order?: Maybe<Order>;
  /** The eight pilot zones. */
  zones: Array<ZoneInfo>;
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
export type QueryOrderArgs = {
  ebpCode: Scalars['String']['input'];
  orderNo: Scalars['String']['input'];
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

export type ZoneInfo = {
  __typename?: 'ZoneInfo';
  /** City name, e.g. 韶关. */
  city: Scalars['String']['output'];
  code: Zone;
  /** Administrative division code, e.g. 440200. */
  divisionCode: Scalars['String']['output'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Enterprise:
    ( { __typename: 'Enterprise' }
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"uscc":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"ebpCode":true,"orderNo":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Attestation: ResolverTypeWrapper<Attestation>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AttestationRecord: ResolverTypeWrapper<AttestationRecord>;
  Buyer: ResolverTypeWrapper<BuyerModel>;
  BuyerInput: BuyerInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Direction: Direction;
  Enterprise: ResolverTypeWrapper<EnterpriseModel>;
  EnterpriseConnection: ResolverTypeWrapper<Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversTypes['EnterpriseEdge']> }>;
  EnterpriseEdge: ResolverTypeWrapper<Omit<EnterpriseEdge, 'node'> & { node: ResolversTypes['Enterprise'] }>;
  EnterpriseRole: EnterpriseRole;
  HsCode: ResolverTypeWrapper<Scalars['HsCode']['output']>;
  IdNumber: ResolverTypeWrapper<Scalars['IdNumber']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NegativeListEntry: ResolverTypeWrapper<NegativeListEntryModel>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderInput: OrderInput;
  OrderItem: ResolverTypeWrapper<OrderItemModel>;
  OrderItemInput: OrderItemInput;
  OrderSubmission: ResolverTypeWrapper<Omit<OrderSubmission, 'order'> & { order: ResolversTypes['Order'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  USCC: ResolverTypeWrapper<Scalars['USCC']['output']>;
  WriteOutcome: WriteOutcome;
  Zone: Zone;
  ZoneInfo: ResolverTypeWrapper<ZoneInfo>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Attestation: Attestation;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AttestationRecord: AttestationRecord;
  Buyer: BuyerModel;
  BuyerInput: BuyerInput;
  Currency: Scalars['Currency']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Enterprise: EnterpriseModel;
  EnterpriseConnection: Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversParentTypes['EnterpriseEdge']> };
  EnterpriseEdge: Omit<EnterpriseEdge, 'node'> & { node: ResolversParentTypes['Enterprise'] };
  HsCode: Scalars['HsCode']['output'];
  IdNumber: Scalars['IdNumber']['output'];
  Mutation: Record<PropertyKey, never>;
  NegativeListEntry: NegativeListEntryModel;
  Order: OrderModel;
  OrderInput: OrderInput;
  OrderItem: OrderItemModel;
  OrderItemInput: OrderItemInput;
  OrderSubmission: Omit<OrderSubmission, 'order'> & { order: ResolversParentTypes['Order'] };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  USCC: Scalars['USCC']['output'];
  ZoneInfo: ZoneInfo;
  Int: Scalars['Int']['output'];
}>;

export type MaxLengthDirectiveArgs = {
  n: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = CommerceContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MultilineDirectiveArgs = { };

export type MultilineDirectiveResolver<Result, Parent, ContextType = CommerceContext, Args = MultilineDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

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

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EnterpriseResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
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

export type MutationResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  attestEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationAttestEnterpriseArgs, 'uscc'>>;
  liftFromNegativeList?: Resolver<ResolversTypes['NegativeListEntry'], ParentType, ContextType, RequireFields<MutationLiftFromNegativeListArgs, 'reason' | 'uscc'>>;
  placeOnNegativeList?: Resolver<ResolversTypes['NegativeListEntry'], ParentType, ContextType, RequireFields<MutationPlaceOnNegativeListArgs, 'legalBasis' | 'reason' | 'uscc'>>;
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
  items?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payTransactionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tradeMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
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
  attestationRecords?: Resolver<Array<ResolversTypes['AttestationRecord']>, ParentType, ContextType, RequireFields<QueryAttestationRecordsArgs, 'serials'>>;
  attestationRevocationList?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<QueryEnterpriseArgs, 'uscc'>>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, Partial<QueryEnterprisesArgs>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'ebpCode' | 'orderNo'>>;
  zones?: Resolver<Array<ResolversTypes['ZoneInfo']>, ParentType, ContextType>;
}>;

export interface UsccScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['USCC'], any> {
  name: 'USCC';
}

export type ZoneInfoResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['ZoneInfo'] = ResolversParentTypes['ZoneInfo']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CommerceContext> = ResolversObject<{
  Attestation?: AttestationResolvers<ContextType>;
  AttestationRecord?: AttestationRecordResolvers<ContextType>;
  Buyer?: BuyerResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  HsCode?: GraphQLScalarType;
  IdNumber?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NegativeListEntry?: NegativeListEntryResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderItem?: OrderItemResolvers<ContextType>;
  OrderSubmission?: OrderSubmissionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  USCC?: GraphQLScalarType;
  ZoneInfo?: ZoneInfoResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CommerceContext> = ResolversObject<{
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
  multiline?: MultilineDirectiveResolver<any, any, ContextType>;
}>;
