import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StatisticsKey, OrderRef } from '@zone/common';
import type { TaxBill as TaxBillModel, TaxBillLine as TaxBillLineModel, InvoiceFreeExemption as InvoiceFreeExemptionModel, DeemedIncomeTaxAssessment as DeemedIncomeTaxAssessmentModel } from './prisma/client';
import type { InventoryListRef, EnterpriseRef } from '../loaders';
import type { TaxBillPage, TaxBillSearchEdge } from '../reads/tax-bill-search';
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

/** A 核定征收 assessment (国家税务总局公告2019年第36号) of one enterprise and tax year, as of one revision. */
export type DeemedIncomeTaxAssessment = {
  __typename?: 'DeemedIncomeTaxAssessment';
  assessedAt: Scalars['DateTime']['output'];
  assessedBy: Scalars['String']['output'];
  /**
   * Tax's signed attestation that deemed taxation is in force (DEEMED_TAXATION_IN_FORCE, a year),
   * relying on commerce's registration attestation of the enterprise when there is one; revoked when
   * a later revision supersedes this one (a revocation of deemed levy among them). Null when REVOKED.
   */
  attestation?: Maybe<Attestation>;
  /** The three conditions; empty when revoked. */
  conditions: Array<SmallLowProfitCondition>;
  /** 应税所得率: 0.04. */
  deemedProfitRate: Scalars['Decimal']['output'];
  employees: Scalars['Float']['output'];
  /** Effective rate on taxable income: 0.05 with the preference, 0.25 without; null when revoked. */
  rateApplied?: Maybe<Scalars['Decimal']['output']>;
  revenue: Scalars['Decimal']['output'];
  revision: Scalars['Int']['output'];
  /** Legal basis of the revocation; null when assessed. */
  revocationLegalBasis?: Maybe<Scalars['String']['output']>;
  /** Why deemed levy was revoked (the negative listing's reason); null when assessed. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** Whether the small low-profit preference applies; null when revoked. */
  smallLowProfit?: Maybe<Scalars['Boolean']['output']>;
  status: DeemedLevyStatus;
  /** Corporate income tax due, CNY; null when revoked. */
  taxDue?: Maybe<Scalars['Decimal']['output']>;
  /** 4% of revenue, rounded to the fen; null when revoked. */
  taxableIncome?: Maybe<Scalars['Decimal']['output']>;
  totalAssets: Scalars['Decimal']['output'];
  uscc: Scalars['String']['output'];
  year: Scalars['Int']['output'];
  zone: Zone;
};

/** Figures of one enterprise's tax year for 核定征收. */
export type DeemedIncomeTaxInput = {
  /** Employees (从业人数), annual average, may be fractional; not negative. */
  employees: Scalars['Float']['input'];
  /** Revenue of the year (收入总额), CNY, not negative, at most 2 decimals. */
  revenue: Scalars['Decimal']['input'];
  /** Optional cross-check: when given, must equal 4% of revenue rounded to the fen. */
  taxableIncome?: InputMaybe<Scalars['Decimal']['input']>;
  /** Total assets (资产总额), annual average, CNY, not negative, at most 2 decimals. */
  totalAssets: Scalars['Decimal']['input'];
  /** Enterprise registered with commerce. */
  uscc: Scalars['USCC']['input'];
  /** Tax year, 2023 to 2027: the small low-profit rates encoded are those of 财政部 税务总局公告2023年第12号. */
  year: Scalars['Int']['input'];
};

export type DeemedLevyStatus =
  /** Deemed levy applies: tax assessed on 4% of revenue. */
  | 'ASSESSED'
  /** Deemed levy revoked (the enterprise is on the negative list): no deemed tax computed. */
  | 'REVOKED';

export type Direction =
  | 'EXPORT'
  | 'IMPORT';

/** An enterprise registered with commerce; tax adds its exemptions and deemed income tax. */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** The latest 核定征收 assessment of the tax year; null when none, or outside the caller's zone. */
  deemedIncomeTax?: Maybe<DeemedIncomeTaxAssessment>;
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** The latest 无票免税 decision of each of its export lists, newest first. first defaults to 20, at most 100. */
  invoiceFreeExemptions: Array<InvoiceFreeExemption>;
  uscc: Scalars['ID']['output'];
};


/** An enterprise registered with commerce; tax adds its exemptions and deemed income tax. */
export type EnterpriseDeemedIncomeTaxArgs = {
  year: Scalars['Int']['input'];
};


/** An enterprise registered with commerce; tax adds its exemptions and deemed income tax. */
export type EnterpriseInvoiceFreeExemptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Period length of a statistics view. */
export type Granularity =
  | 'DAY'
  | 'MONTH';

/** An inventory list of customs; tax adds its tax bill and its 无票免税 decision. */
export type InventoryList = {
  __typename?: 'InventoryList';
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** The latest 无票免税 decision on an export list; null before one is made or outside the caller's zone. */
  invoiceFreeExemption?: Maybe<InvoiceFreeExemption>;
  invtNo: Scalars['String']['output'];
  /** The tax bill of an import list; null before one is issued or outside the caller's zone. */
  taxBill?: Maybe<TaxBill>;
};

/**
 * A 无票免税 decision (财税〔2018〕103号) on the goods of one export list, as of one revision. The
 * goods are VAT and consumption-tax exempt without purchase invoices only where their line is exempt.
 */
export type InvoiceFreeExemption = {
  __typename?: 'InvoiceFreeExemption';
  assessedAt: Scalars['DateTime']['output'];
  /** Organisation that had the decision made. */
  assessedBy: Scalars['String']['output'];
  /**
   * Tax's signed attestation that the exemption is granted (INVOICE_FREE_EXEMPTION_GRANTED, a year),
   * relying on customs' release attestation of the list, which tax verified; revoked when a later
   * revision supersedes this one. Null when the exemption was refused.
   */
  attestation?: Maybe<Attestation>;
  /** Customs office that took the declaration. */
  customsCode: Scalars['String']['output'];
  /** E-commerce enterprise (电商企业) the exemption is for. */
  ebcCode: Scalars['String']['output'];
  ebpCode: Scalars['String']['output'];
  /** True when every goods line is exempt. */
  exempt: Scalars['Boolean']['output'];
  invtNo: Scalars['String']['output'];
  lines: Array<InvoiceFreeExemptionLine>;
  /** Customs receipt code of the list when assessed (800 released, 899 cleared): the evidence relied on. */
  listStatusCode: Scalars['Int']['output'];
  orderNo: Scalars['String']['output'];
  /** Reasons of the lines refused, each once; empty when exempt. */
  reasons: Array<TaxReason>;
  /** 1 for the first decision on the list, one more for each different decision after it. */
  revision: Scalars['Int']['output'];
  zone: Zone;
};

/** The decision on one goods line of an export list. */
export type InvoiceFreeExemptionLine = {
  __typename?: 'InvoiceFreeExemptionLine';
  exempt: Scalars['Boolean']['output'];
  gnum: Scalars['Int']['output'];
  hsCode: Scalars['HsCode']['output'];
  /** Every condition of the notice that fails for the line; empty when exempt. */
  reasons: Array<TaxReason>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Assesses 核定征收 corporate income tax (国家税务总局公告2019年第36号) of an enterprise for a tax year:
   * taxable income = 4% of revenue, taxed at 5% (25% of it at 20%) when the small low-profit
   * conditions hold (taxable income <= CNY 3,000,000, employees <= 300, total assets <= CNY 50,000,000),
   * else at 25%. An enterprise on the credit system's negative list has deemed levy revoked: the
   * assessment is recorded as REVOKED with the listing's reason and no tax computed. Idempotent per
   * enterprise and year, with revisions as for exemptions. Tax officers of the enterprise's zone and the
   * tax system only; NOT_FOUND when commerce has no such enterprise; CONFLICT (reason NOT_ELIGIBLE)
   * when it is not registered as an e-commerce enterprise.
   */
  assessDeemedIncomeTax: DeemedIncomeTaxAssessment;
  /**
   * Decides 无票免税 (财税〔2018〕103号) for the goods of an export list: VAT and consumption-tax
   * exemption without purchase invoices when the enterprise (ebcCode) is registered in the list's zone
   * as an e-commerce enterprise and recorded the export on the platform (its order), customs released
   * the list through the zone's customs (800 released or 899 cleared, with customs' release attestation
   * verified: the evidence relied on, else RELEASE_NOT_ATTESTED), and the
   * goods are not of a kind whose export refund was cancelled. Each goods line is decided on its own.
   * Idempotent per list: the same decision again returns the recorded one; a different one (e.g. after
   * customs released the list) is recorded as the next revision. Tax officers of the list's zone and
   * the tax system only. NOT_FOUND for an unknown list; CONFLICT (reason NOT_AN_EXPORT) for an import list.
   */
  assessInvoiceFreeExemption: InvoiceFreeExemption;
  /**
   * Issues the tax bill (816) of an import inventory list, reading the list from customs through the
   * federated API: each goods line is taxed on its dutiable value (goods + its share of freight and
   * insurance) at the statutory rates of its HS code, at 70% and without tariff for PREFERENTIAL lists,
   * in full for FULL_TAX ones. Idempotent: one bill per list, a second call returns it unchanged.
   * Callers: the customs and tax systems, and tax officers of the list's zone.
   * NOT_FOUND for an unknown list; CONFLICT with extensions.reason NOT_AN_IMPORT (export lists bear
   * no import tax), NO_RETAIL_TAX_TREATMENT (customs gave the list no treatment: it failed matching or
   * is not yet decided), LIST_REJECTED (customs rejected or cancelled the list: nothing enters, nothing
   * is due), TARIFF_RATE_NOT_CONFIGURED (a FULL_TAX line whose goods have no tariff rate;
   * extensions.hsCodes names them), CURRENCY_NOT_SUPPORTED (a list not priced in CNY) or
   * LIST_NOT_TAXABLE (figures on the list that cannot be taxed).
   */
  issueTaxBill: TaxBill;
  /**
   * Brings the tax bill of an import list in line with the list as customs now reports it, read
   * through the federated API: a list rejected (at review, inspection or matching declared again)
   * or cancelled (623) cancels its bill, a list returned (625) refunds it, each with the reason;
   * a bill whose list stands stays ACTIVE. Customs asks for it whenever a list's status changes.
   * Idempotent: the same state again changes nothing. Callers as for issueTaxBill. NOT_FOUND when
   * no bill was issued for the list.
   */
  reconcileTaxBill: TaxBill;
};


export type MutationAssessDeemedIncomeTaxArgs = {
  input: DeemedIncomeTaxInput;
};


export type MutationAssessInvoiceFreeExemptionArgs = {
  invtNo: Scalars['String']['input'];
};


export type MutationIssueTaxBillArgs = {
  invtNo: Scalars['String']['input'];
};


export type MutationReconcileTaxBillArgs = {
  invtNo: Scalars['String']['input'];
};

/** An order of commerce; tax adds the tax bill issued for it. */
export type Order = {
  __typename?: 'Order';
  /** Platform (电商平台) code. */
  ebpCode: Scalars['String']['output'];
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** The tax bill of this order; null for exports, before a bill is issued or when it lies outside the caller's zone. */
  taxBill?: Maybe<TaxBill>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Tax (税务) levies the import taxes of cross-border retail imports: one tax bill (电子税款单, 816) per
 * import list, within the retail limits at 70% of the statutory VAT and consumption tax and no tariff;
 * decides the VAT and consumption-tax exemption of exports without purchase invoices (无票免税); and
 * assesses the deemed corporate income tax of zone retail exporters (核定征收).
 */
export type Query = {
  __typename?: 'Query';
  /** The gateway's question to an issuer: its records of these attestation serials (at most 100). Not part of the API. */
  attestationRecords: Array<AttestationRecord>;
  /** This department's revocation list, signed now with its current attestation key; null without one. Not part of the API. */
  attestationRevocationList?: Maybe<Scalars['String']['output']>;
  /** One tax bill by tax bill number (1 to 30 characters); null when unknown or outside the caller's zone. */
  taxBill?: Maybe<TaxBill>;
  /**
   * Regulators' search of tax bills (tax's own records): the filter's fields combine with AND, each
   * list with OR. Keyset pages in orderBy order (ties by record), exact while bills are issued;
   * totalCount exact up to 10,000, beyond that PostgreSQL's estimate with totalCountIsEstimate. A
   * zone-bound caller searches its zone: naming another in filter.zones is FORBIDDEN. Not for banks.
   * first: default 100, at most 1,000. The order and inventory list of each bill, and through them
   * the payment and waybill, come from their departments through the federation.
   */
  taxBills: TaxBillConnection;
};


/**
 * Tax (税务) levies the import taxes of cross-border retail imports: one tax bill (电子税款单, 816) per
 * import list, within the retail limits at 70% of the statutory VAT and consumption tax and no tariff;
 * decides the VAT and consumption-tax exemption of exports without purchase invoices (无票免税); and
 * assesses the deemed corporate income tax of zone retail exporters (核定征收).
 */
export type QueryAttestationRecordsArgs = {
  serials: Array<Scalars['ID']['input']>;
};


/**
 * Tax (税务) levies the import taxes of cross-border retail imports: one tax bill (电子税款单, 816) per
 * import list, within the retail limits at 70% of the statutory VAT and consumption tax and no tariff;
 * decides the VAT and consumption-tax exemption of exports without purchase invoices (无票免税); and
 * assesses the deemed corporate income tax of zone retail exporters (核定征收).
 */
export type QueryTaxBillArgs = {
  taxNo: Scalars['String']['input'];
};


/**
 * Tax (税务) levies the import taxes of cross-border retail imports: one tax bill (电子税款单, 816) per
 * import list, within the retail limits at 70% of the statutory VAT and consumption tax and no tariff;
 * decides the VAT and consumption-tax exemption of exports without purchase invoices (无票免税); and
 * assesses the deemed corporate income tax of zone retail exporters (核定征收).
 */
export type QueryTaxBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaxBillFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaxBillOrder>;
};

/** Treatment of a retail import list under 财关税〔2018〕49号. */
export type RetailTaxTreatment =
  /** A single indivisible item above CNY 5,000 within the annual limit: tariff, VAT and consumption tax in full. */
  | 'FULL_TAX'
  /** Within the CNY 5,000 per order and 26,000 per year limits: tariff 0, VAT and consumption tax at 70%. */
  | 'PREFERENTIAL';

/** One small low-profit condition as judged. */
export type SmallLowProfitCondition = {
  __typename?: 'SmallLowProfitCondition';
  condition: SmallLowProfitConditionKind;
  /** The inclusive limit. */
  limit: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
  /** The enterprise's figure. */
  value: Scalars['String']['output'];
};

export type SmallLowProfitConditionKind =
  /** Employees <= 300. */
  | 'EMPLOYEES'
  /** Taxable income <= CNY 3,000,000. */
  | 'TAXABLE_INCOME'
  /** Total assets <= CNY 50,000,000. */
  | 'TOTAL_ASSETS';

/** The tax bill (电子税款单, 816) of one retail import list. Amounts are exact, rounded to the fen per tax and line; totals are the sums of the lines. */
export type TaxBill = {
  __typename?: 'TaxBill';
  /**
   * Tax's signed attestation of the bill as issued (监管互认), relying on customs' attestation of the
   * list; revoked when the bill is cancelled or refunded with its list. Null for bills issued before
   * attestations.
   */
  attestation?: Maybe<Attestation>;
  /** Import consumption tax (消费税); zero for goods not subject to it. */
  consumptionTax: Scalars['Decimal']['output'];
  /** Consumption tax rate as applied (ad valorem), after the same reduction; 0 when none applies; null when the lines differ. */
  consumptionTaxRate?: Maybe<Scalars['Decimal']['output']>;
  /** Currency of the amounts (taxes are levied in CNY). */
  currency: Scalars['Currency']['output'];
  /** Tariff (关税); zero within the retail limits. */
  customsTax: Scalars['Decimal']['output'];
  /** Sum of the lines' dutiable values (goods + freight + insurance); null on bills recorded before lines were kept. */
  dutiableValue?: Maybe<Scalars['Decimal']['output']>;
  /** Platform (电商平台) code of the order. */
  ebpCode: Scalars['String']['output'];
  /** Freight of the list, shared over the lines; null on bills recorded before lines were kept. */
  freight?: Maybe<Scalars['Decimal']['output']>;
  /** Global id (Relay): opaque, derived from the business key, the same through every department; Query.node(id:) reads the record by it. */
  id: Scalars['ID']['output'];
  /** Insurance of the list, shared over the lines; null on bills recorded before lines were kept. */
  insuredFee?: Maybe<Scalars['Decimal']['output']>;
  /** The inventory list the taxes were assessed on, from customs. */
  inventoryList: InventoryList;
  /** Number of the inventory list (清单编号) the taxes were assessed on. */
  invtNo: Scalars['String']['output'];
  /** When the bill was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** The goods lines in gnum order; empty on bills recorded before lines were kept. */
  lines: Array<TaxBillLine>;
  /** The order taxed, from commerce (with its payment and waybill from their departments). */
  order: Order;
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** ACTIVE while its list stands; CANCELLED when the list was rejected or cancelled; REFUNDED when it was returned. */
  status: TaxBillStatus;
  /** When the bill was cancelled or refunded; null while ACTIVE. */
  statusChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the bill is no longer active (the list's fate as customs reports it); null while ACTIVE. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Tax bill number. */
  taxNo: Scalars['String']['output'];
  /** customsTax + valueAddedTax + consumptionTax. */
  totalTax: Scalars['Decimal']['output'];
  /** Treatment customs gave the list: PREFERENTIAL (70%, no tariff) or FULL_TAX. */
  treatment: RetailTaxTreatment;
  /** Import value-added tax (增值税). */
  valueAddedTax: Scalars['Decimal']['output'];
  /** VAT rate as applied, e.g. 0.091 for 13% at 70% within the retail limits; null when the lines carry different rates. */
  vatRate?: Maybe<Scalars['Decimal']['output']>;
  /** Pilot zone the order was imported through. */
  zone: Zone;
};

/** A page of a tax bill search. */
export type TaxBillConnection = {
  __typename?: 'TaxBillConnection';
  edges: Array<TaxBillEdge>;
  pageInfo: PageInfo;
  /** Bills the filter finds: exact up to 10,000, an estimate beyond (totalCountIsEstimate). */
  totalCount: Scalars['Int']['output'];
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

export type TaxBillEdge = {
  __typename?: 'TaxBillEdge';
  /** Opaque and signed; valid for the caller, filter and order it was given for only. */
  cursor: Scalars['String']['output'];
  node: TaxBill;
};

/** Which tax bills a search finds. Lists name at most 50 values; a time range is at most 366 days (its end defaults to now). */
export type TaxBillFilter = {
  /** E-commerce enterprises (电商企业) of the lists taxed. Bills issued before the enterprise was kept with the bill have none and are not found by it. */
  ebcCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** Platforms (电商平台) of the orders taxed. */
  ebpCodes?: InputMaybe<Array<Scalars['USCC']['input']>>;
  /** Issued at or after. */
  issuedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Issued before; needs issuedFrom. */
  issuedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Standing, any of. */
  statuses?: InputMaybe<Array<TaxBillStatus>>;
  /** totalTax at most (inclusive), CNY. */
  totalTaxMax?: InputMaybe<Scalars['Decimal']['input']>;
  /** totalTax at least (inclusive), CNY. */
  totalTaxMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** Treatment customs gave the list, any of. */
  treatments?: InputMaybe<Array<RetailTaxTreatment>>;
  zones?: InputMaybe<Array<Zone>>;
};

/** One goods line of a tax bill: its dutiable value, each tax and the rates used. */
export type TaxBillLine = {
  __typename?: 'TaxBillLine';
  /** Consumption tax, levied on the composite base (value + tariff) / (1 - rate). */
  consumptionTax: Scalars['Decimal']['output'];
  /** Consumption tax rate as applied. */
  consumptionTaxRate: Scalars['Decimal']['output'];
  customsTax: Scalars['Decimal']['output'];
  /** itemValue + freightShare + insuredFeeShare (完税价格). */
  dutiableValue: Scalars['Decimal']['output'];
  /** The line's share of the list's freight, in proportion to goods price. */
  freightShare: Scalars['Decimal']['output'];
  /** Line number of the inventory list (商品序号). */
  gnum: Scalars['Int']['output'];
  hsCode: Scalars['HsCode']['output'];
  /** The line's share of the list's insurance, in proportion to goods price. */
  insuredFeeShare: Scalars['Decimal']['output'];
  /** Goods price of the line (totalPrice on the list). */
  itemValue: Scalars['Decimal']['output'];
  /** Where the rates come from. */
  rateBasis: Scalars['String']['output'];
  /** Statutory ad valorem consumption tax rate; 0 for goods not subject to it. */
  statutoryConsumptionTaxRate: Scalars['Decimal']['output'];
  /** Statutory VAT rate of the goods, e.g. 0.13 or 0.09. */
  statutoryVatRate: Scalars['Decimal']['output'];
  /** Tariff rate as applied: 0 within the retail limits. */
  tariffRate: Scalars['Decimal']['output'];
  /** customsTax + valueAddedTax + consumptionTax. */
  totalTax: Scalars['Decimal']['output'];
  valueAddedTax: Scalars['Decimal']['output'];
  /** VAT rate as applied, e.g. 0.091. */
  vatRate: Scalars['Decimal']['output'];
};

/** Order of a tax bill search. */
export type TaxBillOrder =
  | 'ISSUED_AT_ASC'
  | 'ISSUED_AT_DESC'
  | 'TOTAL_TAX_ASC'
  | 'TOTAL_TAX_DESC';

/** Standing of a tax bill, following its inventory list. */
export type TaxBillStatus =
  /** The list stands: the taxes are due. */
  | 'ACTIVE'
  /** The list was rejected or cancelled before the goods entered: nothing is due. */
  | 'CANCELLED'
  /** The goods were returned (625): the taxes are refunded. */
  | 'REFUNDED';

/** Why a tax rule decided as it did. */
export type TaxReason = {
  __typename?: 'TaxReason';
  /** Stable code, e.g. NOT_RELEASED_BY_CUSTOMS, RELEASE_NOT_ATTESTED or REFUND_CANCELLED_GOODS. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
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

/** Statistics of one zone in one period (see Query.statistics): the figures tax contributes. */
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
  /** Export lists found exempt by 无票免税 decisions made in the period (the latest decision per list). */
  invoiceFreeExemptions?: Maybe<Scalars['Int']['output']>;
  /** The Beijing calendar period: YYYY-MM-DD (DAY) or YYYY-MM (MONTH). */
  period: Scalars['String']['output'];
  /** Total tax of those bills, CNY. */
  taxAssessedCny?: Maybe<Scalars['Decimal']['output']>;
  /** Tax bills issued in the period and standing (not cancelled or refunded). */
  taxBills?: Maybe<Scalars['Int']['output']>;
  /**
   * Tax the retail import preference forgave on those bills (财关税〔2018〕49号: VAT and consumption tax
   * at 70%): per bill line, the VAT and consumption tax charged × 3/7, rounded to the fen; CNY.
   */
  taxExemptedCny?: Maybe<Scalars['Decimal']['output']>;
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
  TaxBill: TaxBill;
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
  TaxBill:
    ( { __typename: 'TaxBill' }
    & ( GraphQLRecursivePick<FederationTypes['TaxBill'], {"taxNo":true}>
        | GraphQLRecursivePick<FederationTypes['TaxBill'], {"id":true}> ) );
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
  DeemedIncomeTaxAssessment: ResolverTypeWrapper<DeemedIncomeTaxAssessmentModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DeemedIncomeTaxInput: DeemedIncomeTaxInput;
  DeemedLevyStatus: DeemedLevyStatus;
  Direction: Direction;
  Enterprise: ResolverTypeWrapper<EnterpriseRef>;
  Granularity: Granularity;
  HsCode: ResolverTypeWrapper<Scalars['HsCode']['output']>;
  IdNumber: ResolverTypeWrapper<Scalars['IdNumber']['output']>;
  InventoryList: ResolverTypeWrapper<InventoryListRef>;
  InvoiceFreeExemption: ResolverTypeWrapper<InvoiceFreeExemptionModel>;
  InvoiceFreeExemptionLine: ResolverTypeWrapper<InvoiceFreeExemptionLine>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RetailTaxTreatment: RetailTaxTreatment;
  SmallLowProfitCondition: ResolverTypeWrapper<SmallLowProfitCondition>;
  SmallLowProfitConditionKind: SmallLowProfitConditionKind;
  TaxBill: ResolverTypeWrapper<TaxBillModel>;
  TaxBillConnection: ResolverTypeWrapper<TaxBillPage>;
  TaxBillEdge: ResolverTypeWrapper<TaxBillSearchEdge>;
  TaxBillFilter: TaxBillFilter;
  TaxBillLine: ResolverTypeWrapper<TaxBillLineModel>;
  TaxBillOrder: TaxBillOrder;
  TaxBillStatus: TaxBillStatus;
  TaxReason: ResolverTypeWrapper<TaxReason>;
  USCC: ResolverTypeWrapper<Scalars['USCC']['output']>;
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
  DeemedIncomeTaxAssessment: DeemedIncomeTaxAssessmentModel;
  Float: Scalars['Float']['output'];
  DeemedIncomeTaxInput: DeemedIncomeTaxInput;
  Enterprise: EnterpriseRef;
  HsCode: Scalars['HsCode']['output'];
  IdNumber: Scalars['IdNumber']['output'];
  InventoryList: InventoryListRef;
  InvoiceFreeExemption: InvoiceFreeExemptionModel;
  InvoiceFreeExemptionLine: InvoiceFreeExemptionLine;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  SmallLowProfitCondition: SmallLowProfitCondition;
  TaxBill: TaxBillModel;
  TaxBillConnection: TaxBillPage;
  TaxBillEdge: TaxBillSearchEdge;
  TaxBillFilter: TaxBillFilter;
  TaxBillLine: TaxBillLineModel;
  TaxReason: TaxReason;
  USCC: Scalars['USCC']['output'];
  ZoneStatistics: StatisticsKey;
  Int: Scalars['Int']['output'];
}>;

export type MaxLengthDirectiveArgs = {
  n: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = TaxContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MultilineDirectiveArgs = { };

export type MultilineDirectiveResolver<Result, Parent, ContextType = TaxContext, Args = MultilineDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AttestationResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['Attestation'] = ResolversParentTypes['Attestation']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AttestationRecordResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['AttestationRecord'] = ResolversParentTypes['AttestationRecord']> = ResolversObject<{
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

export type DeemedIncomeTaxAssessmentResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['DeemedIncomeTaxAssessment'] = ResolversParentTypes['DeemedIncomeTaxAssessment']> = ResolversObject<{
  assessedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  assessedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['SmallLowProfitCondition']>, ParentType, ContextType>;
  deemedProfitRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  employees?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rateApplied?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revocationLegalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  smallLowProfit?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeemedLevyStatus'], ParentType, ContextType>;
  taxDue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  taxableIncome?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  totalAssets?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type EnterpriseResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deemedIncomeTax?: Resolver<Maybe<ResolversTypes['DeemedIncomeTaxAssessment']>, ParentType, ContextType, RequireFields<EnterpriseDeemedIncomeTaxArgs, 'year'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceFreeExemptions?: Resolver<Array<ResolversTypes['InvoiceFreeExemption']>, ParentType, ContextType, Partial<EnterpriseInvoiceFreeExemptionsArgs>>;
  uscc?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface HsCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['HsCode'], any> {
  name: 'HsCode';
}

export interface IdNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IdNumber'], any> {
  name: 'IdNumber';
}

export type InventoryListResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['InventoryList'] = ResolversParentTypes['InventoryList'], FederationReferenceType extends FederationReferenceTypes['InventoryList'] = FederationReferenceTypes['InventoryList']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InventoryList']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceFreeExemption?: Resolver<Maybe<ResolversTypes['InvoiceFreeExemption']>, ParentType, ContextType>;
  invtNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxBill?: Resolver<Maybe<ResolversTypes['TaxBill']>, ParentType, ContextType>;
}>;

export type InvoiceFreeExemptionResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['InvoiceFreeExemption'] = ResolversParentTypes['InvoiceFreeExemption']> = ResolversObject<{
  assessedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  assessedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  customsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exempt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  invtNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceFreeExemptionLine']>, ParentType, ContextType>;
  listStatusCode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['TaxReason']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type InvoiceFreeExemptionLineResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['InvoiceFreeExemptionLine'] = ResolversParentTypes['InvoiceFreeExemptionLine']> = ResolversObject<{
  exempt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gnum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['HsCode'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['TaxReason']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  assessDeemedIncomeTax?: Resolver<ResolversTypes['DeemedIncomeTaxAssessment'], ParentType, ContextType, RequireFields<MutationAssessDeemedIncomeTaxArgs, 'input'>>;
  assessInvoiceFreeExemption?: Resolver<ResolversTypes['InvoiceFreeExemption'], ParentType, ContextType, RequireFields<MutationAssessInvoiceFreeExemptionArgs, 'invtNo'>>;
  issueTaxBill?: Resolver<ResolversTypes['TaxBill'], ParentType, ContextType, RequireFields<MutationIssueTaxBillArgs, 'invtNo'>>;
  reconcileTaxBill?: Resolver<ResolversTypes['TaxBill'], ParentType, ContextType, RequireFields<MutationReconcileTaxBillArgs, 'invtNo'>>;
}>;

export type OrderResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxBill?: Resolver<Maybe<ResolversTypes['TaxBill']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  attestationRecords?: Resolver<Array<ResolversTypes['AttestationRecord']>, ParentType, ContextType, RequireFields<QueryAttestationRecordsArgs, 'serials'>>;
  attestationRevocationList?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taxBill?: Resolver<Maybe<ResolversTypes['TaxBill']>, ParentType, ContextType, RequireFields<QueryTaxBillArgs, 'taxNo'>>;
  taxBills?: Resolver<ResolversTypes['TaxBillConnection'], ParentType, ContextType, RequireFields<QueryTaxBillsArgs, 'first' | 'orderBy'>>;
}>;

export type SmallLowProfitConditionResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['SmallLowProfitCondition'] = ResolversParentTypes['SmallLowProfitCondition']> = ResolversObject<{
  condition?: Resolver<ResolversTypes['SmallLowProfitConditionKind'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaxBillResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['TaxBill'] = ResolversParentTypes['TaxBill'], FederationReferenceType extends FederationReferenceTypes['TaxBill'] = FederationReferenceTypes['TaxBill']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TaxBill']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attestation?: Resolver<Maybe<ResolversTypes['Attestation']>, ParentType, ContextType>;
  consumptionTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  consumptionTaxRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  customsTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  dutiableValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freight?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuredFee?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  inventoryList?: Resolver<ResolversTypes['InventoryList'], ParentType, ContextType>;
  invtNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['TaxBillLine']>, ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaxBillStatus'], ParentType, ContextType>;
  statusChangedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taxNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  treatment?: Resolver<ResolversTypes['RetailTaxTreatment'], ParentType, ContextType>;
  valueAddedTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vatRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type TaxBillConnectionResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['TaxBillConnection'] = ResolversParentTypes['TaxBillConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaxBillEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsEstimate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TaxBillEdgeResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['TaxBillEdge'] = ResolversParentTypes['TaxBillEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TaxBill'], ParentType, ContextType>;
}>;

export type TaxBillLineResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['TaxBillLine'] = ResolversParentTypes['TaxBillLine']> = ResolversObject<{
  consumptionTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  consumptionTaxRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  customsTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  dutiableValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  freightShare?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  gnum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['HsCode'], ParentType, ContextType>;
  insuredFeeShare?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  itemValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rateBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statutoryConsumptionTaxRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  statutoryVatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tariffRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  valueAddedTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type TaxReasonResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['TaxReason'] = ResolversParentTypes['TaxReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface UsccScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['USCC'], any> {
  name: 'USCC';
}

export type ZoneStatisticsResolvers<ContextType = TaxContext, ParentType extends ResolversParentTypes['ZoneStatistics'] = ResolversParentTypes['ZoneStatistics'], FederationReferenceType extends FederationReferenceTypes['ZoneStatistics'] = FederationReferenceTypes['ZoneStatistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneStatistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['Direction']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Granularity'], ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceFreeExemptions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxAssessedCny?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  taxBills?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  taxExemptedCny?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  tradeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = TaxContext> = ResolversObject<{
  Attestation?: AttestationResolvers<ContextType>;
  AttestationRecord?: AttestationRecordResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeemedIncomeTaxAssessment?: DeemedIncomeTaxAssessmentResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  HsCode?: GraphQLScalarType;
  IdNumber?: GraphQLScalarType;
  InventoryList?: InventoryListResolvers<ContextType>;
  InvoiceFreeExemption?: InvoiceFreeExemptionResolvers<ContextType>;
  InvoiceFreeExemptionLine?: InvoiceFreeExemptionLineResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SmallLowProfitCondition?: SmallLowProfitConditionResolvers<ContextType>;
  TaxBill?: TaxBillResolvers<ContextType>;
  TaxBillConnection?: TaxBillConnectionResolvers<ContextType>;
  TaxBillEdge?: TaxBillEdgeResolvers<ContextType>;
  TaxBillLine?: TaxBillLineResolvers<ContextType>;
  TaxReason?: TaxReasonResolvers<ContextType>;
  USCC?: GraphQLScalarType;
  ZoneStatistics?: ZoneStatisticsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = TaxContext> = ResolversObject<{
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
  multiline?: MultilineDirectiveResolver<any, any, ContextType>;
}>;
