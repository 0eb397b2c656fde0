import { InputProblems, chinaDateOf, forbidden, formatChinaDate, hashIdNumber, usccProblem, type Caller, type ZoneCode } from '@zone/common';
import type { IdentityCheck, PrismaClient } from '../generated/prisma/client';
import { requireIdHashKey, type PublicSecurityConfig } from '../config';
import { idNumberArgumentProblem } from '../id-number-argument';
import { mayVerifyIdentity } from '../rules/may-verify-identity';
import { normaliseName, serialNumber, verifyIdentity as verdictOf } from '../rules/identity-verification';

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
 * the row, not in an error, not in a log (nothing here logs).
 */
export async function verifyIdentity(prisma: PrismaClient, who: Caller | null, config: PublicSecurityConfig, args: VerifyIdentityArgs): Promise<IdentityCheck> {
  if (!who || !mayVerifyIdentity(who)) {
    const role = who ? `A ${who.role}${who.department ? ` of ${who.department}` : ''}` : 'An unidentified caller';
    throw forbidden(`${role} may not verify identities: only the zone platform, public security and the departments' systems may`);
  }
  const caller = who;
  const zone = args.zone ?? caller.zone;
  if (caller.zone && zone !== caller.zone) throw forbidden(`A caller of zone ${caller.zone} may not record checks for zone ${zone}`);

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

  return prisma.$transaction(async (tx) => {
    const resident = await tx.resident.findUnique({ where: { idHash } });
    const verdict = verdictOf(resident?.nameHash ?? null, nameHash);
    // One atomic upsert per check: concurrent checks on the same day never share a sequence.
    const [counter] = await tx.$queryRaw<{ last_sequence: number }[]>`
      INSERT INTO identity_check_sequence (day, last_sequence) VALUES (${beijingDay(checkedAt)}::date, 1)
      ON CONFLICT (day) DO UPDATE SET last_sequence = identity_check_sequence.last_sequence + 1
      RETURNING last_sequence`;
    return tx.identityCheck.create({
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
  });
}
