import { GraphQLError } from 'graphql';
import { InputProblems, assertCallerInZone, assertMayWriteInZone, conflict, contentHash, hsChapter, lockBusinessKey, queueByBusinessKey, retryOnLostRace, writeOutcome, type Caller, type WriteOutcome, chinaCalendarYear, chinaCalendarYearRange } from '@zone/common';
import { Prisma, type InventoryList, type PrismaClient } from '../generated/prisma/client';
import type { CustomsContext } from '../context';
import { formatInvtNo, formatPreNo } from '../rules/inventory-number';
import { checkListDeclaration, dutiableValueOf, goodsValueOf, pieceCountOf, type DeclaredList } from '../rules/list-declaration';
import { RECEIPT_STATUS_CODES } from '../rules/receipt-status';
import { decideRelease, type CustomsCreditClass, type HsChapterRiskTable, type ReleaseDecision } from '../rules/release-decision';
import { assessRetailImportLimits, retailTaxTreatmentOf } from '../rules/retail-import-limits';
import { formatAmount, type RuleReason } from '../rules/rule-reason';
import { matchThreeDocuments, type IdentityCheckOfOrder, type IdentityVerdict, type ThreeDocumentMatch } from '../rules/three-document-match';
import { creditClassOf } from './credit-class';
import { listColumnsOf, listContentOf, listContentOfRow, type ListContent } from './list-content';
import { nextSerial } from './serials';
import { attestListDecisions, revokeListAttestations } from './attestations';
import { jointMeasuresInForce, reportJointMeasureEffects, type MeasureEffect, type MeasureInForce } from '@zone/common';
import { BUYER_IDENTITY_VERIFIED } from '../rules/list-attestation';
import { recogniseAttestation, type AttestationSigner, type Recognition } from '@zone/common';
import { requestTaxBill, settleTaxBill } from './tax-bill-calls';
import { emitListFact } from './settlement-evidence';
import { listMoveFact } from '../rules/settlement-evidence';
import { CustomsMatchingDocumentsDocument } from '../generated/federated/graphql';

export interface ListDeclarationResult {
  outcome: WriteOutcome;
  revision: number;
  list: InventoryList;
  /** What a reward waived in this declaration's grading (empty when the list was not graded afresh). */
  waived?: readonly RuleReason[];
}

/** appType of the customs message standard, kept with each revision. */
const APP_TYPE = { created: 1, changed: 2 } as const;

export const MATCHING_PURPOSE = 'three-document matching of an inventory list';

interface MatchingDocuments {
  order: {
    ebpCode: string;
    orderNo: string;
    direction: 'IMPORT' | 'EXPORT';
    tradeMode: string;
    zone: string;
    ebcCode: string;
    actualPaid: string;
    currency: string;
    buyer: { name: string; idHash: string | null };
    payment: { ebpCode: string; orderNo: string; amountPaid: string; currency: string; payer: { name: string; idHash: string | null } } | null;
    waybill: { logisticsCode: string; logisticsNo: string; ebpCode: string; orderNo: string } | null;
    buyerIdentityCheck: { verdict: IdentityVerdict; idHash: string | null; attestation?: { token: string } | null } | null;
  } | null;
  enterprise: { uscc: string; negativeListed: boolean; watchFlag?: { caseReference: string } | null } | null;
}

/** What customs learnt from the other departments, checked against the list, and the joint measures customs applies to it. */
type Facts = MatchingDocuments & {
  order: NonNullable<MatchingDocuments['order']>;
  enterprise: NonNullable<MatchingDocuments['enterprise']>;
  /** Joint measures customs applies to the list. */
  measures?: readonly MeasureInForce[];
  /** Public security's identity attestation of an import's buyer, verified: recognised (its serial) or not (why); null when none was offered. */
  identityRecognition?: Recognition | null;
};

/**
 * Mutual recognition: customs accepts public security's signed word on the buyer's identity,
 * verified through the gateway (signature, key, expiry, revocation), instead of re-reading the
 * check; the attestation is of the order, whose checks public security makes of its buyer only.
 */
async function recogniseIdentity(context: CustomsContext, facts: Facts): Promise<Facts> {
  const token = facts.order.direction === 'IMPORT' ? facts.order.buyerIdentityCheck?.attestation?.token : undefined;
  if (!token) return { ...facts, identityRecognition: null };
  const recognition = await recogniseAttestation(
    context.federated,
    token,
    { issuer: 'public-security', claims: [BUYER_IDENTITY_VERIFIED], subjectType: 'Order', subjectKey: `${facts.order.ebpCode}/${facts.order.orderNo}` },
    'three-document matching: buyer identity attestation',
  );
  return { ...facts, identityRecognition: recognition };
}

/** The identity check matching judges: the recognised attestation, else the check as recorded (with why its attestation failed). */
function identityCheckOf(facts: Facts): IdentityCheckOfOrder | null {
  const recognition = facts.identityRecognition;
  if (recognition?.recognised) return { verdict: 'MATCH', idHash: facts.order.buyer.idHash };
  const check = facts.order.buyerIdentityCheck;
  if (!check) return null;
  return recognition ? { verdict: check.verdict, idHash: check.idHash, attestationProblem: recognition.problem } : { verdict: check.verdict, idHash: check.idHash };
}

async function fetchDocuments(context: CustomsContext, list: DeclaredList): Promise<MatchingDocuments> {
  const result = await context.federated.request(
    CustomsMatchingDocumentsDocument,
    { ebpCode: list.ebpCode, orderNo: list.orderNo, ebcCode: list.ebcCode },
    { purpose: MATCHING_PURPOSE },
  );
  // Matching on partial data would turn an unreachable department into a "missing" document.
  if (result.errors.length > 0 || result.data === null) {
    const where = result.errors.map((e) => (e.path ? e.path.join('.') : e.message)).join(', ');
    throw new GraphQLError(`Customs could not obtain the documents to match the list (${where || 'no data'}); try again later`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'gateway' },
    });
  }
  return result.data;
}

/** The list's keys must name an order commerce recorded, as that order has them. */
function checkAgainstOrder(list: DeclaredList, documents: MatchingDocuments): Facts {
  const problems = new InputProblems();
  const { order, enterprise } = documents;
  if (!order) {
    problems.add('input.orderNo', `is not an order commerce has recorded for platform ${list.ebpCode}`);
  } else {
    if (order.ebcCode !== list.ebcCode) problems.add('input.ebcCode', 'is not the e-commerce enterprise of the order');
    if (order.direction !== list.direction) problems.add('input.direction', `must be ${order.direction}, the direction of the order`);
    if (order.tradeMode !== list.tradeMode) problems.add('input.tradeMode', `must be ${order.tradeMode}, the trade mode of the order`);
    if (order.zone !== list.zone) problems.add('input.zone', `must be ${order.zone}, the zone of the order`);
  }
  if (!enterprise) problems.add('input.ebcCode', 'is not a registered enterprise');
  problems.throwIfAny();
  return documents as Facts;
}

interface Examination {
  matching: ThreeDocumentMatch;
  release: ReleaseDecision;
  retailTaxTreatment: string | null;
}

/** Matching, personal limits and risk grading of a list; needs the buyer's lock held for imports. */
async function examine(
  tx: Prisma.TransactionClient,
  list: ListContent,
  facts: Facts,
  options: { chapterRisk: HsChapterRiskTable; now: Date },
): Promise<Examination> {
  const { order } = facts;
  const documents = {
    order: { ebpCode: order.ebpCode, orderNo: order.orderNo, actualPaid: order.actualPaid, currency: order.currency, buyerIdHash: order.buyer.idHash, buyerName: order.buyer.name },
    payment: order.payment
      ? { ...order.payment, payerIdHash: order.payment.payer.idHash, payerName: order.payment.payer.name }
      : null,
    waybill: order.waybill,
    list: { ebpCode: list.ebpCode, orderNo: list.orderNo, logisticsCode: list.logisticsCode, logisticsNo: list.logisticsNo },
  };
  let matching: ThreeDocumentMatch;
  let retailTaxTreatment: string | null = null;
  if (list.direction === 'IMPORT') {
    const usedThisYear = await annualUsage(tx, order.buyer.idHash, list, options.now);
    const retailLimits = assessRetailImportLimits({
      dutiableValue: formatAmount(dutiableValueOf(list)),
      itemCount: pieceCountOf(list),
      indivisible: list.indivisibleItem,
      usedThisYear,
    });
    matching = matchThreeDocuments({ ...documents, direction: 'IMPORT', identityCheck: identityCheckOf(facts), retailLimits });
    if (matching.matched) retailTaxTreatment = retailTaxTreatmentOf(retailLimits.outcome);
  } else {
    matching = matchThreeDocuments({ ...documents, direction: 'EXPORT' });
  }
  const creditClass: CustomsCreditClass = await creditClassOf(tx, list.ebcCode);
  const release = decideRelease({
    matching,
    creditClass,
    hsChapters: list.items.map((item) => hsChapter(item.hsCode)),
    onNegativeList: facts.enterprise.negativeListed,
    watchFlagged: facts.enterprise.watchFlag != null,
    // The negative list's own measure is graded above (NEGATIVE_LIST: inspection).
    noAutoRelease: (facts.measures ?? []).some((m) => m.kind === 'CUSTOMS_NO_AUTO_RELEASE' && m.source === 'ASSISTANCE_REQUEST'),
    chapterRisk: options.chapterRisk,
  });
  return { matching, release, retailTaxTreatment };
}

/**
 * What the buyer has used of the annual limit in the Beijing calendar year of `now`: the dutiable
 * value of every import list of the buyer declared that year that passed matching and stands
 * (neither rejected nor cancelled, and not returned), this order's own list excepted.
 */
async function annualUsage(tx: Prisma.TransactionClient, buyerIdHash: string | null, list: ListContent, now: Date): Promise<string> {
  if (buyerIdHash === null) return '0';
  // Two declarations for the same buyer wait for each other here, so they cannot both squeeze under the limit.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`customs-annual-limit:${buyerIdHash}`}, 0))`;
  const { start, end } = chinaCalendarYearRange(chinaCalendarYear(now));
  const rows = await tx.$queryRaw<{ used: Prisma.Decimal | null }[]>`
    SELECT sum(l.total_price + l.freight + l.insured_fee) AS used
    FROM inventory_list l
    WHERE l.buyer_id_hash = ${buyerIdHash}
      AND l.direction = 'IMPORT'
      AND l.matched
      AND l.status_code <> ${RECEIPT_STATUS_CODES.REJECTED}
      AND l.declared_at >= ${start} AND l.declared_at < ${end}
      AND NOT (l.ebp_code = ${list.ebpCode} AND l.order_no = ${list.orderNo})
      AND NOT EXISTS (SELECT 1 FROM list_request r WHERE r.list_id = l.id AND r.kind = 'RETURN' AND r.state = 'ACCEPTED')`;
  return rows[0]?.used?.toString() ?? '0';
}

function sameExamination(row: InventoryList, examination: Examination): boolean {
  return (
    contentHash(row.matchingReasons) === contentHash(examination.matching.reasons)
    && row.releaseDecision === examination.release.decision
    && contentHash(row.releaseReasons) === contentHash(examination.release.reasons)
    && row.retailTaxTreatment === examination.retailTaxTreatment
  );
}

function examinationColumns(examination: Examination, now: Date) {
  const { matching, release } = examination;
  return {
    matched: matching.matched,
    matchingReasons: matching.reasons as unknown as Prisma.InputJsonValue,
    releaseDecision: release.decision,
    releaseReasons: release.reasons as unknown as Prisma.InputJsonValue,
    decidedAt: now,
    retailTaxTreatment: examination.retailTaxTreatment,
    statusCode: release.statusCode,
    releasedAt: release.decision === 'AUTO_RELEASE' ? now : null,
  };
}

const { ACCEPTED, REJECTED, RELEASED, CLEARED } = RECEIPT_STATUS_CODES;

interface DeclarationRecord {
  content: ListContent;
  hash: string;
  facts: Facts;
  caller: Caller;
  now: Date;
  chapterRisk: HsChapterRiskTable;
  /** Customs' attestation key; null: decisions are recorded without attestations. */
  attestationSigner: AttestationSigner | null;
}

/**
 * Public security's standing attestation of the buyer's identity, which an import list's matching
 * relies on (recorded in customs' own attestations as reliedOn).
 */
function reliedOnOf(facts: Facts, content: ListContent): string[] {
  const recognition = content.direction === 'IMPORT' ? facts.identityRecognition : null;
  return recognition?.recognised ? [recognition.serial] : [];
}

async function writeList(tx: Prisma.TransactionClient, record: DeclarationRecord): Promise<ListDeclarationResult> {
  const { content, hash, facts, caller, now, chapterRisk } = record;
  const recordedBy = caller.organisation;
  const goodsValue = formatAmount(goodsValueOf(content));
  const columns = { ...listColumnsOf(content, goodsValue), buyerIdHash: content.direction === 'IMPORT' ? facts.order.buyer.idHash : null };
  await lockBusinessKey(tx, 'customs.inventory-list', content.ebpCode, content.orderNo);
  const existing = await tx.inventoryList.findUnique({ where: { ebpCode_orderNo: { ebpCode: content.ebpCode, orderNo: content.orderNo } } });

  if (!existing) {
    const examination = await examine(tx, content, facts, { chapterRisk, now });
    const serial = await nextSerial(tx);
    const year = chinaCalendarYear(now);
    const list = await tx.inventoryList.create({
      data: {
        ...columns,
        ...examinationColumns(examination, now),
        invtNo: formatInvtNo(content.customsCode, year, content.direction, serial),
        preNo: formatPreNo(content.customsCode, year, serial),
        declaredAt: now,
        contentHash: hash,
        revision: 1,
        items: { createMany: { data: content.items } },
      },
    });
    await tx.inventoryListRevision.create({
      data: { listId: list.id, revision: 1, appType: APP_TYPE.created, contentHash: hash, content, recordedAt: now, recordedBy },
    });
    await recordGrading(tx, list.id, ACCEPTED, examination, now);
    await attestListDecisions(tx, record.attestationSigner, list, now, reliedOnOf(facts, content));
    await emitListFact(tx, list, listMoveFact(null, list.statusCode));
    return { outcome: 'CREATED', revision: 1, list, waived: examination.release.waived };
  }

  assertCallerInZone(caller, existing.zone, 'declare lists');
  let currentHash = existing.contentHash;
  if (currentHash === null) {
    const stored = listContentOfRow(existing, await tx.inventoryItem.findMany({ where: { listId: existing.id } }));
    currentHash = contentHash(stored);
    if (currentHash !== hash) {
      // The content the list had before declarations were recorded stays on record as its first revision.
      await tx.inventoryListRevision.create({
        data: { listId: existing.id, revision: existing.revision, appType: APP_TYPE.created, contentHash: currentHash, content: stored, recordedAt: now, recordedBy: null },
      });
    }
  }
  const outcome = writeOutcome(currentHash, hash);
  const cancelled = (await tx.listRequest.count({ where: { listId: existing.id, kind: 'CANCELLATION', state: 'ACCEPTED' } })) > 0;
  const refusedAtMatching = existing.statusCode === REJECTED && existing.releaseDecision === 'REJECT' && !cancelled;

  if (outcome === 'UNCHANGED' && !refusedAtMatching) return { outcome, revision: existing.revision, list: existing };
  if (existing.statusCode === RELEASED || existing.statusCode === CLEARED) {
    throw conflict(`List ${existing.invtNo} has been released; a released list cannot change (request a return or declare a new order)`);
  }
  if (cancelled) throw conflict(`List ${existing.invtNo} has been cancelled and cannot change`);
  if (existing.statusCode === REJECTED && !refusedAtMatching) {
    throw conflict(`List ${existing.invtNo} was rejected by customs after review or inspection and cannot change`);
  }

  // Changed content, or a list refused at matching declared again: matched afresh over the documents as they are now.
  const examination = await examine(tx, content, facts, { chapterRisk, now });
  if (outcome === 'UNCHANGED' && sameExamination(existing, examination)) return { outcome, revision: existing.revision, list: existing };

  const revision = existing.revision + 1;
  await tx.inventoryItem.deleteMany({ where: { listId: existing.id } });
  const list = await tx.inventoryList.update({
    where: { id: existing.id },
    data: {
      ...columns,
      ...examinationColumns(examination, now),
      declaredAt: now,
      contentHash: hash,
      revision,
      items: { createMany: { data: content.items } },
    },
  });
  await tx.inventoryListRevision.create({
    data: { listId: list.id, revision, appType: APP_TYPE.changed, contentHash: hash, content, recordedAt: now, recordedBy },
  });
  await recordGrading(tx, list.id, existing.statusCode, examination, now, `declared again (revision ${revision})`);
  // What customs attested of the previous revision no longer stands; the new revision earns its own.
  await revokeListAttestations(tx, list.id, `superseded by revision ${revision} of list ${list.invtNo}`, now);
  await attestListDecisions(tx, record.attestationSigner, list, now, reliedOnOf(facts, content));
  await emitListFact(tx, list, listMoveFact(existing.statusCode, list.statusCode));
  return { outcome: 'CHANGED', revision, list, waived: examination.release.waived };
}

/** The status move of a declaration: from accepted (or the status before a new revision) to the grade's. */
async function recordGrading(tx: Prisma.TransactionClient, listId: bigint, fromCode: number, examination: Examination, now: Date, why?: string): Promise<void> {
  const { release } = examination;
  if (fromCode === release.statusCode) return;
  const grounds = release.reasons.map((r) => r.code).join(', ');
  await tx.listStatusEvent.create({
    data: {
      listId,
      fromCode,
      toCode: release.statusCode,
      reason: `${why ? `${why}: ` : ''}${release.decision}${grounds ? ` (${grounds})` : ''}`,
      occurredAt: now,
      recordedBy: 'SYSTEM-CUSTOMS',
    },
  });
}

async function recordList(prisma: PrismaClient, record: DeclarationRecord): Promise<ListDeclarationResult> {
  // A run that lost a race to a concurrent declaration of the same list reads the winner's row.
  return queueByBusinessKey('customs.inventory-list', [record.content.ebpCode, record.content.orderNo], () =>
    retryOnLostRace(() => prisma.$transaction((tx) => writeList(tx, record))));
}

/** Checks, matches, grades and records an inventory list by its business key ebpCode + orderNo. */
export async function declareInventoryList(context: CustomsContext, input: DeclaredList): Promise<ListDeclarationResult> {
  // input.zone is checked against the order's zone below (checkAgainstOrder) before anything is written.
  const caller = assertMayWriteInZone(context.caller, 'customs', input.zone, 'declare lists');
  checkListDeclaration(input).throwIfAny();
  const measures = await jointMeasuresInForce(context.federated, 'customs', [
    { type: 'ENTERPRISE', uscc: input.ebcCode },
    { type: 'ORDER', ebpCode: input.ebpCode, orderNo: input.orderNo },
  ], 'customs release: joint measures in force');
  const facts = await recogniseIdentity(context, { ...checkAgainstOrder(input, await fetchDocuments(context, input)), measures });
  const content = listContentOf(input);
  const result = await recordList(context.prisma, {
    content,
    hash: contentHash(content),
    facts,
    caller,
    now: context.clock(),
    chapterRisk: context.config.chapterRisk,
    attestationSigner: context.attestationSigner,
  });
  if (result.outcome !== 'UNCHANGED') await reportReleaseMeasures(context, result, measures);
  if (result.list.direction === 'IMPORT') {
    if (result.list.matched) await requestTaxBill(context, result.list);
    // A new revision refused at matching, or one that passes again, changes whether an issued bill is due.
    if (result.outcome !== 'CREATED') await settleTaxBill(context, result.list);
  }
  return result;
}

/**
 * Tells commerce's register where joint measures bit on this list's release: the negative list's
 * (inspection), an answered request's (no automatic release), a discredited credit class's, and
 * the reward of an advanced one (a document review waived).
 */
async function reportReleaseMeasures(context: CustomsContext, { list, waived = [] }: ListDeclarationResult, measures: readonly MeasureInForce[]): Promise<void> {
  const grounds = new Set(((list.releaseReasons ?? []) as unknown as { code: string }[]).map((reason) => reason.code));
  const outcome = `${list.releaseDecision} (receipt ${list.statusCode}) instead of automatic release`;
  const effects: MeasureEffect[] = measures
    .filter((m) => m.kind === 'CUSTOMS_NO_AUTO_RELEASE' && grounds.has(m.source === 'NEGATIVE_LIST' ? 'NEGATIVE_LIST' : 'JOINT_MEASURE'))
    .map((m) => ({ measureId: m.id, process: 'customs.release', recordRef: list.invtNo, outcome }));
  if (grounds.has('DISCREDITED_ENTERPRISE')) {
    effects.push({ measureId: `CREDIT_CLASS:${list.ebcCode}:CUSTOMS_NO_AUTO_RELEASE`, process: 'customs.release', recordRef: list.invtNo, outcome });
  }
  // The reward of advanced certification (联合激励): a review it waived.
  if (waived.length > 0) {
    effects.push({
      measureId: `CREDIT_CLASS:${list.ebcCode}:REWARD_LOWER_REVIEW`, process: 'customs.release', recordRef: list.invtNo,
      outcome: `${list.releaseDecision} (receipt ${list.statusCode}) without document review: ${waived.map((reason) => reason.message).join('; ')}`,
    });
  }
  await reportJointMeasureEffects(context.federated, context.log, effects);
}
