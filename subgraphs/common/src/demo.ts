/**
 * Shape of the deterministic demo data set. scripts/demo generates it in batches; each department
 * writes only its own part of a batch (subgraphs/<dept>/src/seed.ts).
 */
import type { GoodsLine } from './goods-lines';
import type { ZoneCode } from './zones';

export type DemoEnterpriseRole = 'ECOMMERCE' | 'PLATFORM' | 'LOGISTICS' | 'PAYMENT' | 'TRADE_SERVICE';

export interface DemoEnterprise {
  uscc: string;
  name: string;
  zone: ZoneCode;
  roles: DemoEnterpriseRole[];
  registeredAt: Date;
}

/** A fictitious person with a valid (checksummed) resident ID number. */
export interface DemoPerson {
  name: string;
  idNumber: string;
  phone: string;
}

/** A goods line of a demo order and its inventory list. */
export type DemoItem = GoodsLine;

export interface DemoPayment {
  payCode: string;
  payTransactionId: string;
  amountPaid: string;
  currency: string;
  payTime: Date;
  payer: DemoPerson;
}

export interface DemoTrackingEvent {
  seq: number;
  code: string;
  description: string;
  location: string;
  occurredAt: Date;
}

export interface DemoWaybill {
  logisticsCode: string;
  logisticsNo: string;
  freight: string;
  insuredFee: string;
  weight: string;
  packNo: number;
  consignee: string;
  consigneeAddress: string;
  events: DemoTrackingEvent[];
}

export interface DemoInventoryList {
  invtNo: string;
  copNo: string;
  preNo: string;
  customsCode: string;
  /** Customs receipt status code: 120, 300, 500, 800, 899 or 100. */
  statusCode: number;
  declaredAt: Date;
  /** Export lists only: A simplified, B summary declaration. */
  statisticsFlag: 'A' | 'B' | null;
}

export interface DemoTaxBill {
  taxNo: string;
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
  totalTax: string;
  /** Rates applied (already including the 70% retail import reduction), as decimal strings. */
  vatRate: string;
  consumptionTaxRate: string;
  issuedAt: Date;
}

export interface DemoIdentityCheck {
  serialNo: string;
  verdict: 'MATCH' | 'MISMATCH' | 'NO_RECORD';
  checkedAt: Date;
}

export interface DemoOrder {
  ebpCode: string;
  orderNo: string;
  direction: 'IMPORT' | 'EXPORT';
  tradeMode: string;
  zone: ZoneCode;
  ebcCode: string;
  goodsValue: string;
  freight: string;
  discount: string;
  taxTotal: string;
  actualPaid: string;
  currency: string;
  buyer: DemoPerson;
  /** Export buyers are abroad: no resident ID number is collected. */
  buyerHasResidentId: boolean;
  consignee: string;
  consigneeAddress: string;
  payCode: string;
  payTransactionId: string;
  orderedAt: Date;
  items: DemoItem[];
  payment: DemoPayment | null;
  waybill: DemoWaybill | null;
  inventoryList: DemoInventoryList | null;
  /** Import orders only. */
  taxBill: DemoTaxBill | null;
  /** Import orders only: the public-security check of the buyer. */
  identityCheck: DemoIdentityCheck | null;
}

/** One unit of seeding work; the first batch also carries the enterprises and the residents. */
export interface DemoBatch {
  enterprises: DemoEnterprise[];
  residents: DemoPerson[];
  orders: DemoOrder[];
}
