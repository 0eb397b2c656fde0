/**
 * The subject of an assistance request or a joint measure, by its business key. A person is named
 * only by the keyed hash of the ID number (HMAC-SM3, as Buyer.idHash), never by the number.
 */
import { usccProblem, type FieldProblem } from '@zone/common';
import type { SubjectType } from './joint-measures';

export interface SubjectInputFields {
  type: SubjectType;
  uscc?: string | null;
  ebpCode?: string | null;
  orderNo?: string | null;
  invtNo?: string | null;
  logisticsCode?: string | null;
  logisticsNo?: string | null;
  payCode?: string | null;
  payTransactionId?: string | null;
  idHash?: string | null;
}

/** A subject as commerce keeps it: its type and the parts of its business key. */
export interface SubjectRef {
  type: SubjectType;
  parts: string[];
}

type KeyField = Exclude<keyof SubjectInputFields, 'type'>;

/** The key fields of each subject type, in order. */
export const SUBJECT_KEY_FIELDS: Readonly<Record<SubjectType, readonly KeyField[]>> = {
  ENTERPRISE: ['uscc'],
  ORDER: ['ebpCode', 'orderNo'],
  INVENTORY_LIST: ['invtNo'],
  WAYBILL: ['logisticsCode', 'logisticsNo'],
  PAYMENT: ['payCode', 'payTransactionId'],
  PERSON: ['idHash'],
};

const ALL_KEY_FIELDS: readonly KeyField[] = ['uscc', 'ebpCode', 'orderNo', 'invtNo', 'logisticsCode', 'logisticsNo', 'payCode', 'payTransactionId', 'idHash'];

const KEY_PART = /^[0-9A-Za-z_.-]{1,60}$/;
const ID_HASH = /^[0-9a-f]{64}$/;

function partProblem(field: KeyField, value: string): string | null {
  if (field === 'uscc' || field === 'ebpCode' || field === 'payCode') return usccProblem(value);
  if (field === 'idHash') return ID_HASH.test(value) ? null : 'must be the keyed hash of an ID number: 64 lowercase hex digits (never the ID number itself)';
  if (field === 'invtNo') return /^[0-9A-Z]{18}$/.test(value) ? null : 'must be an inventory list number: 18 digits or capital letters';
  return KEY_PART.test(value) ? null : 'must be 1 to 60 letters, digits, dots, hyphens or underscores';
}

/** The subject an input names, or the problems with it (each field under `prefix`). */
export function subjectOf(input: SubjectInputFields, prefix: string): { subject: SubjectRef | null; problems: FieldProblem[] } {
  const wanted = SUBJECT_KEY_FIELDS[input.type];
  const problems: FieldProblem[] = [];
  const parts: string[] = [];
  for (const field of ALL_KEY_FIELDS) {
    const value = input[field];
    const given = value !== null && value !== undefined;
    if (!wanted.includes(field)) {
      if (given) problems.push({ field: `${prefix}.${field}`, reason: `is not part of the key of a ${input.type} subject` });
      continue;
    }
    if (!given) {
      problems.push({ field: `${prefix}.${field}`, reason: `is required for a ${input.type} subject` });
      continue;
    }
    const problem = partProblem(field, value);
    if (problem) problems.push({ field: `${prefix}.${field}`, reason: problem });
    else parts.push(value);
  }
  return problems.length > 0 ? { subject: null, problems } : { subject: { type: input.type, parts }, problems };
}

/** The stored text of a subject's key: its parts as a JSON array, unambiguous whatever they contain. */
export function subjectKeyText(subject: SubjectRef): string {
  return JSON.stringify(subject.parts);
}

export function subjectOfStored(type: SubjectType, key: string): SubjectRef {
  return { type, parts: JSON.parse(key) as string[] };
}
