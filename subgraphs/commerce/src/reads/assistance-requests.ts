import { badUserInput, forbidden, pageSize, type Caller, type ZoneCode } from '@zone/common';
import { Prisma } from '../generated/prisma/client';
import type { CommerceContext } from '../context';
import { subjectKeyText, subjectOf, type SubjectInputFields } from '../rules/subject';
import type { AssistanceRequestRow } from '../writes/assistance';
import { departmentValue, type DepartmentValue } from '../writes/subject-zone';

const PAGE = { fallback: 20, max: 100 };

/**
 * The requests a caller may see: regulators all of them; commerce, which routes them, all of them;
 * another department's officers and systems those it filed or is addressed in. Banks and the
 * platform none. A zone-bound caller only its zone.
 */
export function visibleRequests(caller: Caller): Prisma.AssistanceRequestWhereInput {
  const zone = caller.zone ? { zone: caller.zone } : {};
  if (caller.role === 'REGULATOR') return zone;
  if ((caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department) {
    if (caller.department === 'commerce') return zone;
    return { ...zone, OR: [{ filedByDepartment: caller.department }, { parts: { some: { department: caller.department } } }] };
  }
  throw forbidden(`Assistance requests are for departments and regulators, not a ${caller.role}`);
}

export async function assistanceRequestByNo(context: CommerceContext, requestNo: string): Promise<AssistanceRequestRow | null> {
  if (!/^AR\d{12}$/.test(requestNo)) throw badUserInput({ field: 'requestNo', reason: 'must be AR followed by 12 digits' });
  return context.prisma.assistanceRequest.findFirst({ where: { AND: [{ requestNo }, visibleRequests(context.caller)] }, include: { parts: { orderBy: { department: 'asc' } } } });
}

export interface AssistanceRequestFilterFields {
  mine?: 'FILED' | 'ADDRESSED' | null;
  status?: 'OPEN' | 'ANSWERED' | 'CLOSED' | null;
  overdue?: boolean | null;
  zone?: ZoneCode | null;
  subject?: SubjectInputFields | null;
}

const OPEN_STEPS = ['ADDRESSED', 'ACKNOWLEDGED'] as const;

/** Requests with an acknowledgement or answer overdue at `now`. */
export function overdueNow(now: Date): Prisma.AssistanceRequestWhereInput {
  return {
    closedAt: null,
    OR: [
      { parts: { some: { status: 'ADDRESSED', acknowledgeDueAt: { lt: now } } } },
      { dueAt: { lt: now }, parts: { some: { status: { in: [...OPEN_STEPS] } } } },
    ],
  };
}

export function encodeRequestCursor(requestNo: string): string {
  return Buffer.from(`assistance:${requestNo}`, 'utf8').toString('base64url');
}

function decodeRequestCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const requestNo = text.startsWith('assistance:') ? text.slice('assistance:'.length) : '';
  if (!/^AR\d{12}$/.test(requestNo)) throw badUserInput({ field: 'after', reason: 'is not a cursor returned by this connection' });
  return requestNo;
}

/** The caller's visible requests narrowed by the filter, newest first, one page after the cursor. */
export async function assistanceRequestPage(context: CommerceContext, filter: AssistanceRequestFilterFields, first: number | null | undefined, after: string | null | undefined) {
  const caller = context.caller;
  const size = pageSize('first', first, PAGE.fallback, PAGE.max);
  const conditions: Prisma.AssistanceRequestWhereInput[] = [visibleRequests(caller)];
  if (filter.mine) {
    if (!caller.department) throw badUserInput({ field: 'filter.mine', reason: "only a department's officers and systems have requests of their own" });
    conditions.push(filter.mine === 'FILED' ? { filedByDepartment: caller.department } : { parts: { some: { department: caller.department } } });
  }
  if (filter.status === 'CLOSED') conditions.push({ closedAt: { not: null } });
  if (filter.status === 'OPEN') conditions.push({ closedAt: null, parts: { some: { status: { in: [...OPEN_STEPS] } } } });
  if (filter.status === 'ANSWERED') conditions.push({ closedAt: null, parts: { none: { status: { in: [...OPEN_STEPS] } } } });
  if (filter.overdue === true) conditions.push(overdueNow(context.clock()));
  if (filter.overdue === false) conditions.push({ NOT: overdueNow(context.clock()) });
  if (filter.zone) conditions.push({ zone: filter.zone });
  if (filter.subject) {
    const { subject, problems } = subjectOf(filter.subject, 'filter.subject');
    if (!subject) throw badUserInput(problems);
    conditions.push({ subjectType: subject.type, subjectKey: subjectKeyText(subject) });
  }
  const where: Prisma.AssistanceRequestWhereInput = { AND: conditions };
  const afterNo = after ? decodeRequestCursor(after) : null;
  const [rows, totalCount] = await Promise.all([
    context.prisma.assistanceRequest.findMany({
      where: afterNo ? { AND: [where, { requestNo: { lt: afterNo } }] } : where,
      include: { parts: { orderBy: { department: 'asc' } } },
      orderBy: { requestNo: 'desc' },
      take: size + 1,
    }),
    context.prisma.assistanceRequest.count({ where }),
  ]);
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeRequestCursor(node.requestNo) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

export interface AssistanceTimingRow {
  department: DepartmentValue;
  addressed: number;
  acknowledged: number;
  answered: number;
  declined: number;
  overdueNow: number;
  meanHoursToAcknowledge: number | null;
  maxHoursToAcknowledge: number | null;
  meanHoursToAnswer: number | null;
  maxHoursToAnswer: number | null;
}

/**
 * Per addressed department: how many parts, how many acknowledged, answered, declined and overdue
 * now, and the mean and longest hours from filing to acknowledgement and to answer (or decline).
 * Departments, commerce and regulators; a zone-bound caller its zone.
 */
export async function assistanceTimings(context: CommerceContext, since: Date | null | undefined, zone: ZoneCode | null | undefined): Promise<AssistanceTimingRow[]> {
  const caller = context.caller;
  if (caller.role !== 'REGULATOR' && !((caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department)) {
    throw forbidden(`Assistance timings are for departments and regulators, not a ${caller.role}`);
  }
  if (caller.zone && zone && zone !== caller.zone) return [];
  const scope = caller.zone ?? zone ?? null;
  const now = context.clock();
  const rows = await context.prisma.$queryRaw<{
    department: string; addressed: number; acknowledged: number; answered: number; declined: number; overdue_now: number;
    mean_ack: number | null; max_ack: number | null; mean_answer: number | null; max_answer: number | null;
  }[]>`
    SELECT p.department,
      count(*)::int AS addressed,
      count(p.acknowledged_at)::int AS acknowledged,
      count(*) FILTER (WHERE p.status = 'ANSWERED')::int AS answered,
      count(*) FILTER (WHERE p.status = 'DECLINED')::int AS declined,
      count(*) FILTER (WHERE r.closed_at IS NULL AND (
        (p.status = 'ADDRESSED' AND p.acknowledge_due_at < ${now}) OR (p.status IN ('ADDRESSED', 'ACKNOWLEDGED') AND r.due_at < ${now})
      ))::int AS overdue_now,
      (avg(extract(epoch FROM p.acknowledged_at - r.filed_at)) / 3600)::float8 AS mean_ack,
      (max(extract(epoch FROM p.acknowledged_at - r.filed_at)) / 3600)::float8 AS max_ack,
      (avg(extract(epoch FROM coalesce(p.answered_at, p.declined_at) - r.filed_at)) / 3600)::float8 AS mean_answer,
      (max(extract(epoch FROM coalesce(p.answered_at, p.declined_at) - r.filed_at)) / 3600)::float8 AS max_answer
    FROM assistance_part p JOIN assistance_request r ON r.request_no = p.request_no
    WHERE r.filed_at >= ${since ?? new Date(0)} ${scope ? Prisma.sql`AND r.zone = ${scope}::"Zone"` : Prisma.empty}
    GROUP BY p.department ORDER BY p.department`;
  const round = (hours: number | null) => (hours === null ? null : Math.round(hours * 100) / 100);
  return rows.map((row) => ({
    department: departmentValue(row.department),
    addressed: row.addressed,
    acknowledged: row.acknowledged,
    answered: row.answered,
    declined: row.declined,
    overdueNow: row.overdue_now,
    meanHoursToAcknowledge: round(row.mean_ack),
    maxHoursToAcknowledge: round(row.max_ack),
    meanHoursToAnswer: round(row.mean_answer),
    maxHoursToAnswer: round(row.max_answer),
  }));
}
