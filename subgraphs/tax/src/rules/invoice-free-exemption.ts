import type { ZoneCode } from '@zone/common';
import type Decimal from 'decimal.js';
import { decimalFieldProblem, ExactDecimal } from '@zone/common';

/**
 * 无票免税: exemption from VAT and consumption tax for goods a pilot-zone retail exporter ships
 * without a valid purchase invoice (进货凭证).
 *
 * Source: 财政部 税务总局 商务部 海关总署《关于跨境电子商务综合试验区零售出口货物税收政策的通知》
 * (财税〔2018〕103号), article 1; the zone plans (粤府函〔2022〕58号: "出口未取得有效进货凭证的货物，试行增值税、
 * 消费税免税政策"); domain brief §5.6. The notice's three conditions map to the reason
 * codes below:
 * (1) the enterprise is registered in the zone and records each export on the zone's online
 *     platform with date, goods name, unit, quantity, unit price and amount:
 *     NOT_REGISTERED_IN_ZONE, NOT_ECOMMERCE_ENTERPRISE (registered in the zone, but not in the
 *     role of e-commerce enterprise, 电商企业, that the notice addresses), EXPORT_RECORD_INCOMPLETE;
 * (2) the goods are declared through the customs of the zone: NOT_RELEASED_BY_CUSTOMS,
 *     ZONE_CUSTOMS_MISMATCH. Tax does not re-examine the declaration: customs' release of the
 *     list (receipt status 800 released or 899 cleared) is the evidence it relies on
 *     (mutual recognition, 监管互认), and where customs' signed release attestation is asked for,
 *     a release without one that verifies is RELEASE_NOT_ATTESTED;
 * (3) the goods are not of a kind whose export refund was cancelled by State Council decision:
 *     REFUND_CANCELLED_GOODS.
 *
 * The unit of decision is one exported goods line: the notice exempts goods, so one ineligible
 * line on a list does not taint the others on it.
 */

export type InvoiceFreeExemptionReasonCode =
  | 'NOT_REGISTERED_IN_ZONE'
  | 'NOT_ECOMMERCE_ENTERPRISE'
  | 'EXPORT_RECORD_INCOMPLETE'
  | 'NOT_RELEASED_BY_CUSTOMS'
  | 'ZONE_CUSTOMS_MISMATCH'
  | 'RELEASE_NOT_ATTESTED'
  | 'REFUND_CANCELLED_GOODS';

export interface InvoiceFreeExemptionReason {
  code: InvoiceFreeExemptionReasonCode;
  message: string;
}

/**
 * Receipt codes of the customs message standard that mean customs let the goods go:
 * 800 放行 (released) and 899 结关 (cleared). Anything before (stored, declaring, review,
 * inspection) or beside (rejected) is not yet evidence of an export.
 */
export const CUSTOMS_RELEASE_STATUSES: ReadonlySet<number> = new Set([800, 899]);

/**
 * Illustrative only, NOT the legal catalogue: a few HS headings of the kind whose export refund
 * has been cancelled (coal, coke, wood charcoal, raw hides, chemically modified oils). The
 * authoritative list is the one published by the Ministry of Finance and the State Taxation
 * Administration; deployments pass it through `refundCancelledHsPrefixes`.
 */
export const DEFAULT_REFUND_CANCELLED_HS_PREFIXES: readonly string[] = ['2701', '2704', '4402', '4101', '1518'];

/** One exported goods line as recorded on the zone's online platform; null where a field was not filled in. */
export interface ExportGoodsRecord {
  exportDate: Date | null;
  goodsName: string | null;
  unit: string | null;
  /** Quantity in `unit`, a decimal string. */
  qty: string | null;
  /** Price per unit, a decimal string; `qty × unitPrice` must equal `amount` exactly. */
  unitPrice: string | null;
  amount: string | null;
}

/** The export inventory list (603) the goods were declared on, as customs reports it. */
export interface ExportListEvidence {
  invtNo: string;
  /** Receipt status code of the list, e.g. 800 released. */
  status: number;
  /** Zone whose customs office took the declaration. */
  zone: ZoneCode;
}

export interface InvoiceFreeExemptionInput {
  /** Zone whose platform holds the export record and whose tax office decides. */
  zone: ZoneCode;
  /** Zone the enterprise is registered in (commerce); null when it is registered in no pilot zone. */
  registeredZone: ZoneCode | null;
  /** Whether commerce registered the enterprise in the role of e-commerce enterprise (电商企业). */
  ecommerceEnterprise: boolean;
  record: ExportGoodsRecord;
  /** The list the goods were declared on; null when customs has none for them. */
  inventoryList: ExportListEvidence | null;
  /** HS code of the goods as declared (gcode), 10 digits. */
  hsCode: string;
  /**
   * Whether customs' release attestation of the list verified (监管互认); when given, a released
   * list whose release is not recognised is refused with RELEASE_NOT_ATTESTED.
   */
  releaseRecognition?: { recognised: true } | { recognised: false; problem: string };
}

export interface InvoiceFreeExemptionOptions {
  /**
   * HS codes or prefixes (2 to 10 digits) of goods whose export refund was cancelled.
   * Default: DEFAULT_REFUND_CANCELLED_HS_PREFIXES (illustrative).
   */
  refundCancelledHsPrefixes?: readonly string[];
}

export interface InvoiceFreeExemption {
  exempt: boolean;
  /** Every condition that fails, in the order of the notice; empty when exempt. */
  reasons: InvoiceFreeExemptionReason[];
}

/** Decides whether one exported goods line without a purchase invoice is VAT and consumption-tax exempt. */
export function invoiceFreeExemption(input: InvoiceFreeExemptionInput, options: InvoiceFreeExemptionOptions = {}): InvoiceFreeExemption {
  if (!/^\d{10}$/.test(input.hsCode)) throw new RangeError(`hsCode must be 10 digits, got ${JSON.stringify(input.hsCode)}`);
  const prefixes = options.refundCancelledHsPrefixes ?? DEFAULT_REFUND_CANCELLED_HS_PREFIXES;
  prefixes.forEach((prefix, i) => {
    if (!/^\d{2,10}$/.test(prefix)) throw new RangeError(`refundCancelledHsPrefixes[${i}] must be 2 to 10 digits, got ${JSON.stringify(prefix)}`);
  });

  const reasons: InvoiceFreeExemptionReason[] = [];
  if (input.registeredZone !== input.zone) {
    reasons.push({
      code: 'NOT_REGISTERED_IN_ZONE',
      message: input.registeredZone === null
        ? `the enterprise is not registered in any pilot zone, so not in ${input.zone}`
        : `the enterprise is registered in ${input.registeredZone}, not in ${input.zone} where the export is recorded`,
    });
  }
  if (input.registeredZone !== null && !input.ecommerceEnterprise) {
    reasons.push({ code: 'NOT_ECOMMERCE_ENTERPRISE', message: 'the enterprise is not registered as an e-commerce enterprise (电商企业)' });
  }
  const recordProblems = exportRecordProblems(input.record);
  if (recordProblems.length > 0) {
    reasons.push({ code: 'EXPORT_RECORD_INCOMPLETE', message: `the platform export record is incomplete: ${recordProblems.join('; ')}` });
  }
  const list = input.inventoryList;
  if (list === null) {
    reasons.push({ code: 'NOT_RELEASED_BY_CUSTOMS', message: 'customs has no inventory list for the goods' });
  } else {
    if (!CUSTOMS_RELEASE_STATUSES.has(list.status)) {
      reasons.push({ code: 'NOT_RELEASED_BY_CUSTOMS', message: `inventory list ${list.invtNo} has receipt status ${list.status}, not released (800) or cleared (899)` });
    }
    const recognition = input.releaseRecognition;
    if (CUSTOMS_RELEASE_STATUSES.has(list.status) && recognition && !recognition.recognised) {
      reasons.push({ code: 'RELEASE_NOT_ATTESTED', message: `customs' release of inventory list ${list.invtNo} is not attested: ${recognition.problem}` });
    }
    if (list.zone !== input.zone) {
      reasons.push({ code: 'ZONE_CUSTOMS_MISMATCH', message: `inventory list ${list.invtNo} was declared through the customs of ${list.zone}, not of ${input.zone}` });
    }
  }
  const cancelled = prefixes.find((prefix) => input.hsCode.startsWith(prefix));
  if (cancelled !== undefined) {
    reasons.push({ code: 'REFUND_CANCELLED_GOODS', message: `HS code ${input.hsCode} falls under ${cancelled}, whose export refund was cancelled` });
  }
  return { exempt: reasons.length === 0, reasons };
}

const presentText = (value: string | null) => value !== null && value.trim() !== '';

/** What is missing or inconsistent in an export record, field by field; empty when complete. */
export function exportRecordProblems(record: ExportGoodsRecord): string[] {
  const problems: string[] = [];
  if (record.exportDate === null || Number.isNaN(record.exportDate.getTime())) problems.push('exportDate is missing');
  if (!presentText(record.goodsName)) problems.push('goodsName is missing');
  if (!presentText(record.unit)) problems.push('unit is missing');
  const qty = recordNumber('qty', record.qty, 'positive', problems);
  const unitPrice = recordNumber('unitPrice', record.unitPrice, 'zero', problems);
  const amount = recordNumber('amount', record.amount, 'zero', problems);
  if (qty !== null && unitPrice !== null && amount !== null) {
    // Exact: a record whose amount is not its quantity times its price is not a faithful record.
    const product = qty.mul(unitPrice);
    if (!product.eq(amount)) problems.push(`amount ${record.amount} is not qty × unitPrice = ${product.toString()}`);
  }
  return problems;
}

function recordNumber(field: string, value: string | null, min: 'zero' | 'positive', problems: string[]): Decimal | null {
  if (value === null || value.trim() === '') {
    problems.push(`${field} is missing`);
    return null;
  }
  const problem = decimalFieldProblem(value, { min });
  if (problem !== null) {
    problems.push(`${field} ${problem}`);
    return null;
  }
  return new ExactDecimal(value);
}
