import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Payment as PaymentModel, Payment as PayerModel } from './prisma/client';
import type { OrderRef } from '@zone/common';
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

export type Direction =
  | 'EXPORT'
  | 'IMPORT';

export type Mutation = {
  __typename?: 'Mutation';
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
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** The payment of this order; null while none is recorded. */
  payment?: Maybe<Payment>;
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
  /** Platform (电商平台) code of the order paid. */
  ebpCode: Scalars['String']['output'];
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
  /** Zone of the order paid. */
  zone: Zone;
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
 * the 403 payment received for an export order, as reported by payment enterprises.
 */
export type Query = {
  __typename?: 'Query';
  /** One payment by payment enterprise code and transaction id; null when unknown. */
  payment?: Maybe<Payment>;
};


/**
 * Forex (外汇) records the payments of cross-border orders: the 411 payment of an import order and
 * the 403 payment received for an export order, as reported by payment enterprises.
 */
export type QueryPaymentArgs = {
  payCode: Scalars['String']['input'];
  payTransactionId: Scalars['String']['input'];
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
  Payment: Payment;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"ebpCode":true,"orderNo":true}> );
  Payment:
    ( { __typename: 'Payment' }
    & GraphQLRecursivePick<FederationTypes['Payment'], {"payCode":true,"payTransactionId":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Direction: Direction;
  HsCode: ResolverTypeWrapper<Scalars['HsCode']['output']>;
  IdNumber: ResolverTypeWrapper<Scalars['IdNumber']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Payer: ResolverTypeWrapper<PayerModel>;
  PayerInput: PayerInput;
  Payment: ResolverTypeWrapper<PaymentModel>;
  PaymentInput: PaymentInput;
  PaymentSubmission: ResolverTypeWrapper<Omit<PaymentSubmission, 'payment'> & { payment: ResolversTypes['Payment'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  USCC: ResolverTypeWrapper<Scalars['USCC']['output']>;
  WriteOutcome: WriteOutcome;
  Zone: Zone;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Currency: Scalars['Currency']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  HsCode: Scalars['HsCode']['output'];
  IdNumber: Scalars['IdNumber']['output'];
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  String: Scalars['String']['output'];
  Payer: PayerModel;
  PayerInput: PayerInput;
  Payment: PaymentModel;
  PaymentInput: PaymentInput;
  PaymentSubmission: Omit<PaymentSubmission, 'payment'> & { payment: ResolversParentTypes['Payment'] };
  Int: Scalars['Int']['output'];
  Query: Record<PropertyKey, never>;
  USCC: Scalars['USCC']['output'];
  Boolean: Scalars['Boolean']['output'];
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

export type MutationResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  submitPayment?: Resolver<ResolversTypes['PaymentSubmission'], ParentType, ContextType, RequireFields<MutationSubmitPaymentArgs, 'input'>>;
  submitPaymentReceived?: Resolver<ResolversTypes['PaymentSubmission'], ParentType, ContextType, RequireFields<MutationSubmitPaymentReceivedArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
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
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payTransactionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['Payer'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type PaymentSubmissionResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['PaymentSubmission'] = ResolversParentTypes['PaymentSubmission']> = ResolversObject<{
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ForexContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'payCode' | 'payTransactionId'>>;
}>;

export interface UsccScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['USCC'], any> {
  name: 'USCC';
}

export type Resolvers<ContextType = ForexContext> = ResolversObject<{
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  HsCode?: GraphQLScalarType;
  IdNumber?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  Payer?: PayerResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentSubmission?: PaymentSubmissionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  USCC?: GraphQLScalarType;
}>;

