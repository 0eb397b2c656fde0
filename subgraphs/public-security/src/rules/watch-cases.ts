import type { Caller } from '@zone/common';

/**
 * Watch cases and flags (domain.md §6, contract.md §2): a case of suspected non-genuine trade or
 * money laundering (非真实贸易洗钱) on a person or an enterprise raises a watch flag while it is
 * open. Other departments see the flag only (category, since, case reference), never the file.
 */

export const WATCH_CATEGORIES = ['NON_GENUINE_TRADE_MONEY_LAUNDERING'] as const;
export type WatchCategory = (typeof WATCH_CATEGORIES)[number];

/** What other departments see of an open case. */
export interface WatchFlag {
  category: string;
  since: Date;
  caseReference: string;
}

/** The part of a case the flag is made from. */
export interface CaseStanding {
  caseNo: string;
  category: string;
  openedAt: Date;
  closedAt: Date | null;
}

/** The flag an open case raises; none once it is closed. */
export function watchFlagOf(standing: CaseStanding): WatchFlag | null {
  if (standing.closedAt !== null) return null;
  return { category: standing.category, since: standing.openedAt, caseReference: standing.caseNo };
}

/** The flag in force on a subject: that of its earliest open case (the longest-standing suspicion), or none. */
export function flagInForce(cases: readonly CaseStanding[]): WatchFlag | null {
  const open = cases.filter((c) => c.closedAt === null).sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  return open[0] ? watchFlagOf(open[0]) : null;
}

/** Case numbers: GAWC (公安 watch case) and ten digits of the row id. */
export function watchCaseNumber(id: bigint): string {
  return `GAWC${id.toString().padStart(10, '0')}`;
}

/** Who opens and closes cases and reads their files: public security's own officers and system. */
export function mayHandleWatchCases(caller: Caller | null): boolean {
  return !!caller && (caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department === 'public-security';
}

/** Who sees watch flags: every department's officers and systems, and regulators (never banks or the platform). */
export function maySeeWatchFlags(caller: Caller | null): boolean {
  if (!caller) return false;
  if (caller.role === 'REGULATOR') return true;
  return (caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department !== null;
}

export interface WatchCaseSubject {
  subjectKind: 'ENTERPRISE' | 'PERSON';
  uscc?: string | null;
  idNumber?: unknown;
  zone?: string | null;
}

/**
 * Which fields a case's subject needs: an enterprise its USCC (its zone is commerce's) and no ID
 * number; a person an ID number, no USCC, and a zone unless the caller's own zone stands in.
 */
export function subjectProblems(subject: WatchCaseSubject, callerZone: string | null): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const given = (value: unknown) => value !== null && value !== undefined;
  if (subject.subjectKind === 'ENTERPRISE') {
    if (!given(subject.uscc)) problems.push({ field: 'uscc', reason: 'is required for an enterprise' });
    if (given(subject.idNumber)) problems.push({ field: 'idNumber', reason: 'must not be given for an enterprise' });
    if (given(subject.zone)) problems.push({ field: 'zone', reason: 'must not be given for an enterprise: its zone is the one commerce registered' });
  } else {
    if (!given(subject.idNumber)) problems.push({ field: 'idNumber', reason: 'is required for a person' });
    if (given(subject.uscc)) problems.push({ field: 'uscc', reason: 'must not be given for a person' });
    if (!given(subject.zone) && callerZone === null) problems.push({ field: 'zone', reason: 'is required for a person when the caller is not bound to a zone' });
  }
  return problems;
}
