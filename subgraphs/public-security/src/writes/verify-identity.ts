import { GraphQLError } from 'graphql';
import { InputProblems, assertCallerInZone, badUserInput, recordWriteRequest, chinaDateOf, forbidden, formatChinaDate, hashIdNumber, jointMeasuresInForce, notFound, reportJointMeasureEffects, usccProblem, type Caller, type FederatedApi, type Logger, type MeasureSubject, type ZoneCode } from '@zone/common';
import type { IdentityCheck, PrismaClient } from '../generated/prisma/client';
import { issueAttestation, type AttestationSigner } from '@zone/common';
import { supersededChecksOf, identityAttestationOf } from '../rules/identity-attestation';
import { requireIdHashKey, type PublicSecurityConfig } from '../config';
import { idNumberArgumentProblem } from '../id-number-argument';
import { mayVerifyIdentity } from '../rules/may-verify-identity';
import { normaliseName, serialNumber, verifyIdentity as verdictOf } from '../rules/identity-verification';
import { REVERIFICATION_MEASURE, reverificationOutcome, verdictUnderMeasures } from '../rules/reverification';
import { PublicSecurityOrderForCheckDocument } from '../generated/federated/graphql';

export interface VerifyIdentityArgs {
  name: string;
  /** Whatever the IdNumber argument held: checked here, see id-number-argument. */
  idNumber: unknown;
  ebpCode?: string | null;
  orderNo?: string | null;
  zone?: ZoneCode | null;
}

/** Serial numbers of checks made here: GA (公安), the Beijing day and its sequence. */
export const SERIAL_PREFIX = 'GA';
export const MAX_NAME_LENGTH = 100;
const MAX_ORDER_NO_LENGTH = 60;

function nameProblem(name: string): string | null {
  const normalised = normaliseName(name);
  if (normalised.length === 0) return 'must not be empty';
  if (Array.from(normalised).length > MAX_NAME_LENGTH) return `must be at most ${MAX_NAME_LENGTH} characters`;
  return null;
}

function orderNoProblem(orderNo: string): string | null {
  if (orderNo.length === 0 || Array.from(orderNo).length > MAX_ORDER_NO_LENGTH) return `must be 1 to ${MAX_ORDER_NO_LENGTH} characters`;
  return orderNo.trim() === orderNo ? null : 'must not begin or end with whitespace';
}

/** The Beijing calendar day serialNumber writes into a serial number, as a PostgreSQL date. */
const beijingDay = (at: Date) => formatChinaDate(chinaDateOf(at));

/**
 * verifyIdentity: the verdict of the resident registry on a name and ID number, recorded as a
 * check. Neither the number nor the name leaves this function other than as keyed hashes: not in
 * the row, not in an error, not in a log (nothing here logs them).
 *
 * A joint measure demanding re-verification (PUBLIC_SECURITY_REVERIFICATION) on the person, the
 * order or the order's seller withholds the registry's verdict from everyone but public security's
 * own officers (rules/reverification): the check is recorded as REVERIFICATION_REQUIRED, earns no
 * attestation, and is reported to commerce's register as where the measure bit.
 */
export async function verifyIdentity(
  { prisma, caller: who, config, federated, log, attestationSigner = null }: { prisma: PrismaClient; caller: Caller | null; config: PublicSecurityConfig; federated: FederatedApi; log: Logger; attestationSigner?: AttestationSigner | null },
  args: VerifyIdentityArgs,
): Promise<IdentityCheck> {
  if (!who || !mayVerifyIdentity(who)) {
    const role = who ? `A ${who.role}${who.department ? ` of ${who.department}` : ''}` : 'An unidentified caller';
    throw forbidden(`${role} may not verify identities: only the zone platform, public security and the departments' systems may`);
  }
  const caller = who;

  const problems = new InputProblems()
    .check('name', args.name, nameProblem)
    .check('idNumber', args.idNumber, idNumberArgumentProblem);
  const ebpCode = args.ebpCode ?? null;
  const orderNo = args.orderNo ?? null;
  if (ebpCode !== null && orderNo === null) problems.add('orderNo', 'must be given together with ebpCode');
  if (orderNo !== null && ebpCode === null) problems.add('ebpCode', 'must be given together with orderNo');
  if (ebpCode !== null) problems.check('ebpCode', ebpCode, usccProblem);
  if (orderNo !== null) problems.check('orderNo', orderNo, orderNoProblem);
  problems.throwIfAny();

  const key = requireIdHashKey(config);
  const idHash = hashIdNumber(args.idNumber as string, key);
  // The registry holds names hashed as the seed writes them (same keyed hash), so the presented
  // name goes through the same function after normalising.
  const nameHash = hashIdNumber(normaliseName(args.name), key);
  const checkedAt = new Date();

  let zone = args.zone ?? caller.zone;
  let buyer: OrderBuyer | null = null;
  const subjects: MeasureSubject[] = [{ type: 'PERSON', idHash }];
  if (ebpCode !== null && orderNo !== null) {
    // A check made for an order is the order's: of its zone, and of its buyer.
    const order = await orderOf(federated, ebpCode, orderNo);
    if (!order) throw notFound(`Commerce has no order ${orderNo} of platform ${ebpCode}`);
    if (args.zone && args.zone !== order.zone) throw badUserInput({ field: 'zone', reason: `must be ${order.zone}, the zone of the order` });
    assertCallerInZone(caller, order.zone, 'record identity checks for orders');
    const refusal = checkForOrderProblem(order.buyer, idHash, args.name);
    if (refusal === 'ID_NUMBER') throw badUserInput({ field: 'idNumber', reason: `is not the ID number of the buyer of order ${orderNo}: a check for an order is of its buyer` });
    zone = order.zone;
    buyer = order.buyer;
    subjects.push({ type: 'ORDER', ebpCode, orderNo }, { type: 'ENTERPRISE', uscc: order.ebcCode });
  } else if (zone !== null) {
    assertCallerInZone(caller, zone, 'record identity checks');
  }

  const measures = (await jointMeasuresInForce(federated, 'public-security', subjects, 'identity check: joint measures in force'))
    .filter((measure) => measure.kind === REVERIFICATION_MEASURE);

  const recorded = await prisma.$transaction(async (tx) => {
    await recordWriteRequest(tx, 'public-security.identity-check', orderNo ? [orderNo] : []);
    const resident = await tx.resident.findUnique({ where: { idHash } });
    const registryVerdict = verdictOf(resident?.nameHash ?? null, nameHash);
    const { verdict } = verdictUnderMeasures(registryVerdict, measures, caller);
    // A MATCH for an order vouches for its buyer: the name that matched must be the buyer's too.
    if (buyer !== null && verdict === 'MATCH' && checkForOrderProblem(buyer, idHash, args.name) === 'NAME') {
      throw badUserInput({ field: 'name', reason: `is not the name of the buyer of order ${orderNo}: a check for an order is of its buyer` });
    }
    // One atomic upsert per check: concurrent checks on the same day never share a sequence.
    const [counter] = await tx.$queryRaw<{ last_sequence: number }[]>`
      INSERT INTO identity_check_sequence (day, last_sequence) VALUES (${beijingDay(checkedAt)}::date, 1)
      ON CONFLICT (day) DO UPDATE SET last_sequence = identity_check_sequence.last_sequence + 1
      RETURNING last_sequence`;
    const check = await tx.identityCheck.create({
      data: {
        serialNo: serialNumber(SERIAL_PREFIX, checkedAt, counter!.last_sequence),
        idHash,
        ebpCode,
        orderNo,
        zone,
        verdict,
        checkedAt,
        requestedBy: caller.organisation,
      },
    });
    // Mutual recognition: a later check of an order supersedes what earlier ones attested, and a
    // MATCH for an order is signed now, in this transaction, never on a later read.
    const superseded = supersededChecksOf(check);
    if (superseded) {
      await tx.attestation.updateMany({
        where: { subjectType: superseded.subjectType, subjectKey: superseded.subjectKey, revokedAt: null, checkSerialNo: { not: check.serialNo } },
        data: { revokedAt: checkedAt, revocationReason: superseded.reason },
      });
    }
    const decision = identityAttestationOf(check);
    if (decision && attestationSigner) await tx.attestation.create({ data: { ...issueAttestation(attestationSigner, decision), checkSerialNo: check.serialNo } });
    return check;
  });
  if (measures.length > 0) {
    await reportJointMeasureEffects(federated, log, measures.map((measure) => ({
      measureId: measure.id, process: 'public-security.identity-check', recordRef: recorded.serialNo, outcome: reverificationOutcome(recorded.verdict),
    })));
  }
  return recorded;
}

interface OrderBuyer {
  name: string;
  idHash: string | null;
}

async function orderOf(federated: FederatedApi, ebpCode: string, orderNo: string): Promise<{ zone: ZoneCode; ebcCode: string; buyer: OrderBuyer } | null> {
  const result = await federated.request(
    PublicSecurityOrderForCheckDocument, { ebpCode, orderNo }, { purpose: 'identity check of the buyer of an order' },
  );
  if (result.errors.length > 0 || result.data === null) {
    const reasons = result.errors.map((e) => e.message).join('; ') || 'no data';
    throw new GraphQLError(`Public security could not read order ${orderNo} through the federated API: ${reasons}`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'gateway' },
    });
  }
  return result.data.order;
}

/**
 * Whether a name and ID number checked for an order are its buyer's: the ID number (keyed hashes
 * equal) always, the name (after the same normalising as the registry's) where a MATCH would vouch
 * for it. A check that does not match never lets a list pass, so only its ID number is bound.
 */
export function checkForOrderProblem(buyer: OrderBuyer, idHash: string, name: string): 'ID_NUMBER' | 'NAME' | null {
  if (buyer.idHash === null || buyer.idHash !== idHash) return 'ID_NUMBER';
  if (normaliseName(buyer.name) !== normaliseName(name)) return 'NAME';
  return null;
}
