import { GraphQLError } from 'graphql';
import { assertCallerInZone, badUserInput, emitEvent, forbidden, lockBusinessKey, notFound, retryOnLostRace, type Caller, type Department, type FieldProblem, type ZoneCode } from '@zone/common';
import type { AssistancePart, AssistanceRequest, Prisma } from '../generated/prisma/client';
import type { CommerceContext } from '../context';
import {
  ASSISTANCE_TEXT_MAX,
  DUE_MAX_DAYS,
  DUE_MIN_HOURS,
  SETTLED,
  acknowledgeDueAt,
  nextState,
  type Actor,
  type Transition,
} from '../rules/assistance-process';
import { MEASURES, appliedMeasureProblems, type AssistanceAction, type MeasureKind, type MeasureSource } from '../rules/joint-measures';
import { subjectKeyText, subjectOf, subjectOfStored, type SubjectInputFields, type SubjectRef } from '../rules/subject';
import { departmentOfValue, zoneOfSubject, type DepartmentValue } from './subject-zone';

export type AssistanceRequestRow = AssistanceRequest & { parts: AssistancePart[] };

/** Record type under which the writers of one request are serialised and recorded for the audit reconciler. */
const RECORD_TYPE = 'commerce.assistance-request';

export interface AssistanceRequestInputFields {
  subject: SubjectInputFields;
  reason: string;
  legalBasis: string;
  actions: AssistanceAction[];
  dueAt: Date;
  addressedTo: DepartmentValue[];
  zone?: ZoneCode | null;
}

export interface AssistanceAnswerFields {
  findings: string;
  evidence: string[];
  applyMeasures?: MeasureKind[] | null;
}

/** Evidence references one answer may carry. */
const MAX_EVIDENCE = 20;

/** The department a caller acts for in the process: an officer or system of one; anyone else may not act. */
export function departmentCaller(caller: Caller | null, what: string): Caller & { department: Department } {
  if (!caller || (caller.role !== 'OFFICER' && caller.role !== 'SYSTEM') || !caller.department) {
    throw forbidden(`Only a department's officers and systems may ${what}, not a ${caller?.role ?? 'anonymous caller'}`);
  }
  return caller as Caller & { department: Department };
}

function textProblem(field: string, value: string, max = ASSISTANCE_TEXT_MAX): FieldProblem | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return { field, reason: 'must not be empty' };
  if (trimmed.length > max) return { field, reason: `must be at most ${max} characters` };
  return null;
}

/** Files a request: checks every field, finds the subject's zone, numbers and records it with one part per addressee. */
export async function fileAssistanceRequest(context: CommerceContext, input: AssistanceRequestInputFields): Promise<AssistanceRequestRow> {
  const caller = departmentCaller(context.caller, 'file assistance requests');
  const now = context.clock();
  const problems: FieldProblem[] = [];
  const { subject, problems: subjectProblems } = subjectOf(input.subject, 'input.subject');
  problems.push(...subjectProblems);
  for (const [field, value, max] of [['input.reason', input.reason, ASSISTANCE_TEXT_MAX], ['input.legalBasis', input.legalBasis, 500]] as const) {
    const problem = textProblem(field, value, max);
    if (problem) problems.push(problem);
  }
  if (input.actions.length === 0) problems.push({ field: 'input.actions', reason: 'must name at least one action' });
  if (new Set(input.actions).size !== input.actions.length) problems.push({ field: 'input.actions', reason: 'names an action twice' });
  const addressees = input.addressedTo.map(departmentOfValue);
  if (addressees.length === 0) problems.push({ field: 'input.addressedTo', reason: 'must name at least one department' });
  if (new Set(addressees).size !== addressees.length) problems.push({ field: 'input.addressedTo', reason: 'names a department twice' });
  if (addressees.includes(caller.department)) problems.push({ field: 'input.addressedTo', reason: `a department does not address a request to itself (${caller.department})` });
  const dueIn = input.dueAt.getTime() - now.getTime();
  if (dueIn < DUE_MIN_HOURS * 3_600_000) problems.push({ field: 'input.dueAt', reason: `must be at least ${DUE_MIN_HOURS} hour ahead` });
  else if (dueIn > DUE_MAX_DAYS * 86_400_000) problems.push({ field: 'input.dueAt', reason: `must be at most ${DUE_MAX_DAYS} days ahead` });
  if (subject && subject.type !== 'PERSON' && input.zone) problems.push({ field: 'input.zone', reason: `is given only for a PERSON subject: a ${subject.type}'s zone is the one its owner records` });
  if (subject?.type === 'PERSON' && !input.zone && !caller.zone) problems.push({ field: 'input.zone', reason: 'is required for a PERSON subject when the caller is not bound to one zone' });
  if (problems.length > 0) throw badUserInput(problems);

  let zone: ZoneCode;
  if (subject!.type === 'PERSON') {
    zone = (input.zone ?? caller.zone)!;
  } else {
    const found = await zoneOfSubject(context, subject!);
    if (!found) throw notFound(`No ${subject!.type.toLowerCase().replace('_', ' ')} ${subject!.parts.join(' / ')} is known`);
    zone = found;
  }
  assertCallerInZone(caller, zone, 'file assistance requests about subjects');
  const acknowledgeBy = acknowledgeDueAt(now, input.dueAt);

  return retryOnLostRace(() =>
    context.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ serial: bigint }[]>`SELECT nextval('assistance_request_serial') AS serial`;
      const serial = row!.serial;
      const requestNo = `AR${now.getUTCFullYear()}${String(serial).padStart(8, '0')}`;
      await lockBusinessKey(tx, RECORD_TYPE, requestNo);
      await emitEvent(tx, 'assistanceRequestAddressed', {
        requestNo, zone, status: 'FILED', requestingDepartment: caller.department, addressedDepartments: addressees, actingDepartment: caller.department, dueAt: input.dueAt.toISOString(),
      });
      return tx.assistanceRequest.create({
        data: {
          requestNo,
          zone,
          subjectType: subject!.type,
          subjectKey: subjectKeyText(subject!),
          reason: input.reason.trim(),
          legalBasis: input.legalBasis.trim(),
          actions: input.actions,
          dueAt: input.dueAt,
          filedByDepartment: caller.department,
          filedBy: caller.organisation,
          filedAt: now,
          parts: { create: addressees.map((department) => ({ department, status: 'ADDRESSED' as const, acknowledgeDueAt: acknowledgeBy, evidence: [] })) },
        },
        include: { parts: { orderBy: { department: 'asc' } } },
      });
    }),
  );
}

/** A refused transition as the client sees it: FORBIDDEN or CONFLICT, with the machine's code and reason. */
function refusal(requestNo: string, transition: Transition, result: { refusal: string; kind: 'FORBIDDEN' | 'CONFLICT'; reason: string }, from: string): GraphQLError {
  return new GraphQLError(`Assistance request ${requestNo}: cannot ${transition.toLowerCase()}: ${result.reason}`, {
    extensions: { code: result.kind, refusal: result.refusal, transition, from },
  });
}

/** The status an assistanceRequestUpdated event reports after each step. */
const STATUS_AFTER: Record<Transition, string> = { ACKNOWLEDGE: 'ACKNOWLEDGED', ANSWER: 'ANSWERED', DECLINE: 'DECLINED', CLOSE: 'CLOSED' };

/**
 * Runs one transition of a request in its own transaction, locked per request number: reads the
 * request as the previous writer left it, asks the state machine, and writes the new state with
 * the step's time and who took it.
 */
async function transition(
  context: CommerceContext,
  requestNo: string,
  step: Transition,
  write: (tx: Prisma.TransactionClient, request: AssistanceRequestRow, caller: Caller & { department: Department }, now: Date) => Promise<void>,
): Promise<AssistanceRequestRow> {
  const caller = departmentCaller(context.caller, `${step.toLowerCase()} assistance requests`);
  if (!/^AR\d{12}$/.test(requestNo)) throw badUserInput({ field: 'requestNo', reason: 'must be AR followed by 12 digits' });
  return retryOnLostRace(() =>
    context.prisma.$transaction(async (tx) => {
      await lockBusinessKey(tx, RECORD_TYPE, requestNo);
      const request = await tx.assistanceRequest.findUnique({ where: { requestNo }, include: { parts: true } });
      if (!request) throw notFound(`Assistance request ${requestNo} does not exist`);
      assertCallerInZone(caller, request.zone, 'act on assistance requests about subjects');
      const now = context.clock();
      const closed = request.closedAt !== null;
      if (step === 'CLOSE') {
        const actor: Actor = caller.department === request.filedByDepartment ? 'REQUESTER' : 'OTHER';
        const result = nextState({ part: 'ADDRESSED', closed }, step, actor);
        if (!result.allowed) throw refusal(requestNo, step, result, closed ? 'CLOSED' : 'OPEN');
      } else {
        const part = request.parts.find((p) => p.department === caller.department);
        const actor: Actor = part ? 'ADDRESSEE' : caller.department === request.filedByDepartment ? 'REQUESTER' : 'OTHER';
        const result = nextState({ part: part?.status ?? 'ADDRESSED', closed }, step, actor);
        if (!result.allowed) throw refusal(requestNo, step, result, part?.status ?? 'NONE');
      }
      await write(tx, request, caller, now);
      await emitEvent(tx, 'assistanceRequestUpdated', {
        requestNo,
        zone: request.zone,
        status: STATUS_AFTER[step],
        requestingDepartment: request.filedByDepartment as Department,
        addressedDepartments: request.parts.map((part) => part.department as Department),
        actingDepartment: caller.department,
        dueAt: request.dueAt.toISOString(),
      });
      return (await tx.assistanceRequest.findUnique({ where: { requestNo }, include: { parts: { orderBy: { department: 'asc' } } } }))!;
    }),
  );
}

export function acknowledgeAssistanceRequest(context: CommerceContext, requestNo: string): Promise<AssistanceRequestRow> {
  return transition(context, requestNo, 'ACKNOWLEDGE', async (tx, request, caller, now) => {
    await tx.assistancePart.update({
      where: { requestNo_department: { requestNo, department: caller.department } },
      data: { status: 'ACKNOWLEDGED', acknowledgedAt: now, acknowledgedBy: caller.organisation },
    });
  });
}

export function answerAssistanceRequest(context: CommerceContext, requestNo: string, answer: AssistanceAnswerFields): Promise<AssistanceRequestRow> {
  const problems: FieldProblem[] = [];
  const findings = textProblem('answer.findings', answer.findings);
  if (findings) problems.push(findings);
  if (answer.evidence.length > MAX_EVIDENCE) problems.push({ field: 'answer.evidence', reason: `must name at most ${MAX_EVIDENCE} records or attestations` });
  answer.evidence.forEach((item, i) => {
    if (item.trim().length === 0) problems.push({ field: `answer.evidence[${i}]`, reason: 'must not be empty' });
  });
  if (problems.length > 0) throw badUserInput(problems);
  const measures = answer.applyMeasures ?? [];
  return transition(context, requestNo, 'ANSWER', async (tx, request, caller, now) => {
    const measureProblems = appliedMeasureProblems(measures, request.actions, caller.department, 'answer.applyMeasures');
    if (measureProblems.length > 0) throw badUserInput(measureProblems);
    await tx.assistancePart.update({
      where: { requestNo_department: { requestNo, department: caller.department } },
      data: { status: 'ANSWERED', answeredAt: now, answeredBy: caller.organisation, findings: answer.findings.trim(), evidence: answer.evidence.map((e) => e.trim()) },
    });
    for (const kind of measures) {
      await tx.jointMeasure.create({
        data: { requestNo, kind, department: MEASURES[kind].department, zone: request.zone, subjectType: request.subjectType, subjectKey: request.subjectKey, since: now },
      });
      await emitMeasureChanged(tx, { kind, source: 'ASSISTANCE_REQUEST', zone: request.zone, subject: subjectOfStored(request.subjectType, request.subjectKey), inForce: true });
    }
  });
}

export function declineAssistanceRequest(context: CommerceContext, requestNo: string, reason: string): Promise<AssistanceRequestRow> {
  const problem = textProblem('reason', reason);
  if (problem) throw badUserInput(problem);
  return transition(context, requestNo, 'DECLINE', async (tx, _request, caller, now) => {
    await tx.assistancePart.update({
      where: { requestNo_department: { requestNo, department: caller.department } },
      data: { status: 'DECLINED', declinedAt: now, declinedBy: caller.organisation, declineReason: reason.trim() },
    });
  });
}

export function closeAssistanceRequest(context: CommerceContext, requestNo: string, note: string): Promise<AssistanceRequestRow> {
  const problem = textProblem('note', note);
  if (problem) throw badUserInput(problem);
  return transition(context, requestNo, 'CLOSE', async (tx, request, caller, now) => {
    const open = request.parts.filter((part) => !SETTLED.has(part.status)).map((part) => part.department);
    if (open.length > 0) await tx.assistancePart.updateMany({ where: { requestNo, department: { in: open } }, data: { status: 'WITHDRAWN' } });
    await tx.assistanceRequest.update({ where: { requestNo }, data: { closedAt: now, closedBy: caller.organisation, closingNote: note.trim() } });
  });
}

/** A part as the API shows it: with the request's filing time and due date its timings are measured against. */
export type AssistancePartView = AssistancePart & { filedAt: Date; dueAt: Date };

export function partViews(request: AssistanceRequestRow): AssistancePartView[] {
  return request.parts.map((part) => ({ ...part, filedAt: request.filedAt, dueAt: request.dueAt }));
}

/**
 * Announces, in the write's transaction, that a joint measure came into force on a subject or was
 * lifted (jointMeasureChanged): delivered to the callers of the subject's zone. A person is named
 * by the keyed ID hash only.
 */
export async function emitMeasureChanged(
  tx: Prisma.TransactionClient,
  change: { kind: MeasureKind; source: MeasureSource; zone: ZoneCode | null; subject: SubjectRef; inForce: boolean },
): Promise<void> {
  await emitEvent(tx, 'jointMeasureChanged', {
    subjectKind: change.subject.type,
    subjectKey: change.subject.parts.join(' '),
    zone: change.zone,
    measure: change.kind,
    source: change.source,
    inForce: change.inForce,
    department: MEASURES[change.kind].department,
  });
}
