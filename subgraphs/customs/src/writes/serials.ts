import type { Prisma } from '../generated/prisma/client';

/** The next serial of the numbers customs assigns (lists, pre-entries, summaries), from one sequence. */
export async function nextSerial(tx: Prisma.TransactionClient): Promise<number> {
  const rows = await tx.$queryRaw<{ serial: bigint }[]>`SELECT nextval('customs_serial_seq') AS serial`;
  return Number(rows[0]!.serial);
}
