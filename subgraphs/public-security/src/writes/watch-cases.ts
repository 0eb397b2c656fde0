import { GraphQLError } from 'graphql';
import {
  InputProblems,
  TRANSACTION_OPTIONS,
  assertCallerInZone,
  emitEvent,
  forbidden,
  hashIdNumber,
  lockBusinessKey,
  notFound,
  retryOnLostRace,
  usccProblem,
  type Caller,
  type ZoneCode,
} from '@zone/common';
import type { PublicSecurityContext } from '../context';
import type { WatchCase } from '../generated/prisma/client';
import { requireIdHashKey } from '../config';
import { idNumberArgumentProblem } from '../id-number-argument';
import { mayHandleWatchCases, subjectProblems, watchCaseNumber } from '../rules/watch-cases';
import { PublicSecurityEnterpriseZoneDocument } from '../generated/federated/graphql';

const RECORD_TYPE = 'public-security.watch-case';

export interface OpenWatchCaseArgs {
  subjectKind: 'ENTERPRISE' | 'PERSON';
  uscc?: string | null;
  /** Whatever the IdNumber argument held: checked here, see id-number-argument. */
  idNumber?: unknown;
  zone?: ZoneCode | null;
  category: string;
  summary: string;
  legalBasis: string;
}

function assertHandles(caller: Caller): void {
  if (!mayHandleWatchCases(caller)) {
    throw forbidden(`A ${caller.role}${caller.department ? ` of ${caller.department}` : ''} may not handle watch cases: public security's officers and system only`);
  }
}

const textProblem = (max: number) => (value: string) => (value.trim().length === 0 ? 'must not be empty' : Array.from(value).length > max ? `must be at most ${max} characters` : null);

/** The event every open or close announces: the flag, never the file. */
function flagEvent(watchCase: WatchCase, active: boolean) {
  return {
    subjectKind: watchCase.subjectKind,
    subjectKey: watchCase.subjectKey,
    zone: watchCase.zone,
    category: watchCase.category,
    since: watchCase.openedAt.toISOString(),
    caseReference: watchCase.caseNo,
    active,
  };
}

/**
 * openWatchCase: a case on an enterprise (its zone as commerce registered it, read through the
 * federated API) or a person (kept only as the keyed hash of the ID number), zone-checked and
 * locked per subject, announced as watchFlagRaised in the same transaction. A case already open
 * on the subject in the category is answered unchanged.
 */
export async function openWatchCase(context: PublicSecurityContext, args: OpenWatchCaseArgs): Promise<WatchCase> {
  const { caller } = context;
  assertHandles(caller);
  const problems = new InputProblems();
  for (const problem of subjectProblems(args, caller.zone)) problems.add(problem.field, problem.reason);
  if (args.uscc !== null && args.uscc !== undefined) problems.check('uscc', args.uscc, usccProblem);
  if (args.idNumber !== null && args.idNumber !== undefined) problems.check('idNumber', args.idNumber, idNumberArgumentProblem);
  problems.check('summary', args.summary, textProblem(1000)).check('legalBasis', args.legalBasis, textProblem(500));
  problems.throwIfAny();

  let subjectKey: string;
  let zone: ZoneCode;
  if (args.subjectKind === 'ENTERPRISE') {
    subjectKey = args.uscc!;
    const registered = await enterpriseZoneOf(context, subjectKey);
    if (!registered) throw notFound(`Commerce has no enterprise ${subjectKey}`);
    zone = registered;
  } else {
    subjectKey = hashIdNumber(args.idNumber as string, requireIdHashKey(context.config));
    zone = (args.zone ?? caller.zone)!;
  }
  assertCallerInZone(caller, zone, 'open watch cases on subjects');

  return retryOnLostRace(() =>
    context.prisma.$transaction(async (tx) => {
      await lockBusinessKey(tx, RECORD_TYPE, args.subjectKind, subjectKey);
      const open = await tx.watchCase.findFirst({ where: { subjectKind: args.subjectKind, subjectKey, category: args.category, closedAt: null }, orderBy: { openedAt: 'asc' } });
      if (open) return open;
      const [row] = await tx.$queryRaw<{ id: bigint }[]>`SELECT nextval(pg_get_serial_sequence('watch_case', 'id')) AS id`;
      const created = await tx.watchCase.create({
        data: {
          id: row!.id,
          caseNo: watchCaseNumber(row!.id),
          subjectKind: args.subjectKind,
          subjectKey,
          zone,
          category: args.category,
          summary: args.summary.trim(),
          legalBasis: args.legalBasis.trim(),
          openedBy: caller.organisation,
        },
      });
      await emitEvent(tx, 'watchFlagRaised', flagEvent(created, true));
      return created;
    }, TRANSACTION_OPTIONS),
  );
}

/** closeWatchCase: closes an open case with the reason (lifting its flag, announced as watchFlagRaised with active false). */
export async function closeWatchCase(context: PublicSecurityContext, caseNo: string, reason: string): Promise<WatchCase> {
  const { caller } = context;
  assertHandles(caller);
  const problems = new InputProblems().check('caseNo', caseNo, (value) => (/^GAWC\d{10}$/.test(value) ? null : 'must be GAWC and ten digits')).check('reason', reason, textProblem(1000));
  problems.throwIfAny();
  const existing = await context.prisma.watchCase.findUnique({ where: { caseNo } });
  if (!existing) throw notFound(`Public security has no watch case ${caseNo}`);
  assertCallerInZone(caller, existing.zone, 'close watch cases on subjects');
  return retryOnLostRace(() =>
    context.prisma.$transaction(async (tx) => {
      await lockBusinessKey(tx, RECORD_TYPE, existing.subjectKind, existing.subjectKey);
      const current = await tx.watchCase.findUniqueOrThrow({ where: { caseNo } });
      if (current.closedAt !== null) return current;
      const closed = await tx.watchCase.update({ where: { caseNo }, data: { closedAt: new Date(), closedBy: caller.organisation, closeReason: reason.trim() } });
      await emitEvent(tx, 'watchFlagRaised', flagEvent(closed, false));
      return closed;
    }, TRANSACTION_OPTIONS),
  );
}

/** The zone commerce registered the enterprise in; null when commerce does not know it. */
async function enterpriseZoneOf(context: PublicSecurityContext, uscc: string): Promise<ZoneCode | null> {
  const result = await context.federated.request(PublicSecurityEnterpriseZoneDocument, { uscc }, { purpose: 'watch case: zone of the enterprise' });
  if (result.errors.length > 0 || result.data === null) {
    const reasons = result.errors.map((e) => e.message).join('; ') || 'no data';
    throw new GraphQLError(`Public security could not read enterprise ${uscc} through the federated API: ${reasons}`, { extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'gateway' } });
  }
  return result.data.enterprise?.zone ?? null;
}
