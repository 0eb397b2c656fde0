import { GraphQLError } from 'graphql';
import { attestationView, badUserInput, forbidden, issueAttestation, jointMeasuresInForce, lockBusinessKey, reportJointMeasureEffects, type Caller, type MeasureSubject } from '@zone/common';
import type { ForexContext } from '../context';
import { orderEvidenceOf, personWatched, type OrderEvidence } from '../federated-reads';
import { settlementBasisAttestationOf } from '../rules/settlement-basis-attestation';
import { quotaYear, usesIndividualQuota } from '../rules/individual-quota';
import { RESIDENT_ID_CARD } from '../rules/payment-submission';
import { backedByTransactionData, settlementCheck, type SettlementReason } from '../rules/settlement-check';
import { fxDirectoryStanding } from './fx-directory';

/** SettlementCheck of the schema. */
export interface SettlementCheckAnswer {
  serialNo: string;
  ebpCode: string;
  orderNo: string;
  mayProceed: boolean;
  reasons: SettlementReason[];
  usesIndividualQuota: boolean;
  directoryDecision: 'EXEMPT' | 'REGISTERED' | 'REGISTRATION_REQUIRED' | null;
  evidence: {
    ebcCode: string | null;
    orderAmount: string | null;
    orderCurrency: string | null;
    paymentAmount: string | null;
    paymentCurrency: string | null;
    logisticsCode: string | null;
    logisticsNo: string | null;
    invtNo: string | null;
    listStatusCode: number | null;
  };
  checkedAt: Date;
  /** Forex's attestation that the settlement basis is accepted (acceptSettlementBasis only); null otherwise. */
  attestation: ReturnType<typeof attestationView> | null;
}

/**
 * Accepting the settlement basis (acceptSettlementBasis): the attestations it would rest on are
 * verified after the check passes, their failures added to its reasons, and an accepted basis is
 * signed in the transaction that records the check.
 */
export interface SettlementAcceptance {
  reliance: (order: OrderEvidence) => Promise<{ reasons: SettlementReason[]; reliedOn: string[] }>;
}

/** Serial number of a recorded check: FXSC + 12 digits of its row id. */
export const settlementCheckSerialNo = (id: bigint): string => `FXSC${id.toString().padStart(12, '0')}`;

/** Who may ask: banks (about their own orders), forex officers and system, regulators. */
function assertMayCheck(caller: Caller): void {
  if (caller.role === 'BANK' || caller.role === 'REGULATOR') return;
  if ((caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department === 'forex') return;
  throw forbidden(`A ${caller.role}${caller.department ? ` of ${caller.department}` : ''} may not run settlement checks: banks, forex and regulators only`);
}

/** The same answer whether the order is unknown or another institution's: a bank learns nothing of orders not its own. */
const noSuchOrder = () => new GraphQLError('No such order among the orders this caller may check', { extensions: { code: 'NOT_FOUND' } });

const keyProblem = (value: string) => (value.length >= 1 && value.length <= 60 ? null : 'must be 1 to 60 characters');

/**
 * May the settlement of this order proceed on transaction electronic information? Reads the
 * order, waybill, list and negative-list status through the federated API, its own payment and
 * directory standing, applies the rule and records the check as evidence.
 */
export async function checkSettlement(context: ForexContext, ebpCode: string, orderNo: string, acceptance?: SettlementAcceptance): Promise<SettlementCheckAnswer> {
  const { caller } = context;
  assertMayCheck(caller);
  for (const [field, value] of [['ebpCode', ebpCode], ['orderNo', orderNo]] as const) {
    const problem = keyProblem(value);
    if (problem) throw badUserInput({ field, reason: problem });
  }

  const order = await orderEvidenceOf(context, ebpCode, orderNo);
  if (caller.role === 'BANK' && (order === null || order.payCode !== caller.organisation)) throw noSuchOrder();
  if (caller.zone && order !== null && order.zone !== caller.zone) throw noSuchOrder();

  const checkedAt = context.clock();
  const payment = await context.prisma.payment.findUnique({ where: { ebpCode_orderNo: { ebpCode, orderNo } } });
  // Joint measures refusing settlement on the enterprise, the order or the payment (联合惩戒).
  const subjects: MeasureSubject[] = order === null ? [] : [{ type: 'ENTERPRISE', uscc: order.ebcCode }, { type: 'ORDER', ebpCode, orderNo }];
  if (payment) subjects.push({ type: 'PAYMENT', payCode: payment.payCode, payTransactionId: payment.payTransactionId });
  const measures = (await jointMeasuresInForce(context.federated, 'forex', subjects, 'FX settlement check: joint measures in force')).filter((m) => m.kind === 'FOREX_SETTLEMENT_REFUSED');
  const requestMeasures = measures.filter((m) => m.source === 'ASSISTANCE_REQUEST');
  // Public security's watch flags, read through the gateway as forex's own system: the enterprise's with the order, the payer's by keyed ID hash.
  const payerWatched = payment?.payerIdHash ? await personWatched(context, payment.payerIdHash) : false;
  const directory = order === null ? null : await fxDirectoryStanding(context, order.ebcCode, quotaYear(checkedAt));
  const result = settlementCheck({
    settlement: payment === null ? null : { amount: payment.amountPaid.toFixed(2), currency: payment.currency },
    order: order === null ? null : { ebpCode: order.ebpCode, orderNo: order.orderNo, amount: order.actualPaid, currency: order.currency },
    waybill: order?.waybill ?? null,
    inventoryList: order?.inventoryList
      ? { invtNo: order.inventoryList.invtNo, status: order.inventoryList.statusCode, orderNo: order.inventoryList.orderNo, logisticsNo: order.inventoryList.logisticsNo }
      : null,
    directoryStatus: directory?.decision ?? null,
    negativeList: { enterprise: order?.ebc.negativeListed ?? false, payer: false },
    watchFlag: { enterprise: order?.ebc.watchFlag != null, payer: payerWatched },
    settlementRefusedBy: requestMeasures.map((m) => m.basis),
  });
  const reliance = acceptance && result.allowed && order !== null ? await acceptance.reliance(order) : null;
  if (reliance && reliance.reasons.length > 0) {
    result.reasons.push(...reliance.reasons);
    result.allowed = false;
  }
  const quota = usesIndividualQuota(payment?.payerIdType === RESIDENT_ID_CARD, backedByTransactionData(result));
  const evidence: SettlementCheckAnswer['evidence'] = {
    ebcCode: order?.ebcCode ?? null,
    orderAmount: order?.actualPaid ?? null,
    orderCurrency: order?.currency ?? null,
    paymentAmount: payment?.amountPaid.toFixed(2) ?? null,
    paymentCurrency: payment?.currency ?? null,
    logisticsCode: order?.waybill?.logisticsCode ?? null,
    logisticsNo: order?.waybill?.logisticsNo ?? null,
    invtNo: order?.inventoryList?.invtNo ?? null,
    listStatusCode: order?.inventoryList?.statusCode ?? null,
  };
  const record = {
    data: {
      ebpCode,
      orderNo,
      zone: order?.zone ?? null,
      ebcCode: order?.ebcCode ?? null,
      payCode: order?.payCode ?? payment?.payCode ?? null,
      mayProceed: result.allowed,
      usesIndividualQuota: quota,
      reasons: result.reasons.map((reason) => ({ ...reason })),
      evidence: { ...evidence, directoryDecision: directory?.decision ?? null },
      askedBy: caller.organisation,
      askedByRole: caller.role,
      checkedAt,
    },
  };
  const accepted = reliance !== null && result.allowed && context.attestationSigner !== null;
  const { row, attestation } = !accepted
    ? { row: await context.prisma.settlementCheck.create(record), attestation: null }
    : await context.prisma.$transaction(async (tx) => {
      await lockBusinessKey(tx, 'forex.settlement-basis', ebpCode, orderNo);
      const created = await tx.settlementCheck.create(record);
      const decision = settlementBasisAttestationOf({ serialNo: settlementCheckSerialNo(created.id), ebpCode, orderNo, evidence: record.data.evidence, checkedAt }, reliance.reliedOn);
      const signed = await tx.attestation.create({ data: { ...issueAttestation(context.attestationSigner!, decision), settlementCheckId: created.id, reliedOn: [...reliance.reliedOn] } });
      return { row: created, attestation: attestationView(signed, 'forex') };
    });
  const serialNo = settlementCheckSerialNo(row.id);
  const refusedBy = new Set(result.reasons.map((reason) => reason.code));
  await reportJointMeasureEffects(context.federated, context.log, measures
    .filter((m) => refusedBy.has(m.source === 'NEGATIVE_LIST' ? 'NEGATIVE_LIST' : 'JOINT_MEASURE'))
    .map((m) => ({ measureId: m.id, process: 'forex.settlement-check', recordRef: serialNo, outcome: `settlement of order ${ebpCode}/${orderNo} refused` })));
  return {
    serialNo,
    ebpCode,
    orderNo,
    mayProceed: result.allowed,
    reasons: result.reasons,
    usesIndividualQuota: quota,
    directoryDecision: directory?.decision ?? null,
    evidence,
    checkedAt,
    attestation,
  };
}
