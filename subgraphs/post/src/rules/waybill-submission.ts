import Decimal from 'decimal.js';
import { decimalProblem, usccProblem, type InputProblems, type ZoneCode } from '@zone/common';

/**
 * What a waybill message (511 import / 505 export) must carry before post records it.
 *
 * Source: domain brief §4 (the waybill of the cross-border e-commerce message standard,
 * 海关总署公告2018年第194号: logisticsCode, logisticsNo, orderNo + ebpCode, freight, insuredFee,
 * weight, packNo, consignee) and §3 (USCC check characters). Amounts are exact decimals; freight
 * and insurance may be zero (free shipping) but not negative; a parcel weighs something and holds
 * at least one package. Keys are taken exactly as sent, so that the same number is never stored
 * under two spellings; free text is trimmed.
 */

export interface WaybillSubmissionInput {
  logisticsCode: string;
  logisticsNo: string;
  ebpCode: string;
  orderNo: string;
  zone: ZoneCode;
  freight: string;
  insuredFee: string;
  weight: string;
  packNo: number;
  consignee: string;
  consigneeAddress: string;
  consigneePhone?: string | null;
  /** 511 import / 505 export; optional (messages before it was recorded did not say). */
  direction?: 'IMPORT' | 'EXPORT' | null;
}

/** The content of a waybill as recorded and compared: what a content hash is taken over. */
export interface WaybillContent {
  logisticsCode: string;
  logisticsNo: string;
  ebpCode: string;
  orderNo: string;
  zone: ZoneCode;
  freight: Decimal;
  insuredFee: Decimal;
  weight: Decimal;
  packNo: number;
  consignee: string;
  consigneeAddress: string;
  consigneePhone: string | null;
  direction: 'IMPORT' | 'EXPORT' | null;
}

/** Longest order and waybill number of the message standard. */
export const MAX_KEY_LENGTH = 60;
export const MAX_CONSIGNEE_LENGTH = 100;
export const MAX_ADDRESS_LENGTH = 500;

/** The weight column holds 15 integer digits and 3 decimals (grams). */
const WEIGHT = /^\d{1,15}(\.\d{1,3})?$/;
const PHONE = /^\+?\d[\d -]{3,18}\d$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Free text may span lines (an address often does) but carries no other control characters. */
// eslint-disable-next-line no-control-regex
const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const length = (value: string) => Array.from(value).length;

/** Problem of an order or waybill number: 1 to 60 characters, exactly as they will be matched. */
export function businessKeyProblem(value: string): string | null {
  if (value.length === 0) return 'must not be empty';
  if (length(value) > MAX_KEY_LENGTH) return `must be at most ${MAX_KEY_LENGTH} characters, got ${length(value)}`;
  if (value.trim() !== value) return 'must not begin or end with whitespace';
  if (CONTROL.test(value)) return 'must not contain control characters';
  return null;
}

function amountProblem(value: string): string | null {
  const problem = decimalProblem(value);
  if (problem) return problem;
  return new Decimal(value).lt(0) ? 'must not be negative' : null;
}

function weightProblem(value: string): string | null {
  if (value.startsWith('-')) return 'must be above 0 kg';
  if (!WEIGHT.test(value)) return 'must be a decimal number of kilograms with at most 15 integer and 3 fractional digits';
  return new Decimal(value).isZero() ? 'must be above 0 kg' : null;
}

function packNoProblem(value: number): string | null {
  return Number.isSafeInteger(value) && value >= 1 ? null : `must be a whole number from 1, got ${value}`;
}

function textProblem(max: number) {
  return (value: string): string | null => {
    const trimmed = value.trim();
    if (trimmed.length === 0) return 'must not be empty';
    if (length(trimmed) > max) return `must be at most ${max} characters, got ${length(trimmed)}`;
    if (TEXT_CONTROL.test(trimmed)) return 'must not contain control characters';
    return null;
  };
}

function phoneProblem(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value.trim().length === 0) return 'must not be empty when given; leave it out instead';
  return PHONE.test(value.trim()) ? null : 'must be a phone number: 5 to 20 digits, optionally a leading + and spaces or hyphens';
}

/**
 * Records every problem of `input` under `path` (e.g. `input.weight`) and returns the content to
 * record, or null when this input has any problem.
 */
export function checkWaybillSubmission(input: WaybillSubmissionInput, problems: InputProblems, path = 'input'): WaybillContent | null {
  const before = problems.count;
  problems
    .check(`${path}.logisticsCode`, input.logisticsCode, usccProblem)
    .check(`${path}.logisticsNo`, input.logisticsNo, businessKeyProblem)
    .check(`${path}.ebpCode`, input.ebpCode, usccProblem)
    .check(`${path}.orderNo`, input.orderNo, businessKeyProblem)
    .check(`${path}.freight`, input.freight, amountProblem)
    .check(`${path}.insuredFee`, input.insuredFee, amountProblem)
    .check(`${path}.weight`, input.weight, weightProblem)
    .check(`${path}.packNo`, input.packNo, packNoProblem)
    .check(`${path}.consignee`, input.consignee, textProblem(MAX_CONSIGNEE_LENGTH))
    .check(`${path}.consigneeAddress`, input.consigneeAddress, textProblem(MAX_ADDRESS_LENGTH))
    .check(`${path}.consigneePhone`, input.consigneePhone, phoneProblem);
  if (problems.count > before) return null;
  return {
    logisticsCode: input.logisticsCode,
    logisticsNo: input.logisticsNo,
    ebpCode: input.ebpCode,
    orderNo: input.orderNo,
    zone: input.zone,
    freight: new Decimal(input.freight),
    insuredFee: new Decimal(input.insuredFee),
    weight: new Decimal(input.weight),
    packNo: input.packNo,
    consignee: input.consignee.trim(),
    consigneeAddress: input.consigneeAddress.trim(),
    consigneePhone: input.consigneePhone?.trim() ?? null,
    direction: input.direction ?? null,
  };
}
