import { GraphQLError } from 'graphql';
import { assertCallerInZone, badUserInput, conflict, forbidden, lockBusinessKey, notFound, retryOnLostRace, type Caller, type ZoneCode } from '@zone/common';
import type { JointMeasureEffect } from '../generated/prisma/client';
import type { CommerceContext } from '../context';
import {
  MEASURES,
  NEGATIVE_LIST_MEASURES,
  creditClassMeasures,
  measureId,
  parseMeasureId,
  type MeasureKind,
  type MeasureSource,
} from '../rules/joint-measures';
import { subjectKeyText, subjectOfStored, type SubjectRef } from '../rules/subject';
import { departmentCaller, emitMeasureChanged } from './assistance';
import { zoneOfSubject } from './subject-zone';
import { CommerceCreditClassDocument } from '../generated/federated/graphql';

/** A joint measure as jointMeasures shows it, whatever its source. */
export interface MeasureView {
  id: string;
  kind: MeasureKind;
  source: MeasureSource;
  basis: string;
  subject: SubjectRef;
  zone: ZoneCode | null;
  since: Date | null;
  liftedAt: Date | null;
  liftReason: string | null;
}

export const inForce = (measure: Pick<MeasureView, 'liftedAt'>) => measure.liftedAt === null;

/** The customs credit class of an enterprise, read from customs through the federated API. */
async function creditClassOf(context: CommerceContext, uscc: string): Promise<string | null> {
  const result = await context.federated.request(CommerceCreditClassDocument, { uscc }, { purpose: 'joint measures: customs credit class' });
  if (result.errors.length > 0 || result.data === null) {
    const reasons = result.errors.map((error) => error.message).join('; ') || 'no data';
    throw new GraphQLError(`Commerce could not read the customs credit class through the federated API: ${reasons}`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'customs' },
    });
  }
  return result.data.enterprise?.customsCreditClass ?? null;
}

export interface MeasureQuery {
  inForceOnly: boolean;
  /** Only the measures this department applies (a department asking what applies in its process). */
  department: string | null;
}

/**
 * Every measure on a subject from its three sources: the negative list (an enterprise's listings,
 * each putting every punishment in force until lifted), the customs credit class (in force while
 * the class stands) and the measures answered assistance requests put in force. A zone-bound caller
 * sees nothing of another zone's subject.
 */
export async function jointMeasuresOf(context: CommerceContext, subject: SubjectRef, query: MeasureQuery): Promise<MeasureView[]> {
  const caller = context.caller;
  if (caller.role === 'BANK' || caller.role === 'PLATFORM') throw forbidden(`Joint measures are for departments and regulators, not a ${caller.role}`);
  const zone = await zoneOfSubject(context, subject);
  if (subject.type !== 'PERSON' && zone === null) return [];
  if (caller.zone && zone && caller.zone !== zone) return [];
  const wanted = (kind: MeasureKind) => query.department === null || MEASURES[kind].department === query.department;
  const views: MeasureView[] = [];

  if (subject.type === 'ENTERPRISE') {
    const uscc = subject.parts[0]!;
    const listings = await context.prisma.negativeListEntry.findMany({ where: { uscc, ...(query.inForceOnly ? { liftedAt: null } : {}) }, orderBy: { listedAt: 'desc' } });
    for (const listing of listings) {
      for (const kind of NEGATIVE_LIST_MEASURES.filter(wanted)) {
        views.push({ id: measureId('NEGATIVE_LIST', String(listing.id), kind), kind, source: 'NEGATIVE_LIST', basis: `${listing.reason} (${listing.legalBasis})`, subject, zone, since: listing.listedAt, liftedAt: listing.liftedAt, liftReason: listing.liftReason });
      }
    }
    const creditKinds = ['CUSTOMS_NO_AUTO_RELEASE', 'REWARD_LOWER_REVIEW'] as const;
    // Customs applies its own credit class directly; asking it back through the gateway would add nothing.
    const customsItself = caller.department === 'customs' && query.department === 'customs';
    if (creditKinds.some(wanted) && !customsItself) {
      const creditClass = await creditClassOf(context, uscc);
      for (const kind of creditClassMeasures(creditClass ?? 'GENERAL').filter(wanted)) {
        views.push({ id: measureId('CREDIT_CLASS', uscc, kind), kind, source: 'CREDIT_CLASS', basis: `customs credit class ${creditClass}`, subject, zone, since: null, liftedAt: null, liftReason: null });
      }
    }
  }

  const rows = await context.prisma.jointMeasure.findMany({
    where: {
      subjectType: subject.type,
      subjectKey: subjectKeyText(subject),
      ...(query.inForceOnly ? { liftedAt: null } : {}),
      ...(query.department ? { department: query.department } : {}),
      // A person has no zone of its own: a zone-bound caller sees the measures of requests filed in its zone.
      ...(caller.zone ? { zone: caller.zone } : {}),
    },
    orderBy: { id: 'desc' },
  });
  for (const row of rows) {
    views.push({ id: measureId('ASSISTANCE_REQUEST', row.requestNo, row.kind), kind: row.kind, source: 'ASSISTANCE_REQUEST', basis: `assistance request ${row.requestNo}`, subject, zone: row.zone, since: row.since, liftedAt: row.liftedAt, liftReason: row.liftReason });
  }
  return views;
}

/** The measures an answered request put in force, as views. */
export function measureViewsOfRows(rows: { requestNo: string; kind: MeasureKind; zone: ZoneCode; subjectType: SubjectRef['type']; subjectKey: string; since: Date; liftedAt: Date | null; liftReason: string | null }[]): MeasureView[] {
  return rows.map((row) => ({
    id: measureId('ASSISTANCE_REQUEST', row.requestNo, row.kind),
    kind: row.kind,
    source: 'ASSISTANCE_REQUEST',
    basis: `assistance request ${row.requestNo}`,
    subject: subjectOfStored(row.subjectType, row.subjectKey),
    zone: row.zone,
    since: row.since,
    liftedAt: row.liftedAt,
    liftReason: row.liftReason,
  }));
}

function parsedId(id: string) {
  const parsed = parseMeasureId(id);
  if (!parsed) throw badUserInput({ field: 'measureId', reason: 'is not the id of a joint measure (SOURCE:KEY:KIND, as jointMeasures shows it)' });
  return parsed;
}

function assertAppliedBy(caller: Caller & { department: string }, kind: MeasureKind, what: string): void {
  if (MEASURES[kind].department !== caller.department) throw forbidden(`Only ${MEASURES[kind].department} ${what} ${kind}, not ${caller.department}`);
}

/** Lifts a measure an answered request put in force: the applying department only, once. */
export async function liftJointMeasure(context: CommerceContext, id: string, reason: string): Promise<MeasureView> {
  const caller = departmentCaller(context.caller, 'lift joint measures');
  const { source, sourceKey, kind } = parsedId(id);
  if (reason.trim().length === 0) throw badUserInput({ field: 'reason', reason: 'must not be empty' });
  if (source === 'NEGATIVE_LIST') throw conflict(`Measure ${id} follows the negative list: it is lifted with the listing (liftFromNegativeList)`);
  if (source === 'CREDIT_CLASS') throw conflict(`Measure ${id} follows the customs credit class: it is lifted when customs changes the class`);
  assertAppliedBy(caller, kind, 'lifts');
  return retryOnLostRace(() =>
    context.prisma.$transaction(async (tx) => {
      await lockBusinessKey(tx, 'commerce.joint-measure', id);
      const row = await tx.jointMeasure.findUnique({ where: { requestNo_kind: { requestNo: sourceKey, kind } } });
      if (!row) throw notFound(`Joint measure ${id} does not exist`);
      assertCallerInZone(caller, row.zone, 'lift joint measures on subjects');
      if (row.liftedAt) throw conflict(`Joint measure ${id} was lifted already at ${row.liftedAt.toISOString()}`);
      const lifted = await tx.jointMeasure.update({ where: { id: row.id }, data: { liftedAt: context.clock(), liftedBy: caller.organisation, liftReason: reason.trim() } });
      await emitMeasureChanged(tx, { kind, source, zone: row.zone, subject: subjectOfStored(row.subjectType, row.subjectKey), inForce: false });
      return measureViewsOfRows([lifted])[0]!;
    }),
  );
}

/**
 * Records where a measure in force bit: the applying department's report of the process step and
 * the record. A measure not in force (lifted, or a listing lifted) is a CONFLICT: it bit nowhere.
 */
export async function reportJointMeasureEffect(
  context: CommerceContext,
  id: string,
  effect: { process: string; recordRef: string; outcome: string },
): Promise<JointMeasureEffect> {
  const caller = departmentCaller(context.caller, 'report where joint measures took effect');
  const { source, sourceKey, kind } = parsedId(id);
  assertAppliedBy(caller, kind, 'reports where it applied');
  for (const [field, value] of Object.entries(effect)) {
    if (value.trim().length === 0) throw badUserInput({ field, reason: 'must not be empty' });
  }
  let zone: ZoneCode | null = null;
  if (source === 'NEGATIVE_LIST') {
    const listing = /^\d{1,18}$/.test(sourceKey) ? await context.prisma.negativeListEntry.findUnique({ where: { id: BigInt(sourceKey) } }) : null;
    if (!listing) throw notFound(`Joint measure ${id} does not exist`);
    if (listing.liftedAt) throw conflict(`Joint measure ${id} is not in force: the listing was lifted`);
    zone = (await context.prisma.enterprise.findUnique({ where: { uscc: listing.uscc }, select: { zone: true } }))?.zone ?? null;
  } else if (source === 'ASSISTANCE_REQUEST') {
    const row = await context.prisma.jointMeasure.findUnique({ where: { requestNo_kind: { requestNo: sourceKey, kind } } });
    if (!row) throw notFound(`Joint measure ${id} does not exist`);
    if (row.liftedAt) throw conflict(`Joint measure ${id} is not in force: it was lifted`);
    zone = row.zone;
  } else {
    zone = (await context.prisma.enterprise.findUnique({ where: { uscc: sourceKey }, select: { zone: true } }))?.zone ?? null;
    if (!zone) throw notFound(`Joint measure ${id} does not exist`);
  }
  if (zone) assertCallerInZone(caller, zone, 'report joint measures on subjects');
  return context.prisma.$transaction(async (tx) => {
    await lockBusinessKey(tx, 'commerce.joint-measure-effect', id);
    return tx.jointMeasureEffect.create({
      data: { measureId: id, department: caller.department, process: effect.process.trim(), recordRef: effect.recordRef.trim(), outcome: effect.outcome.trim(), at: context.clock(), reportedBy: caller.organisation },
    });
  });
}
