import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { InventoryList as InventoryListModel, InventoryItem as InventoryItemModel } from './prisma/client';
import type { OrderRef } from '@zone/common';
import type { CustomsContext } from '../context';
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

export type Direction =
  | 'EXPORT'
  | 'IMPORT';

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

/** An inventory list (申报清单): the customs declaration of one order's goods (import 9610/1210, export 9610/9710/9810). */
export type InventoryList = {
  __typename?: 'InventoryList';
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
  /** List number assigned by customs: customs code (4) + year (4) + I/E (1) + serial (9). */
  invtNo: Scalars['String']['output'];
  /** Goods of the list in declaration order (gnum). */
  items: Array<InventoryItem>;
  /** Logistics company code. */
  logisticsCode: Scalars['String']['output'];
  /** Waybill number of the logistics company. */
  logisticsNo: Scalars['String']['output'];
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** Pre-entry number (预录入编号) assigned by the single window. */
  preNo: Scalars['String']['output'];
  /** Export lists only: A for simplified, B for summary declaration (统计方式); null for imports. */
  statisticsFlag?: Maybe<Scalars['String']['output']>;
  /** Receipt status derived from statusCode. */
  status: ReceiptStatus;
  /** Receipt code as sent by customs. */
  statusCode: Scalars['Int']['output'];
  /** Total price of the goods declared. */
  totalPrice: Scalars['Decimal']['output'];
  /** Trade mode (监管方式): 9610, 1210, 9710 or 9810. */
  tradeMode: Scalars['String']['output'];
  /** Pilot zone the list was declared in. */
  zone: Zone;
};

/** An order of commerce; customs adds the inventory list declared for it. */
export type Order = {
  __typename?: 'Order';
  /** Platform (电商平台) code. */
  ebpCode: Scalars['String']['output'];
  /** The inventory list of this order; null while none is declared or when it lies outside the caller's zone. */
  inventoryList?: Maybe<InventoryList>;
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
};

/**
 * Customs (海关) clears cross-border e-commerce goods: the inventory lists (申报清单) declared for
 * orders, their goods and the status customs has given them.
 */
export type Query = {
  __typename?: 'Query';
  /** One inventory list by list number (清单编号, 18 characters); null when unknown or outside the caller's zone. */
  inventoryList?: Maybe<InventoryList>;
};


/**
 * Customs (海关) clears cross-border e-commerce goods: the inventory lists (申报清单) declared for
 * orders, their goods and the status customs has given them.
 */
export type QueryInventoryListArgs = {
  invtNo: Scalars['String']['input'];
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
  InventoryList: InventoryList;
  Order: Order;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  InventoryList:
    ( { __typename: 'InventoryList' }
    & GraphQLRecursivePick<FederationTypes['InventoryList'], {"invtNo":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"ebpCode":true,"orderNo":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Direction: Direction;
  HsCode: ResolverTypeWrapper<Scalars['HsCode']['output']>;
  IdNumber: ResolverTypeWrapper<Scalars['IdNumber']['output']>;
  InventoryItem: ResolverTypeWrapper<InventoryItemModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InventoryList: ResolverTypeWrapper<InventoryListModel>;
  Order: ResolverTypeWrapper<OrderRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiptStatus: ReceiptStatus;
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
  InventoryItem: InventoryItemModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  InventoryList: InventoryListModel;
  Order: OrderRef;
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
  copNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  customsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declaredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invtNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['InventoryItem']>, ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statisticsFlag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReceiptStatus'], ParentType, ContextType>;
  statusCode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tradeMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inventoryList?: Resolver<Maybe<ResolversTypes['InventoryList']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  inventoryList?: Resolver<Maybe<ResolversTypes['InventoryList']>, ParentType, ContextType, RequireFields<QueryInventoryListArgs, 'invtNo'>>;
}>;

export interface UsccScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['USCC'], any> {
  name: 'USCC';
}

export type Resolvers<ContextType = CustomsContext> = ResolversObject<{
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  HsCode?: GraphQLScalarType;
  IdNumber?: GraphQLScalarType;
  InventoryItem?: InventoryItemResolvers<ContextType>;
  InventoryList?: InventoryListResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  USCC?: GraphQLScalarType;
}>;

