import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TaxBill as TaxBillModel } from './prisma/client';
import type { OrderRef } from '@zone/common';
import type { TaxContext } from '../context';
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

/** An order of commerce; tax adds the tax bill issued for it. */
export type Order = {
  __typename?: 'Order';
  /** Platform (电商平台) code. */
  ebpCode: Scalars['String']['output'];
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** The tax bill of this order; null for exports, before a bill is issued or when it lies outside the caller's zone. */
  taxBill?: Maybe<TaxBill>;
};

/**
 * Tax (税务) levies the import taxes of cross-border retail imports: one tax bill (电子税款单) per
 * import order, within the retail limits at 70% of the statutory VAT and consumption tax and no tariff.
 */
export type Query = {
  __typename?: 'Query';
  /** One tax bill by tax bill number (1 to 30 characters); null when unknown or outside the caller's zone. */
  taxBill?: Maybe<TaxBill>;
};


/**
 * Tax (税务) levies the import taxes of cross-border retail imports: one tax bill (电子税款单) per
 * import order, within the retail limits at 70% of the statutory VAT and consumption tax and no tariff.
 */
export type QueryTaxBillArgs = {
  taxNo: Scalars['String']['input'];
};

/** The tax bill (电子税款单) of one retail import order. Amounts are exact, rounded to the fen per tax. */
export type TaxBill = {
  __typename?: 'TaxBill';
  /** Import consumption tax (消费税); zero for goods not subject to it. */
  consumptionTax: Scalars['Decimal']['output'];
  /** Consumption tax rate as applied (ad valorem), after the same reduction; 0.00 when none applies. */
  consumptionTaxRate: Scalars['Decimal']['output'];
  /** Currency of the amounts (taxes are levied in CNY). */
  currency: Scalars['Currency']['output'];
  /** Tariff (关税); zero within the retail limits. */
  customsTax: Scalars['Decimal']['output'];
  /** Platform (电商平台) code of the order. */
  ebpCode: Scalars['String']['output'];
  /** Number of the inventory list (清单编号) the taxes were assessed on. */
  invtNo: Scalars['String']['output'];
  /** When the bill was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** Tax bill number. */
  taxNo: Scalars['String']['output'];
  /** customsTax + valueAddedTax + consumptionTax. */
  totalTax: Scalars['Decimal']['output'];
  /** Import value-added tax (增值税). */
  valueAddedTax: Scalars['Decimal']['output'];
  /** VAT rate as applied, e.g. 0.091 for 13% at 70% within the retail limits. */
  vatRate: Scalars['Decimal']['output'];
  /** Pilot zone the order was imported through. */
  zone: Zone;
};

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
  TaxBill: TaxBill;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"ebpCode":true,"orderNo":true}> );
  TaxBill:
    ( { __typename: 'TaxBill' }
    & GraphQLRecursivePick<FederationTypes['TaxBill'], {"taxNo":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  HsCode: ResolverTypeWrapper<Scalars['HsCode']['output']>;
  IdNumber: ResolverTypeWrapper<Scalars['IdNumber']['output']>;
  Order: ResolverTypeWrapper<OrderRef>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TaxBill: ResolverTypeWrapper<TaxBillModel>;
  USCC: ResolverTypeWrapper<Scalars['USCC']['output']>;
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
  Order: OrderRef;
  String: Scalars['String']['output'];
  Query: Record<PropertyKey, never>;
  TaxBill: TaxBillModel;
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

export type OrderResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxBill?: Resolver<Maybe<ResolversTypes['TaxBill']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  taxBill?: Resolver<Maybe<ResolversTypes['TaxBill']>, ParentType, ContextType, RequireFields<QueryTaxBillArgs, 'taxNo'>>;
}>;

export type TaxBillResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['TaxBill'] = ResolversParentTypes['TaxBill'], FederationReferenceType extends FederationReferenceTypes['TaxBill'] = FederationReferenceTypes['TaxBill']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TaxBill']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consumptionTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  consumptionTaxRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  customsTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invtNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  valueAddedTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export interface UsccScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['USCC'], any> {
  name: 'USCC';
}

export type Resolvers<ContextType = TaxContext> = ResolversObject<{
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  HsCode?: GraphQLScalarType;
  IdNumber?: GraphQLScalarType;
  Order?: OrderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TaxBill?: TaxBillResolvers<ContextType>;
  USCC?: GraphQLScalarType;
}>;

